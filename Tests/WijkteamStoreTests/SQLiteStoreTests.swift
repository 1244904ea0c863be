import Foundation
import GRDB
import Testing
import Wijkteam
@testable import WijkteamStore

@Suite struct SQLiteStoreTests {
    /// Someone deleted the database file but not its -wal beside it, then made a new one there.
    @Test func aLeftoverWriteAheadLogIsNotReplayedOntoANewDatabase() throws {
        let data = try DistrictLoader.load(folder: Fixtures.sampleData)
        let path = Fixtures.tempDir().appendingPathComponent("w.sqlite").path
        let old = try SQLiteStore.create(at: path, from: data)
        _ = try old.assign(caseID: 8, to: "daan", expectedVersion: nil)
        let keep = Fixtures.tempDir()
        for suffix in ["-wal", "-shm"] { try FileManager.default.copyItem(atPath: path + suffix, toPath: keep.path + "/x" + suffix) }
        try FileManager.default.removeItem(atPath: path)
        for suffix in ["-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
            try FileManager.default.copyItem(atPath: keep.path + "/x" + suffix, toPath: path + suffix)
        }
        let fresh = try SQLiteStore.create(at: path, from: data)
        #expect(try fresh.cases(includeClosed: false).first { $0.id == 8 }?.regisseurID == nil)
        #expect(try fresh.caseCards().count == (try Fixtures.sampleStore().caseCards().count))
    }

    @Test func migrationsAreAppliedAndRecorded() throws {
        let store = try Fixtures.sampleStore()
        let applied = try store.read { try Schema.migrator.appliedIdentifiers($0) }
        #expect(applied == Set(Schema.migrator.migrations))
        let mode = try store.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
    }

    @Test func aDatabaseFromANewerSchemaIsRefused() throws {
        let store = try Fixtures.sampleStore()
        try store.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')") }
        let error = try #require(throws: StoreError.self) { try SQLiteStore.open(path: store.path) }
        #expect(error == .newerSchema(path: store.path, unknown: ["v99-from-the-future"]))
        #expect(error.description.contains("newer version of wijkteam"))
    }

    @Test func otherFilesAreNotMistakenForADatabase() throws {
        let dir = Fixtures.tempDir()
        let text = dir.appendingPathComponent("notes.sqlite")
        try "just text".write(to: text, atomically: true, encoding: .utf8)
        chmod(text.path, 0o600)  // private, so that what is refused is the content
        #expect(throws: SQLiteFileError.notSQLite(text.path)) { try SQLiteStore.open(path: text.path) }
        let foreign = dir.appendingPathComponent("other.sqlite").path
        let q = try DatabaseQueue(path: foreign)
        try q.write { try $0.execute(sql: "CREATE TABLE t (x)") }
        try q.close()
        for suffix in ["", "-wal", "-shm"] { chmod(foreign + suffix, 0o600) }
        #expect(throws: SQLiteFileError.foreign(foreign)) { try SQLiteStore.open(path: foreign) }
        #expect(throws: StoreError.missingDatabase("/nonexistent/w.sqlite")) { try SQLiteStore.open(path: "/nonexistent/w.sqlite") }
    }

    @Test func wholeSampleDistrictRoundTrips() throws {
        let data = try DistrictLoader.load(folder: Fixtures.sampleData)
        let store = try SQLiteStore.create(at: Fixtures.tempDir().appendingPathComponent("w.sqlite").path, from: data)
        #expect(try store.districtInfo() == data.info)
        #expect(try store.staff().sorted { $0.id < $1.id } == data.staff.sorted { $0.id < $1.id })
        #expect(try store.cases(includeClosed: true) == data.cases.sorted { $0.id < $1.id })
        #expect(try store.followUps(includeDone: true).sorted { $0.id < $1.id } == data.followUps)
        for h in data.households {
            let r = try store.household(id: h.id)
            var expected = h
            expected.members.sort { ($0.birthYear, $0.id) < ($1.birthYear, $1.id) }
            #expect(r.household == expected)
            #expect(r.ties == data.ties.filter { $0.householdID == h.id })
            let caseIDs = Set(data.cases.filter { $0.householdID == h.id }.map(\.id))
            #expect(Set(r.cases.map(\.id)) == caseIDs)
            #expect(Set(r.journal) == Set(data.journal.filter { caseIDs.contains($0.caseID) }))
            #expect(Set(r.goals) == Set(data.goals.filter { caseIDs.contains($0.caseID) }))
            // As stored: an undated request on the case's opening, a wait on the request (issue 27).
            let opened = Dictionary(data.cases.map { ($0.id, $0.opened) }, uniquingKeysWith: { a, _ in a })
            let stored = data.provisions.filter { caseIDs.contains($0.caseID) }
                .map { ProvisionRows.withEstimates($0, opened: opened[$0.caseID]).provision }
            #expect(Set(r.provisions) == Set(stored))
            #expect(Set(r.zrm) == Set(data.zrm.filter { z in h.members.contains { $0.id == z.personID } }))
            #expect(Set(r.signals) == Set(data.signals.filter { $0.householdID == h.id }))
        }
        #expect(data.households.count >= 40)
        #expect((8...12).contains(data.staff.count))
    }

