import Foundation
import Wijkteam

@testable import WijkteamStore

/// A small hand-made district for the monitor's prevention, load and waiting figures, with
/// every date pinned (today is 2026-11-20; the period 2025-12 through 2026-11):
///
/// - Case 11 (household 1, Daan, complexity 2): opened 10 Jan, triage 20 Jan, keukentafelgesprek
///   5 Feb, plan 20 Feb, uitvoering 1 Mar. A member (102) moved out on 1 April. Follow-ups:
///   preventive due 15 Mar done 14 Mar; outreaching due 10 Apr done 12 Apr; preventive due 5 May
///   not done; preventive due 10 Sep done 8 Sep without an outcome; preventive due 28 Nov (after
///   today). Home visits 20 and 25 Mar, and 25 Nov (after today).
/// - Case 21 (household 2, complexity 1): opened 1 Feb (Daan), keukentafelgesprek 10 Feb,
///   closed 15 Apr, reopened 1 Jul with Emre, triage 10 Jul. An outreaching follow-up due 20 May
///   (closed then). Home visits 15 Apr (the closing day), 10 May (closed) and 5 Aug.
/// - Case 31 (household 3, Fatima, complexity 1): opened 1 Nov 2025, uitvoering 1 Dec, closed
///   28 Feb; no proactive follow-up (its home visit of 15 Jan is no proactive contact). Olga,
///   outside the team, was added to it: the only case she sees.
/// - Capacity: Fatima 4, Emre 3, Daan 1 until 31 May and 2 from 1 June (a change kept). Daan
///   is over capacity in February and March (case 11 1.0 + case 21 0.75 = 1.75 > 1).
/// - Provisions: #1 on case 11 requested 10 Feb, on the list 1 Mar, started 1 May; #2 on case 31 requested 15 Dec 2025, never started
///   (its case closed); #3 on case 21 requested 5 Jul, on the list 1 Aug
///   (provider "Thuiszorg Zuid" from the catalogue); #4 on case 11
///   requested 1 Oct, refused 15 Oct; #5 on case 11 requested 1 Nov.
enum MonitorCareFixture {
    static let today = Day("2026-11-20")!
    static let from = Month("2025-12")!
    static let to = Month("2026-11")!

    static func store() throws -> SQLiteStore {
        let dir = Fixtures.tempDir().appendingPathComponent("care")
        let households = dir.appendingPathComponent("households")
        try FileManager.default.createDirectory(at: households, withIntermediateDirectories: true)
        try """
        name: Monitor
        municipality: Nergens
        wijk: Midden
        buurten: [Noord]
        reference_date: 2026-11-20
        demo: true
        """.write(to: dir.appendingPathComponent("district.yaml"), atomically: true, encoding: .utf8)
        try """
        staff:
          - {id: fatima, name: Fatima, role: team_lead, capacity: 4}
          - {id: daan, name: Daan, role: generalist, capacity: 2}
          - {id: emre, name: Emre, role: generalist, capacity: 3}
          - {id: olga, name: Olga, role: outside_team, capacity: 0}
        """.write(to: dir.appendingPathComponent("staff.yaml"), atomically: true, encoding: .utf8)
        for (id, members) in [(1, [101, 102]), (2, [201]), (3, [301])] {
            let people = members.map { "  - {id: \($0), name: Lid \($0), born: 1970, role: adult, client: true}" }
            try
                (["id: \(id)", "name: Huishouden \(id)", "address: {street: Kersenlaan, number: \"\(id)\", buurt: Noord}", "members:"]
                + people).joined(separator: "\n")
                .write(to: households.appendingPathComponent("00\(id).yaml"), atomically: true, encoding: .utf8)
        }
        let store = try SQLiteStore.create(
            at: dir.appendingPathComponent("w.sqlite").path, from: try DistrictLoader.load(folder: dir))
        try store.writing { work in
            for statement in statements { try work.db.execute(statement, []) }
        }
        return store
    }

    static func history(_ caseID: Int, _ kind: String, _ value: String, _ day: String) -> String {
        "INSERT INTO case_history (case_id, kind, value, on_day, source) VALUES (\(caseID), '\(kind)', '\(value)', '\(day)', 'app')"
    }

    static func followUp(_ caseID: Int, _ kind: String, due: String, doneOn: String?, outcome: String?) -> String {
        let done = doneOn == nil ? 0 : 1
        let day = doneOn.map { "'\($0)'" } ?? "NULL", said = outcome.map { "'\($0)'" } ?? "NULL"
        return
            "INSERT INTO follow_up (case_id, kind, due, done, done_on, outcome) VALUES (\(caseID), '\(kind)', '\(due)', \(done), \(day), \(said))"
    }

    static func visit(_ caseID: Int, _ day: String) -> String {
        "INSERT INTO journal_entry (case_id, date, kind, author_id, text) VALUES (\(caseID), '\(day)', 'home_visit', 'daan', 'Huisbezoek')"
    }

