import Foundation
import Testing
import Wijkteam
import WijkteamStore

/// The exports in privacy form (`minutes`, `agenda --privacy`, `network --privacy`) on the
/// hostile fixture district, and the minutes of a meeting in which triage decided.
@Suite struct PrivacyExportTests {
    static let district = Binary.repoRoot.appendingPathComponent("Tests/Fixtures/hostile-district")
    static let today = Day(Binary.today)!

    /// Hand-written list of every person's name part in the district (see client-names.txt).
    static let nameParts: [String] = try! String(contentsOf: district.appendingPathComponent("client-names.txt"), encoding: .utf8)
        .split(separator: "\n").map { String($0) }.filter { !$0.hasPrefix("#") && !$0.isEmpty }

    static func fold(_ s: String) -> String {
        let turkish = s.replacingOccurrences(of: "ı", with: "i").replacingOccurrences(of: "İ", with: "i")
            .replacingOccurrences(of: "I", with: "i").replacingOccurrences(of: "ł", with: "l").replacingOccurrences(of: "Ł", with: "l")
            .replacingOccurrences(of: "ø", with: "o").replacingOccurrences(of: "Ø", with: "o")
        let folded = turkish.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return String(String.UnicodeScalarView(folded.unicodeScalars.filter { $0.properties.generalCategory != .nonspacingMark }))
    }

    /// The names in a text: a word equal to a name part in any casing, a Chinese name anywhere.
    static func namesIn(_ text: String) -> [String] {
        let parts = Set(nameParts.filter { !isCJK($0) }.map(fold))
        var found = nameParts.filter { isCJK($0) && text.contains($0) }
        for line in text.split(separator: "\n") {
            for w in line.split(whereSeparator: { !($0.isLetter || $0.isNumber) }) where parts.contains(fold(String(w))) {
                found.append("\(w) in “\(line)”")
            }
        }
        return found
    }
    static func isCJK(_ s: String) -> Bool { s.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }

    static func hostileDatabase() throws -> String {
        let db = Binary.tempDir().appendingPathComponent("h.sqlite").path
        let r = try Binary.run(["init", "--db", db, "--from", district.path])
        guard r.status == 0 else { throw CLIFailure(result: r) }
        return db
    }

    @Test func theOracleFindsNamesWithoutPrivacy() throws {
        let db = try Self.hostileDatabase()
        let out = try Binary.run(["network", "5", "--db", db, "--width", "160"]).out
        #expect(Self.namesIn(out).count > 5)
    }

    @Test func networkInPrivacyFormShowsNoName() throws {
        let db = try Self.hostileDatabase()
        for household in 1...5 {
            for width in ["160", "100", "60"] {
                let r = try Binary.run(["network", String(household), "--privacy", "--width", width, "--db", db])
                #expect(r.status == 0, "\(r.err)")
                #expect(Self.namesIn(r.out).isEmpty, "household \(household) at \(width): \(Self.namesIn(r.out))")
            }
            let json = try Binary.run(["network", String(household), "--privacy", "--json", "--db", db])
            #expect(json.status == 0)
            #expect(Self.namesIn(json.out).isEmpty, "household \(household) --json: \(Self.namesIn(json.out))")
        }
    }

    @Test func theAgendaInPrivacyFormShowsNoName() throws {
        let db = try Self.hostileDatabase()
        for args in [["agenda", "--privacy"], ["agenda", "--privacy", "--json"]] {
            let r = try Binary.run(args + ["--db", db])
            #expect(r.status == 0, "\(r.err)")
            #expect(!r.out.isEmpty)
            #expect(Self.namesIn(r.out).isEmpty, "\(args): \(Self.namesIn(r.out))")
        }
    }

    @Test func theMinutesListTriageDecidedInTheMeetingAndShowNoName() throws {
        let db = try Self.hostileDatabase()
        let store = try SQLiteStore.open(path: db)
        let m = try store.startMeeting(chair: "ayse", on: Self.today)
        // A decision that names people of the household, as a chair types it.
        let deBoer = try #require(try store.cases(includeClosed: false).first { $0.householdID == 5 })
        try store.recordDecision(meetingID: m.id, itemKey: "case:\(deBoer.id)", caseID: deBoer.id, householdID: 5,
                                 text: "Ilse belt met Demi's moeder (oma Ria 👵🏼) en KIM over Jayden en Zoë", owner: "ilse",
                                 due: Self.today.adding(days: 7), on: Self.today)
        // Triage during the meeting: the school's signal about the De Boer family.
        let signal = try #require(try store.openSignals().first { $0.householdID == 5 })
        try store.decideTriage(signalID: signal.id,
                               decision: TriageDecision(route: .regie, regisseur: "ayse",
                                                        followUp: FollowUpPlan(kind: .outreaching, due: Self.today.adding(days: 5),
                                                                               note: "Langs bij Demi en Kim"),
                                                        note: "Zoë's juf belt Demi’s moeder", meetingID: m.id),
                               by: "ayse", on: Self.today)
        let named = try Binary.run(["minutes", "--names", "--db", db])
        #expect(named.status == 0, "\(named.err)")
        #expect(named.out.contains("Triage of signal #\(signal.id) (school)"), "\(named.out)")
        #expect(named.out.contains("regisseur Ilse Ünal → Ayşe Işık"), "\(named.out)")
        #expect(named.out.contains("Langs bij Demi en Kim"))
        let shared = try Binary.run(["minutes", "--db", db])
        #expect(shared.status == 0, "\(shared.err)")
        #expect(shared.out.contains("Triage of signal #\(signal.id) (school)"))
        #expect(shared.out.contains("regisseur Ilse → Ayşe"), "\(shared.out)")
        #expect(shared.out.contains("Langs bij D. en K."), "\(shared.out)")
        #expect(Self.namesIn(shared.out).isEmpty, "\(Self.namesIn(shared.out))")
    }
}