    /// Reads grouped with readConsistently see one moment, even when another terminal commits in between.
    @Test func consistentReadsDoNotSeeAWriteInTheMiddle() throws {
        let store = try Fixtures.sampleStore()
        let other = try SQLiteStore.open(path: store.path)
        let target = try #require(try store.cases(includeClosed: false).first { $0.regisseurID == nil })
        func unassigned() throws -> Int { try store.cases(includeClosed: false).filter { $0.regisseurID == nil }.count }
        let (first, second) = try store.readConsistently {
            let a = try unassigned()
            try other.assign(caseID: target.id, to: "daan", expectedVersion: nil)
            return (a, try unassigned())
        }
        #expect(first == second)
        #expect(try unassigned() == first - 1) // outside, the change is there
    }

    @Test func assignmentMovesACaseAndBumpsItsVersion() throws {
        let store = try Fixtures.sampleStore()
        let unassigned = try #require(try store.cases(includeClosed: false).first { $0.regisseurID == nil })
        let regisseur = try #require(try store.staff().first { $0.role == .generalist })
        let updated = try store.assign(caseID: unassigned.id, to: regisseur.id, expectedVersion: unassigned.version)
        #expect(updated.version == unassigned.version + 1)
        let cards = try store.caseCards()
        #expect(cards.first { $0.case.id == unassigned.id }?.case.regisseurID == regisseur.id)
    }

