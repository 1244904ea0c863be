import ArgumentParser
import Foundation
import Wijkteam

// `wijkteam household`: one household as ever (`wijkteam household 3`), and the front door's
// find, add and update. `household 3` runs the default subcommand, `show`, so scripts written
// before the subcommands keep working.

struct HouseholdCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "household", abstract: "One household (wijkteam household ID); find, add or update households.",
        subcommands: [ShowCommand.self, FindCommand.self, AddCommand.self, UpdateCommand.self], defaultSubcommand: ShowCommand.self)

    struct ShowCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "One household: members, cases, ZRM, plan, provisions, journal, follow-ups.")
        @OptionGroup var common: CommonOptions
        @OptionGroup var output: JSONOption
        @Argument(help: "Household id.") var id: Int

        func run() throws {
            try runReporting {
                let ctx = try common.context()
                let record = try ctx.store.household(id: id, access: .export)
                if output.json {
                    try printJSON(HouseholdReport(record: record, today: ctx.today))
                } else {
                    print(TextReports.household(record, staff: try ctx.store.staff(), today: ctx.today))
                }
            }
        }
    }

    struct FindCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "find",
            abstract: "Find households by name, street and number, or postcode (yilmaz finds Yılmaz, 1234ab finds 1234 AB).")
        @OptionGroup var common: CommonOptions
        @OptionGroup var output: JSONOption
        @Argument(help: "What to look for: words of a name or street, a house number, a postcode.") var query: [String]
        @Option(name: .long, help: "At most this many households (1…200).") var limit = 20

        func validate() throws {
            guard (1...200).contains(limit) else { throw ValidationError(tr("validation.number", "--limit", 1, 200, limit)) }
        }

        func run() throws {
            try runReporting {
                let ctx = try common.context()
                let found = try ctx.store.findHouseholds(query.joined(separator: " "), limit: limit)
                // Logged as every search is: how many words, how many shown; never what was typed.
                let words = query.joined(separator: " ").split(whereSeparator: \.isWhitespace).count
                try ctx.store.recordAudit(
                    AuditEvent(.search, detail: "household search (\(words) word\(words == 1 ? "" : "s")): \(found.count) shown"))
                if output.json { try printJSON(found.map(MatchJSON.init)); return }
                if found.isEmpty { print(tr("cli.household.find.none", query.joined(separator: " "))); return }
                for m in found {
                    let place = [m.postcode, m.buurt].filter { !$0.isEmpty }.joined(separator: " · ")
                    print(
                        "#\(m.id) \(m.name), \(m.addressLine)" + (place.isEmpty ? "" : " (\(place))")
                            + (m.memberNames.isEmpty ? "" : " — " + m.memberNames.joined(separator: ", ")))
                }
            }
        }
    }

    struct AddCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "Add a household the team does not know yet, with its address and members.",
            discussion:
                "One that looks like a known household (same address, or a member with the same name and birth date) is refused with the matches, unless --confirm-duplicate."
        )
        @OptionGroup var common: CommonOptions
        @OptionGroup var output: JSONOption
        @Option(name: .long, help: "The household's name (default: Huishouden and the first member's last name).") var name: String?
        @OptionGroup var address: NewHouseholdOptions

        func run() throws {
            try runReporting {
                let ctx = try common.context()
                let h = try address.household(name: name ?? "", buurten: try ctx.store.districtInfo().buurten)
                let saved = try refusingDuplicates(json: output.json, hint: tr("cli.household.duplicate.hint")) {
                    try ctx.store.createHousehold(h, confirmDuplicate: address.confirmDuplicate, today: ctx.today)
                }
                if output.json { try printJSON(saved); return }
                print(
                    tr("cli.household.added", saved.id, saved.name, saved.address.line, trCount("cli.count.members", saved.members.count)))
                for p in saved.members {
                    print("  " + tr("cli.person.line", p.id, p.name, p.birthDate.map(\.description) ?? "\(p.birthYear)", p.role.label))
                }
            }
        }
    }

    struct UpdateCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "update", abstract: "Change a household's name, address, buurt or language, or record that it left the district.",
            discussion:
                "Only what you give changes. Without --version the change is checked against the version read just before it.")
        @OptionGroup var common: CommonOptions
        @OptionGroup var output: JSONOption
        @Argument(help: "Household id.") var id: Int
        @Option(name: .long, help: "New name.") var name: String?
        @Option(name: .long, help: "New street.") var street: String?
        @Option(name: .long, help: "New house number.") var number: String?
        @Option(name: .long, help: "New house number addition ('' for none).") var addition: String?
        @Option(name: .long, help: "New postcode.") var postcode: String?
        @Option(name: .long, help: "New buurt.") var buurt: String?
        @Option(name: .long, help: "New language.") var language: String?
        @Option(name: .long, help: "The day it left the district, or 'none' when it did not (any more).") var leftDistrict: String?
        @Option(
            name: .customLong("version"), help: "The household version you saw (household ID --json); refused if someone changed it since.")
        var expectedVersion: Int?

        func run() throws {
            try runReporting {
                let changes: [String?] = [name, street, number, addition, postcode, buurt, language, leftDistrict]
                guard changes.contains(where: { $0 != nil }) else { throw ValidationError(tr("cli.household.update.nothing")) }
                let ctx = try common.context()
                let current = try ctx.store.household(id: id, access: .household).household
                var h = current
                if let name { h.name = name }
                if let street { h.address.street = street }
                if let number { h.address.number = number.trimmed }
                if let addition { h.address.addition = addition.trimmed }
                if let postcode { h.address.postcode = postcode }
                if let buurt { h.address.buurt = FrontDoorInput.buurt(buurt, of: try ctx.store.districtInfo().buurten) }
                if let language { h.language = language.lowercased() }
                if let leftDistrict {
                    h.leftDistrictOn =
                        leftDistrict.lowercased() == "none" ? nil : try parseDay(leftDistrict, option: "--left-district", expect: .past)
                }
                // The version read is the one the change is based on: a colleague's change in between is refused, not overwritten.
                let saved = try ctx.store.updateHousehold(h, expectedVersion: expectedVersion ?? current.version, today: ctx.today)
                if output.json { try printJSON(saved); return }
                print(tr("cli.household.updated", saved.id, saved.name, saved.address.line, saved.version))
                if let left = saved.leftDistrictOn { print(tr("cli.household.left", left)) }
            }
        }
    }
}
