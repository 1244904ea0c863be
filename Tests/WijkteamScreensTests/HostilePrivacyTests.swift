import Foundation
import Testing
import TerminalKit
import Wijkteam
import WijkteamScreens
import WijkteamStore
import WijkteamTestSupport

/// The hostile fixture district (Tests/Fixtures/hostile-district) on the screens.
enum Hostile {
    static let folder = Sample.repoRoot.appendingPathComponent("Tests/Fixtures/hostile-district")

    /// Its reference day is `Sample.today`.
    static func store() throws -> SQLiteStore {
        let data = try DistrictLoader.load(folder: folder)
        let dir = Scratch.folder("hostile")
        return try SQLiteStore.create(at: dir.appendingPathComponent("h.sqlite").path, from: data.shifted(by: data.referenceDate.days(until: Sample.today)))
    }

    /// A shell on it as the team lead (Ayşe), every effect carried out against the store.
    static func shell(width: Int, height: Int) throws -> ShellDriver {
        let base = try store()
        let store = base.acting(as: AuditActor(staffID: "ayse", account: "test", origin: "tests"))
        let identity = try Identity.resolve(requested: "ayse", account: "test", staff: try store.staff(), demo: true)
        var d = ShellDriver(store: store, shell: Shell(session: SessionInfo(identity: identity, databaseName: "hostile.sqlite"),
                                                       size: Size(width: width, height: height)))
        d.send(.clock("vr 20 nov 09:00"))
        d.send(.snapshot(try Sample.snapshot(store)))
        return d
    }

    /// Every part of every client's, member's and tie's name in the district, written out by
    /// hand in client-names.txt (not derived from the code under test). Staff names stay
    /// visible in privacy mode.
    static let nameParts: [String] = try! String(contentsOf: folder.appendingPathComponent("client-names.txt"), encoding: .utf8)
        .split(separator: "\n").map { String($0) }.filter { !$0.hasPrefix("#") && !$0.isEmpty }

    /// Compared in every casing: Turkish i's as one letter, without diacritics or vowel marks.
    static func fold(_ s: String) -> String {
        let turkish = s.replacingOccurrences(of: "ı", with: "i").replacingOccurrences(of: "İ", with: "i")
            .replacingOccurrences(of: "I", with: "i").replacingOccurrences(of: "ł", with: "l").replacingOccurrences(of: "Ł", with: "l")
            .replacingOccurrences(of: "ø", with: "o").replacingOccurrences(of: "Ø", with: "o")
        let folded = turkish.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return String(String.UnicodeScalarView(folded.unicodeScalars.filter { $0.properties.generalCategory != .nonspacingMark }))
    }

    static func isCJK(_ s: String) -> Bool { s.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }

    /// The names found on the rows of a grid: a word equal to a name part in any casing, or a
    /// Chinese name anywhere in a row.
    static func namesShown(_ grid: Grid) -> [String] {
        var found: [String] = []
        let parts = nameParts.filter { !isCJK($0) }.map(fold)
        for (y, row) in grid.lines().enumerated() {
            for part in nameParts where isCJK(part) && row.contains(part) { found.append("row \(y): \(part) in “\(row)”") }
            let words = row.split { !($0.isLetter || $0.isNumber) }.map { fold(String($0)) }
            for w in words where parts.contains(w) { found.append("row \(y): \(w) in “\(row)”") }
        }
        return found
    }
}

@Suite struct HostilePrivacyTests {
    static let sizes = [Size(width: 160, height: 48), Size(width: 80, height: 24)]

