import Wijkteam

// Correction, erasure and retention (issue 25) over an engine's transactions. A dry run reads
// only; refused for rights, it is run again as a change so the refusal is logged.
extension TransactionalStore {
    public func correctPerson(personID: Int, _ request: PersonCorrection.Request, reason: String, expectedVersion: Int?, today: Day)
        throws -> Person
    {
        try writing { try $0.correctPerson(personID: personID, request, reason: reason, expectedVersion: expectedVersion, today: today) }
    }

    public func personCorrections(personID: Int) throws -> [PersonCorrection] {
        try writing { try $0.personCorrections(personID: personID) }
    }

    public func erasePerson(personID: Int, reason: String, dryRun: Bool, today: Day) throws -> ErasurePlan {
        let work = { (w: StoreWork<Runner>) in try w.erasePerson(personID: personID, reason: reason, apply: !dryRun, today: today) }
        return dryRun ? try readingLoggingRefusals(work) : try writing(work)
    }

    public func retentionPolicy() throws -> RetentionPolicy { try reading { try $0.retentionPolicy() } }

    public func setRetention(_ law: RetentionLaw, years: Int) throws -> RetentionPolicy {
        try writing { try $0.setRetention(law, years: years) }
    }

    public func retention(dryRun: Bool, today: Day) throws -> RetentionPlan {
        let work = { (w: StoreWork<Runner>) in try w.retention(apply: !dryRun, today: today) }
        return dryRun ? try readingLoggingRefusals(work) : try writing(work)
    }

    public func retentionDueCount(today: Day) throws -> Int { try reading { try $0.retentionDueCount(today: today) } }

    /// Reads; a need-to-know refusal is run again as a change, which commits only its denied row.
    private func readingLoggingRefusals<T>(_ body: (StoreWork<Runner>) throws -> T) throws -> T {
        do {
            return try reading(body)
        } catch is AccessDenied {
            return try writing(body)
        }
    }
}
