/// One column of the caseload board: unassigned cases (staff nil) or one regisseur's cases.
public struct BoardColumn: Hashable, Sendable {
    public var staff: Staff?
    public var cards: [CaseCard]
    public var load: Double
    public var level: Caseload.Level
    public init(staff: Staff?, cards: [CaseCard], load: Double, level: Caseload.Level) {
        self.staff = staff; self.cards = cards; self.load = load; self.level = level
    }
}

public enum BoardBuilder {
    /// *Niet toegewezen* first, then every staff member who can hold the regie, by name.
    /// Cards: safety first, then the longest without contact.
    public static func columns(staff: [Staff], cards: [CaseCard], today: Day) -> [BoardColumn] {
        var byStaff: [StaffID: [CaseCard]] = [:]
        var unassigned: [CaseCard] = []
        for card in cards where card.case.isOpen {
            if let id = card.case.regisseurID { byStaff[id, default: []].append(card) } else { unassigned.append(card) }
        }
        func order(_ a: CaseCard, _ b: CaseCard) -> Bool {
            if a.case.safety != b.case.safety { return a.case.safety }
            let da = a.daysSinceContact(on: today) ?? Int.max, db = b.daysSinceContact(on: today) ?? Int.max
            if da != db { return da > db }
            return a.case.id < b.case.id
        }
        var columns = [BoardColumn(staff: nil, cards: unassigned.sorted(by: order), load: 0, level: .ok)]
        let regisseurs = staff.filter { $0.role.canBeRegisseur || byStaff[$0.id] != nil }
            .sorted { ($0.name, $0.id) < ($1.name, $1.id) }
        for s in regisseurs {
            let own = byStaff[s.id] ?? []
            let load = own.reduce(0) { $0 + Caseload.weight(of: $1.case) }
            columns.append(BoardColumn(staff: s, cards: own.sorted(by: order), load: load,
                                       level: Caseload.level(load: load, capacity: s.capacity)))
        }
        return columns
    }
}
