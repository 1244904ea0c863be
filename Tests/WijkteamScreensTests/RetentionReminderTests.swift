import Testing
import TerminalKit
import Wijkteam
import WijkteamScreens
import WijkteamStore

/// Issue 25, item 3: the team lead (and the privacy officer) see on the board when closed files
/// are past their retention period, with the command that deals with them; nobody else is asked.
@Suite struct RetentionReminderTests {
    @Test(arguments: [(80, 24), (160, 48)]) func theLeadSeesFilesDueOnTheBoard(width: Int, height: Int) throws {
        var d = try Sample.shell(width: width, height: height, as: "fatima")
        #expect(d.effects.filter { $0 == .countRetentionDue }.count == 1, "the count is asked for once, with the first data")
        // The sample district has nothing due: no reminder.
        #expect(d.shell.retentionDue == 0)
        #expect(!d.render().text().contains("retention period"))
        d.send(.retentionDue(11))
        let lines = d.render().lines()
        let header = try #require(lines.first { $0.contains("past their retention period") })
        #expect(TextWidth.width(of: header) <= width)
        #expect(header.contains("11 closed files past their retention period (wijkteam retention)"))
        // A second snapshot (a change elsewhere) does not count again.
        d.send(.snapshot(try Sample.snapshot(d.store)))
        #expect(d.effects.filter { $0 == .countRetentionDue }.count == 1)
        // On another view the reminder stays off the header.
        d.press(.char("3"))
        #expect(!d.render().text().contains("past their retention period"))
    }

    /// A city's first frame comes from outlines, and the whole snapshot right after it: the count
    /// waits for the whole one, so that it does not take a core from the first frame.
    @Test func theCountWaitsForTheWholeSnapshot() throws {
        let store = try Sample.store().acting(as: AuditActor(staffID: "fatima", account: "test", origin: "tests"))
        let identity = try Identity.resolve(requested: "fatima", account: "test", staff: try store.staff(), demo: true)
        let session = SessionInfo(identity: identity, databaseName: "sample.sqlite")
        var d = ShellDriver(store: store, shell: Shell(session: session, size: Size(width: 160, height: 48)))
        var outline = try Sample.snapshot(store)
        outline.isOutline = true
        d.send(.snapshot(outline))
        #expect(!d.effects.contains(.countRetentionDue), "not beside the first frame")
        d.send(.snapshot(try Sample.snapshot(store)))
        #expect(d.effects.filter { $0 == .countRetentionDue }.count == 1, "with the whole snapshot, once")
        d.send(.snapshot(outline))
        d.send(.snapshot(try Sample.snapshot(store)))
        #expect(d.effects.filter { $0 == .countRetentionDue }.count == 1)
    }

    @Test func oneFileIsSaidInTheSingular() throws {
        var d = try Sample.shell(width: 160, height: 48, as: "fatima")
        d.send(.retentionDue(1))
        #expect(d.render().text().contains("1 closed file past its retention period"))
    }

    @Test(arguments: ["daan", "karin"]) func nobodyElseIsAsked(_ who: String) throws {
        let d = try Sample.shell(width: 160, height: 48, as: who)
        #expect(!d.effects.contains(.countRetentionDue))
    }

    @Test func thePrivacyOfficerIsAskedToo() throws {
        let d = try Sample.shell(width: 160, height: 48, as: "mark")
        #expect(d.effects.contains(.countRetentionDue))
    }
}
