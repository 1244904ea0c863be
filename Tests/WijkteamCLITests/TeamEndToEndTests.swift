import Foundation
import Testing
import Wijkteam

/// The team view in the real binary: the team lead sets a colleague away in one terminal, and
/// another terminal's board says so in that colleague's column header without a key press.
@Suite(.serialized) struct TeamEndToEndTests {
    @Test func awaySetInOneTerminalShowsOnAnotherTerminalsBoard() throws {
        let db = try Binary.freshDatabase()
        let lead = try TmuxSession(args: ["--db", db, "--as", "fatima"], width: 160, height: 40)
        let other = try TmuxSession(args: ["--db", db, "--as", "daan"], width: 200, height: 40)
        let board = other.waitFor("Daan Verhoef")
        let daanAway = { (screen: String) in screen.contains("Daan Verhoef (away") || screen.contains("Daan (away") }
        #expect(!daanAway(board), "\(board)")

        lead.waitFor("Fatima")
        lead.send("7")
        lead.waitFor("Availability")
        // Daan is the second colleague of the sample team.
        lead.send("j")
        lead.send("w")
        lead.waitFor("Daan Verhoef is away")
        lead.send("Enter")
        let saved = lead.waitFor("Daan Verhoef: on leave")
        #expect(saved.contains("Daan Verhoef: on leave from"), "\(saved)")

        let after = other.waitFor(timeout: 3) { daanAway($0) && $0.contains("↻") }
        #expect(daanAway(after), "\(after)")
        // Escape first: a form still open (a refused save) would take the q as typing.
        lead.send("Escape")
        lead.send("q")
        other.send("q")
        #expect(lead.exitLine()?.contains("EXIT=0") == true)
        #expect(other.exitLine()?.contains("EXIT=0") == true)
    }
}
