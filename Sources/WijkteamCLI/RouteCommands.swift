import ArgumentParser
import Foundation
import Wijkteam
import WijkteamStore

// The route to support on the command line (issue 27): one rung's answer for a goal, and the
// district's general provisions (voorliggend veld). Each change is checked and logged as the
// person running it, like the screens. Any team member keeps the list of general provisions.

/// `wijkteam route CASE GOAL RUNG --carries|--cannot --answer TEXT [--tie NAME…] [--provision NAME]`
struct RouteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "route",
        abstract: "Record one rung of a goal's route to support: eigen_kracht, network or voorliggend_veld, in that order.")
    @OptionGroup var common: CommonOptions
    @Argument(help: "Case number.") var caseID: Int
    @Argument(help: "Goal number (see 'wijkteam household ID').") var goalID: Int
    @Argument(help: "eigen_kracht, network or voorliggend_veld.") var rung: String
    @Flag(name: .long, help: "This rung carries the need (no maatwerk is then needed for it).") var carries = false
    @Flag(name: .long, help: "This rung cannot carry the need.") var cannot = false
    @Option(name: .long, help: "What was asked, and why it can or cannot carry this.") var answer: String
    @Option(name: .long, help: "Network rung: a tie asked, by name (repeat for more; the tie must have consented).") var tie: [String] = []
    @Option(name: .long, help: "Voorliggend veld: the general provision asked, by name.") var provision: String?

    func run() throws {
        try runReporting {
            guard let kind = RouteRungKind(rawValue: rung) else {
                throw ValidationError(tr("cli.route.bad_rung", rung, RouteRungKind.keys))
            }
            guard carries != cannot else { throw ValidationError(tr("cli.route.carries_or_cannot")) }
            let ctx = try common.context()
            guard let c = try ctx.store.cases(includeClosed: true).first(where: { $0.id == caseID }) else {
                throw WijkteamError.accessDenied(tr("cli.error.nocase", caseID))
            }
            let record = try ctx.store.household(id: c.householdID)
            guard let goal = record.goals.first(where: { $0.id == goalID && $0.caseID == caseID }) else {
                throw ValidationError(tr("cli.route.no_goal", goalID, caseID))
            }
            let tieIDs = try tie.map { name in
                guard let t = record.ties.first(where: { $0.name.lowercased() == name.trimmed.lowercased() }) else {
                    throw ValidationError(tr("cli.route.no_tie", name, record.ties.map(\.name).joined(separator: ", ")))
                }
                return t.id
            }
            let provisionID = try provision.map { name in
                let all = try ctx.store.generalProvisions()
                guard let g = all.first(where: { $0.name.lowercased() == name.trimmed.lowercased() }) else {
                    throw ValidationError(tr("cli.route.no_provision", name))
                }
                return g.id
            }
            let saved = try ctx.store.saveRouteRung(
                RouteRung(
                    goalID: goal.id, caseID: caseID, rung: kind, carries: carries, answer: answer, tieIDs: tieIDs,
                    generalProvisionID: provisionID, recordedOn: ctx.today), expectedVersion: nil)
            if saved.carries {
                print(tr("cli.route.saved.carries", goal.id, saved.rung.label, saved.version))
            } else {
                print(tr("cli.route.saved.cannot", goal.id, saved.rung.label, saved.version))
            }
            let ladder = try ctx.store.routeLadders(caseID: caseID)[goal.id] ?? RouteLadder(goalID: goal.id)
            print(ladder.tailoredRefusal.map { tr("cli.route.no_maatwerk", $0) } ?? tr("cli.route.maatwerk_possible"))
        }
    }
}

