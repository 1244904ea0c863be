import ArgumentParser
import Foundation
import Wijkteam
import WijkteamStore

struct MeldcodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meldcode",
        abstract: "The Meldcode of a safety signal: without a step, the steps so far; with one, records it (2019 revision).",
        discussion: """
            Step 2 needs --consulted; step 4 the afwegingskader's five answers (--violence, --unsafety, --help-possible,
            --accepts, --lasting); step 5 its two decisions (--report, --help-organised). --acute takes step 5 at once on
            acute danger (with --report yes). --end unfounded|handed_over records the step and ends the Meldcode there.
            """)
    @OptionGroup var common: CommonOptions
    @Argument(help: "Signal number.") var signal: Int
    @Argument(help: "Step 1–5 (none: show the steps so far).") var step: Int?
    @Option(name: .long, help: "What was done (required for a step; for an ending, why).") var note: String?
    @Option(name: .long, help: "Step 2: whom was consulted, comma-separated: colleague, veilig_thuis, expert.") var consulted: String?
    @Option(name: .long, help: "Step 4: a suspicion of violence? yes|no") var violence: String?
    @Option(name: .long, help: "Step 4: acute or structural unsafety? yes|no") var unsafety: String?
    @Option(name: .customLong("help-possible"), help: "Step 4: can the team provide or organise adequate help? yes|no") var helpPossible:
        String?
    @Option(name: .long, help: "Step 4: does the client accept the help? yes|no") var accepts: String?
    @Option(name: .long, help: "Step 4: will it lead to lasting safety? yes|no") var lasting: String?
    @Option(name: .long, help: "Step 5: report to Veilig Thuis? yes|no") var report: String?
    @Option(name: .customLong("help-organised"), help: "Step 5: is help provided or organised? yes|no") var helpOrganised: String?
    @Flag(name: .long, help: "Acute danger: step 5 at once (report required).") var acute = false
    @Option(name: .long, help: "End the Meldcode with this step: unfounded or handed_over (the note says why).") var end: String?
    @Flag(name: .long, help: "The steps so far as JSON.") var json = false

    func run() throws {
        let chosen = try chosenStep()
        guard let chosen else {
            if note != nil { throw ValidationError(tr("cli.meldcode.note_without_step")) }
            try runReporting { try show(try common.context()) }
            return
        }
        let record = try self.record(chosen)
        try runReporting {
            let ctx = try common.context()
            var r = record
            r.doneBy = ctx.identity.staff.id
            r.doneOn = ctx.today
            try ctx.store.recordMeldcodeStep(signalID: signal, r)
            print(tr("cli.meldcode.done", signal, chosen.label, ctx.identity.staff.id))
            let steps = try ctx.store.meldcodeSteps()[signal] ?? []
            print("   " + Meldcode.progress(steps))
        }
    }

    /// The step named (or step 5 on --acute), nil when only the steps so far are asked for.
    private func chosenStep() throws -> MeldcodeStep? {
        if acute {
            guard step == nil || step == 5 else { throw ValidationError(tr("cli.meldcode.acute_step")) }
            return .decide
        }
        guard let step else { return nil }
        guard let s = MeldcodeStep(rawValue: step) else { throw ValidationError(tr("cli.meldcode.step")) }
        return s
    }

    /// The record the options make, with the options a step needs named when missing.
    private func record(_ s: MeldcodeStep) throws -> MeldcodeRecord {
        guard let note else { throw ValidationError(tr("cli.meldcode.missing", s.rawValue, "--note")) }
        var r = MeldcodeRecord(step: s, doneBy: "", doneOn: Day(daysSinceEpoch: 0), note: note, acute: acute)
        if let consulted {
            r.consulted = try consulted.split(separator: ",").map {
                guard let c = MeldcodeConsultee(rawValue: String($0).trimmed) else {
                    throw ValidationError(tr("cli.error.oneof", "--consulted", String($0), MeldcodeConsultee.keys))
                }
                return c
            }
        } else if s == .consult {
            throw ValidationError(tr("cli.meldcode.missing", 2, "--consulted"))
        }
        let four = [
            ("--violence", violence), ("--unsafety", unsafety), ("--help-possible", helpPossible), ("--accepts", accepts),
            ("--lasting", lasting),
        ]
        if four.contains(where: { $0.1 != nil }) || s == .weigh {
            let missing = four.filter { $0.1 == nil }.map(\.0)
            guard missing.isEmpty else { throw ValidationError(tr("cli.meldcode.missing", 4, missing.joined(separator: ", "))) }
            let a = try four.map { try FrontDoorInput.yesNo($0.1!, option: $0.0) }
            r.afweging = Afweging(violenceSuspected: a[0], unsafety: a[1], helpPossible: a[2], clientAccepts: a[3], lastingSafety: a[4])
        }
        let five = [("--report", report), ("--help-organised", helpOrganised)]
        if five.contains(where: { $0.1 != nil }) || s == .decide {
            let missing = five.filter { $0.1 == nil }.map(\.0)
            guard missing.isEmpty else { throw ValidationError(tr("cli.meldcode.missing", 5, missing.joined(separator: ", "))) }
            r.reportToVeiligThuis = try FrontDoorInput.yesNo(report!, option: "--report")
            r.helpOrganised = try FrontDoorInput.yesNo(helpOrganised!, option: "--help-organised")
        }
        if let end {
            guard let e = MeldcodeEnding(rawValue: end) else {
                throw ValidationError(tr("cli.error.oneof", "--end", end, MeldcodeEnding.keys))
            }
            r.endsWith = e
        }
        return r
    }

    private func show(_ ctx: AppContext) throws {
        let steps = try ctx.store.meldcodeSteps()[signal] ?? []
        if json { try printJSON(steps); return }
        print(tr("cli.meldcode.header", signal, Meldcode.progress(steps)))
        if steps.isEmpty { print("   " + tr("cli.meldcode.none")) }
        for r in steps {
            let answers = r.withheld ? tr("cli.meldcode.withheld") : Meldcode.answersText(r)
            let parts = [answers, r.note].filter { !$0.isEmpty }.joined(separator: " · ")
            print("   ✓ \(r.step.label) · \(r.doneBy), \(r.doneOn)" + (parts.isEmpty ? "" : " · \(parts)"))
        }
        if let next = Meldcode.next(steps) { print("   " + tr("cli.meldcode.next", signal, next.rawValue)) }
    }
}

