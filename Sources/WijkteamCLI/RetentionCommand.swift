import ArgumentParser
import Foundation
import Wijkteam

/// `wijkteam retention`: the cases whose retention period is over (issue 25), and the periods.
struct RetentionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retention", abstract: "List or apply what the retention periods say must be erased.",
        discussion: """
            Without --apply nothing changes (--dry-run says so explicitly). --apply anonymises each case due (its texts \
            emptied; phase, dates, domains, complexity and ZRM scores stay for the figures) and, when nothing of a household \
            must be kept any more, its people and address. --set LAW=YEARS changes a period (youth, wmo, other). Team lead \
            or privacy officer.
            """)
    @OptionGroup var common: CommonOptions
    @OptionGroup var output: JSONOption
    @Flag(name: .long, help: "List what is due; change nothing (the default).") var dryRun = false
    @Flag(name: .long, help: "Anonymise what is due, as one change.") var apply = false
    @Option(name: .long, help: "Change a period: youth=20, wmo=15 or other=15 (years after the case closed).") var set: [String] = []

    func validate() throws {
        if dryRun && apply { throw ValidationError(tr("cli.retention.both")) }
    }

    func run() throws {
        try runReporting {
            let changes = try set.map(Self.period)
            let ctx = try common.context()
            var policy = try ctx.store.retentionPolicy()
            for (law, years) in changes { policy = try ctx.store.setRetention(law, years: years) }
            let plan = try ctx.store.retention(dryRun: !apply, today: ctx.today)
            if output.json { try printJSON(RetentionReport(plan, policy: policy, applied: apply)); return }
            for law in RetentionLaw.allCases {
                print(tr("cli.retention.period", law.label, policy.years(for: law), law.source))
            }
            guard !plan.due.isEmpty else { print(tr("cli.retention.none", ctx.today)); return }
            for d in plan.due {
                let closed = d.closedOnEstimated ? tr("cli.retention.estimated", d.closedOn) : d.closedOn.description
                print(tr("cli.retention.line", d.caseID, d.householdID, d.law.label, closed, d.years, d.dueSince))
            }
            if apply {
                print(tr("cli.retention.applied", plan.due.count, plan.householdsAnonymised.count))
            } else {
                print(tr("cli.retention.would", plan.due.count, plan.householdsAnonymised.count))
            }
        }
    }

    static func period(_ text: String) throws -> (RetentionLaw, Int) {
        let parts = text.split(separator: "=", maxSplits: 1).map { String($0).trimmed }
        guard parts.count == 2, let law = RetentionLaw(rawValue: parts[0].lowercased()), let years = Int(parts[1]) else {
            throw ValidationError(tr("cli.retention.set", text, RetentionLaw.keys))
        }
        return (law, years)
    }
}

struct RetentionReport: Encodable {
    struct Period: Encodable {
        var law: String
        var years: Int
        var source: String
    }
    var applied: Bool
    var periods: [Period]
    var due: [RetentionDue]
    var householdsAnonymised: [Int]

    init(_ plan: RetentionPlan, policy: RetentionPolicy, applied: Bool) {
        self.applied = applied
        periods = RetentionLaw.allCases.map { Period(law: $0.rawValue, years: policy.years(for: $0), source: $0.source) }
        due = plan.due
        householdsAnonymised = plan.householdsAnonymised
    }
}
