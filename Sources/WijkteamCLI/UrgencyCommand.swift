import ArgumentParser
import Foundation
import Wijkteam

/// `wijkteam urgency`: triage urgency's weights and respond-by days, the table everyone sees and
/// the team lead changes (issue 26).
struct UrgencyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "urgency", abstract: "Show triage urgency's weights and respond-by days; the team lead changes them.",
        discussion: """
            Every point of a signal's urgency comes from one row of this table. --set NAME=VALUE changes one (repeat for \
            more); every value is checked before anything is written. Team lead only; each change is in the access log.
            """)
    @OptionGroup var common: CommonOptions
    @OptionGroup var output: JSONOption
    @Option(name: .long, help: "Change a weight or day count, e.g. deadline-max=45 (see the names in the table).") var set: [String] = []

    func run() throws {
        try runReporting {
            let changes = try set.map(Self.change)
            for (name, value) in changes { try UrgencyWeights.validate(name, value) }
            let ctx = try common.context()
            var weights = try ctx.store.urgencyWeights()
            for (name, value) in changes { weights = try ctx.store.setUrgencyWeight(name, to: value, today: ctx.today) }
            if output.json { try printJSON(weights.rows); return }
            let width = UrgencyWeights.Name.allCases.map(\.rawValue.count).max() ?? 0
            for row in weights.rows {
                let name = row.name.padding(toLength: width, withPad: " ", startingAt: 0), value = String(row.value).leftPadded(to: 3)
                let line = tr("cli.urgency.row", name, value, row.unit, row.meaning)
                print(row.isDefault ? line : line + " *")
            }
            if weights.rows.contains(where: { !$0.isDefault }) { print(tr("cli.urgency.changed")) }
        }
    }

    static func change(_ text: String) throws -> (UrgencyWeights.Name, Int) {
        let parts = text.split(separator: "=", maxSplits: 1).map { String($0).trimmed }
        guard parts.count == 2, let name = UrgencyWeights.Name(rawValue: parts[0].lowercased()), let value = Int(parts[1]) else {
            throw ValidationError(tr("cli.urgency.set", text, UrgencyWeights.Name.allCases.map(\.rawValue).joined(separator: ", ")))
        }
        return (name, value)
    }
}

extension String {
    fileprivate func leftPadded(to n: Int) -> String { String(repeating: " ", count: max(0, n - count)) + self }
}
