/// Finding a household the team already knows: by what people type at the desk (a name, a street
/// and number, a postcode), by what a new registration says (its address, a person's name and
/// birth date) and by what a partner's file holds. Pure: the store reads the entries, this decides.
///
/// Everything is compared folded (`JournalSearch.folded`: no case, no diacritics, ı→i, ł→l), so
/// `yilmaz` finds Yılmaz, `de vries` De Vries and `1234ab` the postcode 1234 AB.
public struct HouseholdIndex: Sendable {
    public struct Member: Hashable, Sendable {
        public var personID: Int
        public var name: String
        public var birthDate: Day?
        public var birthYear: Int
        public var isCurrent: Bool
        public init(personID: Int, name: String, birthDate: Day?, birthYear: Int, isCurrent: Bool) {
            self.personID = personID; self.name = name; self.birthDate = birthDate; self.birthYear = birthYear; self.isCurrent = isCurrent
        }
    }

    public struct Entry: Hashable, Sendable {
        public var id: Int
        public var name: String
        public var street: String
        public var number: String
        public var addition: String
        public var postcode: String
        public var buurt: String
        public var leftDistrict: Bool
        public var members: [Member]
        public init(
            id: Int, name: String, street: String, number: String, addition: String, postcode: String, buurt: String,
            leftDistrict: Bool, members: [Member]
        ) {
            self.id = id; self.name = name; self.street = street; self.number = number; self.addition = addition
            self.postcode = postcode; self.buurt = buurt; self.leftDistrict = leftDistrict; self.members = members
        }
        public var addressLine: String {
            Address(street: street, number: number, addition: addition, postcode: postcode, buurt: buurt, wijk: "").line
        }
    }

    public private(set) var entries: [Entry] = []
    /// Folded words of each entry (name, street, number, postcode both ways, current members).
    private var words: [[String]] = []
    /// "1234AB 12" → entries at that postcode and number (any addition).
    private var byAddress: [String: [Int]] = [:]
    /// Folded full name → (entry index, member).
    private var byName: [String: [(Int, Member)]] = [:]

    public init(_ entries: [Entry]) {
        self.entries.reserveCapacity(entries.count)
        words.reserveCapacity(entries.count)
        for e in entries { add(e) }
    }

    /// One more household: an import matches later rows against the households its earlier rows created.
    public mutating func add(_ e: Entry) {
        let i = entries.count
        entries.append(e)
        let text = HouseholdIndex.searchText(
            name: e.name, street: e.street, number: e.number, addition: e.addition, postcode: e.postcode,
            members: e.members.filter(\.isCurrent).map(\.name))
        words.append(text.split(separator: " ").map(String.init))
        if let key = HouseholdIndex.addressKey(e.postcode, e.number), !e.leftDistrict { byAddress[key, default: []].append(i) }
        for m in e.members { byName[HouseholdIndex.nameKey(m.name), default: []].append((i, m)) }
    }

    /// The folded words a household is found by (name, street, number, postcode both ways, current
    /// members), as the store keeps them in `household.search_text`: its migration builds the same
    /// text in SQL (`Schema.householdSearchSource`) before folding it.
    public static func searchText(
        name: String, street: String, number: String, addition: String, postcode: String,
        members: [String]
    ) -> String {
        let compact = postcode.filter { $0 != " " }
        return JournalSearch.folded(([name, street, number + addition, postcode, compact] + members).joined(separator: " "))
    }

    static func addressKey(_ postcode: String, _ number: String) -> String? {
        guard let p = Postcode(postcode), !number.isEmpty else { return nil }
        return "\(p.compact) \(number)"
    }

    static func nameKey(_ name: String) -> String { JournalSearch.folded(name) }

    // MARK: Searching at the desk

    /// Households where every typed word starts a word of theirs (or the words together are
    /// their postcode), best first: those whose name matches, then by name.
    public func search(_ query: String, limit: Int = 20) -> [HouseholdMatch] {
        let typed = JournalSearch.folded(query).split(separator: " ").map(String.init)
        guard !typed.isEmpty else { return [] }
        let compact = typed.joined()
        var found: [(rank: Int, entry: Entry)] = []
        for (i, e) in entries.enumerated() {
            let w = words[i]
            let postcodeMatch = compact.count >= 4 && (Postcode(e.postcode)?.compact.lowercased().hasPrefix(compact) ?? false)
            guard postcodeMatch || typed.allSatisfy({ t in w.contains { $0.hasPrefix(t) } }) else { continue }
            let inName = JournalSearch.folded(e.name).split(separator: " ").contains { n in typed.contains { n.hasPrefix($0) } }
            found.append((inName ? 0 : 1, e))
        }
        found.sort { ($0.rank, $0.entry.name, $0.entry.id) < ($1.rank, $1.entry.name, $1.entry.id) }
        return found.prefix(limit).map { HouseholdMatch($0.entry, reason: .search) }
    }

