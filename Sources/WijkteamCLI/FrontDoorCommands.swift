import ArgumentParser
import Foundation
import Wijkteam

// The front door on the command line: a registration or signal comes in (`signal add`), a case
// is opened at the desk or a closed one reopened (`case open`, `case reopen`). Households and
// people: HouseholdCommands.swift. Each is one transaction of the store, with its access-log row.

struct SignalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "signal", abstract: "Registrations and signals coming in at the front door.",
        subcommands: [AddCommand.self])

    struct AddCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "Register a registration or signal: it is in the triage queue at once, ranked as ever.",
            discussion: """
                The household is one the team knows (--household ID; 'wijkteam household find' finds it) or a new one \
                (--new-household with --street, --number, --postcode, --buurt and one --member per person). A new household \
                that looks like a known one is refused with the matches, unless --confirm-duplicate.
                """)
        @OptionGroup var common: CommonOptions
        @OptionGroup var output: JSONOption
        @Option(name: .long, help: "Where it comes from: \(SignalSource.keys).") var source: String
        @Option(name: .long, help: "Vroegsignalering: the partner reporting arrears: \(ArrearsPartner.keys).") var partner: String?
        @Option(name: .long, help: "Date received (default today).") var received: String?
        @Option(name: .long, help: "Who reports: a name (optional).") var reporter: String?
        @Option(name: .long, help: "The reporter's organisation (optional).") var organisation: String?
        @Option(name: .long, help: "The reporter's phone number (optional).") var phone: String?
        @Option(name: .long, help: "A household the team knows, by id.") var household: Int?
        @Flag(name: .long, help: "A household the team does not know yet (with its address and members).") var newHousehold = false
        @OptionGroup var address: NewHouseholdOptions
        @Option(name: .long, help: "The question or worry, in the reporter's words.") var question: String
        @Option(name: .long, help: "A life domain it touches; repeat for more: \(LifeDomain.keys).") var domain: [String] = []
        @Flag(name: .long, help: "A safety signal: it goes to the Meldcode steps.") var safety = false
        @Option(name: .long, help: "A date that cannot move: eviction, cut-off, court date (with --hard-date-kind).") var hardDate: String?
        @Option(name: .long, help: "What the hard date is: \(HardDateKind.keys).") var hardDateKind: String?
        @Option(name: .long, help: "A resident's own registration: may the team contact them? yes or no.") var consentToContact: String?

        struct Registered: Encodable {
            var signalId: Int
            var householdId: Int?
            var householdCreated: Bool
            var triagePlace: Int?
            var triageCount: Int
            var score: Int?
        }

        func run() throws {
            try runReporting {
                let ctx = try common.context()
                let registration = try registration(ctx)
                let hint = tr("cli.signal.duplicate.hint")
                let signal = try refusingDuplicates(json: output.json, hint: hint) {
                    try ctx.store.registerSignal(registration, today: ctx.today)
                }
                // Saved by now: a failed read of the queue must not make it look refused (a retry would register it twice).
                let queue = (try? TriageItem.load(ctx)) ?? []
                let place = queue.firstIndex { $0.signalId == signal.id }
                let created = if case .new = registration.household { true } else { false }
                if output.json {
                    try printJSON(
                        Registered(
                            signalId: signal.id, householdId: signal.householdID, householdCreated: created,
                            triagePlace: place.map { $0 + 1 }, triageCount: queue.count, score: place.map { queue[$0].score }))
                    return
                }
                let household =
                    signal.householdID.map { id in
                        queue.first { $0.signalId == signal.id }?.household.map { "#\(id) \($0)" } ?? "#\(id)"
                    } ?? tr("cli.none")
                print(created ? tr("cli.signal.added.new", signal.id, household) : tr("cli.signal.added", signal.id, household))
                if let place {
                    print(tr("cli.signal.queue", place + 1, queue.count, queue[place].score))
                }
                if signal.safety { print(tr("cli.signal.safety", signal.id)) }
            }
        }

        /// The registration the options describe; what the options alone can tell is checked
        /// here, the rest (names, postcode, buurt, dates) by the store, which writes nothing then.
        func registration(_ ctx: AppContext) throws -> Registration {
            let source = try FrontDoorInput.source(source)
            let choice: HouseholdChoice
            switch (household, newHousehold) {
            case (.some, true), (nil, false): throw ValidationError(tr("cli.signal.household"))
            case (.some(let id), false):
                if let stray = address.given.first { throw ValidationError(tr("cli.signal.household.stray", stray)) }
                choice = .existing(id)
            case (nil, true):
                let h = try address.household(name: "", buurten: try ctx.store.districtInfo().buurten)
                choice = .new(h, confirmedDuplicate: address.confirmDuplicate)
            }
            return Registration(
                source: source, received: try received.map { try parseDay($0, option: "--received", expect: .past) } ?? ctx.today,
                household: choice, question: question, domains: try FrontDoorInput.domains(domain), safety: safety,
                intake: try intake())
        }

        func intake() throws -> Intake {
            let partner = try partner.map { key in
                guard let p = ArrearsPartner(rawValue: key) else {
                    throw ValidationError(tr("cli.error.oneof", "--partner", key, ArrearsPartner.keys))
                }
                return p
            }
            if (hardDate == nil) != (hardDateKind == nil) { throw ValidationError(tr("cli.signal.harddate")) }
            let kind = try hardDateKind.map { key in
                guard let k = HardDateKind(rawValue: key) else {
                    throw ValidationError(tr("cli.error.oneof", "--hard-date-kind", key, HardDateKind.keys))
                }
                return k
            }
            return Intake(
                partner: partner, reporterName: reporter, reporterOrganisation: organisation, reporterPhone: phone,
                hardDate: try hardDate.map { try parseDay($0, option: "--hard-date", expect: .future) }, hardDateKind: kind,
                consentToContact: try consentToContact.map { try FrontDoorInput.yesNo($0, option: "--consent-to-contact") })
        }
    }
}

