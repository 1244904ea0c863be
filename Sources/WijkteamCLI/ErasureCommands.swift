import ArgumentParser
import Foundation
import TerminalKit
import Wijkteam

// The AVG duties of correction and erasure (issue 25, art. 16/17): the team lead or the privacy
// officer. Retention is in RetentionCommand.swift.

struct EraseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "erase", abstract: "Erase or anonymise what is held about a person, where the law allows (AVG art. 17).",
        discussion: """
            Says per item what is erased, anonymised or kept, and why. Refused (exit 1, nothing changed) while the household \
            has an open case or a youth file within its retention period. The access log stays whole and records the erasure.
            """)
    @OptionGroup var common: CommonOptions
    @OptionGroup var output: JSONOption
    @Argument(help: "Person id (household ID --json shows them).") var person: Int
    @Option(name: .long, help: "Why (the resident's request, its date or reference).") var reason: String
    @Flag(name: .long, help: "Show what would happen; change nothing.") var dryRun = false

    func run() throws {
        var refused = false
        try runReporting {
            guard !reason.trimmed.isEmpty else { throw ValidationError(tr("cli.erase.reason")) }
            let ctx = try common.context()
            let plan = try ctx.store.erasePerson(personID: person, reason: reason, dryRun: dryRun, today: ctx.today)
            refused = plan.personKept || plan.items.contains { $0.reason == .alreadyErased }
            if output.json { try printJSON(ErasureReport(plan, dryRun: dryRun)); return }
            if refused {
                print(tr("cli.erase.refused", person))
            } else if dryRun {
                print(tr("cli.erase.would", person))
            } else {
                print(tr("cli.erase.done", person))
            }
            for item in ErasureReport(plan, dryRun: dryRun).items { print(item.line) }
        }
        if refused { throw ExitCode(1) }
    }
}

/// An erasure plan as printed and as JSON.
struct ErasureReport: Encodable {
    struct Item: Encodable {
        var subject: String
        var action: String
        var reason: String
        var why: String
        var keptUntil: String?
        var line: String {
            let until = keptUntil.map { tr("cli.erase.until", $0) } ?? ""
            return "  " + TextWidth.pad(ErasureAction(rawValue: action)?.label ?? action, to: 14) + subject + " — "
                + why + until
        }
    }
    var personID: Int
    var dryRun: Bool
    var refused: Bool
    var items: [Item]

    init(_ plan: ErasurePlan, dryRun: Bool) {
        personID = plan.personID
        self.dryRun = dryRun
        refused = plan.personKept || plan.items.contains { $0.reason == .alreadyErased }
        items = plan.items.map { i in
            Item(
                subject: Self.subject(i.subject), action: i.action.rawValue, reason: i.reason.rawValue, why: i.reason.label,
                keptUntil: i.keptUntil?.description)
        }
    }

    static func subject(_ s: ErasureSubject) -> String {
        switch s {
        case .person(let id): tr("cli.erase.subject.person", id)
        case .caseFile(let id): tr("cli.erase.subject.case", id)
        case .journalAboutPerson: tr("cli.erase.subject.journal")
        case .corrections: tr("cli.erase.subject.corrections")
        case .zrmScores: tr("cli.erase.subject.zrm")
        case .household(let id): tr("cli.erase.subject.household", id)
        case .accessLog: tr("cli.erase.subject.log")
        }
    }
}

extension PersonCommand {
    struct CorrectCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "correct", abstract: "Correct a member's data at their request, the old value kept with the reason (AVG art. 16).",
            discussion: "Team lead or privacy officer. 'person history ID' shows what was corrected. Day-to-day changes: 'person update'.")
        @OptionGroup var common: CommonOptions
        @OptionGroup var output: JSONOption
        @Argument(help: "Person id.") var id: Int
        @Option(name: .long, help: "Why (the resident's request).") var reason: String
        @Option(name: .long, help: "Full name.") var name: String?
        @Option(name: .long, help: "Birth date, YYYY-MM-DD.") var born: String?
        @Option(name: .long, help: "Role in the household: \(MemberRole.keys).") var role: String?
        @Option(name: .customLong("version"), help: "The person version you saw; refused if someone changed them since.")
        var expectedVersion: Int?

        func run() throws {
            try runReporting {
                guard !reason.trimmed.isEmpty else { throw ValidationError(tr("cli.correct.reason")) }
                guard name != nil || born != nil || role != nil else { throw ValidationError(tr("cli.correct.nothing")) }
                let request = PersonCorrection.Request(
                    name: name, birthDate: try born.map { try FrontDoorInput.birthDate($0, option: "--born") },
                    role: try role.map(PersonCommand.role))
                let ctx = try common.context()
                let saved = try ctx.store.correctPerson(
                    personID: id, request, reason: reason, expectedVersion: expectedVersion, today: ctx.today)
                if output.json { try printJSON(saved); return }
                let born = saved.birthDate.map(\.description) ?? "\(saved.birthYear)"
                print(tr("cli.correct.done", tr("cli.person.line", saved.id, saved.name, born, saved.role.label), saved.version))
            }
        }
    }

    struct HistoryCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "history", abstract: "What was corrected about a person: old and new value, reason, day and who.")
        @OptionGroup var common: CommonOptions
        @OptionGroup var output: JSONOption
        @Argument(help: "Person id.") var id: Int

        func run() throws {
            try runReporting {
                let ctx = try common.context()
                let rows = try ctx.store.personCorrections(personID: id)
                if output.json { try printJSON(rows); return }
                guard !rows.isEmpty else { print(tr("cli.correct.history.none", id)); return }
                for r in rows {
                    let who = r.correctedBy ?? tr("cli.correct.history.local")
                    print(tr("cli.correct.history.line", r.correctedOn, r.field, r.oldValue, r.newValue, r.reason, who))
                }
            }
        }
    }
}
