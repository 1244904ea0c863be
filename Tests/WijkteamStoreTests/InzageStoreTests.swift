import Foundation
import GRDB
import Testing
import Wijkteam

@testable import WijkteamStore

/// Inzage (AVG art. 15) on the sample district: the Visser-Mulder household (four members,
/// a safety case whose neighbour gave her name in confidence, sensitive entries about Demi and
/// about Kevin). The redactions are checked line by line, in the report, its Markdown and JSON.
@Suite struct InzageStoreTests {
    let today = Day("2026-11-20")!
    static func actor(_ staff: StaffID) -> AuditActor { AuditActor(staffID: staff, account: "test-\(staff)", origin: "tests") }

    /// Demi (701) as Mark, the privacy officer, makes it; Daan opened the household first.
    func demi() throws -> (report: InzageReport, store: SQLiteStore) {
        let base = try Fixtures.sampleStore()
        _ = try base.acting(as: Self.actor("daan")).household(id: 7, access: .household)
        let mark = base.acting(as: Self.actor("mark"))
        return (try mark.inzage(personID: 701, today: today), mark)
    }

    @Test func demisOwnSensitiveEntryIsInAndKevinsIsLeftOut() throws {
        let (r, _) = try demi()
        #expect(r.subject.name == "Demi Visser")
        #expect(r.journal.contains { $0.aboutThisPerson && $0.text.hasPrefix("Demi's mother") })
        #expect(!r.journal.contains { $0.text.contains("Kevin was fined") })
        // Case #8 is a safety case: its sensitive entries about nobody in particular (the
        // Meldcode's steps) stay out, and so does the note of the protective visit still to do.
        #expect(!r.journal.contains { $0.text.hasPrefix("Meldcode step 1") })
        // Kevin's own report has his entry and not Demi's.
        let kevin = try Fixtures.sampleStore().acting(as: Self.actor("fatima")).inzage(personID: 702, today: today)
        #expect(kevin.journal.contains { $0.text.contains("Kevin was fined") })
        #expect(!kevin.journal.contains { $0.text.hasPrefix("Demi's mother") })
        #expect(!kevin.journal.contains { $0.text.hasPrefix("Meldcode step") })
        #expect(kevin.followUps.contains { $0.caseID == 8 && !$0.done })
        #expect(!kevin.followUps.contains { $0.note.contains("Demi") }, "the planned visit while Kevin is at work shows")
        #expect(!kevin.markdown().contains("while Kevin is at work"))
    }

    @Test func theConfidentialReporterIsNamedNowhere() throws {
        let (r, _) = try demi()
        let neighbour = try #require(r.signals.first { $0.source == .neighbour })
        #expect(neighbour.reporter == nil && neighbour.reporterLeftOut)
        #expect(neighbour.description.hasPrefix("Buurvrouw belde"))
        let md = r.markdown()
        let json = String(decoding: try JSONEncoder().encode(r), as: UTF8.self)
        for text in [md, json] {
            #expect(!text.contains("Wilma"))
            #expect(!text.contains("Kriek "))
            #expect(!text.contains("Kevin was fined"))
        }
        #expect(md.contains("reporter left out"))
        // The tie that is the reporter (a private person, no consent) is there without a name;
        // the ties bound by secrecy (Veilig Thuis, the GP, the JGZ) are not there at all.
        #expect(r.ties.contains { $0.name == nil && $0.relation.hasPrefix("buurvrouw") })
        #expect(!r.ties.contains { $0.name == "Veilig Thuis" || $0.name == "Huisartsenpraktijk De Linde" })
        #expect(!md.contains("Veilig Thuis ·") && !md.contains("Kriekenpad (melder)"))
        // Her mother did not agree to be named: her name becomes an initial in the text about her call.
        #expect(r.journal.contains { $0.text.hasPrefix("Demi's mother M. called") })
    }