    // MARK: Telling a new household from a known one

    /// Known households that a new one may be: the same address (postcode and number), or a
    /// member with the same name and birth date.
    public func possibleDuplicates(of household: NewHousehold) -> [HouseholdMatch] {
        var out: [HouseholdMatch] = []
        if let key = HouseholdIndex.addressKey(household.postcode, household.number) {
            for i in byAddress[key] ?? [] where entries[i].addition.lowercased() == household.addition.lowercased() {
                out.append(HouseholdMatch(entries[i], reason: .address))
            }
        }
        for person in household.members {
            for m in possibleDuplicates(of: person) where !out.contains(where: { $0.id == m.id }) { out.append(m) }
        }
        return out
    }

    /// Households with a member of this name and birth date (any household: someone who moved).
    public func possibleDuplicates(of person: NewPerson) -> [HouseholdMatch] {
        var out: [HouseholdMatch] = []
        for (i, m) in byName[HouseholdIndex.nameKey(person.name)] ?? [] where HouseholdIndex.sameBirth(m, person.birthDate) {
            if !out.contains(where: { $0.id == entries[i].id }) { out.append(HouseholdMatch(entries[i], reason: .person(m.name))) }
        }
        return out
    }

    /// Households in the district where someone of this name and birth date lives now (not who
    /// moved out or died, not a household that left the district).
    func currentHouseholds(named name: String, born: Day) -> Set<Int> {
        Set(
            (byName[HouseholdIndex.nameKey(name)] ?? [])
                .filter { $0.1.isCurrent && !entries[$0.0].leftDistrict && HouseholdIndex.sameBirth($0.1, born) }
                .map { entries[$0.0].id })
    }

    static func sameBirth(_ m: Member, _ date: Day) -> Bool {
        m.birthDate.map { $0 == date } ?? (m.birthYear == date.year)
    }

    // MARK: Matching a partner's row

    /// What a row of a partner's file (or a caseload file) is: postcode + house number
    /// (+ addition when given) first, narrowed by the birth date when several households live
    /// there; then name + birth date anywhere; else new. Never a guess: two candidates left is
    /// ambiguous.
    public func match(name: String, birthDate: Day?, postcode: String, number: String, addition: String) -> MatchOutcome {
        if let key = HouseholdIndex.addressKey(postcode, number), let atAddress = byAddress[key] {
            var candidates = atAddress
            if !addition.isEmpty { candidates = candidates.filter { entries[$0].addition.lowercased() == addition.lowercased() } }
            if candidates.count == 1 { return .matched(entries[candidates[0]].id, by: .address) }
            if candidates.count > 1 {
                let born =
                    birthDate.map { d in candidates.filter { i in entries[i].members.contains { $0.isCurrent && $0.birthDate == d } } }
                    ?? []
                if born.count == 1 { return .matched(entries[born[0]].id, by: .addressAndBirthDate) }
                return .ambiguous(candidates.map { entries[$0].id })
            }
        }
        guard let birthDate else { return .new }
        let named = currentHouseholds(named: name, born: birthDate)
        switch named.count {
        case 0: return .new
        case 1: return .matched(named.first!, by: .nameAndBirthDate)
        default: return .ambiguous(named.sorted())
        }
    }
}

/// A known household offered at the front door, and why.
public struct HouseholdMatch: Hashable, Sendable, Codable, Identifiable {
    public enum Reason: Hashable, Sendable, Codable {
        case search
        case address
        /// A member with the same name and birth date (the member's name as known).
        case person(String)
    }
    public var id: Int
    public var name: String
    public var addressLine: String
    public var postcode: String
    public var buurt: String
    public var memberNames: [String]
    public var reason: Reason

    public init(_ e: HouseholdIndex.Entry, reason: Reason) {
        id = e.id
        name = e.name
        addressLine = e.addressLine
        postcode = e.postcode
        buurt = e.buurt
        memberNames = e.members.filter(\.isCurrent).map(\.name)
        self.reason = reason
    }

    /// "#2 Huishouden Yılmaz, Wiekstraat 27 (same address)".
    public var summary: String {
        let why: String
        switch reason {
        case .search: return "#\(id) \(name), \(addressLine)"
        case .address: why = tr("match.reason.address")
        case .person(let name): why = tr("match.reason.person", name)
        }
        return "#\(id) \(name), \(addressLine) (\(why))"
    }
}

/// How a partner's row was matched.
public enum MatchOutcome: Hashable, Sendable {
    public enum Basis: String, Hashable, Sendable, Codable {
        case address, addressAndBirthDate = "address_and_birth_date", nameAndBirthDate = "name_and_birth_date"
    }
    case matched(Int, by: Basis)
    case new
    /// Households the row may be; not guessed.
    case ambiguous([Int])
}
