import ArgumentParser
import Foundation
import Wijkteam

// What the front door's commands (signal add, household add/update, person, case) read from
// the command line: a new household's address and members, strict birth dates, yes/no, and
// what to say when a new household or person looks like one the team knows.

/// A new household's address and members, for `signal add --new-household` and `household add`.
struct NewHouseholdOptions: ParsableArguments {
    @Option(name: .long, help: "Street of the new household.") var street: String?
    @Option(name: .long, help: "House number: digits only (1–99999); an addition goes in --addition.") var number: String?
    @Option(name: .long, help: "House number addition: A, bis, 2-hoog (optional).") var addition: String?
    @Option(name: .long, help: "Postcode, 1234 AB (typed any way: 1234ab).") var postcode: String?
    @Option(name: .long, help: "Buurt: one of the district's buurten.") var buurt: String?
    @Option(name: .long, help: "Language the household speaks: nl, tr, ar … (default nl).") var language: String?
    @Option(name: .long, help: "A member as \"Name;YYYY-MM-DD;role\" or \"Name;YYYY-MM-DD;role;client\"; repeat for each member.")
    var member: [String] = []
    @Flag(name: .long, help: "Create it even though it looks like a household the team knows (logged as such).")
    var confirmDuplicate = false

    /// The options given, by name: for saying which ones do not belong.
    var given: [String] {
        [
            ("--street", street), ("--number", number), ("--addition", addition), ("--postcode", postcode), ("--buurt", buurt),
            ("--language", language),
        ].compactMap { $0.1 == nil ? nil : $0.0 } + (member.isEmpty ? [] : ["--member"])
            + (confirmDuplicate ? ["--confirm-duplicate"] : [])
    }

    /// The household these options describe; a missing option is named. The buurt is matched
    /// to the district's whatever its case (`kersenbuurt` is Kersenbuurt).
    func household(name: String, buurten: [String]) throws -> NewHousehold {
        for (option, value) in [("--street", street), ("--number", number), ("--postcode", postcode), ("--buurt", buurt)] where value == nil
        {
            throw ValidationError(tr("cli.frontdoor.missing", option))
        }
        guard !member.isEmpty else { throw ValidationError(tr("cli.frontdoor.missing", "--member")) }
        let members = try member.map(FrontDoorInput.member)
        return NewHousehold(
            name: name, street: street!, number: number!.trimmed, addition: addition?.trimmed ?? "", postcode: postcode!,
            buurt: FrontDoorInput.buurt(buurt!, of: buurten), language: (language ?? "nl").lowercased(), members: members)
    }
}

enum FrontDoorInput {
    /// A member as typed: "Name;YYYY-MM-DD;role[;client]". Read from the right, so a name may
    /// hold a `;` itself.
    static func member(_ spec: String) throws -> NewPerson {
        var parts = spec.components(separatedBy: ";")
        var isClient = false
        if parts.count >= 4, let marked = client(parts.last!) {
            isClient = marked
            parts.removeLast()
        }
        guard parts.count >= 3 else { throw ValidationError(tr("cli.frontdoor.member.form", spec)) }
        let roleText = parts.removeLast().trimmed, bornText = parts.removeLast().trimmed
        guard let role = MemberRole(rawValue: roleText.lowercased()) else {
            throw ValidationError(tr("cli.frontdoor.member.role", spec, roleText, MemberRole.keys))
        }
        return NewPerson(
            name: parts.joined(separator: ";").trimmed, birthDate: try birthDate(bornText, option: "--member"), role: role,
            isClient: isClient)
    }

    /// The fourth part of a member: client or not; nil when it is no such word.
    static func client(_ text: String) -> Bool? {
        switch text.trimmed.lowercased() {
        case "client", "cliënt", "yes", "ja", "true": true
        case "no", "nee", "false", "": false
        default: nil
        }
    }

    /// A birth date exactly as YYYY-MM-DD: a birth date is never "fri" or "+2w".
    static func birthDate(_ text: String, option: String) throws -> Day {
        guard let day = Day(text.trimmed) else { throw ValidationError(tr("cli.frontdoor.born", option, text)) }
        return day
    }

    /// yes or no (ja, nee), for options such as --client and --consent-to-contact.
    static func yesNo(_ text: String, option: String) throws -> Bool {
        switch text.trimmed.lowercased() {
        case "yes", "ja", "y", "j", "true": return true
        case "no", "nee", "n", "false": return false
        default: throw ValidationError(tr("cli.frontdoor.yesno", option, text))
        }
    }

    /// The district's buurt the typed one is (ignoring case); as typed when none is, so that
    /// the store names the buurten in its refusal.
    static func buurt(_ typed: String, of buurten: [String]) -> String {
        buurten.first { $0.lowercased() == typed.trimmed.lowercased() } ?? typed
    }

    static func domains(_ keys: [String]) throws -> [LifeDomain] {
        var out: [LifeDomain] = []
        for key in keys {
            guard let d = LifeDomain(rawValue: key) else { throw ValidationError(tr("cli.error.oneof", "--domain", key, LifeDomain.keys)) }
            if !out.contains(d) { out.append(d) }
        }
        return out
    }

    static func source(_ key: String) throws -> SignalSource {
        guard let s = SignalSource(rawValue: key) else { throw ValidationError(tr("cli.error.oneof", "--source", key, SignalSource.keys)) }
        return s
    }
}

/// A household offered as a possible duplicate, as `--json` prints it.
struct MatchJSON: Encodable {
    var id: Int
    var name: String
    var address: String
    var postcode: String
    var buurt: String
    var members: [String]
    /// "address", "person" (a member with the same name and birth date) or "search".
    var reason: String
    var matchedPerson: String?

    init(_ m: HouseholdMatch) {
        id = m.id; name = m.name; address = m.addressLine; postcode = m.postcode; buurt = m.buurt; members = m.memberNames
        switch m.reason {
        case .search: reason = "search"
        case .address: reason = "address"
        case .person(let name): reason = "person"; matchedPerson = name
        }
    }
}

/// `--json` of a change refused as a possible duplicate.
struct DuplicateRefusal: Encodable {
    var possibleDuplicates: [MatchJSON]
}

/// Runs a change that may be refused as a possible duplicate: then the households it may be are
/// listed, with how to go on (`hint`), and the command exits 1. Nothing was written.
func refusingDuplicates<T>(json: Bool, hint: String, _ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch WijkteamError.possibleDuplicate(let matches) {
        if json { try printJSON(DuplicateRefusal(possibleDuplicates: matches.map(MatchJSON.init))) }
        Output.error(tr("cli.frontdoor.duplicate.title"))
        for m in matches { Output.error("  " + m.summary) }
        Output.error(hint)
        throw ExitCode(1)
    }
}