    static func provision(_ id: Int, _ caseID: Int, status: String, steps: [(String, String)], providerID: Int? = nil) -> [String] {
        let requested = steps.first { $0.0 == "requested" }?.1, listed = steps.first { $0.0 == "waiting" }?.1
        func text(_ day: String?) -> String { day.map { "'\($0)'" } ?? "NULL" }
        return [
            """
            INSERT INTO provision (id, case_id, kind, provider, description, status, requested_on, waiting_since, provider_id)
            VALUES (\(id), \(caseID), 'tailored', 'Aanbieder \(id)', 'Hulp', '\(status)', \(text(requested)), \(text(listed)),
                    \(providerID.map(String.init) ?? "NULL"))
            """
        ]
            + steps.map {
                "INSERT INTO provision_step (provision_id, case_id, status, on_day, reason) VALUES (\(id), \(caseID), '\($0.0)', '\($0.1)', 'x')"
            }
    }

    static func careCase(_ id: Int, household: Int, opened: String, phase: String, regisseur: String, complexity: Int, closedOn: String?)
        -> String
    {
        """
        INSERT INTO care_case (id, household_id, opened, source, presenting, domains, phase, regisseur_id, complexity, closed_on)
        VALUES (\(id), \(household), '\(opened)', 'huisarts', 'Vraag', 'financien', '\(phase)', '\(regisseur)', \(complexity),
                \(closedOn.map { "'\($0)'" } ?? "NULL"))
        """
    }

    static var statements: [String] {
        var s = [
            careCase(11, household: 1, opened: "2026-01-10", phase: "uitvoering", regisseur: "daan", complexity: 2, closedOn: nil),
            careCase(21, household: 2, opened: "2026-02-01", phase: "triage", regisseur: "emre", complexity: 1, closedOn: "2026-04-15"),
            careCase(
                31, household: 3, opened: "2025-11-01", phase: "afgesloten", regisseur: "fatima", complexity: 1, closedOn: "2026-02-28"),
            "DELETE FROM case_history",
            "UPDATE person SET left_on = '2026-04-01', left_reason = 'Verhuisd' WHERE id = 102",
            "INSERT INTO case_member (case_id, staff_id, added_by, added_on) VALUES (31, 'olga', 'fatima', '2025-11-01')",
            """
            INSERT INTO staff_change (staff_id, on_day, field, old_value, new_value, changed_by)
            VALUES ('daan', '2026-06-01', 'capacity', '1', '2', 'fatima')
            """,
            "INSERT INTO provider (id, name, law) VALUES (7, 'Thuiszorg Zuid', 'wmo')",
        ]
        s += [
            history(11, "phase", "aanmelding", "2026-01-10"), history(11, "regisseur", "daan", "2026-01-10"),
            history(11, "phase", "triage", "2026-01-20"), history(11, "phase", "keukentafelgesprek", "2026-02-05"),
            history(11, "phase", "plan", "2026-02-20"), history(11, "phase", "uitvoering", "2026-03-01"),
            history(21, "phase", "aanmelding", "2026-02-01"), history(21, "regisseur", "daan", "2026-02-01"),
            history(21, "phase", "keukentafelgesprek", "2026-02-10"), history(21, "phase", "afgesloten", "2026-04-15"),
            history(21, "phase", "aanmelding", "2026-07-01"), history(21, "regisseur", "emre", "2026-07-01"),
            history(21, "phase", "triage", "2026-07-10"),
            history(31, "phase", "aanmelding", "2025-11-01"), history(31, "regisseur", "fatima", "2025-11-01"),
            history(31, "phase", "uitvoering", "2025-12-01"), history(31, "phase", "afgesloten", "2026-02-28"),
        ]
        s += [
            followUp(11, "preventive", due: "2026-03-15", doneOn: "2026-03-14", outcome: "Gaat goed"),
            followUp(11, "outreaching", due: "2026-04-10", doneOn: "2026-04-12", outcome: "Langs geweest"),
            followUp(11, "preventive", due: "2026-05-05", doneOn: nil, outcome: nil),
            followUp(11, "preventive", due: "2026-09-10", doneOn: "2026-09-08", outcome: " "),
            followUp(11, "preventive", due: "2026-11-28", doneOn: nil, outcome: nil),
            followUp(21, "outreaching", due: "2026-05-20", doneOn: nil, outcome: nil),
            visit(11, "2026-03-20"), visit(11, "2026-03-25"), visit(11, "2026-11-25"),
            visit(21, "2026-04-15"), visit(21, "2026-05-10"), visit(21, "2026-08-05"), visit(31, "2026-01-15"),
        ]
        s += provision(1, 11, status: "active", steps: [("requested", "2026-02-10"), ("waiting", "2026-03-01"), ("active", "2026-05-01")])
        s += provision(2, 31, status: "requested", steps: [("requested", "2025-12-15")])
        s += provision(3, 21, status: "waiting", steps: [("requested", "2026-07-05"), ("waiting", "2026-08-01")], providerID: 7)
        s += provision(4, 11, status: "refused", steps: [("requested", "2026-10-01"), ("refused", "2026-10-15")])
        s += provision(5, 11, status: "requested", steps: [("requested", "2026-11-01")])
        return s
    }
}
