import Foundation
import Testing
import Wijkteam
import WijkteamStore

/// Need-to-know in what the commands print and export (issue #23): a safety case's discussion
/// question, its follow-up notes and the minute lines on it are withheld from whoever may not
/// read the case's sensitive parts; staff outside the team see no line on a household they were
/// not added to; the access log says what was left out and withheld.
@Suite struct NeedToKnowExportTests {
    typealias JSON = [String: Any]
    static let today = Day(Binary.today)!
    /// In the sample district case 8 (household 7) is a safety case with nobody on it; case 3 an
    /// ordinary one; Karin (outside the team) is on case 22 only.
    static let safetyDecision = "Demi wordt vandaag alleen gesproken door Fatima"
    static let safetyFollowUp = "Veiligheidsplan met Demi doorlopen"
    static let ordinaryDecision = "Lukasz belt Verslavingszorg over de intake"
    static let sharedDecision = "Karin vraagt de bewindvoerder om een overzicht"
    static let safetyQuestion = "Melden bij Veilig Thuis of eerst een huisbezoek?"

    /// A meeting chaired by the team lead with a line on each kind of case.
    static func database() throws -> (db: String, meeting: Int) {
        let db = try Binary.freshDatabase()
        let store = try SQLiteStore.open(path: db)
        let m = try store.startMeeting(chair: "fatima", on: today)
        try store.recordDecision(
            meetingID: m.id, itemKey: "case:8", caseID: 8, householdID: 7, text: safetyDecision,
            owner: "fatima", due: today.adding(days: 1), on: today)
        try store.addFollowUp(
            caseID: 8, kind: .checkIn, due: today.adding(days: 3), owner: "fatima", note: safetyFollowUp,
            meetingID: m.id, today: today)
        try store.recordDecision(
            meetingID: m.id, itemKey: "case:3", caseID: 3, householdID: 3, text: ordinaryDecision,
            owner: nil, due: nil, on: today)
        try store.recordDecision(
            meetingID: m.id, itemKey: "case:22", caseID: 22, householdID: 20, text: sharedDecision,
            owner: nil, due: nil, on: today)
        try store.setDiscussion(caseID: 8, question: safetyQuestion, expectedVersion: nil)
        return (db, m.id)
    }

    @Test func theMinutesLeaveOutWhatTheReaderMayNotRead() throws {
        let (db, meeting) = try Self.database()
        let karin = try Binary.run(["minutes", "--meeting", String(meeting), "--names", "--as", "karin", "--db", db])
        #expect(karin.status == 0, "\(karin.err)")
        #expect(!karin.out.contains(Self.safetyDecision) && !karin.out.contains(Self.safetyFollowUp), "\(karin.out)")
        #expect(!karin.out.contains(Self.ordinaryDecision), "a household Karin was not added to: \(karin.out)")
        #expect(karin.out.contains(Self.sharedDecision), "\(karin.out)")

        // Daan is in the team but not on case 8: the lines are there, their text is withheld.
        let daan = try Binary.run(["minutes", "--meeting", String(meeting), "--names", "--as", "daan", "--db", db])
        #expect(daan.status == 0, "\(daan.err)")
        #expect(!daan.out.contains(Self.safetyDecision) && !daan.out.contains(Self.safetyFollowUp), "\(daan.out)")
        #expect(daan.out.contains("withheld: safety case"), "\(daan.out)")
        #expect(daan.out.contains(Self.ordinaryDecision) && daan.out.contains(Self.sharedDecision))
        // The file written by --out holds no more than the screen.
        let file = Binary.tempDir().appendingPathComponent("minutes.md").path
        #expect(try Binary.run(["minutes", "--names", "--out", file, "--as", "daan", "--db", db]).status == 0)
        let written = try String(contentsOfFile: file, encoding: .utf8)
        #expect(!written.contains(Self.safetyDecision) && written.contains("withheld: safety case"))

        // The team lead reads everything.
        let lead = try Binary.run(["minutes", "--meeting", String(meeting), "--names", "--as", "fatima", "--db", db])
        #expect(
            lead.out.contains(Self.safetyDecision) && lead.out.contains(Self.safetyFollowUp) && lead.out.contains(Self.ordinaryDecision))

        // The access log says what each export left out and withheld, and nothing is logged as shown that was not.
        let rows = try Binary.json(["audit", "--json", "--db", db, "--as", "fatima"]) as! [JSON]
        func rowsOf(_ who: String) -> [JSON] { rows.filter { $0["staff_id"] as? String == who } }
        let karinDenied = rowsOf("karin").filter { $0["result"] as? String == "denied" }.compactMap { $0["detail"] as? String }
        #expect(
            karinDenied.contains { $0.contains("minutes of meeting #\(meeting)") && $0.contains("left out minute line") }, "\(karinDenied)")
        #expect(!rowsOf("karin").contains { $0["household_id"] as? Int == 7 && $0["result"] as? String == "allowed" })
        let daanDenied = rowsOf("daan").filter { $0["result"] as? String == "denied" }.compactMap { $0["detail"] as? String }
        #expect(daanDenied.contains { $0.contains("withheld minute line") }, "\(daanDenied)")
        #expect(rowsOf("daan").contains { $0["action"] as? String == "export" && $0["result"] as? String == "allowed" })
    }

    @Test func listsAndTheirJSONWithholdTheQuestionAndTheFollowUpNotes() throws {
        let (db, _) = try Self.database()
        for args in [
            ["followups", "--json"], ["followups", "--csv"], ["followups"], ["agenda", "--json"], ["agenda", "--csv"], ["agenda"],
            ["household", "7"], ["household", "7", "--json"], ["board", "--json"],
        ] {
            let daan = try Binary.run(args + ["--db", db, "--as", "daan"])
            #expect(daan.status == 0, "\(args): \(daan.err)")
            for secret in [Self.safetyFollowUp, Self.safetyQuestion] {
                #expect(!daan.out.contains(secret), "\(args) shows \(secret) to Daan")
            }
            let lead = try Binary.run(args + ["--db", db, "--as", "fatima"])
            #expect(lead.status == 0, "\(args): \(lead.err)")
            if args[0] != "board" {
                #expect(lead.out.contains(Self.safetyFollowUp) || lead.out.contains(Self.safetyQuestion), "\(args): the lead reads it")
            }
        }
        let followUps = try Binary.json(["followups", "--json", "--db", db, "--as", "daan"]) as! [JSON]
        let onSafety = try #require(followUps.first { $0["case_id"] as? Int == 8 })
        #expect((onSafety["note"] as? String)?.contains("withheld") == true, "\(onSafety)")
        let agenda = try Binary.json(["agenda", "--json", "--db", db, "--as", "daan"]) as! [JSON]
        let item = try #require(agenda.first { $0["case_id"] as? Int == 8 })
        #expect((item["question"] as? String)?.contains("withheld") == true, "\(item)")
    }
}
