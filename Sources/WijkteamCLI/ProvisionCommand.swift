import ArgumentParser
import Foundation
import Wijkteam

// `wijkteam provision CASE`: a case's provisions with their dated steps and computed waiting;
// `wijkteam provision status ID STATUS`: the next step of one (issue 27). `provision 12` runs
// the default subcommand, `list`.

struct ProvisionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "provision", abstract: "A case's provisions with their steps (wijkteam provision CASE); change one's status.",
        subcommands: [ListCommand.self, StatusCommand.self], defaultSubcommand: ListCommand.self)

    struct ListCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "A case's provisions: status, dates, waiting (computed) and every dated step.")
        @OptionGroup var common: CommonOptions
        @OptionGroup var output: JSONOption
        @Argument(help: "Case number.") var caseID: Int

        func run() throws {
            try runReporting {
                let ctx = try common.context()
                guard let c = try ctx.store.cases(includeClosed: true).first(where: { $0.id == caseID }) else {
                    throw WijkteamError.unknownCase(caseID)
                }
                let provisions = try ctx.store.household(id: c.householdID, access: .household).provisions.filter { $0.caseID == caseID }
                let steps = try ctx.store.provisionSteps(caseID: caseID)
                let norms = Dictionary(
                    try ctx.store.providers().compactMap { p in p.normWeeks.map { (p.id, $0) } }, uniquingKeysWith: { a, _ in a })
                let rows = provisions.map { p in
                    ProvisionJSON(
                        p, steps: steps.filter { $0.provisionID == p.id }, normWeeks: p.providerID.flatMap { norms[$0] }, today: ctx.today)
                }
                if output.json { try printJSON(rows); return }
                if rows.isEmpty { print(tr("cli.provision.none", caseID)); return }
                for (p, r) in zip(provisions, rows) { print(ProvisionText.lines(p, r, today: ctx.today).joined(separator: "\n")) }
            }
        }
    }

    struct StatusCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "status", abstract: "Move a provision on: waiting, active, ended, refused or withdrawn (never back).",
            discussion: "ended, refused and withdrawn need --reason; the day may not be in the future nor before the previous step.")
        @OptionGroup var common: CommonOptions
        @Argument(help: "Provision id (wijkteam provision CASE shows it).") var id: Int
        @Argument(help: "The next status: waiting, active, ended, refused or withdrawn.") var status: String
        @Option(name: .long, help: "The day it happened (default today).") var on: String?
        @Option(name: .long, help: "Why it ended, was refused or withdrawn.") var reason: String?
        @Option(name: .long, help: "The provision version you saw; refused if someone changed it since.") var version: Int?

        func run() throws {
            try runReporting {
                guard let next = ProvisionStatus(rawValue: status.lowercased()) else {
                    throw ValidationError(tr("cli.error.oneof", tr("cli.provision.status.argument"), status, ProvisionStatus.keys))
                }
                let ctx = try common.context()
                let day = try on.map { try parseDay($0, option: "--on", expect: .past) } ?? ctx.today
                let p = try ctx.store.changeProvision(id: id, to: next, on: day, reason: reason, expectedVersion: version)
                print(tr("cli.provision.changed", p.id, p.status.label, day, p.version))
            }
        }
    }
}

/// One provision as `provision --json` gives it: its columns, the waiting computed from its
/// dates, the provider's norm and its steps.
struct ProvisionJSON: Encodable {
    var id: Int
    var caseID: Int
    var kind: ProvisionKind
    var provider: String
    var providerID: Int?
    var product: String?
    var goalID: Int?
    var description: String
    var status: ProvisionStatus
    var requestedOn: Day?
    var waitingSince: Day?
    var start: Day?
    var endedOn: Day?
    var endReason: String?
    var allocationNumber: String?
    var waitingDays: Int?
    var normWeeks: Int?
    var overNorm: Bool
    var version: Int
    var steps: [Step]

    struct Step: Encodable {
        var status: ProvisionStatus
        var onDay: Day
        var reason: String?
        var source: String
        var recordedBy: String?
    }

    init(_ p: Provision, steps: [ProvisionStep], normWeeks: Int?, today: Day) {
        id = p.id; caseID = p.caseID; kind = p.kind; provider = p.provider; providerID = p.providerID
        product = p.productCategory.map { c in p.productCode.map { "\(c)/\($0)" } ?? c }
        goalID = p.goalID; description = p.description; status = p.status; requestedOn = p.requestedOn
        waitingSince = p.waitingSince; start = p.start; endedOn = p.endedOn; endReason = p.endReason
        allocationNumber = p.allocationNumber; waitingDays = p.waitingDays(today: today); self.normWeeks = normWeeks
        overNorm = p.isOverNorm(normWeeks: normWeeks, today: today); version = p.version
        self.steps = steps.map {
            Step(status: $0.status, onDay: $0.onDay, reason: $0.reason, source: $0.source.rawValue, recordedBy: $0.recordedBy)
        }
    }
}

enum ProvisionText {
    /// "#12 Zorgkring Oosterveld · Individuele begeleiding · waiting · waiting 5 wk (norm 6) · v2",
    /// then one line per step.
    static func lines(_ p: Provision, _ r: ProvisionJSON, today: Day) -> [String] {
        var head = "#\(p.id) \(p.provider) · \(p.description) · \(p.status.label)"
        if let waiting = p.waitingText(normWeeks: r.normWeeks, today: today) { head += " · " + waiting + (r.overNorm ? " ⚠" : "") }
        head += " · v\(p.version)"
        var out = [head]
        for s in r.steps {
            let source =
                s.source == ProvisionStepSource.app.rawValue ? "" : " (\(ProvisionStepSource(rawValue: s.source)?.label ?? s.source))"
            out.append("  \(s.onDay) \(s.status.label)\(source)" + (s.reason.map { ": \($0)" } ?? ""))
        }
        return out
    }
}
