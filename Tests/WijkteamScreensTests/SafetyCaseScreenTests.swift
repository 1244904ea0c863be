import Foundation
import Testing
import TerminalKit
import Wijkteam
@testable import WijkteamScreens
import WijkteamStore

/// Need-to-know on the screens (issue #23): a generalist not on safety case 8 (household 7)
/// sees "withheld" where its discussion question and follow-up note were; the team lead reads
/// them. The withholding is the store's; these check that every view shows what it was given.
@Suite struct SafetyCaseScreenTests {
    static let question = "Melden bij Veilig Thuis of eerst een huisbezoek?"
    static let note = "Veiligheidsplan met Demi doorlopen"

    /// The sample district as `staff`, after the team lead put case 8 up for discussion and
    /// planned a follow-up on it.
    static func shell(as staff: StaffID) throws -> ShellDriver {
        var d = try Sample.shell(width: 160, height: 60, as: staff)
        let lead = d.store.acting(as: AuditActor(staffID: "fatima", account: "test", origin: "tests"))
        try lead.setDiscussion(caseID: 8, question: question, expectedVersion: nil)
        try lead.addFollowUp(caseID: 8, kind: .checkIn, due: Sample.today, owner: "fatima", note: note, meetingID: nil, today: Sample.today)
        d.send(.snapshot(try Sample.snapshot(d.store)))
        return d
    }

    /// What each view shows of case 8: the follow-ups list, the household, the meeting's agenda item.
    static func screens(as staff: StaffID) throws -> [String: String] {
        var d = try shell(as: staff)
        var out: [String: String] = [:]
        d.press(.char("5"))
        for _ in 0..<40 where d.shell.followUps.selected?.caseID != 8 { d.press(.down) }
        #expect(d.shell.followUps.selected?.caseID == 8, "\(staff): the follow-up on case 8 is listed")
        out["followups"] = d.render().text()
        d.press(.char("4"))
        for _ in 0..<80 where d.shell.meeting.selected?.caseID != 8 { d.press(.down) }
        #expect(d.shell.meeting.selected?.caseID == 8)
        out["meeting"] = d.render().text()
        d.press(.enter)  // the household of the agenda item
        #expect(d.shell.isHouseholdOpen && d.shell.household.householdID == 7)
        out["household"] = d.render().text()
        return out
    }

    @Test func aGeneralistNotOnTheCaseSeesWithheldWhereTheTextWas() throws {
        let daan = try Self.screens(as: "daan")
        for (view, text) in daan {
            #expect(!text.contains(Self.note) && !text.contains(Self.question), "\(view) shows it to Daan:\n\(text)")
        }
        #expect(daan["followups"]?.contains("withheld: safety case") == true, "\(daan["followups"] ?? "")")
        #expect(daan["meeting"]?.contains("withheld: safety case") == true, "\(daan["meeting"] ?? "")")
        #expect(daan["household"]?.contains("withheld: safety case") == true, "\(daan["household"] ?? "")")
    }

    @Test func theTeamLeadReadsThem() throws {
        let lead = try Self.screens(as: "fatima")
        #expect(lead["followups"]?.contains(Self.note) == true, "\(lead["followups"] ?? "")")
        #expect(lead["meeting"]?.contains("Melden bij Veilig Thuis") == true, "\(lead["meeting"] ?? "")")
        #expect(lead["household"]?.contains("Melden bij Veilig Thuis") == true, "\(lead["household"] ?? "")")
        #expect(lead.values.allSatisfy { !$0.contains("withheld: safety case") })
    }
}
