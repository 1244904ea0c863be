import ArgumentParser
import Foundation
import Wijkteam

// `wijkteam person`: a household's members stay current. A member who moves out or dies is
// kept in the household's history and no longer counted.

struct PersonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "person", abstract: "Add a household member, correct one, or record that one moved out or died.",
        subcommands: [AddCommand.self, UpdateCommand.self, CorrectCommand.self, HistoryCommand.self, MoveOutCommand.self])

    struct AddCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "Add a member to a household (a baby is born, a son moves back).",
            discussion: "Someone with the same name and birth date in another household is refused with it, unless --confirm-duplicate.")
        @OptionGroup var common: CommonOptions
        @OptionGroup var output: JSONOption
        @Argument(help: "Household id.") var household: Int
        @Option(name: .long, help: "Full name.") var name: String
        @Option(name: .long, help: "Birth date, YYYY-MM-DD.") var born: String
        @Option(name: .long, help: "Role in the household: \(MemberRole.keys).") var role: String
        @Flag(name: .long, help: "A client of the team (not only a member of the household).") var client = false
        @Flag(name: .long, help: "Add them even though someone with this name and birth date is known (logged as such).")
        var confirmDuplicate = false

        func run() throws {
            try runReporting {
                let person = NewPerson(
                    name: name, birthDate: try FrontDoorInput.birthDate(born, option: "--born"),
                    role: try PersonCommand.role(role), isClient: client)
                let ctx = try common.context()
                let saved = try refusingDuplicates(json: output.json, hint: tr("cli.person.duplicate.hint")) {
                    try ctx.store.addPerson(householdID: household, person, confirmDuplicate: confirmDuplicate, today: ctx.today)
                }
                if output.json { try printJSON(saved); return }
                print(tr("cli.person.added", household, tr("cli.person.line", saved.id, saved.name, born.trimmed, saved.role.label)))
            }
        }
    }

    struct UpdateCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "update", abstract: "Correct a member's name, birth date, role or client mark.",
            discussion:
                "Only what you give changes. Without --version the change is checked against the version read just before it.")
        @OptionGroup var common: CommonOptions
        @OptionGroup var output: JSONOption
        @Argument(help: "Person id (household ID --json shows them).") var id: Int
        @Option(name: .long, help: "Full name.") var name: String?
        @Option(name: .long, help: "Birth date, YYYY-MM-DD.") var born: String?
        @Option(name: .long, help: "Role in the household: \(MemberRole.keys).") var role: String?
        @Option(name: .long, help: "A client of the team: yes or no.") var client: String?
        @Option(name: .customLong("version"), help: "The person version you saw; refused if someone changed them since.")
        var expectedVersion: Int?

        func run() throws {
            try runReporting {
                guard name != nil || born != nil || role != nil || client != nil else {
                    throw ValidationError(tr("cli.person.update.nothing"))
                }
                let birthDate = try born.map { try FrontDoorInput.birthDate($0, option: "--born") }
                let newRole = try role.map(PersonCommand.role)
                let isClient = try client.map { try FrontDoorInput.yesNo($0, option: "--client") }
                let ctx = try common.context()
                let current = try ctx.store.person(id: id)
                var p = current
                if let name { p.name = name }
                if let birthDate { p.birthDate = birthDate; p.birthYear = birthDate.year }
                if let newRole { p.role = newRole }
                if let isClient { p.isClient = isClient }
                let saved = try ctx.store.updatePerson(p, expectedVersion: expectedVersion ?? current.version, today: ctx.today)
                if output.json { try printJSON(saved); return }
                let born = saved.birthDate.map(\.description) ?? "\(saved.birthYear)"
                let line = tr("cli.person.line", saved.id, saved.name, born, saved.role.label)
                print(tr("cli.person.updated", line, saved.version))
            }
        }
    }

    struct MoveOutCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "move-out",
            abstract: "Record that a member moved out (or died, with --died): kept in the history, no longer counted.")
        @OptionGroup var common: CommonOptions
        @OptionGroup var output: JSONOption
        @Argument(help: "Person id.") var id: Int
        @Option(name: .long, help: "The day they left (or died).") var on: String
        @Flag(name: .long, help: "They died (instead of moving out).") var died = false
        @Option(name: .customLong("version"), help: "The person version you saw; refused if someone changed them since.")
        var expectedVersion: Int?

        func run() throws {
            try runReporting {
                let day = try parseDay(on, option: "--on", expect: .past)
                let ctx = try common.context()
                let saved = try ctx.store.personLeaves(
                    personID: id, on: day, reason: died ? .died : .movedOut, expectedVersion: expectedVersion,
                    today: ctx.today)
                if output.json { try printJSON(saved); return }
                let reason = (saved.leftReason ?? .movedOut).label
                print(tr("cli.person.left", saved.id, saved.name, reason, saved.leftOn ?? day, saved.householdID))
            }
        }
    }

    static func role(_ key: String) throws -> MemberRole {
        guard let r = MemberRole(rawValue: key.lowercased()) else {
            throw ValidationError(tr("cli.error.oneof", "--role", key, MemberRole.keys))
        }
        return r
    }
}
