import Wijkteam

/// A year of history for the generated city (issue 29), so the monitor has months to show: the
/// phases each case entered and when, its regisseurs, the registration it came in by, follow-ups
/// done across the months, and for the cases closed this year a first and a last ZRM measurement.
/// Drawn from the `past` stream only: the rest of a seed's city stays as it was.
extension DistrictGenerator {
    static let closeReasons = ["doelen bereikt", "doelen bereikt", "doorverwezen", "verhuisd", "geen hulp meer gewenst"]
    static let followUpOutcomes = [
        "Contact gehad, gaat goed", "Huisbezoek gedaan, afspraken gemaakt", "Niet thuis, briefje achtergelaten; later gebeld",
        "Samen de post doorgenomen", "Buurtcentrum bezocht, sluit aan bij de koffieochtend", "Geen zorgen op dit moment",
    ]

    mutating func pastInt(_ r: ClosedRange<Int>) -> Int { r.lowerBound + Int(past.next() % UInt64(r.count)) }
    mutating func pastChance(_ p: Double) -> Bool { Double(past.next() % 10_000) < p * 10_000 }
    mutating func pastPick<T>(_ a: [T]) -> T { a[Int(past.next() % UInt64(a.count))] }

    /// Days from entering the phase before to entering `phase` (the Wmo's six weeks for the
    /// keukentafelgesprek: most within, some over).
    mutating func daysTo(_ phase: Phase) -> Int {
        switch phase {
        case .triage: pastInt(0...10)
        case .keukentafelgesprek: pastChance(0.8) ? pastInt(5...35) : pastInt(36...80)
        case .plan: pastInt(7...35)
        case .uitvoering: pastInt(3...21)
        case .evaluatie: pastInt(60...200)
        case .aanmelding, .afgesloten: 0
        }
    }

    /// Case `c`'s history: open cases and the ones closed this year; an older closed case keeps
    /// the estimated rows its record gives when it is written.
    mutating func generateHistory(
        of c: Case, closedOn: Day?, members: [Person], regisseurs: [StaffID], into d: inout DistrictData, ids: inout Counters
    ) {
        guard c.isOpen || closedOn != nil else { return }
        let end = closedOn ?? today
        let reached: Phase = c.isOpen ? c.phase : pastPick([.triage, .keukentafelgesprek, .uitvoering, .evaluatie, .evaluatie])
        var day = c.opened
        var entered: [Phase: Day] = [:]
        for phase in Phase.allCases where phase <= reached && phase != .afgesloten {
            day = min(end, day.adding(days: daysTo(phase)))
            entered[phase] = day
            d.caseHistory.append(CaseHistoryEvent(caseID: c.id, kind: .phase, value: phase.rawValue, on: day, source: .app))
        }
        if let closedOn {
            d.caseHistory.append(CaseHistoryEvent(caseID: c.id, kind: .phase, value: Phase.afgesloten.rawValue, on: closedOn, source: .app))
            d.caseClosedOn[c.id] = closedOn
        }
        if let r = c.regisseurID {
            let assigned = entered[.triage] ?? c.opened
            // About one in eight changed regisseur on the way.
            if regisseurs.count > 1, pastChance(0.12) {
                let first = pastPick(regisseurs.filter { $0 != r })
                d.caseHistory.append(CaseHistoryEvent(caseID: c.id, kind: .regisseur, value: first, on: assigned, source: .app))
                let changed = min(end, assigned.adding(days: pastInt(14...120)))
                d.caseHistory.append(CaseHistoryEvent(caseID: c.id, kind: .regisseur, value: r, on: changed, source: .app))
            } else {
                d.caseHistory.append(CaseHistoryEvent(caseID: c.id, kind: .regisseur, value: r, on: assigned, source: .app))
            }
        }
        let yearAgo = today.adding(days: -365)
        if c.opened >= yearAgo {
            // The registration it came in by, triaged into the case.
            ids.signalID += 1
            d.signals.append(
                Signal(
                    id: ids.signalID, householdID: c.householdID, date: c.opened, source: c.source, description: "Aanmelding",
                    domains: c.domains, safety: false))
            d.signalCases[ids.signalID] = c.id
        }
        generateDoneFollowUps(of: c, from: max(c.opened, yearAgo), to: end, regisseurs: regisseurs, into: &d, ids: &ids)
        if let closedOn, reached >= .keukentafelgesprek, let client = members.first, client.isAdult(on: c.opened) {
            generateClosingZRM(of: c, client: client, first: entered[.keukentafelgesprek] ?? c.opened, closedOn: closedOn, into: &d)
        }
    }

    /// One to three follow-ups done between `from` and `to`, most on time, preventive and outreaching ones among them.
    mutating func generateDoneFollowUps(
        of c: Case, from: Day, to end: Day, regisseurs: [StaffID], into d: inout DistrictData, ids: inout Counters
    ) {
        let span = from.days(until: end)
        guard span >= 0 else { return }
        for _ in 0..<pastInt(1...3) {
            let due = from.adding(days: pastInt(0...span))
            let doneOn = min(today, max(from, due.adding(days: pastChance(0.8) ? pastInt(-5...0) : pastInt(1...21))))
            ids.followID += 1
            d.followUps.append(
                FollowUp(
                    id: ids.followID, caseID: c.id, kind: pastPick([.preventive, .outreaching, .outreaching, .checkIn, .evaluation]),
                    due: due, ownerID: c.regisseurID ?? pastPick(regisseurs), note: "Vervolgafspraak", done: true,
                    outcome: pastPick(Self.followUpOutcomes)))
            d.followUpDoneOn[ids.followID] = doneOn
        }
    }

    /// A first measurement at the keukentafelgesprek and, for three in four, a last one shortly
    /// before closing: mostly better, some the same, some worse.
    mutating func generateClosingZRM(of c: Case, client: Person, first: Day, closedOn: Day, into d: inout DistrictData) {
        let scored = c.domains.filter(\.isZRM).isEmpty ? [LifeDomain.financien] : c.domains.filter(\.isZRM)
        let rest = Set(ZRMMeasurement.unaccounted(scored: scored, notAssessed: []))
        let last = max(first.adding(days: 1), closedOn.adding(days: -pastInt(0...14)))
        let final = pastChance(0.75) && last <= closedOn
        var start: [LifeDomain: Int] = [:]
        for domain in scored {
            start[domain] = pastInt(1...3)
            d.zrm.append(ZRMScore(personID: client.id, domain: domain, date: first, score: start[domain] ?? 1))
        }
        d.zrmMeasurements.append(ZRMMeasurementRecord(personID: client.id, date: first, notAssessed: rest))
        guard final else { return }
        for domain in scored {
            let score = min(5, max(1, (start[domain] ?? 1) + pastPick([-1, 0, 1, 1, 1, 2])))
            d.zrm.append(ZRMScore(personID: client.id, domain: domain, date: last, score: score))
        }
        d.zrmMeasurements.append(ZRMMeasurementRecord(personID: client.id, date: last, notAssessed: rest))
    }
}
