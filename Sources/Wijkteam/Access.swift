/// Need-to-know: who may see a household at all, and who may read its sensitive parts.
///
/// - Staff in the team see every household they work with; staff outside the team see only
///   households with a case they were explicitly added to.
/// - Sensitive journal entries and safety signals are readable by the case's regisseur, the team
///   lead, staff explicitly added to the case, and the entry's own author. Everyone else sees that
///   the entry exists (date, kind, author), not its text.
/// - Access given by oneself (`SelfGrants`) opens what is written after it; the history before
///   it, the household's safety signals and the safety case's questions open with a reason
///   (break the glass).
public enum Access {
    public static func canSeeHousehold(_ viewer: Staff, cases: [Case], members: [Int: [StaffID]]) -> Bool {
        if viewer.role.isInTeam { return true }
        return cases.contains { members[$0.id, default: []].contains(viewer.id) }
    }

    /// `entry`: the journal entry's id (nil for what is not an entry: a safety signal or question,
    /// which self-given access opens only with a reason).
    public static func canReadSensitive(
        _ viewer: Staff, of c: Case?, members: [Int: [StaffID]], author: StaffID? = nil,
        entry: Int? = nil, grants: SelfGrants = SelfGrants()
    ) -> Bool {
        sensitiveAccess(viewer, of: c, members: members, author: author, entry: entry, grants: grants) == nil
    }

    /// nil when `viewer` may read it, else why not.
    public static func sensitiveAccess(
        _ viewer: Staff, of c: Case?, members: [Int: [StaffID]], author: StaffID? = nil,
        entry: Int? = nil, grants: SelfGrants = SelfGrants()
    ) -> WithheldBecause? {
        if viewer.role == .teamLead || (author != nil && author == viewer.id) { return nil }
        guard let c, c.regisseurID == viewer.id || members[c.id, default: []].contains(viewer.id) else { return .notOnCase }
        guard let after = grants.limit(case: c.id, staff: viewer.id) else { return nil }
        if let entry, entry > after { return nil }
        return .selfGranted
    }

    /// A safety signal about a household: readable by the team lead and by whoever may read the
    /// sensitive entries of one of the household's open cases.
    public static func canReadSignal(
        _ viewer: Staff, householdCases: [Case], members: [Int: [StaffID]],
        grants: SelfGrants = SelfGrants()
    ) -> Bool {
        if viewer.role == .teamLead { return true }
        return householdCases.contains { $0.isOpen && canReadSensitive(viewer, of: $0, members: members, grants: grants) }
    }

    /// The open cases of the household on which `viewer` could break the glass: on the case by
    /// their own doing, without a standing reason.
    public static func glassCases(_ viewer: Staff, householdCases: [Case], members: [Int: [StaffID]], grants: SelfGrants) -> [Int] {
        householdCases.filter {
            $0.isOpen && sensitiveAccess(viewer, of: $0, members: members, grants: grants) == .selfGranted
        }.map(\.id)
    }

    /// What was kept from the reader, for the audit log (denied reads are logged too).
    public struct Withheld: Hashable, Sendable {
        public var journalIDs: [Int]
        public var signalIDs: [Int]
        public var caseIDs: [Int] = []
        public var followUpIDs: [Int] = []
        public var minuteIDs: [Int] = []
        public var isEmpty: Bool { journalIDs.isEmpty && signalIDs.isEmpty && caseIDs.isEmpty && followUpIDs.isEmpty && minuteIDs.isEmpty }
        public var summary: String {
            var parts: [String] = []
            if !caseIDs.isEmpty { parts.append("safety case question " + caseIDs.map { "#\($0)" }.joined(separator: ", ")) }
            if !journalIDs.isEmpty { parts.append("sensitive journal " + journalIDs.map { "#\($0)" }.joined(separator: ", ")) }
            if !signalIDs.isEmpty { parts.append("safety signal " + signalIDs.map { "#\($0)" }.joined(separator: ", ")) }
            if !followUpIDs.isEmpty { parts.append("safety case follow-up " + followUpIDs.map { "#\($0)" }.joined(separator: ", ")) }
            if !minuteIDs.isEmpty { parts.append("minute line " + minuteIDs.map { "#\($0)" }.joined(separator: ", ")) }
            return parts.joined(separator: "; ")
        }
    }

    /// A safety case's questions (they come from the safety signal) are as sensitive as the signal.
    public static func withholdIfNeeded(
        _ c: inout Case, for viewer: Staff, members: [Int: [StaffID]],
        grants: SelfGrants = SelfGrants()
    ) -> Bool {
        guard c.safety, !canReadSensitive(viewer, of: c, members: members, grants: grants) else { return false }
        c.presentingQuestion = ""
        c.questionBehind = nil
        if c.discussion != nil { c.discussion = withheldText }
        c.withheld = true
        return true
    }

