/// What the agenda keeps while it looks for reasons: where each open case is among the cards,
/// what its item will say of it (household, name, regisseur), and every reason found.
extension Agenda {
    /// Every reason found for the open cases, in the order found: the card's place in
    /// `input.cards`, the section the reason would put the case in, the text.
    struct CaseReasons {
        struct Entry {
            var card: Int32
            var section: AgendaItem.Section
            var text: String
        }
        /// The entries grouped by case: `grouped[start[i]..<start[i + 1]]` are card i's (see `byCase`).
        typealias Grouped = (grouped: [Entry], start: [Int])
        private(set) var entries: [Entry] = []

        mutating func add(_ card: Int, _ section: AgendaItem.Section, _ text: String) {
            entries.append(Entry(card: Int32(card), section: section, text: text))
        }

        /// The entries by case, each case's in the order of their sections and, within one, in
        /// the order they were found. Moved into place rather than reached through a list of their
        /// numbers: the items are made in the meeting's order, a case anywhere in the list, and
        /// each number was one more miss of the cache per reason. Consuming: the entries in the
        /// order found are let go when their grouped copy is made, not kept to the build's end.
        consuming func byCase(cards: Int) -> Grouped {
            var start = [Int](repeating: 0, count: cards + 1)
            for e in entries { start[Int(e.card) + 1] += 1 }
            for i in 0..<cards { start[i + 1] += start[i] }
            var grouped = [Entry](repeating: Entry(card: 0, section: .safety, text: ""), count: entries.count)
            var fill = start
            for e in entries {
                grouped[fill[Int(e.card)]] = e
                fill[Int(e.card)] += 1
            }
            // An insertion sort per case, stable: a case has a few reasons.
            for i in 0..<cards where start[i + 1] - start[i] > 1 {
                for j in (start[i] + 1)..<start[i + 1] {
                    let e = grouped[j], place = e.section.place
                    var k = j
                    while k > start[i], place < grouped[k - 1].section.place {
                        grouped[k] = grouped[k - 1]
                        k -= 1
                    }
                    grouped[k] = e
                }
            }
            return (grouped, start)
        }
    }

    /// The place in `input.cards` of each open case, by case number: an array indexed by the
    /// number while the numbers are dense (as a database hands them out), else a dictionary.
    /// The agenda looks up a case for every open follow-up (100,000 at 100,000 households).
    struct OpenCaseIndex {
        private var dense: [Int32] = []
        private var sparse: [Int: Int]?
        /// How many cards there are: numbers up to four times as many (and 1,024) stay dense.
        private let cards: Int

        init(cards: Int) { self.cards = cards }

        mutating func insert(caseID: Int, card: Int) {
            if sparse == nil, caseID >= 0, caseID <= 4 * cards + 1_024 {
                if caseID >= dense.count { dense.append(contentsOf: repeatElement(-1, count: caseID + 1 - dense.count)) }
                dense[caseID] = Int32(card)
                return
            }
            if sparse == nil {
                var moved: [Int: Int] = [:]
                for (id, i) in dense.enumerated() where i >= 0 { moved[id] = Int(i) }
                sparse = moved
                dense = []
            }
            sparse![caseID] = card
        }

        subscript(caseID: Int) -> Int? {
            if let sparse { return sparse[caseID] }
            guard caseID >= 0, caseID < dense.count, dense[caseID] >= 0 else { return nil }
            return Int(dense[caseID])
        }
    }

