import GRDB
import Wijkteam

// A case's dated history in a household file (issue 29): `history:` lists the phases the case
// entered and the regisseurs it got, each with its day (`{phase: triage, on: 2026-02-03}`,
// `{regisseur: daan, on: 2026-02-03}`). A file's days are facts (source `record`) unless an
// entry says `estimated: true`. A case without the key gets estimated rows when it is written.

extension HouseholdLoading {
    /// Checks a case's `history:` (days in order, phases forward, consistent with the case) into `data.caseHistory`.
    mutating func loadHistory(of c: CaseEntry, at: [PathKey], from doc: YAMLDocument) throws {
        guard let entries = c.history, !entries.isEmpty else { return }
        var lastPhase: (phase: Phase, on: Day)?
        var lastRegisseur: (id: StaffID?, on: Day)?
        for (i, e) in entries.enumerated() {
            let path = at + [.key("history"), .index(i)]
            guard (e.phase == nil) != (e.regisseur == nil) else {
                throw doc.error(path, "a history entry names a phase or a regisseur (one of them), with its day in 'on'")
            }
            try doc.check(path + [.key("on")]) { try Validation.happened(e.on, what: tr("validation.what.date"), today: today) }
            guard e.on >= c.opened else {
                throw doc.error(path + [.key("on")], "\(e.on) is before the case opened (\(c.opened))")
            }
            let source: CaseHistorySource = e.estimated == true ? .estimated : .record
            if let phase = e.phase {
                if let before = lastPhase {
                    guard e.on >= before.on else {
                        throw doc.error(
                            path + [.key("on")],
                            "phase \(phase.rawValue) on \(e.on) is before the phase listed above it (\(before.phase.rawValue) on \(before.on))"
                        )
                    }
                    // Forward only; after afgesloten only aanmelding (the case reopened).
                    guard phase > before.phase || (before.phase == .afgesloten && phase == .aanmelding) else {
                        throw doc.error(
                            path + [.key("phase")],
                            "phase \(phase.rawValue) cannot follow \(before.phase.rawValue) (phases go forward; after afgesloten only aanmelding, a case reopened)"
                        )
                    }
                }
                lastPhase = (phase, e.on)
                data.caseHistory.append(CaseHistoryEvent(caseID: c.id, kind: .phase, value: phase.rawValue, on: e.on, source: source))
            } else if let named = e.regisseur {
                let id: StaffID? = named == "none" ? nil : named
                try checkStaff(id, path + [.key("regisseur")], regie: true, in: doc)
                if let before = lastRegisseur, e.on < before.on {
                    throw doc.error(
                        path + [.key("on")], "regisseur \(named) on \(e.on) is before the regisseur listed above it (on \(before.on))")
                }
                lastRegisseur = (id, e.on)
                data.caseHistory.append(CaseHistoryEvent(caseID: c.id, kind: .regisseur, value: id, on: e.on, source: source))
            }
        }
        try checkHistoryEnds(c, at: at, phase: lastPhase, regisseur: lastRegisseur, from: doc)
    }

    /// The history ends where the case is: its phase, its closing day, its regisseur.
    private mutating func checkHistoryEnds(
        _ c: CaseEntry, at: [PathKey], phase: (phase: Phase, on: Day)?, regisseur: (id: StaffID?, on: Day)?, from doc: YAMLDocument
    ) throws {
        if let last = phase {
            guard last.phase == c.phase else {
                throw doc.error(
                    at + [.key("history")],
                    "the history's last phase (\(last.phase.rawValue)) is not the case's phase (\(c.phase.rawValue))")
            }
            if last.phase == .afgesloten {
                if let closedOn = c.closedOn, closedOn != last.on {
                    throw doc.error(
                        at + [.key("closed_on")], "closed_on \(closedOn) is not the day the history closes the case (\(last.on))")
                }
                data.caseClosedOn[c.id] = last.on
            }
        }
        if let last = regisseur, last.id != c.regisseur {
            throw doc.error(
                at + [.key("history")],
                "the history's last regisseur (\(last.id ?? "none")) is not the case's regisseur (\(c.regisseur ?? "none"))")
        }
    }
}

extension DistrictData {
    /// The history rows a district writes: the ones it tells, and for a case without phase rows
    /// the ones its record holds, as the v17 back-fill makes them: the opening phase on `opened`,
    /// the closing on the closing day (`record` where the day is given), and an open case's
    /// current phase on its last contact; a case without regisseur rows gets its regisseur on
    /// `opened`. Every guess is marked `estimated`.
    public func historyRows() -> [CaseHistoryEvent] {
        var toldPhase = Set<Int>(), toldRegisseur = Set<Int>()
        for e in caseHistory {
            if e.kind == .phase { toldPhase.insert(e.caseID) } else { toldRegisseur.insert(e.caseID) }
        }
        var lastContact: [Int: Day] = [:]
        for j in journal where lastContact[j.caseID].map({ j.date > $0 }) ?? true { lastContact[j.caseID] = j.date }
        var rows = caseHistory
        rows.reserveCapacity(caseHistory.count + cases.count * 2)
        for c in cases {
            if !toldPhase.contains(c.id) {
                rows.append(
                    CaseHistoryEvent(caseID: c.id, kind: .phase, value: Phase.aanmelding.rawValue, on: c.opened, source: .estimated))
                let last = max(c.opened, lastContact[c.id] ?? c.opened)
                switch c.phase {
                case .aanmelding:
                    break
                case .afgesloten:
                    let closed = caseClosedOn[c.id]
                    rows.append(
                        CaseHistoryEvent(
                            caseID: c.id, kind: .phase, value: c.phase.rawValue, on: closed ?? last,
                            source: closed == nil ? .estimated : .record))
                default:
                    rows.append(CaseHistoryEvent(caseID: c.id, kind: .phase, value: c.phase.rawValue, on: last, source: .estimated))
                }
            }
            if !toldRegisseur.contains(c.id), let r = c.regisseurID {
                rows.append(CaseHistoryEvent(caseID: c.id, kind: .regisseur, value: r, on: c.opened, source: .estimated))
            }
        }
        return rows
    }
}

/// Writes what a district tells of its past that the record rows leave out: the cases' history,
/// the days follow-ups were done, the members who left (inside the importer's transaction).
enum DistrictHistory {
    static func insert(_ d: DistrictData, into db: Database) throws {
        for (id, day) in d.followUpDoneOn {
            try db.cachedStatement(sql: "UPDATE follow_up SET done_on = ? WHERE id = ?").execute(arguments: [day.description, id])
        }
        for h in d.households {
            for p in h.members {
                guard let left = p.leftOn else { continue }
                try db.cachedStatement(sql: "UPDATE person SET left_on = ?, left_reason = ? WHERE id = ?")
                    .execute(arguments: [left.description, (p.leftReason ?? .movedOut).rawValue, p.id])
            }
        }
        let history = try BoundInsert(db, sql: "INSERT INTO case_history (case_id, kind, value, on_day, source) VALUES (?, ?, ?, ?, ?)")
        for e in d.historyRows() {
            try history.run { v in
                v.int(e.caseID)
                v.text(e.kind.rawValue)
                v.text(e.value)
                v.text(e.on.description)
                v.text(e.source.rawValue)
            }
        }
    }
}
