import Foundation
import GRDB
import Testing
import Wijkteam
@testable import WijkteamStore

extension Fixtures {
    /// Tests/Fixtures/import: a tiny district whose households have postcodes and whose people
    /// have birth dates, and the partners' and caseload files the import tests read.
    static let importFolder = repoRoot.appendingPathComponent("Tests/Fixtures/import")

    static func importStore(as staff: StaffID = "daan") throws -> SQLiteStore {
        let data = try DistrictLoader.load(folder: importFolder.appendingPathComponent("district"))
        return try SQLiteStore.create(at: tempDir().appendingPathComponent("i.sqlite").path, from: data)
            .acting(as: AuditActor(staffID: staff, account: "test-\(staff)", origin: "tests"))
    }

    static func importFile(_ name: String) -> String { importFolder.appendingPathComponent(name).path }
}

/// Vroegsignalering files and a caseload coming in: matching, whole or nothing, idempotence,
/// dry runs and rights (issue #22, items 5 and 6).
@Suite struct ImportStoreTests {
    let today = Day("2026-11-20")!

    func english<T>(_ body: () throws -> T) rethrows -> T { try Language.$scoped.withValue(.en) { try body() } }

    func signals(_ name: String, encoding: ImportEncoding? = nil) throws -> [ArrearsRow] {
        try ArrearsRow.parse(try ImportFile.read(path: Fixtures.importFile(name), encoding: encoding), today: today)
    }

    /// Rows per table, to show that nothing (or exactly what) was written.
    func counts(_ store: SQLiteStore) throws -> [String: Int] {
        try store.read { db in
            var out: [String: Int] = [:]
            for t in ["household", "person", "signal", "care_case", "audit_log"] {
                out[t] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(t)")
            }
            return out
        }
    }

