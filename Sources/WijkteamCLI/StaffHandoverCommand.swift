import ArgumentParser
import Wijkteam

// `wijkteam staff handover ID`: a leaving or long-absent colleague's open cases, each with a
// proposed new regisseur (HandoverPlanner), printed or applied as one change.

struct StaffHandoverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "handover",
        abstract: "Plan (default) or apply the handover of a colleague's open cases: a new regisseur for each, nobody pushed over capacity."
    )
    @OptionGroup var common: CommonOptions
    @Argument(help: "The colleague whose cases are handed over (staff id).") var staff: String
    @Flag(name: .long, help: "Print the plan (the default).") var plan = false
    @Flag(name: .long, help: "Apply the plan (team lead only): every case moves in one transaction.") var apply = false
    @Flag(name: .long, help: "Print JSON instead of text.") var json = false
    @Option(name: .long, help: "Change one line of the plan: CASE=STAFF (repeatable), e.g. --to 12=s3.") var to: [String] = []

    func validate() throws {
        if plan, apply { throw ValidationError(tr("cli.handover.error.both")) }
        _ = try choices()
    }

    /// The `--to` options as (case, staff), in the order given.
    func choices() throws -> [(caseID: Int, staff: StaffID)] {
        try to.map { text in
            let parts = text.split(separator: "=", maxSplits: 1).map { String($0).trimmed }
            guard parts.count == 2, let id = Int(parts[0]), !parts[1].isEmpty else {
                throw ValidationError(tr("cli.handover.error.to", text))
            }
            return (id, parts[1])
        }
    }

    func run() throws {
        try runReporting {
            let ctx = try common.context()
            let input = try ctx.store.handoverInput(from: staff, today: ctx.today)
            var handover = HandoverPlanner.plan(input, from: staff, today: ctx.today)
            for (caseID, who) in try choices() {
                guard handover.line(forCase: caseID) != nil else { throw CLIError(tr("cli.handover.error.case", caseID, staff)) }
                guard handover.canChoose(who, forCase: caseID) else { throw CLIError(tr("cli.handover.error.choose", who, caseID)) }
                handover = handover.choosing(who, forCase: caseID)
            }
            let names = Dictionary(input.staff.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
            if handover.lines.isEmpty {
                let none = tr("cli.handover.none", names[staff] ?? staff)
                print(none)
                return
            }
            if apply {
                let undo = try ctx.store.applyHandover(handover, today: ctx.today)
                if json {
                    try printJSON(undo)
                } else {
                    for line in HandoverText.applied(handover, undo: undo, names: names) { print(line) }
                }
            } else if json {
                try printJSON(HandoverReport(handover, names: names))
            } else {
                for line in HandoverText.plan(handover, names: names) { print(line) }
            }
        }
    }
}

/// The plan as `--json` prints it.
struct HandoverReport: Encodable {
    struct Line: Encodable {
        var caseId: Int
        var version: Int?
        var householdId: Int
        var household: String
        var weight: Double
        var to: String?
        var toName: String?
        var reasons: [String]
        var changed: Bool
    }
    struct Receiver: Encodable {
        var id: String
        var name: String
        var cases: Int
        var loadBefore: Double
        var loadAfter: Double
        var capacity: Double
        var overCapacity: Bool
    }
    var from: String
    var fromName: String
    var lines: [Line]
    var receivers: [Receiver]
    var unplaced: [Int]

    init(_ plan: HandoverPlan, names: [StaffID: String]) {
        from = plan.from
        fromName = names[plan.from] ?? plan.from
        lines = plan.lines.map { l in
            Line(
                caseId: l.caseID, version: l.caseVersion, householdId: l.householdID, household: l.householdName, weight: l.weight,
                to: l.to,
                toName: l.to.map { names[$0] ?? $0 }, reasons: HandoverText.topReasons(l), changed: l.changed)
        }
        receivers = plan.receivers.map { r in
            Receiver(
                id: r.staffID, name: names[r.staffID] ?? r.staffID, cases: r.cases, loadBefore: r.loadBefore, loadAfter: r.loadAfter,
                capacity: r.capacity, overCapacity: r.isOverCapacity)
        }
        unplaced = plan.unplaced.map(\.caseID)
    }
}

enum HandoverText {
    /// The chosen colleague's strongest reasons ("expertise: Financiën +3").
    static func topReasons(_ line: HandoverLine, count: Int = 3) -> [String] {
        guard let s = line.chosen else { return [] }
        return s.reasons.enumerated().sorted { ($1.element.points, $0.offset) < ($0.element.points, $1.offset) }.prefix(count).map(
            \.element.display)
    }

    static func plan(_ plan: HandoverPlan, names: [StaffID: String]) -> [String] {
        var out = [tr("cli.handover.title", names[plan.from] ?? plan.from, plan.from, trCount("cli.count.cases", plan.lines.count))]
        for l in plan.lines {
            let weight = TextReports.load(l.weight)
            if let to = l.to {
                let mark = l.changed ? " " + tr("cli.handover.changed") : ""
                out.append(tr("cli.handover.line", l.caseID, l.householdName, weight, names[to] ?? to, to) + mark)
                out.append("   " + topReasons(l).joined(separator: " · "))
            } else {
                out.append(tr("cli.handover.line.nobody", l.caseID, l.householdName, weight))
            }
        }
        out.append(tr("cli.handover.receivers"))
        for r in plan.receivers {
            let (before, after, capacity) = (TextReports.load(r.loadBefore), TextReports.load(r.loadAfter), TextReports.load(r.capacity))
            let cases = trCount("cli.count.cases", r.cases)
            let line = tr("cli.handover.receiver", names[r.staffID] ?? r.staffID, r.staffID, cases, before, after, capacity)
            out.append("  " + line + (r.isOverCapacity ? " · " + tr("cli.handover.receiver.over") : ""))
        }
        out.append(tr("cli.handover.how"))
        return out
    }

    static func applied(_ plan: HandoverPlan, undo: HandoverUndo, names: [StaffID: String]) -> [String] {
        var out = [tr("cli.handover.applied", names[plan.from] ?? plan.from, trCount("cli.count.cases", undo.moves.count))]
        for m in undo.moves { out.append(tr("cli.handover.moved", m.caseID, names[m.to] ?? m.to, m.to, m.version)) }
        for l in plan.unplaced { out.append(tr("cli.handover.kept", l.caseID, names[plan.from] ?? plan.from)) }
        out.append(tr("cli.handover.undo"))
        return out
    }
}
