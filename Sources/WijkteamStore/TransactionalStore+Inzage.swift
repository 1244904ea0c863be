import Wijkteam

/// Inzage (issue 25, AVG art. 15), written once for both engines in `StoreWork` (InzageStore.swift).
extension TransactionalStore {
    public func inzage(personID: Int, today: Day) throws -> InzageReport {
        try writing { try $0.inzage(personID: personID, today: today) }
    }
}