    @Test func rowsAreMatchedByAddressBirthDateAndNameOrMakeANewHousehold() throws {
        let store = try Fixtures.importStore()
        let file = Fixtures.importFile("signals.csv")
        let report = try store.importSignals(try signals("signals.csv"), file: file, skipAmbiguous: false, dryRun: false, today: today)
        #expect(
            report.rows.map(\.outcome) == [
                .matched(household: 1, by: .address),  // another birth date, one household at the address
                .matched(household: 4, by: .addressAndBirthDate),  // two households at 10 A and 10 B: the birth date says which
                .matched(household: 2, by: .nameAndBirthDate),  // she moved: found by name and birth date
                .new(household: 7),
                .matched(household: 7, by: .address),  // the household the row before created
            ])
        #expect(!report.refused && report.written == 5 && report.matched == 4 && report.newHouseholds == 1)
        let open = try store.openSignals().filter { $0.intake?.reference != nil }.sorted { $0.intake!.reference! < $1.intake!.reference! }
        #expect(open.map(\.householdID) == [1, 4, 2, 7, 7])
        #expect(open.allSatisfy { $0.source == .vroegsignalering && $0.intake?.registeredBy == "daan" && $0.intake?.registeredOn == today })
        #expect(open[0].intake?.partner == .rent && open[0].intake?.amountInArrears == 123_456 && open[0].intake?.monthsInArrears == 3)
        #expect(open[0].domains == [.financien, .huisvesting] && open[1].domains == [.financien])
        #expect(open[1].date == Day("2026-11-03")!)  // 03-11-2026 in the file
        let made = try store.household(id: 7, access: .refresh).household
        #expect(made.address.postcode == "1238 JK" && made.address.number == "12" && made.address.addition == "bis")
        #expect(made.address.street == "" && made.address.buurt == "")
        #expect(made.members.map(\.name) == ["سارة العلي"] && made.members[0].birthDate == Day("1990-05-05"))
        let audit = try store.auditLog(householdID: nil).last
        #expect(audit?.detail == "import signals signals.csv: 4 matched, 1 new, 0 ambiguous, 0 already imported")
        #expect(audit?.result == .allowed)
    }

    @Test func theSameFileTwiceAddsNothingTheSecondTime() throws {
        let store = try Fixtures.importStore()
        let rows = try signals("signals.csv")
        _ = try store.importSignals(rows, file: "signals.csv", skipAmbiguous: false, dryRun: false, today: today)
        let before = try counts(store)
        let again = try store.importSignals(rows, file: "signals.csv", skipAmbiguous: false, dryRun: false, today: today)
        #expect(again.written == 0 && again.alreadyImported == 5 && again.newHouseholds == 0)
        #expect(english { again.text(again.rows[0]) } == "signals.csv:2: rent reference R-1001 was imported before; skipped")
        var after = try counts(store)
        #expect(after.removeValue(forKey: "audit_log") == before["audit_log"]! + 1)
        #expect(after == before.filter { $0.key != "audit_log" })
    }

    @Test func ambiguousRowsStopTheWholeImportAndNameEveryCandidate() throws {
        let store = try Fixtures.importStore()
        let before = try counts(store)
        let report = try store.importSignals(
            try signals("signals-ambiguous.csv"), file: "signals-ambiguous.csv", skipAmbiguous: false,
            dryRun: false, today: today)
        #expect(report.refused && report.written == 0)
        #expect(
            english { report.ambiguous.map(report.text) } == [
                "signals-ambiguous.csv:2: matches households #3, #4; not imported",  // 10 A and 10 B, neither with this birth date
                "signals-ambiguous.csv:3: matches households #5, #6; not imported",  // two Anna Bakkers born the same day
            ])
        #expect(try counts(store) == before)
    }

    @Test func skipAmbiguousImportsTheOthersAndReportsTheSkipped() throws {
        let store = try Fixtures.importStore()
        let report = try store.importSignals(
            try signals("signals-ambiguous.csv"), file: "/tmp/x/signals-ambiguous.csv", skipAmbiguous: true,
            dryRun: false, today: today)
        #expect(!report.refused && report.written == 1 && report.ambiguous.count == 2)
        #expect(try store.openSignals().filter { $0.intake?.reference == "A-3" }.map(\.householdID) == [1])
        #expect(try store.openSignals().filter { ["A-1", "A-2"].contains($0.intake?.reference ?? "") }.isEmpty)
        #expect(
            try store.auditLog(householdID: nil).last?.detail
                == "import signals signals-ambiguous.csv: 1 matched, 0 new, 2 ambiguous skipped, 0 already imported")
    }

    @Test func aDryRunReportsTheSameAndWritesNothing() throws {
        let store = try Fixtures.importStore()
        let rows = try signals("signals.csv")
        let before = try counts(store)
        let dry = try store.importSignals(rows, file: "signals.csv", skipAmbiguous: false, dryRun: true, today: today)
        #expect(try counts(store) == before)
        let real = try store.importSignals(rows, file: "signals.csv", skipAmbiguous: false, dryRun: false, today: today)
        #expect(dry.rows == real.rows && dry.written == real.written && dry.dryRun && !real.dryRun)
    }

    /// The second signal's insert fails on the partner's unique reference after the new
    /// household and its member were written: the whole import rolls back.
    @Test func aFailureInTheLastRowLeavesTheDatabaseAsItWas() throws {
        let store = try Fixtures.importStore()
        var rows = try signals("signals.csv")
        rows.append(rows[3])  // the parser refuses this; the store's unique index refuses it too
        let before = try counts(store)
        #expect(throws: (any Error).self) {
            try store.importSignals(rows, file: "signals.csv", skipAmbiguous: false, dryRun: false, today: today)
        }
        #expect(try counts(store) == before)
    }

    @Test func aNewHouseholdNeedsABirthDateAndTheLastRowsProblemWritesNothing() throws {
        let store = try Fixtures.importStore()
        var rows = try signals("signals.csv")
        rows[4].birthDate = nil
        rows[4].postcode = "1111 AA"  // matches no one: a household would be made, without anyone's birth date
        let before = try counts(store)
        let error = english {
            (try? #require(throws: ImportError.self) {
                try store.importSignals(rows, file: "signals.csv", skipAmbiguous: false, dryRun: false, today: today)
            })?.description
        }
        #expect(error == "signals.csv:6: birth_date: needed for a household the team does not know yet")
        #expect(try counts(store) == before)
    }

    @Test func staffOutsideTheTeamAreRefusedAndTheRefusalIsLogged() throws {
        let store = try Fixtures.importStore(as: "karin")
        let before = try counts(store)
        let error = english {
            (try? #require(throws: WijkteamError.self) {
                try store.importSignals(try signals("signals.csv"), file: "signals.csv", skipAmbiguous: false, dryRun: false, today: today)
            })?.description
        }
        #expect(error == "not allowed: registering and changing households is team work; you are outside the team")
        let last = try #require(try store.auditLog(householdID: nil).last)
        #expect(last.result == .denied && last.detail == "import signals" && last.staffID == "karin")
        var after = try counts(store)
        #expect(after.removeValue(forKey: "audit_log") == before["audit_log"]! + 1)
        #expect(after == before.filter { $0.key != "audit_log" })
        // Karin's caseload import is refused the same way.
        #expect(throws: WijkteamError.self) {
            try store.importCaseload([], file: "c.csv", dryRun: false, today: today)
        }
    }

    @Test func newStaffMayTryADryRunButNotImport() throws {
        let store = try Fixtures.importStore(as: "sanne").refusingChanges()
        let rows = try signals("signals.csv")
        let before = try counts(store)
        #expect(try store.importSignals(rows, file: "signals.csv", skipAmbiguous: false, dryRun: true, today: today).written == 5)
        #expect(throws: (any Error).self) {
            try store.importSignals(rows, file: "signals.csv", skipAmbiguous: false, dryRun: false, today: today)
        }
        #expect(try counts(store) == before)
    }

    // MARK: Caseload

    func caseload(_ name: String) throws -> [CaseloadRow] {
        try CaseloadRow.parse(try ImportFile.read(path: Fixtures.importFile(name), encoding: nil), today: today)
    }

    @Test func aCaseloadComesInWithHouseholdsMembersAndOpenCases() throws {
        let store = try Fixtures.importStore(as: "fatima")
        let report = try store.importCaseload(try caseload("caseload.csv"), file: "caseload.csv", dryRun: false, today: today)
        #expect(report.rows.map(\.outcome) == [.new(household: 7), .matched(household: 2, by: .address), .new(household: 8)])
        #expect(!report.refused && report.written == 3)
        let cases = try store.cases(includeClosed: false).filter { $0.id > 12 }.sorted { $0.id < $1.id }
        #expect(cases.map(\.householdID) == [7, 2, 8])
        #expect(cases.map(\.phase) == [.plan, .aanmelding, .triage])
        #expect(cases.map(\.regisseurID) == ["daan", "daan", nil])  // by id, by OS account, none
        #expect(cases.map(\.opened) == [Day("2026-10-01")!, Day("2026-11-01")!, Day("2026-11-10")!])
        #expect(cases[2].presentingQuestion == "Vraagt hulp bij formulieren, \"dringend\"")
        let kaya = try store.household(id: 7, access: .refresh).household
        #expect(kaya.members.map(\.name).sorted() == ["Elif Kaya", "Mehmet Kaya"] && kaya.address.buurt == "Noord")
        #expect(kaya.name == english { "Household Kaya" } || kaya.name == "Huishouden Kaya")
        let wang = try store.household(id: 8, access: .refresh).household
        #expect(wang.name == "Huishouden 王" && wang.address.buurt == "" && wang.address.addition == "2h")
        #expect(try store.auditLog(householdID: nil).last?.detail == "import caseload caseload.csv: 1 matched, 2 new, 0 ambiguous")
    }

    @Test func aHouseholdWithAnOpenCaseStopsTheCaseloadImport() throws {
        let store = try Fixtures.importStore(as: "fatima")
        var rows = try caseload("caseload.csv")
        var yilmaz = rows[1]
        yilmaz.line = 5
        yilmaz.postcode = "1234 AB"
        yilmaz.houseNumber = "27"  // household 1, whose case 11 is open
        var twice = rows[0]
        twice.line = 6  // the household line 2 creates, a second time
        rows += [yilmaz, twice]
        let before = try counts(store)
        let report = try store.importCaseload(rows, file: "caseload.csv", dryRun: false, today: today)
        #expect(report.refused && report.written == 0)
        #expect(
            english { report.problems.map(report.text) } == [
                "caseload.csv:5: household #1 already has an open case (#11); not imported",
                "caseload.csv:6: household #7 already gets an open case from line 2; not imported",
            ])
        #expect(try counts(store) == before)
    }

    @Test func caseloadRowsNameAKnownRegisseurAndBuurt() throws {
        let store = try Fixtures.importStore(as: "fatima")
        var rows = try caseload("caseload.csv")
        rows[2].regisseur = "nobody"
        let unknown = english {
            (try? #require(throws: ImportError.self) {
                try store.importCaseload(rows, file: "c.csv", dryRun: false, today: today)
            })?.description
        }
        #expect(unknown == "c.csv:4: regisseur: no staff member has id or account 'nobody'")
        rows[2].regisseur = "sanne"
        let notRegisseur = english {
            (try? #require(throws: ImportError.self) {
                try store.importCaseload(rows, file: "c.csv", dryRun: false, today: today)
            })?.description
        }
        #expect(notRegisseur?.hasPrefix("c.csv:4: regisseur: ") == true)
        rows[2].regisseur = ""
        rows[2].buurt = "Oost"
        let buurt = english {
            (try? #require(throws: ImportError.self) {
                try store.importCaseload(rows, file: "c.csv", dryRun: false, today: today)
            })?.description
        }
        #expect(buurt == "c.csv:4: buurt: buurt 'Oost' is not one of the district's buurten (Noord, Zuid)")
    }

    // MARK: The generated city has addresses to match

    @Test func theGeneratedCityHasPostcodesAndBirthDatesAPartnersRowMatches() throws {
        var g = DistrictGenerator(seed: 3, size: .city(households: 300), today: today)
        let data = g.generate()
        #expect(data.households.allSatisfy { Postcode($0.address.postcode)?.description == $0.address.postcode })
        let people = data.households.flatMap(\.members)
        #expect(people.allSatisfy { p in p.birthDate.map { $0.year == p.birthYear && $0 <= today } == true })
        #expect(Set(people.compactMap(\.birthDate)).count > people.count / 2)  // spread over the year, not one day
        let store = try SQLiteStore.create(at: Fixtures.tempDir().appendingPathComponent("g.sqlite").path, from: data)
            .acting(as: AuditActor(staffID: "s1", account: "t", origin: "tests"))
        let h = data.households[41], m = h.members[0]
        let row = ArrearsRow(
            line: 2, partner: .energy, received: today, name: "Someone Else", birthDate: m.birthDate,
            postcode: h.address.postcode, houseNumber: h.address.number, addition: "", monthsInArrears: 2,
            amountInArrears: 5000, reference: "G-1")
        let report = try store.importSignals([row], file: "g.csv", skipAmbiguous: false, dryRun: false, today: today)
        #expect(
            report.rows.first.map {
                [
                    ImportReport.Outcome.matched(household: h.id, by: .address),
                    .matched(household: h.id, by: .addressAndBirthDate),
                ].contains($0.outcome)
            } == true)
    }
}

