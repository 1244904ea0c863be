/// One column of the caseload board: unassigned cases, one regisseur's cases, or one phase.
public struct BoardColumn: Hashable, Sendable {
    public var staff: Staff?
    /// Set when the board is grouped by phase.
    public var phase: Phase?
    public var cards: [CaseCard]
    public var load: Double
    public var level: Caseload.Level
    public init(staff: Staff?, phase: Phase? = nil, cards: [CaseCard], load: Double, level: Caseload.Level) {
        self.staff = staff; self.phase = phase; self.cards = cards; self.load = load; self.level = level
    }
    public var isUnassigned: Bool { staff == nil && phase == nil }
}

/// Which cards the board shows. Every part that is set must match.
public struct BoardFilter: Hashable, Sendable {
    public enum Flag: String, CaseIterable, Sendable {
        case safety, preventive, outreaching, discussion, overdue
        public var label: String {
            switch self {
            case .safety: tr("boardfilter.flag.safety")
            case .preventive: tr("boardfilter.flag.preventive")
            case .outreaching: tr("boardfilter.flag.outreaching")
            case .discussion: tr("boardfilter.flag.discussion")
            case .overdue: tr("boardfilter.flag.overdue")
            }
        }
    }
    /// Words that must all appear in the household, street, case number or the case's notes.
    public var text = ""
    public var regisseur: StaffID?
    public var buurt: String?
    public var flag: Flag?
    public var domain: LifeDomain?
    public var phase: Phase?

    public init(text: String = "", regisseur: StaffID? = nil, buurt: String? = nil, flag: Flag? = nil,
                domain: LifeDomain? = nil, phase: Phase? = nil) {
        self.text = text; self.regisseur = regisseur; self.buurt = buurt; self.flag = flag
        self.domain = domain; self.phase = phase
    }

    public var isEmpty: Bool { self == BoardFilter() }

    /// Whether the two differ at most in their text.
    public func sameExceptText(_ other: BoardFilter) -> Bool {
        var a = self, b = other
        a.text = ""
        b.text = ""
        return a == b
    }

    /// "mine · buurt Kersenbuurt · 'bakker'" for the status bar.
    public func summary(me: StaffID?) -> String {
        var parts: [String] = []
        if let r = regisseur { parts.append(r == me ? tr("boardfilter.mine") : tr("boardfilter.regisseur", r)) }
        if let b = buurt { parts.append(tr("boardfilter.buurt", b)) }
        if let f = flag { parts.append(f.label) }
        if let d = domain { parts.append(d.label) }
        if let p = phase { parts.append(p.label) }
        if !text.isEmpty { parts.append("'\(text)'") }
        return parts.joined(separator: " · ")
    }

    public func matches(_ card: CaseCard, today: Day) -> Bool {
        guard matchesFields([card], 0, today: today) else { return false }
        let words = CardSearchText.words(text)
        return words.isEmpty || CardSearchText.contains(Array(CardSearchText.haystack(card).utf8), all: words)
    }

    /// A test for many cards by position in `cards`: the typed words are split once, not per
    /// card, and `search` holds each card's text lower-cased once. Cards are read in place, not
    /// copied (a copy of a card retains every string in it: 6,000 per letter typed).
    public func matcher(cards: [CaseCard], today: Day, search: CardSearchText?) -> (Int) -> Bool {
        let words = CardSearchText.words(text)
        // Text alone (the usual search) never touches the card: reading one from the array
        // copies it, which retains each of its strings.
        var fields = self
        fields.text = ""
        let onlyText = fields.isEmpty
        return { i in
            guard onlyText || matchesFields(cards, i, today: today) else { return false }
            guard !words.isEmpty else { return true }
            if let search { return search.contains(at: i, all: words) }
            return CardSearchText.contains(Array(CardSearchText.haystack(cards[i]).utf8), all: words)
        }
    }

    /// Everything but the text.
    private func matchesFields(_ cards: [CaseCard], _ i: Int, today: Day) -> Bool {
        // Each field is read from the array in place: a card (or its case) taken out whole is a
        // copy that retains every string in it.
        if let r = regisseur, cards[i].regisseurID != r { return false }
        if let b = buurt, cards[i].buurt != b { return false }
        if let d = domain, !cards[i].case.domains.contains(d) { return false }
        if let p = phase, cards[i].phase != p { return false }
        if let f = flag {
            switch f {
            case .safety: if !cards[i].safety { return false }
            case .preventive: if !cards[i].proactiveKinds.contains(.preventive) { return false }
            case .outreaching: if !cards[i].proactiveKinds.contains(.outreaching) { return false }
            case .discussion: if cards[i].discussion == nil { return false }
            case .overdue: if !(cards[i].nextFollowUp.map { FollowUpStatus($0, on: today).isOverdue } ?? false) { return false }
            }
        }
        return true
    }
}