struct CaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "case", abstract: "Open a case at the desk, or reopen a closed one.",
        subcommands: [OpenCommand.self, ReopenCommand.self])

    struct OpenCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "open", abstract: "Open a case straight from a resident's question (no signal needed); it starts in aanmelding.",
            discussion: "A household whose case was closed can have that case reopened instead: 'wijkteam case reopen CASE --reason …'.")
        @OptionGroup var common: CommonOptions
        @OptionGroup var output: JSONOption
        @Argument(help: "Household id.") var household: Int
        @Option(name: .long, help: "The resident's question.") var question: String
        @Option(name: .long, help: "Where it comes from: \(SignalSource.keys) (default self).") var source = "self"
        @Option(name: .long, help: "A life domain it touches; repeat for more.") var domain: [String] = []
        @Option(name: .long, help: "Regisseur (staff id); without it the case is unassigned.") var regisseur: String?

        func run() throws {
            try runReporting {
                let newCase = NewCase(
                    householdID: household, source: try FrontDoorInput.source(source), question: question,
                    domains: try FrontDoorInput.domains(domain), regisseurID: regisseur)
                let ctx = try common.context()
                let c = try ctx.store.openCase(newCase, today: ctx.today)
                if output.json { try printJSON(c); return }
                print(tr("cli.case.opened", c.id, c.householdID, c.phase.label, c.regisseurID ?? tr("cli.none")))
            }
        }
    }

    struct ReopenCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reopen", abstract: "Reopen a closed case with its history, plan and network; the reason goes into its journal.")
        @OptionGroup var common: CommonOptions
        @OptionGroup var output: JSONOption
        @Argument(help: "Case number (a closed case).") var caseID: Int
        @Option(name: .long, help: "Why it is reopened.") var reason: String
        @Option(name: .customLong("version"), help: "The case version you saw; refused if someone changed the case since.")
        var expectedVersion: Int?

        func run() throws {
            try runReporting {
                let ctx = try common.context()
                let c = try ctx.store.reopenCase(caseID: caseID, reason: reason, expectedVersion: expectedVersion, today: ctx.today)
                if output.json { try printJSON(c); return }
                print(tr("cli.case.reopened", c.id, c.phase.label, c.version))
            }
        }
    }
}