struct KindcheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kindcheck",
        abstract: "The Kindcheck of an adult client's case with children in the household: record it, or show it.")
    @OptionGroup var common: CommonOptions
    @Argument(help: "Case number.") var caseID: Int
    @Option(name: .long, help: "Is there a worry about the children's safety? yes|no (yes registers a safety signal).") var worry: String?
    @Option(name: .long, help: "Which children, what was checked, with whom.") var note: String?

    func run() throws {
        if worry == nil, note == nil {
            try runReporting {
                let ctx = try common.context()
                let checks = try ctx.store.kindchecks(caseID: caseID)
                if checks.isEmpty { print(tr("cli.kindcheck.none", caseID)) }
                for k in checks {
                    let worry = k.worry ? tr("cli.kindcheck.worry") : tr("cli.kindcheck.no_worry")
                    print(tr("cli.kindcheck.line", k.doneBy, k.doneOn, worry, k.note))
                    if let s = k.signalID { print("   " + tr("cli.kindcheck.signal", s)) }
                }
            }
            return
        }
        guard let worry else { throw ValidationError(tr("cli.kindcheck.missing", "--worry")) }
        guard let note else { throw ValidationError(tr("cli.kindcheck.missing", "--note")) }
        let worried = try FrontDoorInput.yesNo(worry, option: "--worry")
        try runReporting {
            let ctx = try common.context()
            let k = try ctx.store.recordKindcheck(caseID: caseID, worry: worried, note: note, on: ctx.today)
            print(tr("cli.kindcheck.done", caseID, worried ? tr("cli.kindcheck.worry") : tr("cli.kindcheck.no_worry")))
            if let s = k.signalID { print("   " + tr("cli.kindcheck.signal", s)) }
        }
    }
}