    /// The oracle finds names when privacy mode is off (else the test below proves nothing).
    @Test func withoutPrivacyTheNamesAreThere() throws {
        var d = try Hostile.shell(width: 160, height: 48)
        d.selectCard(ofHousehold: 5)
        d.press(.char("3"))
        #expect(!d.shell.privacy)
        let shown = Hostile.namesShown(d.render()).joined(separator: "\n")
        for name in ["kim", "demi", "jayden", "ria"] { #expect(shown.contains(": \(name) in"), "\(name) not found") }
    }

    @Test(arguments: sizes)
    func theMeetingViewShowsNoNameOnAnyItem(size: Size) throws {
        var d = try Hostile.shell(width: size.width, height: size.height)
        d.press(.char("4"), .char("s"))
        #expect(d.shell.privacy)
        #expect(d.shell.meeting.items.count >= 5)
        var seen = Set<String>()
        for _ in 0..<(d.shell.meeting.items.count * 2 + 2) {
            if let key = d.shell.meeting.selected?.key { seen.insert(key) }
            let names = Hostile.namesShown(d.render())
            #expect(names.isEmpty, "\(d.shell.meeting.selected?.key ?? "-"): \(names.joined(separator: "\n"))")
            d.press(.down)
        }
        #expect(seen.count == d.shell.meeting.items.count)
    }

    @Test(arguments: sizes)
    func theNetworkViewShowsNoNameInMapOrList(size: Size) throws {
        for household in [1, 2, 3, 4, 5] {
            var d = try Hostile.shell(width: size.width, height: size.height)
            d.press(.char("p"))
            d.selectCard(ofHousehold: household)
            d.press(.char("3"))
            #expect(d.shell.network.record?.household.id == household)
            for mode in ["first", "other"] {
                let names = Hostile.namesShown(d.render())
                #expect(names.isEmpty, "household \(household), \(mode) view: \(names.joined(separator: "\n"))")
                d.press(.char("v"))
            }
        }
    }

    @Test(arguments: sizes)
    func everyViewAndEveryHouseholdShowsNoName(size: Size) throws {
        var d = try Hostile.shell(width: size.width, height: size.height)
        d.press(.char("p"))
        #expect(d.shell.privacy)
        for view in ["1", "2", "4", "5", "7"] {
            d.press(.char(Character(view)))
            for _ in 0..<8 {
                let names = Hostile.namesShown(d.render())
                #expect(names.isEmpty, "view \(view): \(names.joined(separator: "\n"))")
                d.press(.down)
            }
        }
        for household in [1, 2, 3, 4, 5] {
            var d = try Hostile.shell(width: size.width, height: size.height)
            d.press(.char("p"))
            d.selectCard(ofHousehold: household)
            d.press(.enter)
            #expect(d.shell.household.record?.household.id == household)
            for _ in 0..<6 {
                let names = Hostile.namesShown(d.render())
                #expect(names.isEmpty, "household \(household): \(names.joined(separator: "\n"))")
                d.press(.pageDown)
            }
        }
    }

    @Test func removingATieInPrivacyModeNamesNobody() throws {
        var d = try Hostile.shell(width: 160, height: 48)
        d.press(.char("p"))
        d.selectCard(ofHousehold: 1)
        d.press(.char("3"))
        for _ in 0..<20 where d.shell.network.selectedTie?.name != "Hanna Østergård" { d.press(.down) }
        #expect(d.shell.network.selectedTie?.name == "Hanna Østergård")
        d.press(.char("x"))
        #expect(d.shell.isDialogOpen)
        #expect(Hostile.namesShown(d.render()).isEmpty, "\(Hostile.namesShown(d.render()).joined(separator: "\n"))")
        d.press(.enter)
        #expect(try d.store.household(id: 1).ties.allSatisfy { $0.name != "Hanna Østergård" })
        #expect(d.shell.message != nil)
        #expect(Hostile.namesShown(d.render()).isEmpty, "\(Hostile.namesShown(d.render()).joined(separator: "\n"))")
    }

    @Test func theProvisionFormListsTheNetworkWithoutNames() throws {
        var d = try Hostile.shell(width: 120, height: 40)
        d.press(.char("p"))
        d.selectCard(ofHousehold: 3)
        d.press(.enter)
        #expect(d.shell.household.record?.household.id == 3)
        d.press(.char("P"))  // the goal picker: the goal's text names a member
        var names = Hostile.namesShown(d.render())
        #expect(names.isEmpty, "\(names.joined(separator: "\n"))")
        d.press(.enter, .down, .enter)  // a tailored provision: the route first, then the network's ties
        d.type("Zelf lukt het niet")
        d.press(.enter, .enter)
        #expect(d.render().text().contains("Network: which ties were asked?"), "\(d.render().text())")
        names = Hostile.namesShown(d.render())
        #expect(names.isEmpty, "\(names.joined(separator: "\n"))")
    }

    @Test func theStatusBarAfterADecisionShowsNoName() throws {
        var d = try Hostile.shell(width: 160, height: 48)
        d.press(.char("4"), .char("s"))
        let item = try #require(d.shell.meeting.items.first { $0.caseID == 5 })
        for _ in 0..<40 where d.shell.meeting.selected?.key != item.key { d.press(.down) }
        #expect(d.shell.meeting.selected?.key == item.key)
        d.press(.char("d"))
        d.type("Ilse belt met Demi's moeder en KIM over Jayden")
        d.press(.enter, .home, .enter)  // no action: a decision only
        let minutes = try d.store.minutes(meetingID: try #require(d.shell.meeting.meeting?.id))
        #expect(minutes.map(\.text) == ["Ilse belt met Demi's moeder en KIM over Jayden"])
        let grid = d.render()
        let status = grid.lines().last ?? ""
        #expect(status.contains("Ilse belt met D.'s moeder en K. over J."), "\(status)")
        #expect(Hostile.namesShown(grid).isEmpty, "\(Hostile.namesShown(grid).joined(separator: "\n"))")
    }
}