    /// Two people load the same case and both save: the second save is refused, the first change stays.
    @Test func aStaleSaveIsRefusedAndTheFirstChangeIsKept() throws {
        let store = try Fixtures.sampleStore()
        let other = try SQLiteStore.open(path: store.path) // a second connection, as another terminal
        let staff = try store.staff().filter { $0.role == .generalist }
        let loadedByA = try #require(try store.cases(includeClosed: false).first)
        let loadedByB = try #require(try other.cases(includeClosed: false).first { $0.id == loadedByA.id })
        try store.assign(caseID: loadedByA.id, to: staff[0].id, expectedVersion: loadedByA.version)
        let error = try #require(throws: WijkteamError.self) {
            try other.assign(caseID: loadedByB.id, to: staff[1].id, expectedVersion: loadedByB.version)
        }
        guard case .staleVersion(_, let expected, let actual, let changed) = error else {
            Issue.record("expected a stale-version error, got \(error)"); return
        }
        #expect(expected == loadedByB.version && actual == loadedByB.version + 1)
        #expect(changed.contains(staff[0].id))
        #expect(try other.cases(includeClosed: false).first { $0.id == loadedByA.id }?.regisseurID == staff[0].id)
    }

    @Test func assignmentRefusesWhatIsNotAllowed() throws {
        let store = try Fixtures.sampleStore()
        let open = try #require(try store.cases(includeClosed: false).first)
        #expect(throws: WijkteamError.unknownCase(999_999)) { try store.assign(caseID: 999_999, to: nil, expectedVersion: nil) }
        #expect(throws: WijkteamError.unknownStaff("nobody")) { try store.assign(caseID: open.id, to: "nobody", expectedVersion: nil) }
        if let newStaff = try store.staff().first(where: { $0.role == .newStaff }) {
            #expect(throws: WijkteamError.notARegisseur(newStaff.id, .newStaff)) {
                try store.assign(caseID: open.id, to: newStaff.id, expectedVersion: nil)
            }
        }
        if let closed = try store.cases(includeClosed: true).first(where: { !$0.isOpen }) {
            #expect(throws: WijkteamError.caseClosed(closed.id)) { try store.assign(caseID: closed.id, to: nil, expectedVersion: nil) }
        }
        #expect(try store.cases(includeClosed: true).first { $0.id == open.id } == open) // nothing changed
    }

    @Test func followUpDefaultsToTheRegisseurAndShowsOnTheCard() throws {
        let store = try Fixtures.sampleStore()
        let c = try #require(try store.cases(includeClosed: false).first { $0.regisseurID != nil })
        // On 2020-01-01 (as "today"), so it is the earliest open follow-up of the sample case.
        let f = try store.addFollowUp(caseID: c.id, kind: .outreaching, due: Day("2020-01-01")!, owner: nil, note: "home visit",
                                      today: Day("2020-01-01")!)
        #expect(f.ownerID == c.regisseurID)
        let card = try #require(try store.caseCards().first { $0.case.id == c.id })
        #expect(card.proactiveKinds.contains(.outreaching))
        #expect(card.nextFollowUp?.id == f.id) // the earliest open one
        #expect(throws: WijkteamError.unknownStaff("nobody")) {
            try store.addFollowUp(caseID: c.id, kind: .preventive, due: Day("2027-01-01")!, owner: "nobody", note: "", today: Day("2026-11-20")!)
        }
    }

    /// A new follow-up is due from today up to five years ahead (Validation.followUpDue), and a
    /// case without a regisseur needs a named owner; nothing is written otherwise.
    @Test func aFollowUpDueInThePastOrFarAheadOrWithoutOwnerIsRefused() throws {
        let store = try Fixtures.sampleStore()
        let today = Day("2026-11-20")!
        let c = try #require(try store.cases(includeClosed: false).first { $0.regisseurID != nil })
        let before = try store.followUps(includeDone: true)
        for due in [today.adding(days: -1), Day("0000-01-01")!, Day("9999-12-31")!, Day("2031-11-21")!] {
            #expect(throws: WijkteamError.self, "\(due)") {
                try store.addFollowUp(caseID: c.id, kind: .preventive, due: due, owner: nil, note: "", today: today)
            }
        }
        let unassigned = try #require(try store.cases(includeClosed: false).first { $0.regisseurID == nil })
        #expect(throws: WijkteamError.invalid("case #\(unassigned.id) has no regisseur, so the follow-up needs a named owner")) {
            try store.addFollowUp(caseID: unassigned.id, kind: .preventive, due: today, owner: nil, note: "", today: today)
        }
        #expect(try store.followUps(includeDone: true) == before)
        // Today and five years ahead are the bounds.
        _ = try store.addFollowUp(caseID: c.id, kind: .preventive, due: today, owner: nil, note: "", today: today)
        _ = try store.addFollowUp(caseID: c.id, kind: .preventive, due: Day("2031-11-20")!, owner: nil, note: "", today: today)
        _ = try store.addFollowUp(caseID: unassigned.id, kind: .preventive, due: today, owner: "daan", note: "", today: today)
    }

    /// The store's write paths apply the same rules as the loader.
    @Test func writesRefuseWhatTheLoaderRefuses() throws {
        let store = try Fixtures.sampleStore().acting(as: AuditActor(staffID: "fatima", account: "f", origin: "tests"))
        let today = Day("2026-11-20")!
        let c = try #require(try store.cases(includeClosed: false).first { $0.regisseurID != nil && $0.opened < today.adding(days: -30) })
        #expect(throws: WijkteamError.self) {
            try store.addJournal(caseID: c.id, kind: .phone, date: today, text: "voor\u{0}na", sensitive: false, today: today)
        }
        #expect(throws: WijkteamError.self) {
            try store.saveTie(NetworkTie(id: 0, householdID: c.householdID, name: "Joop\u{1B}[2J", sector: .friendsNeighbours,
                                         relation: "buurman", strength: .weak), expectedVersion: nil)
        }
        #expect(throws: WijkteamError.self) {
            try store.addProvision(Provision(id: 0, caseID: c.id, kind: .general, provider: "Thuiszorg", description: "hulp",
                                             status: .waiting, waitingWeeks: -3))
        }
    }

    /// A failed import leaves no file behind and leaves an existing database as it was.
    @Test func aFailedCreateWritesNothing() throws {
        var data = try DistrictLoader.load(folder: Fixtures.sampleData)
        let dir = Fixtures.tempDir()
        let path = dir.appendingPathComponent("w.sqlite").path
        let good = try SQLiteStore.create(at: path, from: data)
        let before = try good.cases(includeClosed: true)
        data.cases[0].regisseurID = "not-a-staff-member" // violates a foreign key inside the transaction
        #expect(throws: (any Error).self) { try SQLiteStore.create(at: path, from: data, replace: true) }
        #expect(try SQLiteStore.open(path: path).cases(includeClosed: true) == before)
        #expect(throws: StoreError.alreadyExists(path)) { try SQLiteStore.create(at: path, from: data) }
        let fresh = dir.appendingPathComponent("fresh.sqlite").path
        #expect(throws: (any Error).self) { try SQLiteStore.create(at: fresh, from: data) }
        #expect(!FileManager.default.fileExists(atPath: fresh))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains("tmp") }
        #expect(leftovers.isEmpty)
    }
}
