/// What an inzage leaves out (AVG art. 15 lid 4: a copy may not harm the rights of others).
/// Each rule is a function of its own, so it can be tested and read on its own; the README's
/// "The data's life under the AVG" says the same in words.
public enum InzageRules {
    /// A journal entry about this person, or about nobody in particular (the household's), is
    /// theirs; another member's entry only when it is not sensitive. In a safety case a
    /// sensitive entry about nobody in particular is left out too: it may be what a member said
    /// about the one who asks (the Meldcode's steps), and the asker may be the danger.
    public static func journalIncluded(_ entry: JournalEntry, about: Int?, subject: Int, safetyCase: Bool = false) -> Bool {
        if about == subject { return true }
        if about == nil { return !(safetyCase && entry.sensitive) }
        return !entry.sensitive
    }

    /// A follow-up still to do in a safety case may be a protective step (a visit while the
    /// partner is out): its note is left out until it is done.
    public static func followUpNoteShown(done: Bool, safetyCase: Bool) -> Bool { done || !safetyCase }

    /// Sources whose reporter acts for an organisation (a GP, a school, the police, a landlord,
    /// the arrears partner) or is the household itself. A neighbour, a private person ("other")
    /// or a colleague's own observation are never named.
    static let namedSources: Set<SignalSource> = [.selfReferral, .huisarts, .school, .woningcorporatie, .vroegsignalering, .police]

    /// A reporter is named only when they reported for an organisation or the household itself,
    /// never when they gave their identity in confidence, and never on a safety signal (as
    /// need-to-know already keeps them from colleagues).
    public static func reporterShown(_ signal: Signal, confidential: Bool) -> Bool {
        !confidential && !signal.safety && namedSources.contains(signal.source)
    }

    /// A tie bound by professional secrecy is left out (what passed between the team and, say,
    /// Veilig Thuis or the GP is theirs to answer for); an organisation is named; a private person
    /// only when they agreed to share.
    public static func tieIncluded(_ tie: NetworkTie) -> Bool { !tie.professionalSecrecy }

    public static func tieName(_ tie: NetworkTie) -> String? {
        tie.isOrganisation || tie.consentToShare ? tie.name : nil
    }

    /// Goals for this person or for the whole household.
    public static func goalIncluded(_ goal: PlanGoal, subject: Int) -> Bool { goal.personID == nil || goal.personID == subject }

    /// Access-log rows on this household or its cases only: never another client's.
    public static func accessIncluded(_ row: AuditRecord, household: Int, cases: Set<Int>) -> Bool {
        row.householdID == household || row.caseID.map(cases.contains) == true
    }

    /// The names that are left out of the report, hidden (as initials) in every free text too:
    /// reporters not named, ties left out or not named.
    public static func hiddenNames(_ s: InzageSource) -> [String] {
        var names: [String] = []
        for signal in s.record.signals where !reporterShown(signal, confidential: s.confidentialSignals.contains(signal.id)) {
            names += [signal.intake?.reporterName].compactMap { $0 }
        }
        for tie in s.record.ties where !tie.isOrganisation && (!tieIncluded(tie) || tieName(tie) == nil) { names.append(tie.name) }
        // A member's own name stays readable: a tie may share a surname with the household.
        let members = Set(s.record.household.members.flatMap { $0.name.split(separator: " ").map { $0.lowercased() } })
        return names.map { $0.split(separator: " ").filter { !members.contains($0.lowercased()) }.joined(separator: " ") }
            .filter { !$0.isEmpty }
    }

    /// Of a plan: the points about this person or no member (a tie's help is the household's),
    /// and the actions they carry, or whose goal is theirs or the household's and that no other
    /// member carries.
    public static func planPart(_ plan: CasePlan, subject: Int, text: (String) -> String) -> InzageReport.PlanPart {
        let points = plan.points.filter { $0.personID == nil || $0.personID == subject }
        let goals = Set(plan.goals.filter { goalIncluded($0, subject: subject) }.map(\.id))
        let actions = plan.actions.filter {
            $0.ownerPersonID == subject || ($0.ownerPersonID == nil && goals.contains($0.goalID))
        }
        return InzageReport.PlanPart(
            caseID: plan.caseID, question: text(plan.question), agreedOn: plan.agreedOn, evaluateOn: plan.evaluateOn,
            strengths: points.filter { $0.kind == .strength }.map { text($0.text) },
            worries: points.filter { $0.kind == .worry }.map { text($0.text) },
            actions: actions.map {
                InzageReport.PlanActionEntry(
                    text: text($0.text), owner: $0.ownerKind, yours: $0.ownerPersonID == subject, due: $0.due, doneOn: $0.doneOn)
            })
    }
}
