import Foundation
import GRDB
import Testing
import Wijkteam
@testable import WijkteamStore

/// The municipality's iWmo/iJw messages (issue 27, item 5): read and checked, matched to a
/// household, applied a file at a time, whole or not at all; a message twice changes nothing.
@Suite struct IwmoStoreTests {
    let today = Day("2026-11-20")!
    static let folder = Fixtures.sampleData.appendingPathComponent("iwmo")
    static func sample(_ name: String) -> String { folder.appendingPathComponent(name).path }
    static let allocation = sample("01-wmo301-toewijzing-de-vries.xml")
    static let start = sample("02-wmo305-start-de-vries.xml")
    static let stop = sample("03-wmo307-stop-de-vries.xml")

    func english<T>(_ body: () throws -> T) rethrows -> T { try Language.$scoped.withValue(.en) { try body() } }

    /// The sample district with the two providers the sample messages name (any provider the
    /// catalogue already has under these AGB codes loses its code, so the test owns them).
    func store(as staff: StaffID = "fatima") throws -> SQLiteStore {
        let store = try Fixtures.sampleStore()
        try store.write { db in
            try db.execute(sql: "UPDATE provider SET agb_code = NULL WHERE agb_code IN ('98000001', '98000002')")
            try db.execute(
                sql: """
                    INSERT INTO provider (name, law, agb_code, norm_weeks) VALUES ('Iwmo-test Wmo', 'wmo', '98000001', 6),
                    ('Iwmo-test Jeugd', 'jeugdwet', '98000002', 8)
                    """)
            let wmo = try Int.fetchOne(db, sql: "SELECT id FROM provider WHERE agb_code = '98000001'")!
            let jeugd = try Int.fetchOne(db, sql: "SELECT id FROM provider WHERE agb_code = '98000002'")!
            try db.execute(
                sql: "INSERT INTO provider_product VALUES (?, '02', '02A01', 'Individuele begeleiding', 'geestelijke_gezondheid')",
                arguments: [wmo])
            try db.execute(
                sql: "INSERT INTO provider_product VALUES (?, '45', '45A01', 'Ambulante jeugdhulp', 'opvoeding')", arguments: [jeugd])
        }
        return store.acting(as: AuditActor(staffID: staff, account: "test-\(staff)", origin: "tests"))
    }

    func read(_ paths: String...) -> [IwmoFile] { paths.map(IwmoParser.read(path:)) }

    func parse(_ xml: String) -> IwmoFile { IwmoParser.parse(Data(xml.utf8), file: "x.xml") }

    /// Rows per table, to show that nothing (or exactly what) was written.
    func counts(_ store: SQLiteStore) throws -> [String: Int] {
        try store.read { db in
            var out: [String: Int] = [:]
            for t in ["provision", "provision_step", "iwmo_message", "audit_log"] {
                out[t] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(t)")
            }
            return out
        }
    }

    func provision(_ store: SQLiteStore, allocation: String) throws -> Row? {
        try store.read { db in try Row.fetchOne(db, sql: "SELECT * FROM provision WHERE allocation_number = ?", arguments: [allocation]) }
    }

    // MARK: Reading

    @Test func theSampleMessagesReadAsTheSpecificationHasThem() throws {
        let files = read(Self.allocation, Self.start, Self.stop, Self.sample("04-jw301-toewijzing-bakker.xml"))
        #expect(files.allSatisfy { $0.problem == nil })
        let m = files[0].messages[0]
        #expect(m.type == IwmoMessageType(standard: .iwmo, kind: .allocation))
        #expect(m.release == "3.2" && m.identification == "TW-2026-0001" && m.receiver == "98000001")
        #expect(m.birthDate == Day("1944-03-08") && m.postcode == "7291BL" && m.houseNumber == "4")
        #expect(m.products[0].allocationNumber == "2026100001" && m.products[0].category == "02" && m.products[0].code == "02A01")
        #expect(files[2].messages[0].products[0].reasonCode == "19")
        #expect(files[3].messages[0].type.name == "JW301")
    }