    /// Empties the text of what `viewer` may not read and marks it withheld.
    public static func redact(_ record: inout HouseholdRecord, for viewer: Staff) -> Withheld {
        let cases = Dictionary(record.cases.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let grants = record.selfGrants
        var withheld = Withheld(journalIDs: [], signalIDs: [])
        for i in record.cases.indices where withholdIfNeeded(&record.cases[i], for: viewer, members: record.caseMembers, grants: grants) {
            withheld.caseIDs.append(record.cases[i].id)
        }
        for i in record.journal.indices where record.journal[i].sensitive {
            let j = record.journal[i]
            if let why = sensitiveAccess(
                viewer, of: cases[j.caseID], members: record.caseMembers, author: j.authorID, entry: j.id,
                grants: grants)
            {
                record.journal[i].text = ""
                record.journal[i].withheld = true
                record.journal[i].withheldBecause = why
                withheld.journalIDs.append(j.id)
            }
        }
        let mayReadSignals = canReadSignal(viewer, householdCases: record.cases, members: record.caseMembers, grants: grants)
        for i in record.signals.indices where record.signals[i].safety && !mayReadSignals {
            record.signals[i].description = ""
            record.signals[i].intake = nil  // the reporter is as confidential as the report
            record.signals[i].withheld = true
            withheld.signalIDs.append(record.signals[i].id)
        }
        withheld.followUpIDs = withholdFollowUps(&record.followUps, cases: cases, for: viewer, members: record.caseMembers)
        // What would open with a reason; who gave themselves access is not for every reader.
        let glass = Set(glassCases(viewer, householdCases: record.cases, members: record.caseMembers, grants: grants))
        var opening = Set(record.journal.filter { $0.withheldBecause == .selfGranted }.map(\.caseID))
        opening.formUnion(withheld.caseIDs.filter(glass.contains))
        if !withheld.signalIDs.isEmpty { opening.formUnion(glass) }
        record.glassCases = opening.sorted()
        record.selfGrants = SelfGrants()
        return withheld
    }

    // MARK: What a safety case's work says (need-to-know, issue #23)

    /// Shown instead of a safety case's discussion question, follow-up notes and outcomes and
    /// minute lines, for whoever may not read the case's sensitive parts.
    public static var withheldText: String { tr("access.withheld") }

    /// Follow-ups of safety cases say as much as the case's questions: their note and outcome
    /// are withheld like them. Returns the ids withheld.
    public static func withholdFollowUps(
        _ followUps: inout [FollowUp], cases: [Int: Case], for viewer: Staff,
        members: [Int: [StaffID]]
    ) -> [Int] {
        var ids: [Int] = []
        for i in followUps.indices {
            guard let c = cases[followUps[i].caseID], c.safety, !canReadSensitive(viewer, of: c, members: members) else { continue }
            followUps[i].note = withheldText
            if followUps[i].outcome != nil { followUps[i].outcome = withheldText }
            followUps[i].withheld = true
            ids.append(followUps[i].id)
        }
        return ids
    }

    /// The minutes as `viewer` may read them. Staff outside the team see only lines on cases
    /// they were added to (and lines about no household); a line on a safety case the viewer
    /// may not read, or on a safety signal (`readsSignal` false), keeps who and when, not what.
    /// Returns what was left out and what was withheld.
    public static func redactMinutes(
        _ entries: inout [MinuteEntry], cases: [Int: Case], for viewer: Staff, members: [Int: [StaffID]],
        householdCases: [Int: [Case]], readsSignal: (MinuteEntry) -> Bool
    ) -> (leftOut: [Int], withheld: [Int]) {
        var leftOut: [Int] = [], withheld: [Int] = []
        entries.removeAll { e in
            guard !viewer.role.isInTeam else { return false }
            let visible =
                e.caseID.map { members[$0, default: []].contains(viewer.id) }
                ?? e.householdID.map { canSeeHousehold(viewer, cases: householdCases[$0] ?? [], members: members) } ?? true
            if !visible { leftOut.append(e.id) }
            return !visible
        }
        for i in entries.indices where entries[i].kind != .assignment {
            let c = entries[i].caseID.flatMap { cases[$0] }
            let safetyCase = c.map { $0.safety && !canReadSensitive(viewer, of: $0, members: members) } ?? false
            guard safetyCase || !readsSignal(entries[i]) else { continue }
            if !entries[i].text.isEmpty { entries[i].text = withheldText }
            entries[i].withheld = true
            withheld.append(entries[i].id)
        }
        return (leftOut, withheld)
    }
}
