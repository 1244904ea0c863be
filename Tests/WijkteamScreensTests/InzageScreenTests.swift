import Foundation
import Testing
import TerminalKit
import Wijkteam
import WijkteamRuntime
import WijkteamScreens
import WijkteamStore
import WijkteamTestSupport

/// Inzage from the household view (`I`): the team lead picks the member, the export is written
/// by an effect into a file of its own (0600) and the status line says where; anyone else is
/// told why not, and nothing is written.
@Suite struct InzageScreenTests {
    static let visser = 7

    /// The household view of the Visser-Mulder family, as `staff`, at `width`×`height`.
    static func visserOpen(as staff: StaffID, width: Int, height: Int) throws -> ShellDriver {
        try householdOpen(visser, as: staff, width: width, height: height)
    }

    static func householdOpen(_ id: Int, as staff: StaffID, width: Int, height: Int) throws -> ShellDriver {
        var d = try Sample.shell(width: width, height: height, as: staff)
        d.selectCard(ofHousehold: id)
        d.press(.enter)
        let open = d.shell.isHouseholdOpen
        #expect(open)
        return d
    }

    /// Presses `keys` with the effects carried out by a runner that writes into `folder`.
    static func press(_ d: inout ShellDriver, _ keys: [Key], folder: String) {
        var runner = EffectRunner(store: d.store, today: Sample.today, actor: d.shell.session.identity.staff.id)
        runner.writeExport = ShellDriver.exports(into: folder)
        for k in keys { _ = runner.drive(&d.shell, .key(k)) }
    }

    @Test func theTeamLeadPicksDemiAndTheStatusLineSaysWhereTheFileIs() throws {
        for (w, h) in [(160, 48), (80, 24)] {
            var d = try Self.visserOpen(as: "fatima", width: w, height: h)
            let folder = Scratch.folder("inzage").path
            Self.press(&d, [.char("I")], folder: folder)
            let picker = d.render().text()
            #expect(picker.contains("Inzage for which member?"), "\(w)x\(h)")
            #expect(picker.contains("Demi Visser") && picker.contains("Kevin Mulder"), "\(w)x\(h)")
            // Members are listed oldest first: Kevin, then Demi.
            Self.press(&d, [.down, .enter], folder: folder)
            let path = folder + "/wijkteam-inzage-701-2026-11-20.md"
            let status = d.render().lines().last ?? ""
            #expect(status.contains("Inzage of person #701 written to"), "\(w)x\(h): \(status)")
            if w == 160 { #expect(status.contains(path)) }
            let mode = (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue
            #expect(mode == 0o600)
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(text.hasPrefix("# What Wijkteam Kersenbuurt holds about Demi Visser"))
            #expect(!text.contains("Wilma"))
            // No temporary file is left beside it.
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["wijkteam-inzage-701-2026-11-20.md"])
            // A second export the same day does not replace the first.
            Self.press(&d, [.char("I"), .down, .enter], folder: folder)
            #expect(FileManager.default.fileExists(atPath: folder + "/wijkteam-inzage-701-2026-11-20-2.md"))
            let rows = try d.store.auditLog(householdID: Self.visser).filter { $0.action == .export && $0.detail == "inzage person #701" }
            #expect(rows.count == 2 && rows.allSatisfy { $0.staffID == "fatima" })
        }
    }

    @Test func aGeneralistIsToldWhyNotAndNothingIsWritten() throws {
        // Daan's own household De Vries (1): he sees it, and still may not export it.
        var d = try Self.householdOpen(1, as: "daan", width: 80, height: 24)
        let folder = Scratch.folder("inzage").path
        Self.press(&d, [.char("I")], folder: folder)
        let grid = d.render()
        #expect(!grid.text().contains("Inzage for which member?"))
        #expect((grid.lines().last ?? "").contains("An inzage is made by the team lead or the privacy officer"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
        #expect(try d.store.auditLog(householdID: 1).filter { $0.action == .export }.isEmpty)
    }

    @Test func escapeLeavesThePickerWithoutAnExport() throws {
        var d = try Self.visserOpen(as: "fatima", width: 160, height: 48)
        let folder = Scratch.folder("inzage").path
        Self.press(&d, [.char("I"), .escape], folder: folder)
        #expect(!d.render().text().contains("Inzage for which member?"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }
}