/// `wijkteam general-provisions [list|add|edit|deactivate]`
struct GeneralProvisionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "general-provisions",
        abstract: "The district's general provisions (voorliggend veld), by life domain: list, add, edit, deactivate.",
        subcommands: [ListCommand.self, AddCommand.self, EditCommand.self, DeactivateCommand.self], defaultSubcommand: ListCommand.self)

    static func domains(_ keys: [String]) throws -> [LifeDomain] {
        try keys.flatMap { $0.split(separator: ",").map(String.init) }.map { key in
            guard let d = LifeDomain(rawValue: key.trimmed) else {
                throw ValidationError(tr("cli.error.oneof", "--domain", key, LifeDomain.keys))
            }
            return d
        }
    }

    static func line(_ g: GeneralProvision) -> String {
        let state = g.active ? "" : " · " + tr("cli.general_provision.inactive")
        let contact = g.contact.isEmpty ? "" : " · " + g.contact
        return "#\(g.id) \(g.name) · \(g.domains.map(\.label).joined(separator: ", "))\(contact)\(state)"
    }

    struct ListCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "The general provisions offered (with --all also those no longer offered).")
        @OptionGroup var common: CommonOptions
        @OptionGroup var output: JSONOption
        @Flag(name: .long, help: "Also those no longer offered.") var all = false
        @Option(name: .long, help: "Only those offered for this life domain.") var domain: String?

        func run() throws {
            try runReporting {
                let ctx = try common.context()
                let only = try domain.map { try GeneralProvisionsCommand.domains([$0]) }?.first
                let list = try ctx.store.generalProvisions().filter { (all || $0.active) && (only.map($0.domains.contains) ?? true) }
                if output.json { try printJSON(list); return }
                if list.isEmpty { print(tr("cli.general_provision.none")) }
                for g in list {
                    print(GeneralProvisionsCommand.line(g))
                    if !g.description.isEmpty { print("    " + g.description) }
                }
            }
        }
    }

    struct AddCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "Add a general provision (no client data: what it is, for which life domains, contact).")
        @OptionGroup var common: CommonOptions
        @Option(name: .long, help: "Its name.") var name: String
        @Option(name: .long, help: "A life domain it is offered for (repeat, or comma-separated).") var domain: [String] = []
        @Option(name: .long, help: "What it offers, when.") var description = ""
        @Option(name: .long, help: "How to reach it.") var contact = ""

        func run() throws {
            try runReporting {
                let ctx = try common.context()
                let g = try ctx.store.saveGeneralProvision(
                    GeneralProvision(
                        id: 0, name: name, domains: try GeneralProvisionsCommand.domains(domain), description: description, contact: contact
                    ),
                    expectedVersion: nil)
                print(tr("cli.general_provision.added", g.id, g.name))
            }
        }
    }

    struct EditCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit", abstract: "Change a general provision; only the options given change.")
        @OptionGroup var common: CommonOptions
        @Argument(help: "Its number (see 'general-provisions list --all').") var id: Int
        @Option(name: .long, help: "Its name.") var name: String?
        @Option(name: .long, help: "The life domains it is offered for (replaces them; repeat, or comma-separated).") var domain: [String] =
            []
        @Option(name: .long, help: "What it offers, when.") var description: String?
        @Option(name: .long, help: "How to reach it.") var contact: String?
        @Flag(name: .long, help: "Offered again after it was deactivated.") var reactivate = false
        @Option(name: .long, help: "The version you saw; refused if someone changed it since.") var version: Int?

        func run() throws {
            try runReporting {
                let ctx = try common.context()
                guard var g = try ctx.store.generalProvisions().first(where: { $0.id == id }) else {
                    throw ValidationError(tr("cli.route.no_provision", "#\(id)"))
                }
                if let name { g.name = name }
                if !domain.isEmpty { g.domains = try GeneralProvisionsCommand.domains(domain) }
                if let description { g.description = description }
                if let contact { g.contact = contact }
                if reactivate { g.active = true }
                let saved = try ctx.store.saveGeneralProvision(g, expectedVersion: version)
                print(tr("cli.general_provision.changed", saved.id, saved.name, saved.version))
            }
        }
    }

    struct DeactivateCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "deactivate", abstract: "No longer offer a general provision (kept for the routes that named it).")
        @OptionGroup var common: CommonOptions
        @Argument(help: "Its number.") var id: Int
        @Option(name: .long, help: "The version you saw; refused if someone changed it since.") var version: Int?

        func run() throws {
            try runReporting {
                let ctx = try common.context()
                let g = try ctx.store.deactivateGeneralProvision(id: id, expectedVersion: version)
                print(tr("cli.general_provision.deactivated", g.id, g.name))
            }
        }
    }
}
