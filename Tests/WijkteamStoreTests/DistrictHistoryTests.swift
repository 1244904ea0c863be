import Foundation
import GRDB
import Testing
import Wijkteam
@testable import WijkteamStore

/// A district's past (issue 29): the cases' dated history from a household file (`history:`),
/// estimated rows for a case without one, follow-ups done on a day, members who left; and the
/// generator's year of history.
@Suite struct DistrictHistoryTests {
    let reference = Day("2026-11-20")!

    static let history = """
            history:
              - {phase: aanmelding, on: 2026-09-01}
              - {phase: triage, on: 2026-09-03}
              - {regisseur: fatima, on: 2026-09-03}
              - {phase: keukentafelgesprek, on: 2026-09-20, estimated: true}
              - {regisseur: daan, on: 2026-10-01}
              - {phase: plan, on: 2026-10-01}
              - {phase: uitvoering, on: 2026-10-08}

        """

    /// The mini district's household, its case given `extra` keys after its regisseur.
    func district(_ extra: String = history, replacing: [(String, String)] = []) -> URL {
        var text = Fixtures.validHousehold.replacingOccurrences(of: "    regisseur: daan\n", with: "    regisseur: daan\n" + extra)
        for (old, new) in replacing {
            #expect(text.contains(old), "fixture holds \(old)")
            text = text.replacingOccurrences(of: old, with: new)
        }
        return Fixtures.miniDistrict(household: text)
    }

    func store(_ folder: URL) throws -> SQLiteStore {
        let base = try SQLiteStore.create(
            at: Fixtures.tempDir().appendingPathComponent("h.sqlite").path, from: DistrictLoader.load(folder: folder))
        return base.acting(as: CaseWorkStoreTests.actor("fatima"))
    }

    func rows(_ events: [CaseHistoryEvent]) -> [String] {
        events.map { "\($0.kind.rawValue) \($0.value ?? "-") \($0.on) \($0.source.rawValue)" }
    }

