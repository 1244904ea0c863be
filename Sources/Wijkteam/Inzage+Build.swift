extension InzageReport {
    /// The report of what the store read, by `InzageRules`. The person must be a member of
    /// `source.record`'s household (nil when not).
    public init?(_ s: InzageSource) {
        let record = s.record
        guard let person = record.household.members.first(where: { $0.id == s.personID }) else { return nil }
        let hide = Redactor(names: InzageRules.hiddenNames(s))
        let staff = Dictionary(s.staff.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        func staffName(_ id: StaffID?) -> String? { id.map { staff[$0]?.name ?? $0 } }
        func text(_ t: String) -> String { hide(t) }

        subject = Subject(
            id: person.id, name: person.name, birthYear: person.birthYear, birthDate: person.birthDate, role: person.role,
            isClient: person.isClient, leftOn: person.leftOn)
        let h = record.household
        let address = [h.address.line, h.address.postcode, h.address.buurt].filter { !$0.isEmpty }.joined(separator: ", ")
        household = HouseholdPart(
            id: h.id, name: h.name, address: address, language: h.language, learningNote: h.learningNote.map(text),
            otherMembers: h.members.filter { $0.id != person.id }.map { Member(name: $0.name, role: $0.role, leftOn: $0.leftOn) })
        cases = record.cases.map { c in
            CaseEntry(
                id: c.id, opened: c.opened, closedOn: s.closedOn[c.id], source: c.source, question: text(c.presentingQuestion),
                questionBehind: c.questionBehind.map(text), domains: c.domains, phase: c.phase, regisseur: staffName(c.regisseurID),
                safety: c.safety, closedReason: c.closedReason.map(text))
        }
        goals = record.goals.filter { InzageRules.goalIncluded($0, subject: person.id) }.map {
            Goal(caseID: $0.caseID, domain: $0.domain, targetScore: $0.targetScore, text: text($0.text), household: $0.personID == nil)
        }
        plans = s.plans.map { InzageRules.planPart($0, subject: person.id, text: text) }
        zrm = record.zrm.filter { $0.personID == person.id }.map { Score(date: $0.date, domain: $0.domain, score: $0.score) }
        let safetyCases = Set(record.cases.filter(\.safety).map(\.id))
        journal = record.journal.filter {
            InzageRules.journalIncluded($0, about: s.journalAbout[$0.id], subject: person.id, safetyCase: safetyCases.contains($0.caseID))
        }
        .sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        .map {
            Journal(
                caseID: $0.caseID, date: $0.date, kind: $0.kind, author: staffName($0.authorID), text: text($0.text),
                sensitive: $0.sensitive, aboutThisPerson: s.journalAbout[$0.id] == person.id)
        }
        provisions = record.provisions.map {
            ProvisionEntry(
                caseID: $0.caseID, kind: $0.kind, provider: $0.provider, description: text($0.description), status: $0.status,
                start: $0.start)
        }
        followUps = record.followUps.map {
            let shown = InzageRules.followUpNoteShown(done: $0.done, safetyCase: safetyCases.contains($0.caseID))
            return FollowUpEntry(
                caseID: $0.caseID, kind: $0.kind, due: $0.due, note: shown ? text($0.note) : tr("inzage.followup.note_left_out"),
                done: $0.done,
                outcome: $0.outcome.map(text))
        }
        decisions = s.decisions.map { DecisionEntry(caseID: $0.caseID, date: $0.date, text: text($0.text)) }
        signals = record.signals.map { sig in
            let shown = InzageRules.reporterShown(sig, confidential: s.confidentialSignals.contains(sig.id))
            let reporter = [sig.intake?.reporterName, sig.intake?.reporterOrganisation].compactMap { $0 }.filter { !$0.isEmpty }
            return SignalEntry(
                date: sig.date, source: sig.source, description: text(sig.description),
                reporter: shown && !reporter.isEmpty ? reporter.joined(separator: ", ") : nil, reporterLeftOut: !shown && !reporter.isEmpty)
        }
        ties = record.ties.filter(InzageRules.tieIncluded).map {
            Tie(name: InzageRules.tieName($0), sector: $0.sector, relation: text($0.relation), organisation: $0.isOrganisation)
        }
        corrections = s.corrections
        let caseIDs = Set(record.cases.map(\.id))
        access = s.access.filter { InzageRules.accessIncluded($0, household: h.id, cases: caseIDs) }.map {
            AccessEntry(
                at: $0.at, staff: staffName($0.staffID) ?? $0.account, role: $0.staffID.flatMap { staff[$0]?.role }, action: $0.action,
                result: $0.result)
        }
        team = s.team
        madeOn = s.madeOn
        madeBy = s.madeBy.map(\.name) ?? ""
    }
}