    @Test func badFilesAreRefusedNamingFileMessageAndElement() throws {
        try english {
            let good = try String(contentsOfFile: Self.allocation, encoding: .utf8)
            func problem(_ xml: String) -> String { parse(xml).problem?.description ?? "" }
            #expect(problem("this is not xml <").contains("not XML"))
            #expect(problem(good.replacingOccurrences(of: "iwmo/3_2/wmo301", with: "iwmo/2_4/wmo301")).contains("namespace"))
            #expect(problem(good.replacingOccurrences(of: ">414<", with: ">416<")).contains("element Header/BerichtCode"))
            #expect(
                problem(good.replacingOccurrences(of: "BerichtSubversie>2<", with: "BerichtSubversie>1<")).contains("Header/BerichtVersie"))
            let missing = problem(good.replacingOccurrences(of: "<wmo301:ToewijzingNummer>2026100001</wmo301:ToewijzingNummer>", with: ""))
            #expect(missing.contains("message TW-2026-0001") && missing.contains("ToegewezenProduct/ToewijzingNummer: missing"))
            #expect(problem(good.replacingOccurrences(of: "2026-10-12", with: "12-10-2026")).contains("not a date"))
            let wrong = IwmoParser.read(
                path: Fixtures.repoRoot.appendingPathComponent("Tests/Fixtures/iwmo/wmo301-end-before-start.xml").path)
            #expect(wrong.problem?.element == "Client/ToegewezenProducten/ToegewezenProduct/Einddatum")
            #expect(wrong.problem?.message == "TW-2026-0666")
            let stop = try String(contentsOfFile: Self.stop, encoding: .utf8)
            #expect(problem(stop.replacingOccurrences(of: ">19<", with: ">99<")).contains("RedenBeeindiging"))
            #expect(
                problem(stop.replacingOccurrences(of: "<wmo307:Einddatum>2026-11-18", with: "<wmo307:Einddatum>2026-10-18")).contains(
                    "end date"))
        }
    }

    // MARK: Applying

    @Test func anAllocationStartAndStopGiveTheProvisionItsLife() throws {
        let store = try store()
        var report = try store.importIwmo(read(Self.allocation), dryRun: false, today: today)
        #expect(report.count(.applied) == 1 && report.outcomes[0].householdID == 1)
        var p = try #require(try provision(store, allocation: "2026100001"))
        #expect(p["status"] as String == "waiting" && p["waiting_since"] as String == "2026-10-08" && p["kind"] as String == "tailored")
        #expect(p["provider"] as String == "Iwmo-test Wmo" && p["product_code"] as String == "02A01")
        report = try store.importIwmo(read(Self.start, Self.stop), dryRun: false, today: today)
        #expect(report.count(.applied) == 2 && report.filesApplied == 2)
        p = try #require(try provision(store, allocation: "2026100001"))
        #expect(p["status"] as String == "ended" && p["start"] as String == "2026-11-02" && p["ended_on"] as String == "2026-11-18")
        #expect((p["end_reason"] as String).hasPrefix("Levering zorg of ondersteuning is beëindigd"))
        let steps = try store.read { db in
            try String.fetchAll(db, sql: "SELECT status FROM provision_step WHERE source = 'iwmo' ORDER BY id")
        }
        #expect(steps == ["waiting", "active", "ended"])
    }

    @Test func anAllocationFillsTheCasesProvisionForThatProductWhenThereIsOne() throws {
        let store = try store()
        let id = try store.write { db -> Int in
            let caseID = try Int.fetchOne(db, sql: "SELECT id FROM care_case WHERE household_id = 1 AND phase <> 'afgesloten'")!
            try db.execute(
                sql: """
                    INSERT INTO provision (case_id, kind, provider, description, status, product_category, product_code, requested_on)
                    VALUES (?, 'tailored', 'Iwmo-test Wmo', 'Begeleiding', 'requested', '02', '02A01', '2026-09-30')
                    """, arguments: [caseID])
            return Int(db.lastInsertedRowID)
        }
        _ = try store.importIwmo(read(Self.allocation), dryRun: false, today: today)
        let p = try #require(try provision(store, allocation: "2026100001"))
        #expect(p["id"] as Int == id && p["status"] as String == "waiting" && p["version"] as Int == 2)
        #expect(p["requested_on"] as String == "2026-09-30")
    }

    @Test func theSameMessageTwiceChangesNothing() throws {
        let store = try store()
        _ = try store.importIwmo(read(Self.allocation, Self.start), dryRun: false, today: today)
        let before = try counts(store)
        let report = try store.importIwmo(read(Self.allocation, Self.start), dryRun: false, today: today)
        #expect(report.count(.duplicate) == 2 && report.count(.applied) == 0)
        #expect(try counts(store) == before)
    }

    @Test func aRefusedFileWritesNothingAndTheOthersAreApplied() throws {
        try english {
            let store = try store()
            try store.write { db in try db.execute(sql: "DELETE FROM provider_product WHERE code = '02A01'") }
            let before = try counts(store)
            let report = try store.importIwmo(read(Self.allocation), dryRun: false, today: today)
            #expect(report.filesRefused == 1 && report.outcomes[0].result == .refused)
            #expect(report.outcomes[0].reason?.contains("element Client/ToegewezenProducten/ToegewezenProduct/Product/Code") == true)
            #expect(try counts(store) == before)
            // The youth allocation in the same run is its own transaction.
            let both = try store.importIwmo(
                read(Self.allocation, Self.sample("04-jw301-toewijzing-bakker.xml")), dryRun: false, today: today)
            #expect(both.filesRefused == 1 && both.filesApplied == 1)
            #expect(try provision(store, allocation: "2026200001") != nil)
        }
    }

    @Test func aClientWhoMatchesNoHouseholdOrSeveralIsRefused() throws {
        try english {
            let store = try store()
            let good = try String(contentsOfFile: Self.allocation, encoding: .utf8)
            let nobody = IwmoParser.parse(Data(good.replacingOccurrences(of: "1944-03-08", with: "1944-03-09").utf8), file: "n.xml")
            var report = try store.importIwmo([nobody], dryRun: false, today: today)
            #expect(report.outcomes[0].reason?.contains("no household") == true)
            // A second household at the same address with someone born that day: never a guess.
            try store.write { db in
                try db.execute(
                    sql:
                        "INSERT INTO household (name, street, number, postcode, buurt, wijk) VALUES ('Twee', 'Bloesemhof', '4', '7291 BL', 'Kersenbuurt', 'Oost')"
                )
                let h = db.lastInsertedRowID
                try db.execute(
                    sql:
                        "INSERT INTO person (household_id, name, birth_year, birth_date, role) VALUES (?, 'Ander', 1944, '1944-03-08', 'adult')",
                    arguments: [h])
            }
            report = try store.importIwmo(read(Self.allocation), dryRun: false, today: today)
            #expect(report.outcomes[0].result == .refused && report.outcomes[0].reason?.contains("ambiguous") == true)
        }
    }

    @Test func aStatusNeverGoesBack() throws {
        try english {
            let store = try store()
            _ = try store.importIwmo(read(Self.allocation, Self.stop), dryRun: false, today: today)
            let before = try counts(store)
            let report = try store.importIwmo(read(Self.start), dryRun: false, today: today)
            #expect(report.outcomes[0].reason?.contains("cannot go back") == true)
            #expect(try counts(store) == before)
        }
    }

    @Test func aDryRunReadsInOrderAndWritesNothing() throws {
        let store = try store()
        let before = try counts(store)
        let report = try store.importIwmo(read(Self.allocation, Self.start, Self.stop), dryRun: true, today: today)
        #expect(report.count(.applied) == 3 && report.filesRefused == 0 && report.dryRun)
        #expect(try counts(store) == before)
    }

    @Test func onlyTheTeamLeadImportsAndEachFileIsLoggedWithCountsOnly() throws {
        try english {
            #expect(throws: WijkteamError.self) { try store(as: "daan").importIwmo(read(Self.allocation), dryRun: false, today: today) }
            let lead = try store()
            _ = try lead.importIwmo(read(Self.allocation, Self.start), dryRun: false, today: today)
            let details = try lead.read { db in
                try String.fetchAll(db, sql: "SELECT detail FROM audit_log WHERE detail LIKE 'import iwmo%' ORDER BY id")
            }
            #expect(
                details == [
                    "import iwmo 01-wmo301-toewijzing-de-vries.xml: 1 applied, 0 duplicate",
                    "import iwmo 02-wmo305-start-de-vries.xml: 1 applied, 0 duplicate",
                ])
        }
    }
}
