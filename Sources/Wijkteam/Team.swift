/// The team as it changes: colleagues are away for a while, work part-time, join and leave
/// (issue 24). What a staff record carries beside its profile, and the rules everything that
/// ranks, groups or covers work asks.

/// Why a colleague is away.
public enum AbsenceKind: String, Vocabulary {
    case leave, ill, training
    public var label: String {
        switch self {
        case .leave: tr("absence.leave")
        case .ill: tr("absence.ill")
        case .training: tr("absence.training")
        }
    }
}

/// A period a colleague is away, both days included; `to` nil is "until further notice".
public struct StaffAbsence: Hashable, Sendable, Codable, Identifiable {
    public var id: Int
    public var staffID: StaffID
    public var from: Day
    public var to: Day?
    public var kind: AbsenceKind
    public init(id: Int = 0, staffID: StaffID, from: Day, to: Day?, kind: AbsenceKind) {
        self.id = id; self.staffID = staffID; self.from = from; self.to = to; self.kind = kind
    }
    public func covers(_ day: Day) -> Bool { from <= day && (to.map { day <= $0 } ?? true) }
    /// Overlaps the days `from...to` (nil: open-ended).
    public func overlaps(from start: Day, to end: Day?) -> Bool {
        (end.map { from <= $0 } ?? true) && (to.map { start <= $0 } ?? true)
    }
    /// "away until 12 Jan", "ill until further notice", "on leave from 4 Jan".
    public func describe(today: Day) -> String {
        if from > today { return tr("absence.describe.from", kind.label, from.dayMonth) }
        guard let to else { return tr("absence.describe.open", kind.label) }
        return tr("absence.describe.until", kind.label, to.dayMonth)
    }
}

/// One change to a staff record, kept so earlier figures can still be explained: the capacity
/// a meeting's load was measured against, the days someone worked, who changed what when.
public struct StaffChange: Hashable, Sendable, Codable {
    public var staffID: StaffID
    /// The first day the new value holds.
    public var on: Day
    /// "capacity", "work_days", "role", "name", … (the database column).
    public var field: String
    public var old: String
    public var new: String
    public var by: StaffID?
    public init(staffID: StaffID, on: Day, field: String, old: String, new: String, by: StaffID?) {
        self.staffID = staffID; self.on = on; self.field = field; self.old = old; self.new = new; self.by = by
    }
}

/// Waarneming: while a regisseur is away, a colleague covers one of their cases. The cover
/// holds while the absence it was named for lasts (and the absent colleague is still the
/// regisseur), then ends by itself.
public struct CaseCover: Hashable, Sendable, Codable {
    public var caseID: Int
    public var coverID: StaffID
    public var absence: StaffAbsence
    public init(caseID: Int, coverID: StaffID, absence: StaffAbsence) {
        self.caseID = caseID; self.coverID = coverID; self.absence = absence
    }
    public func isActive(on day: Day) -> Bool { absence.covers(day) }
}

/// Monday to Friday, the days a part-timer may work (0 = Monday, as `Day.weekday`).
public enum WorkDays {
    public static let keys = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    /// "mon,tue,thu" → [0, 1, 3]; nil for a day that is not one of `keys`.
    public static func parse(_ text: String) -> [Int]? {
        var out: [Int] = []
        for part in text.split(separator: ",") {
            guard let i = keys.firstIndex(of: String(part).trimmed.lowercased()) else { return nil }
            if !out.contains(i) { out.append(i) }
        }
        return out.sorted()
    }
    public static func text(_ days: [Int]) -> String { days.sorted().map { keys[$0] }.joined(separator: ",") }
    /// "ma di do" in the current language; "" for full time.
    public static func label(_ days: [Int]) -> String {
        let names = tr("day.weekdays.short").split(separator: " ")
        guard names.count == 7 else { return text(days) }
        return days.sorted().map { String(names[$0]) }.joined(separator: " ")
    }
}

extension Staff {
    /// The absence that holds on `day`, if any.
    public func absence(on day: Day) -> StaffAbsence? { absences.first { $0.covers(day) } }
    public func isAway(on day: Day) -> Bool { absence(on: day) != nil }
    /// The absence now or the next one coming.
    public func currentOrNextAbsence(after day: Day) -> StaffAbsence? {
        absences.filter { $0.to.map { $0 >= day } ?? true }.min { $0.from < $1.from }
    }
    /// Left the team on or before `day`: no longer logs in, is chosen or counted.
    public func hasLeft(on day: Day) -> Bool { leftOn.map { $0 <= day } ?? false }
    /// Part-time: works on some weekdays only (`workDays` empty is full time).
    public var isPartTime: Bool { !workDays.isEmpty && workDays.count < 5 }
    /// Works on `day` (a part-timer's day off is not an absence: nobody covers it).
    public func works(on day: Day) -> Bool { workDays.isEmpty || workDays.contains(day.weekday) }

    /// Why this colleague cannot take new work now, or nil: away on the day, left, or leaving
    /// before `until` (the case's next follow-up; four weeks ahead when there is none).
    public func unavailability(today: Day, until: Day?) -> String? {
        if hasLeft(on: today) { return tr("team.unavailable.left", leftOn!.dayMonth) }
        if let a = absence(on: today) { return a.describe(today: today) }
        let horizon = until ?? today.adding(days: Team.horizonDays)
        if let left = leftOn, left <= horizon { return tr("team.unavailable.leaving", left.dayMonth) }
        return nil
    }

    /// The capacity that held on `day`, from the changes kept (`StaffChange`, newest last):
    /// the old value of the first capacity change after `day`, else today's.
    public func capacity(on day: Day, changes: [StaffChange]) -> Double {
        let later = changes.filter { $0.staffID == id && $0.field == "capacity" && $0.on > day }.min { $0.on < $1.on }
        return later.flatMap { Double($0.old) } ?? capacity
    }
}

public enum Team {
    /// How far ahead someone's leaving counts against new work when a case has no follow-up.
    public static let horizonDays = 28
    public static let capacityRange = 0.0...1000.0

    /// The colleagues who may hold new work on `today` (regisseur roles, present, not leaving).
    public static func available(_ staff: [Staff], today: Day) -> [Staff] {
        staff.filter { $0.role.canBeRegisseur && $0.unavailability(today: today, until: nil) == nil }
    }

    /// Who covers a follow-up owned by `owner` on `case`: the active cover of that case when the
    /// owner is away, else nil.
    public static func coverFor(caseID: Int, owner: StaffID?, covers: [CaseCover], today: Day) -> StaffID? {
        activeCover(caseID: caseID, regisseur: owner, covers: covers, today: today)?.coverID
    }
}

extension Day {
    /// "12 Jan", "12 jan" in the current language.
    public var dayMonth: String {
        let months = tr("day.months.short").split(separator: " ")
        let c = components
        guard months.count == 12 else { return description }
        return "\(c.day) \(months[c.month - 1])"
    }
}