    /// What the later steps read of each open card, noted in the one pass over the cards (each
    /// card is a box somewhere in memory: at 100,000 households every further pass over the
    /// 30,000 of them cost a millisecond or two in cache misses alone), in plain arrays.
    struct CardFacts {
        private(set) var index: OpenCaseIndex
        private(set) var caseID: [Int]
        /// The day a stuck case has waited since (its last contact, else its opening) and the
        /// day it was opened, as days since the epoch.
        private(set) var waitingSince: [Int]
        private(set) var opened: [Int]
        /// Each open card's regisseur by their place in the staff list (the first of that id),
        /// -1 for none or one not on the list.
        private(set) var regisseurAt: [Int32]
        /// What each open card's item says of it, noted in the pass over the cards (in the order
        /// they lie in memory) rather than read from each card's box while the items are made in
        /// the meeting's order. The names are handed over (`takeHouseholdName`), not copied again:
        /// nil once taken, or for a card never noted (not open).
        private(set) var householdID: [Int]
        private(set) var regisseurID: [StaffID?]
        private var householdName: [String?]
        /// Each staff member's load (`Caseload.weight` of their open cases, in the cards' order).
        private var loads: [Double]
        private let staffPlace: [StaffID: Int32]

        init(cards: Int, staff: [Staff]) {
            index = OpenCaseIndex(cards: cards)
            caseID = [Int](repeating: 0, count: cards)
            waitingSince = caseID
            opened = caseID
            regisseurAt = [Int32](repeating: -1, count: cards)
            householdID = caseID
            regisseurID = [StaffID?](repeating: nil, count: cards)
            householdName = [String?](repeating: nil, count: cards)
            var place: [StaffID: Int32] = [:]
            for (k, s) in staff.enumerated() where place[s.id] == nil { place[s.id] = Int32(k) }
            staffPlace = place
            loads = [Double](repeating: 0, count: staff.count)
        }

        mutating func note(
            card i: Int, caseID id: Int, householdID: Int, householdName: String, regisseur: StaffID?, weight: Double,
            waitingSince: Day, opened: Day
        ) {
            index.insert(caseID: id, card: i)
            caseID[i] = id
            self.householdID[i] = householdID
            self.householdName[i] = householdName
            regisseurID[i] = regisseur
            self.waitingSince[i] = waitingSince.daysSinceEpoch
            self.opened[i] = opened.daysSinceEpoch
            if let regisseur, let k = staffPlace[regisseur] {
                regisseurAt[i] = k
                loads[Int(k)] += weight
            }
        }

        /// The household name noted for card i, handed over: the agenda makes one item per card,
        /// and only for a card it noted (an open one).
        mutating func takeHouseholdName(_ i: Int) -> String {
            var name: String?
            swap(&name, &householdName[i])
            precondition(name != nil, "card \(i) was not noted, or its name was taken before")
            return name!
        }

        /// The load of the staff member at this place in the staff list (that of the first
        /// with their id: two entries of one id share it, as in `BoardBuilder.loads`).
        func load(ofStaffAt k: Int, of staff: [Staff]) -> Double { staffPlace[staff[k].id].map { loads[Int($0)] } ?? 0 }
    }

    /// `SharedTexts` by day, for days up to a few years before today: kept in a list by how many
    /// days ago (each stuck case looked its day up in a dictionary: tens of thousands of hashes
    /// at 100,000 households). Other days are kept by their number.
    struct DayTexts {
        private let today: Int
        private var daysAgo: [String?] = []
        private var other = SharedTexts<Int>()
        static let listed = 4_096

        init(today: Day) { self.today = today.daysSinceEpoch }

        mutating func text(for day: Day, _ make: () -> String) -> String {
            let ago = today - day.daysSinceEpoch
            guard ago >= 0, ago < Self.listed else { return other.value(for: day.daysSinceEpoch, make) }
            if ago >= daysAgo.count { daysAgo.append(contentsOf: repeatElement(nil, count: ago + 1 - daysAgo.count)) }
            if let text = daysAgo[ago] { return text }
            let text = make()
            daysAgo[ago] = text
            return text
        }
    }

    /// The agenda's reason texts are made once per key and shared (`MadeOnce`): a city's agenda
    /// says "no journal entry for 52 days (since 2026-09-29)" for every case last seen that day, and
    /// made the same text anew for each (thousands of strings at 100,000 households, a quarter of
    /// the build). Not for overdue follow-ups: their day and owner differ too often (tried: the
    /// look-ups cost more).
    typealias SharedTexts<Key: Hashable> = MadeOnce<Key, String>
}