/// What the board's text filter looks in: household, street, case number and the questions,
/// lower-cased once per card (by position in the snapshot's cards) rather than on every key
/// press (6,000 cards per letter typed).
public struct CardSearchText: Sendable {
    /// Each card's text, by position. (One buffer for all of them was tried in issue 28's tenth
    /// pass: on the city, the same filter p99 and peak memory within 0.4 MB; see the README.)
    private var texts: [[UInt8]]

    public init(_ cards: [CaseCard]) {
        texts = cards.map { Array(Self.haystack($0).utf8) }
    }

    /// Whether the text of the card at `position` contains every word.
    func contains(at position: Int, all words: [[UInt8]]) -> Bool {
        texts.indices.contains(position) && Self.contains(texts[position], all: words)
    }

    static func haystack(_ card: CaseCard) -> String {
        let c = card.case
        return [card.householdName, card.street, "#\(c.id)", String(c.id), c.presentingQuestion,
                c.questionBehind ?? "", c.discussion ?? ""].joined(separator: "\n").lowercased()
    }

    static func words(_ text: String) -> [[UInt8]] {
        text.lowercased().split(separator: " ").map { Array($0.utf8) }
    }

    static func contains(_ haystack: [UInt8], all words: [[UInt8]]) -> Bool {
        haystack.withUnsafeBufferPointer { text in words.allSatisfy { contains(text, $0) } }
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        haystack.withUnsafeBufferPointer { contains($0, needle) }
    }

    /// Byte search in UTF-8: a match of bytes is a match of characters, as UTF-8 never starts
    /// a character inside another. The word's first byte is looked for eight bytes at a time.
    static func contains(_ hay: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        let n = needle.count, h = hay.count
        guard n > 0 else { return true }
        guard n <= h, let base = hay.baseAddress else { return false }
        return needle.withUnsafeBufferPointer { word in
            var i = 0
            while let at = firstIndex(of: word[0], in: base, from: i, through: h - n) {
                var j = 1
                while j < n && base[at + j] == word[j] { j += 1 }
                if j == n { return true }
                i = at + 1
            }
            return false
        }
    }

    /// The first position from `start` through `end` that holds `byte`: eight bytes compared at
    /// once (most cards' texts hold no match, and each letter typed reads them all).
    static func firstIndex(of byte: UInt8, in base: UnsafePointer<UInt8>, from start: Int, through end: Int) -> Int? {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let pattern = ones &* UInt64(byte)
        var i = start
        while i + 7 <= end {
            // A byte equal to `byte` is 0 in x; the lowest high bit set marks the first one (a
            // borrow can only mark bytes above a real zero).
            let x = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) ^ pattern
            let zeros = (x &- ones) & ~x & highs
            if zeros != 0 { return i + zeros.trailingZeroBitCount / 8 }
            i += 8
        }
        while i <= end {
            if base[i] == byte { return i }
            i += 1
        }
        return nil
    }
}

public enum BoardGrouping: String, Sendable, CaseIterable {
    case regisseur, phase
}

/// Which regisseur column each card of a snapshot goes in: the staff by name (the board's order
/// of columns), and per card position its index there, or `unassigned` (open, nobody holds it),
/// or `hidden` (closed, or held by someone not on the team list). Made once per snapshot; a
/// key press that filters then groups 30,000 cards (100,000 households) by number (issue 28).
public struct RegisseurSlots: Sendable {
    public static let unassigned: Int32 = -1
    public static let hidden: Int32 = -2
    let staff: [Staff]
    let slot: [Int32]
    /// Every regisseur's load, as `BoardBuilder.loads(cards)` counts it (someone not on the team
    /// list too), summed per id in the pass that finds the columns: that was a second look-up of
    /// each open card's regisseur id on the first frame's path (2–3 ms at 100,000 households).
    public let loads: [StaffID: Double]

