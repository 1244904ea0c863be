import Foundation
import Testing
import Wijkteam
@testable import WijkteamStore

@Suite struct DistrictLoaderTests {
    @Test func loadsAValidMiniDistrict() throws {
        let d = try DistrictLoader.load(folder: Fixtures.miniDistrict(household: Fixtures.validHousehold))
        #expect(d.info.demo)
        #expect(d.households.map(\.name) == ["Huishouden Zoë"])
        #expect(d.households[0].members[0].name == "Zoë de Vries")
        #expect(d.cases.map(\.id) == [17])
        #expect(d.cases[0].complexity == 2)
        #expect(d.followUps.count == 1 && d.followUps[0].kind == .preventive)
        #expect(d.zrm.count == 2)
        #expect(d.ties[0].support == [.practical])
    }

    @Test func shiftingMovesEveryDateButNotBirthYears() throws {
        let d = try DistrictLoader.load(folder: Fixtures.miniDistrict(household: Fixtures.validHousehold))
        let s = d.shifted(by: 2)
        #expect(s.referenceDate.description == "2026-11-22")
        #expect(s.followUps[0].due.description == "2026-11-22")
        #expect(s.journal[0].date.description == "2026-10-03")
        #expect(s.zrm[0].date.description == "2026-09-12")
        #expect(s.cases[0].opened.description == "2026-09-03")
        #expect(s.households[0].members[0].birthYear == 1950)
    }

    /// Each broken variant must name the file, the line and what is wrong.
    @Test(arguments: [
        ("regisseur: daan", "regiseur: daan", 15, "unknown key"),
        ("phase: uitvoering", "phase: uitvoeren", 14, "unknown value 'uitvoeren'"),
        ("regisseur: daan", "regisseur: nobody", 15, "unknown staff id 'nobody'"),
        ("regisseur: daan", "regisseur: sanne", 15, "cannot hold the regie"),
        ("opened: 2026-09-01", "opened: 2026-02-30", 10, "not a date"),
        ("born: 1950", "born: nineteen-fifty", 5, "expected a whole number"),
        ("{sociaal_netwerk: 2, financien: 4}", "{sociaal_netwerk: 7, financien: 4}", 21, "ZRM score 7 must be 1…5"),
        ("{sociaal_netwerk: 2, financien: 4}", "{opvoeding: 2}", 21, "not a ZRM domain"),
        ("presenting: Scootmobiel", "presenting: [unclosed", 13, "YAML syntax"),
        ("    domains: [sociaal_netwerk]\n", "", 9, "missing key 'domains'"),
        ("support: [P]", "support: [X]", 7, "unknown value 'X'"),
    ])
    func malformedHouseholdNamesFileLineAndProblem(original: String, broken: String, line: Int, message: String) throws {
        let text = Fixtures.validHousehold.replacingOccurrences(of: original, with: broken)
        #expect(text != Fixtures.validHousehold)
        let error = try #require(throws: DistrictFileError.self) {
            try DistrictLoader.load(folder: Fixtures.miniDistrict(household: text))
        }
        #expect(error.file == "households/001-a.yaml")
        #expect(error.line == line, "\(error)")
        #expect(error.message.contains(message), "\(error)")
    }

    @Test func duplicateCaseIDsAcrossFilesAreRefused() throws {
        let dir = Fixtures.miniDistrict(household: Fixtures.validHousehold)
        let second = Fixtures.validHousehold.replacingOccurrences(of: "id: 1\n", with: "id: 2\n")
            .replacingOccurrences(of: "id: 101", with: "id: 201")
        try second.write(to: dir.appendingPathComponent("households/002-b.yaml"), atomically: true, encoding: .utf8)
        let error = try #require(throws: DistrictFileError.self) { try DistrictLoader.load(folder: dir) }
        #expect(error.file == "households/002-b.yaml")
        #expect(error.message.contains("case id 17"))
        #expect(error.line == 9)
    }

    @Test(arguments: [("capacity: 4}", "capacity: .inf}", "must be a number from 0 to 1000"),
                      ("capacity: 2, languages", "capacity: 1e20, languages", "must be a number from 0 to 1000"),
                      ("role: new_staff, capacity: 0}", "role: new_staff, capacity: 0, account: x}\n  - {id: eva, name: Eva, role: generalist, capacity: 1, account: x}",
                       "account 'x' belongs to two staff members")])
    func badStaffFilesAreRefused(original: String, broken: String, message: String) throws {
        let dir = Fixtures.miniDistrict(household: Fixtures.validHousehold)
        let url = dir.appendingPathComponent("staff.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains(original))
        try text.replacingOccurrences(of: original, with: broken).write(to: url, atomically: true, encoding: .utf8)
        let error = try #require(throws: DistrictFileError.self) { try DistrictLoader.load(folder: dir) }
        #expect(error.file == "staff.yaml" && error.line != nil, "\(error)")
        #expect(error.message.contains(message), "\(error)")
    }

    @Test func missingFolderAndFilesAreClear() throws {
        #expect(throws: DistrictFileError.self) { try DistrictLoader.load(folder: URL(fileURLWithPath: "/nonexistent/district")) }
        let dir = Fixtures.miniDistrict(household: Fixtures.validHousehold)
        try FileManager.default.removeItem(at: dir.appendingPathComponent("staff.yaml"))
        let error = try #require(throws: DistrictFileError.self) { try DistrictLoader.load(folder: dir) }
        #expect(error.description == "staff.yaml: file is missing")
    }
}
