import Wijkteam

/// The team's changes (issue 24), written once for both engines in `StoreWork` (TeamStore.swift,
/// HandoverStore.swift).
extension TransactionalStore {
    public func staffChanges() throws -> [StaffChange] { try reading { try SharedReads.staffChanges($0.db) } }
    public func covers() throws -> [CaseCover] { try reading { try SharedReads.covers($0.db) } }
    @discardableResult
    public func addStaff(_ staff: Staff, today: Day) throws -> Staff { try writing { try $0.addStaff(staff, today: today) } }
    @discardableResult
    public func updateStaff(_ staff: Staff, expectedVersion: Int?, today: Day) throws -> Staff {
        try writing { try $0.updateStaff(staff, expectedVersion: expectedVersion, today: today) }
    }
    @discardableResult
    public func setAway(staffID: StaffID, from: Day, to: Day?, kind: AbsenceKind, expectedVersion: Int?, today: Day) throws -> Staff {
        try writing { try $0.setAway(staffID: staffID, from: from, to: to, kind: kind, expectedVersion: expectedVersion, today: today) }
    }
    @discardableResult
    public func comeBack(staffID: StaffID, expectedVersion: Int?, today: Day) throws -> Staff {
        try writing { try $0.comeBack(staffID: staffID, expectedVersion: expectedVersion, today: today) }
    }
    @discardableResult
    public func staffLeaves(staffID: StaffID, on day: Day, expectedVersion: Int?, today: Day) throws -> Staff {
        try writing { try $0.staffLeaves(staffID: staffID, on: day, expectedVersion: expectedVersion, today: today) }
    }
    @discardableResult
    public func nameCover(absentID: StaffID, cover: StaffID, caseIDs: [Int]?, today: Day) throws -> [CaseCover] {
        try writing { try $0.nameCover(absentID: absentID, cover: cover, caseIDs: caseIDs, today: today) }
    }
    public func handoverInput(from: StaffID, today: Day) throws -> HandoverInput {
        try reading { try $0.handoverInputFromRows(from: from, today: today) }
    }
    @discardableResult
    public func applyHandover(_ plan: HandoverPlan, today: Day) throws -> HandoverUndo {
        try writing { try $0.applyHandover(plan, today: today) }
    }
    public func undoHandover(_ undo: HandoverUndo, today: Day) throws { try writing { try $0.undoHandover(undo, today: today) } }
}