/// The sample district's own batch (sample-data/vroegsignalering-2026-11.csv), as its answer
/// sheet (vroegsignalering-2026-11.md) says row by row: what a new colleague sees when trying it.
@Suite struct SampleBatchImportTests {
    static let today = Day("2026-11-20")!

    @Test func theSampleBatchMatchesAsItsAnswerSheetSays() throws {
        let store = try Fixtures.sampleStore().acting(as: AuditActor(staffID: "fatima", account: "test", origin: "tests"))
        let path = Fixtures.sampleData.appendingPathComponent("vroegsignalering-2026-11.csv").path
        let rows = try ArrearsRow.parse(try ImportFile.read(path: path, encoding: nil), today: Self.today)
        #expect(rows.count == 12)
        let dry = try store.importSignals(rows, file: "vroegsignalering-2026-11.csv", skipAmbiguous: false, dryRun: true, today: Self.today)
        #expect(dry.matched == 6 && dry.newHouseholds == 5 && dry.ambiguous.count == 1 && dry.refused)
        let matched = dry.rows.compactMap { row -> String? in
            guard case .matched(let household, let basis) = row.outcome else { return nil }
            return "\(household) \(basis.rawValue)"
        }
        #expect(
            matched.sorted() == [
                "38 address", "4 address", "43 address", "45 address", "45 address", "6 address_and_birth_date",
            ])
        #expect(dry.ambiguous.first?.outcome == .ambiguous([6, 43]))
        let signalsBefore = try store.openSignals().count
        // Without --skip-ambiguous nothing is written; with it, the other eleven rows.
        let refused = try store.importSignals(
            rows, file: "vroegsignalering-2026-11.csv", skipAmbiguous: false, dryRun: false, today: Self.today)
        #expect(refused.written == 0)
        #expect(try store.openSignals().count == signalsBefore)
        let done = try store.importSignals(
            rows, file: "vroegsignalering-2026-11.csv", skipAmbiguous: true, dryRun: false, today: Self.today)
        #expect(done.written == 11)
        #expect(try store.openSignals().count == signalsBefore + 11)
        let again = try store.importSignals(
            rows, file: "vroegsignalering-2026-11.csv", skipAmbiguous: true, dryRun: false, today: Self.today)
        #expect(again.written == 0 && again.alreadyImported == 11)
    }
}