    @Test func theAccessLogRowsNameColleaguesByRoleAndNameAndNoOtherHousehold() throws {
        let (r, store) = try demi()
        let daan = try #require(r.access.first { $0.staff == "Daan Verhoef" })
        #expect(daan.role == .generalist && daan.action == .openHousehold && daan.result == .allowed)
        // The export itself is the last row, and it is Mark's.
        let last = try #require(r.access.last)
        #expect(last.staff == "Mark Oosterhof" && last.role == .privacyOfficer && last.action == .export)
        #expect(r.markdown().contains("· Daan Verhoef (generalist) · opened the household"))
        // Daan's opening was logged with what was withheld from him (not on the case): both rows are here.
        #expect(r.access.contains { $0.staff == "Daan Verhoef" && $0.action == .readSensitive && $0.result == .denied })
        // Rows about another household (Daan opening household 3) are not in it.
        let before = r.access.filter { $0.staff == "Daan Verhoef" }.count
        _ = try store.acting(as: Self.actor("daan")).household(id: 3, access: .household)
        let again = try store.inzage(personID: 701, today: today)
        #expect(again.access.filter { $0.staff == "Daan Verhoef" }.count == before)
        #expect(again.access.count == r.access.count + 1)
        let row = try #require(try store.auditLog(householdID: 7).last)
        #expect(row.action == .export && row.detail == "inzage person #701" && row.staffID == "mark" && row.result == .allowed)
        #expect(try store.verifyAudit().ok)
    }

    @Test func aGeneralistIsRefusedAndTheRefusalIsLogged() throws {
        let base = try Fixtures.sampleStore()
        let daan = base.acting(as: Self.actor("daan"))
        #expect(throws: WijkteamError.accessDenied(tr("inzage.store.denied", StaffRole.generalist.label.lowercased()))) {
            try daan.inzage(personID: 701, today: today)
        }
        let row = try #require(try base.auditLog(householdID: 7).last)
        #expect(row.action == .export && row.result == .denied && row.staffID == "daan" && row.detail == "inzage person #701")
        // Nor may the outside partner or new staff; the team lead may.
        for who in ["karin", "sanne"] {
            #expect(throws: WijkteamError.self) { try base.acting(as: Self.actor(who)).inzage(personID: 701, today: today) }
        }
        #expect(try base.acting(as: Self.actor("fatima")).inzage(personID: 701, today: today).subject.id == 701)
        #expect(try base.verifyAudit().ok)
    }

    @Test func anUnknownPersonIsAClearErrorAndNothingIsLogged() throws {
        let store = try Fixtures.sampleStore().acting(as: Self.actor("mark"))
        let before = try store.auditLog(householdID: nil).count
        #expect(throws: WijkteamError.invalid(tr("inzage.store.unknown_person", 999_999))) {
            try store.inzage(personID: 999_999, today: today)
        }
        #expect(try store.auditLog(householdID: nil).count == before)
    }

    @Test func correctionsKeptAreInTheReport() throws {
        let store = try Fixtures.sampleStore()
        try store.pool.write { db in
            try db.execute(
                sql: """
                    INSERT INTO person_correction (person_id, field, old_value, new_value, reason, corrected_on, corrected_by)
                    VALUES (701, 'name', 'Demi Vissers', 'Demi Visser', 'spelling as in her passport', '2026-11-02', 'fatima')
                    """)
        }
        let r = try store.acting(as: Self.actor("mark")).inzage(personID: 701, today: today)
        #expect(
            r.corrections == [
                InzageReport.Correction(
                    field: "name", oldValue: "Demi Vissers", newValue: "Demi Visser",
                    reason: "spelling as in her passport", correctedOn: Day("2026-11-02")!)
            ])
        #expect(r.markdown().contains("2026-11-02 · name: \"Demi Vissers\" became \"Demi Visser\" (reason: spelling as in her passport)"))
    }

    /// Names in Arabic and Hebrew, tabs and escape sequences in notes: the Markdown holds no
    /// control character (a file shown with `cat` sends nothing to the terminal).
    @Test func theHostileDistrictsMarkdownSendsNoControlCharacters() throws {
        let store = try Fixtures.hostileStore()
        for person in [101, 102, 201] {
            let md = try store.inzage(personID: person, today: today).markdown()
            let controls = md.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) }
            #expect(controls.isEmpty, "person \(person): \(controls.map { String($0.value, radix: 16) })")
            #expect(!md.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) })
        }
        let md = try store.inzage(personID: 101, today: today).markdown()
        #expect(md.contains("مُحَمَّد الرَّاشِد"))
        #expect(md.contains("\u{FFFD}\\[2J"))
    }
}