    public init(staff: [Staff], cards: [CaseCard]) {
        self.staff = staff.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
        var index: [StaffID: Int32] = [:]  // ids are unique: the staff table's key
        for (i, s) in self.staff.enumerated() { index[s.id] = Int32(i) }
        // Each id's weights added in the cards' order, from nothing, as `BoardBuilder.loads` adds them.
        var slotLoads = [Double?](repeating: nil, count: self.staff.count)
        var notListed: [StaffID: Double] = [:]
        slot = cards.map { card in
            guard card.isOpen else { return Self.hidden }
            guard let id = card.regisseurID else { return Self.unassigned }
            guard let k = index[id] else {
                notListed[id, default: 0] += card.weight
                return Self.hidden
            }
            slotLoads[Int(k)] = (slotLoads[Int(k)] ?? 0) + card.weight
            return k
        }
        var loads = notListed
        for (k, load) in slotLoads.enumerated() { if let load { loads[self.staff[k].id] = load } }
        self.loads = loads
    }
}

public enum BoardBuilder {
    /// Safety first, then the longest without contact, then case number.
    public static func order(today: Day) -> (CaseCard, CaseCard) -> Bool {
        { a, b in
            if a.safety != b.safety { return a.safety }
            let da = a.daysSinceContact(on: today) ?? Int.max, db = b.daysSinceContact(on: today) ?? Int.max
            if da != db { return da > db }
            return a.caseID < b.caseID
        }
    }

    /// *Niet toegewezen* first, then every staff member who can hold the regie, by name.
    /// Loads count every open case (`allCards`), whatever the filter shows.
    public static func columns(staff: [Staff], cards: [CaseCard], today: Day, allCards: [CaseCard]? = nil) -> [BoardColumn] {
        let slots = RegisseurSlots(staff: staff, cards: cards)
        return columns(slots, cards: cards, positions: positionsInOrder(cards, today: today), loads: allCards.map(loads) ?? slots.loads)
    }

    /// The positions of the cards in board order (`order(today:)`), sorted by precomputed keys:
    /// a city board has thousands of cards. A filtered subsequence stays in order.
    public static func positionsInOrder(_ cards: [CaseCard], today: Day) -> [Int] {
        let keys = cards.map { ($0.safety ? 0 : 1, -($0.daysSinceContact(on: today) ?? Int.max), $0.caseID) }
        return cards.indices.sorted { keys[$0] < keys[$1] }
    }

    /// Columns of the cards at `positions`, which are in board order already, so a key press
    /// groups without sorting and copies each card shown once; `loads` counts every open case.
    /// Each card's column is worked out before (`RegisseurSlots`, once per snapshot): a key press
    /// groups the cards shown by number instead of hashing a regisseur's id per card. `slots`
    /// must be made from these `cards` (staff ids unique, as the staff table's key).
    public static func columns(_ slots: RegisseurSlots, cards: [CaseCard], positions: [Int], loads: [StaffID: Double]) -> [BoardColumn] {
        precondition(slots.slot.count == cards.count, "RegisseurSlots made from other cards")
        var bySlot = [[Int]](repeating: [], count: slots.staff.count)
        var unassigned: [Int] = []
        for i in positions {
            let slot = Int(slots.slot[i])
            if slot >= 0 { bySlot[slot].append(i) } else if slot == RegisseurSlots.unassigned { unassigned.append(i) }
        }
        var columns = [BoardColumn(staff: nil, cards: unassigned.map { cards[$0] }, load: 0, level: .ok)]
        for (slot, s) in slots.staff.enumerated() where s.role.canBeRegisseur || !bySlot[slot].isEmpty || loads[s.id] != nil {
            let load = loads[s.id] ?? 0
            let level = Caseload.level(load: load, capacity: s.capacity)
            columns.append(BoardColumn(staff: s, cards: bySlot[slot].map { cards[$0] }, load: load, level: level))
        }
        return columns
    }

    /// One column per open phase, aanmelding → evaluatie.
    public static func phaseColumns(cards: [CaseCard], today: Day) -> [BoardColumn] {
        phaseColumns(cards: cards, positions: positionsInOrder(cards, today: today))
    }

    /// Phase columns of the cards at `positions`, which are in board order already.
    public static func phaseColumns(cards: [CaseCard], positions: [Int]) -> [BoardColumn] {
        var byPhase: [Phase: [Int]] = [:]
        for i in positions where cards[i].isOpen { byPhase[cards[i].phase, default: []].append(i) }
        return Phase.allCases.filter(\.isOpen).map { p in
            let shown = (byPhase[p] ?? []).map { cards[$0] }
            return BoardColumn(staff: nil, phase: p, cards: shown, load: shown.reduce(0) { $0 + $1.weight }, level: .ok)
        }
    }

    /// Current loads of every regisseur.
    public static func loads(_ cards: [CaseCard]) -> [StaffID: Double] {
        var loads: [StaffID: Double] = [:]
        for card in cards where card.isOpen {
            if let id = card.regisseurID { loads[id, default: 0] += card.weight }
        }
        return loads
    }
}