    @Test func aFilesHistoryIsWrittenAsRecordedFactsUnlessMarkedEstimated() throws {
        let events = try store(district()).caseHistory(caseID: 17)
        #expect(
            rows(events) == [
                "phase aanmelding 2026-09-01 record", "phase triage 2026-09-03 record", "regisseur fatima 2026-09-03 record",
                "phase keukentafelgesprek 2026-09-20 estimated", "regisseur daan 2026-10-01 record", "phase plan 2026-10-01 record",
                "phase uitvoering 2026-10-08 record",
            ])
    }

    @Test func aCaseWithoutHistoryGetsEstimatedRowsFromWhatItHolds() throws {
        let events = try store(district("")).caseHistory(caseID: 17)
        // Opened 2026-09-01; its last contact (the journal) 2026-10-01; regisseur daan.
        #expect(
            rows(events) == [
                "phase aanmelding 2026-09-01 estimated", "regisseur daan 2026-09-01 estimated", "phase uitvoering 2026-10-01 estimated",
            ])
    }

    @Test func aClosedCaseWithoutHistoryClosesOnItsClosedOnAsARecord() throws {
        let closed = district(
            "    closed_reason: doelen bereikt\n    closed_on: 2026-11-02\n",
            replacing: [("    phase: uitvoering\n", "    phase: afgesloten\n")])
        let events = try store(closed).caseHistory(caseID: 17)
        #expect(rows(events).contains("phase afgesloten 2026-11-02 record"))
        #expect(rows(events).contains("phase aanmelding 2026-09-01 estimated"))
    }

    @Test func aHistoryThatClosesAndReopensTheCaseIsKeptAndGivesTheClosingDay() throws {
        let reopened = Self.history + "      - {phase: afgesloten, on: 2026-10-20}\n      - {phase: aanmelding, on: 2026-11-03}\n"
        let d = try DistrictLoader.load(folder: district(reopened, replacing: [("    phase: uitvoering\n", "    phase: aanmelding\n")]))
        #expect(d.caseHistory.filter { $0.kind == .phase }.compactMap(\.value).suffix(2) == ["afgesloten", "aanmelding"])
        #expect(d.caseClosedOn[17] == nil, "open again")
        let closing = "    closed_reason: doelen bereikt\n" + Self.history + "      - {phase: afgesloten, on: 2026-10-20}\n"
        let closed = try DistrictLoader.load(folder: district(closing, replacing: [("    phase: uitvoering\n", "    phase: afgesloten\n")]))
        #expect(closed.caseClosedOn[17] == Day("2026-10-20"))
        let events = try store(district(closing, replacing: [("    phase: uitvoering\n", "    phase: afgesloten\n")])).caseHistory(
            caseID: 17)
        #expect(rows(events).last == "phase afgesloten 2026-10-20 record")
    }

    @Test(arguments: [
        ("{phase: triage, on: 2026-09-03}", "{phase: triagee, on: 2026-09-03}", "unknown value 'triagee'"),
        ("{phase: uitvoering, on: 2026-10-08}", "{phase: uitvoering, on: 2026-12-01}", "is after today (2026-11-20)"),
        ("{phase: triage, on: 2026-09-03}", "{phase: triage, on: 2026-08-20}", "is before the case opened (2026-09-01)"),
        ("{phase: plan, on: 2026-10-01}", "{phase: plan, on: 2026-09-10}", "is before the phase listed above it"),
        ("{phase: plan, on: 2026-10-01}", "{phase: triage, on: 2026-10-01}", "phase triage cannot follow keukentafelgesprek"),
        ("{phase: uitvoering, on: 2026-10-08}", "{phase: evaluatie, on: 2026-10-08}", "is not the case's phase (uitvoering)"),
        ("{regisseur: daan, on: 2026-10-01}", "{regisseur: fatima, on: 2026-10-01}", "is not the case's regisseur (daan)"),
        ("{regisseur: daan, on: 2026-10-01}", "{regisseur: dan, on: 2026-10-01}", "unknown staff id 'dan'"),
        ("{regisseur: daan, on: 2026-10-01}", "{regisseur: daan, on: 2026-09-02}", "is before the regisseur listed above it"),
        ("{regisseur: daan, on: 2026-10-01}", "{regisseur: daan, phase: plan, on: 2026-10-01}", "names a phase or a regisseur"),
        ("{regisseur: daan, on: 2026-10-01}", "{regisseur: daan, when: 2026-10-01}", "unknown key"),
    ])
    func badHistoryEntriesNameTheLine(original: String, broken: String, message: String) throws {
        #expect(Self.history.contains(original))
        let error = try #require(throws: DistrictFileError.self) {
            try DistrictLoader.load(folder: district(Self.history.replacingOccurrences(of: original, with: broken)))
        }
        #expect(error.file == "households/001-a.yaml" && error.line != nil, "\(error)")
        #expect(error.message.contains(message), "\(error)")
        // The line is the broken entry's (the file's lines: the household before the case's keys).
        let file = try String(
            contentsOf: district(Self.history.replacingOccurrences(of: original, with: broken))
                .appendingPathComponent("households/001-a.yaml"), encoding: .utf8)
        let brokenLine = file.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(broken) }
        if !message.contains("is not the case's") { #expect(error.line == brokenLine.map { $0 + 1 }, "\(error)") }
    }

    @Test func aClosedOnThatIsNotTheHistorysClosingDayIsRefused() throws {
        let closing =
            "    closed_reason: doelen bereikt\n    closed_on: 2026-10-21\n" + Self.history
            + "      - {phase: afgesloten, on: 2026-10-20}\n"
        let error = try #require(throws: DistrictFileError.self) {
            try DistrictLoader.load(folder: district(closing, replacing: [("    phase: uitvoering\n", "    phase: afgesloten\n")]))
        }
        #expect(error.message.contains("closed_on 2026-10-21 is not the day the history closes the case (2026-10-20)"), "\(error)")
    }

    @Test func followUpsDoneOnADayAndMembersWhoLeftAreWrittenAndShift() throws {
        let folder = district(
            "",
            replacing: [
                ("note: check-in}", "note: check-in, done: true, outcome: gebeld, done_on: 2026-11-18}"),
                (
                    "role: adult, client: true}",
                    "role: adult, client: true}\n  - {id: 102, name: Kees de Vries, born: 1948, role: partner, left_on: 2026-06-30, left_reason: died}"
                ),
            ])
        let d = try DistrictLoader.load(folder: folder)
        #expect(d.followUpDoneOn == [1: Day("2026-11-18")!])
        let moved = d.shifted(by: 2)
        #expect(moved.followUpDoneOn[1] == Day("2026-11-20"))
        #expect(moved.households[0].members.last?.leftOn == Day("2026-07-02"))
        let base = try SQLiteStore.create(at: Fixtures.tempDir().appendingPathComponent("f.sqlite").path, from: d)
        let done = try base.pool.read { db in try String.fetchOne(db, sql: "SELECT done_on FROM follow_up WHERE id = 1") }
        #expect(done == "2026-11-18")
        let kees = try #require(
            try base.acting(as: CaseWorkStoreTests.actor("fatima")).household(id: 1).household.members.first { $0.id == 102 })
        #expect(kees.leftOn == Day("2026-06-30") && kees.leftReason == .died && !kees.isCurrent, "\(kees)")
    }

    @Test(arguments: [
        ("note: check-in}", "note: check-in, done_on: 2026-11-18}", "done_on belongs to a done follow-up"),
        ("note: check-in}", "note: check-in, done: true, done_on: 2026-08-01}", "done_on belongs to a done follow-up"),
        ("note: check-in}", "note: check-in, done: true, done_on: 2026-11-21}", "is after today"),
        ("role: adult, client: true}", "role: adult, client: true, left_reason: died}", "left_reason belongs with left_on"),
        ("role: adult, client: true}", "role: adult, client: true, left_on: 2026-11-30}", "is after today"),
    ])
    func badDoneOnAndLeftOnNameTheLine(original: String, broken: String, message: String) throws {
        let error = try #require(throws: DistrictFileError.self) {
            try DistrictLoader.load(folder: district("", replacing: [(original, broken)]))
        }
        #expect(error.line != nil && error.message.contains(message), "\(error)")
    }

    @Test func theHistoryMovesWithTheDemoDistrict() throws {
        let d = try DistrictLoader.load(folder: district())
        let moved = d.shifted(by: 10)
        #expect(moved.caseHistory.map(\.on) == d.caseHistory.map { $0.on.adding(days: 10) })
    }

    // MARK: - The generator's year

    func generated(seed: UInt64 = 3) -> DistrictData {
        var g = DistrictGenerator(seed: seed, size: .city(households: 2_000), today: reference)
        return g.generate()
    }

    @Test func theGeneratorGivesAYearOfHistory() throws {
        let d = generated()
        let year = Day("2025-11-21")!
        let months = { (days: [Day]) in Set(days.filter { $0 >= year }.map { Month($0) }) }
        // Closed cases spread over the twelve months, each with its closing day and a reason.
        let closedThisYear = d.caseClosedOn.filter { $0.value >= year }
        #expect(closedThisYear.count > 300)
        #expect(months(Array(closedThisYear.values)).count >= 12)
        #expect(Set(d.cases.filter { closedThisYear[$0.id] != nil }.compactMap(\.closedReason)).count >= 3)
        // Phase changes dated through the year, in order per case, ending where the case is.
        let phases = d.caseHistory.filter { $0.kind == .phase }
        #expect(months(phases.map(\.on)).count >= 12)
        for c in d.cases where c.isOpen {
            let own = phases.filter { $0.caseID == c.id }
            #expect(own.last?.phase == c.phase && own.first?.phase == .aanmelding && own.map(\.on) == own.map(\.on).sorted())
            if own.last?.phase != c.phase { break }
        }
        #expect(d.caseHistory.contains { $0.kind == .regisseur })
        // Follow-ups done across the months, proactive ones among them; registrations across the year.
        #expect(months(Array(d.followUpDoneOn.values)).count >= 12)
        #expect(d.followUps.contains { $0.done && $0.kind.isProactive && d.followUpDoneOn[$0.id] != nil })
        #expect(months(d.signals.map(\.date)).count >= 12)
        #expect(d.signals.filter { d.signalCases[$0.id] == nil }.count == DistrictGenerator.Size.city(households: 2_000).openSignals)
        // A first and a last measurement for most cases closed this year.
        let clients = Set(d.cases.filter { closedThisYear[$0.id] != nil }.compactMap { d.households[$0.householdID - 1].members.first?.id })
        let measured = Dictionary(grouping: d.zrm.filter { clients.contains($0.personID) }, by: \.personID).mapValues {
            Set($0.map(\.date)).count
        }
        #expect(measured.values.filter { $0 >= 2 }.count > closedThisYear.count / 3)
        #expect(measured.values.contains { $0 == 1 }, "some closed without a last measurement")
        #expect(d.historyRows().count > d.caseHistory.count, "older cases get estimated rows")
    }

    @Test func theYearIsTheSameForTheSameSeed() {
        let a = generated(), b = generated()
        #expect(a.caseHistory == b.caseHistory && a.followUpDoneOn == b.followUpDoneOn && a.caseClosedOn == b.caseClosedOn)
        #expect(generated(seed: 4).caseHistory != a.caseHistory)
    }

    @Test func theGeneratedCitysHistoryIsWritten() throws {
        let d = generated()
        let base = try SQLiteStore.create(at: Fixtures.tempDir().appendingPathComponent("g.sqlite").path, from: d)
        let (history, done) = try base.pool.read { db in
            (
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM case_history") ?? 0,
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM follow_up WHERE done_on IS NOT NULL") ?? 0
            )
        }
        #expect(history == d.historyRows().count)
        #expect(done == d.followUpDoneOn.count)
    }
}
