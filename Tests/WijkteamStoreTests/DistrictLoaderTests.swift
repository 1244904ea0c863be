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
        ("born: 1950", "born: nineteen-fifty", 5, "is neither a birth year (1975) nor a birth date (1975-03-14)"),
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

    // MARK: One set of rules (Validation): what the app refuses, the loader refuses too, with file and line.

    /// Loads the mini district with `original` replaced by `broken` in its household file and
    /// expects the refusal at `line`, in the format `file:line: what is wrong`.
    func refused(_ original: String, _ broken: String, line: Int, _ message: String,
                 sourceLocation: SourceLocation = #_sourceLocation) throws {
        let text = Fixtures.validHousehold.replacingOccurrences(of: original, with: broken)
        #expect(text != Fixtures.validHousehold, sourceLocation: sourceLocation)
        let error = try #require(throws: DistrictFileError.self, sourceLocation: sourceLocation) {
            try DistrictLoader.load(folder: Fixtures.miniDistrict(household: text))
        }
        #expect(error.description.hasPrefix("households/001-a.yaml:\(line): "), "\(error)", sourceLocation: sourceLocation)
        #expect(error.message.contains(message), "\(error)", sourceLocation: sourceLocation)
    }

    @Test func aJournalEntryOverTheLimitIsRefused() throws {
        let limit = String(repeating: "a", count: JournalEntry.maxLength)
        try refused("text: eerste bezoek}", "text: \(limit)a}", line: 19, "at most 4000 characters (this one has 4001)")
        // The limit itself is fine.
        _ = try DistrictLoader.load(folder: Fixtures.miniDistrict(household: Fixtures.validHousehold
            .replacingOccurrences(of: "text: eerste bezoek}", with: "text: \(limit)}")))
    }

    @Test func aZRMScoreForAChildIsRefused() throws {
        try refused("born: 1950", "born: 2012", line: 21, "is 14: the ZRM is scored for adults")
    }

    @Test func aJournalEntryBeforeItsCaseOpenedIsRefused() throws {
        try refused("{date: 2026-10-01, kind: home_visit", "{date: 2026-08-01, kind: home_visit", line: 19,
                    "2026-08-01 is before the case was opened (2026-09-01)")
    }

    @Test func aJournalEntryYearsAheadOfTheReferenceDayIsRefused() throws {
        try refused("{date: 2026-10-01, kind: home_visit", "{date: 2029-10-01, kind: home_visit", line: 19,
                    "2029-10-01 is after today (2026-11-20)")
    }

    @Test func aTieMayGiveSinceWhenAndHowHeavyTheCareFeels() throws {
        let text = Fixtures.validHousehold.replacingOccurrences(
            of: "support: [P]}", with: "support: [P], carer_hours: 10, carer_since: 2026-06-01, carer_burden: 4}")
        let d = try DistrictLoader.load(folder: Fixtures.miniDistrict(household: text))
        #expect(d.ties[0].carerSince == Day("2026-06-01") && d.ties[0].carerBurden == 4 && d.ties[0].carerHoursPerWeek == 10)
    }

    @Test func aCarersBadSinceOrBurdenNamesTheFileAndLine() throws {
        try refused("support: [P]}", "support: [P], carer_burden: 6}", line: 7, "how heavy the care feels is 1 to 5, not 6")
        try refused("support: [P]}", "support: [P], carer_burden: 0}", line: 7, "not 0")
        try refused(
            "support: [P]}", "support: [P], carer_since: 2026-11-21}", line: 7, "caring since 2026-11-21 is after today (2026-11-20)")
        try refused("support: [P]}", "support: [P], carer_since: 2026-02-30}", line: 7, "not a date")
        try refused("support: [P]}", "support: [P], carer_sinds: 2026-01-01}", line: 7, "unknown key")
    }

    @Test func aBuurtNotInTheDistrictIsRefused() throws {
        try refused("buurt: Noord}", "buurt: Nergenshuizen}", line: 3, "buurt 'Nergenshuizen' is not one of the district's buurten (Noord)")
    }

    @Test func aNULInANameIsRefusedNotCut() throws {
        try refused("name: Zoë de Vries,", "name: \"Zoë\\0 de Vries\",", line: 5, "the name holds a control character (U+0000)")
    }

    @Test func anEmptyNameIsRefused() throws {
        try refused("name: Huishouden Zoë", "name: \"  \"", line: 2, "the name is empty")
    }

    @Test func negativeWaitingWeeksAreRefused() throws {
        try refused("    regisseur: daan\n", """
                regisseur: daan
                provisions:
                  - {kind: general, provider: Thuiszorg, description: Hulp bij douchen, status: waiting, waiting_weeks: -3}

            """, line: 17, "waiting weeks must be from 0 to 104, not -3")
    }

    @Test func aHugeLearningNoteIsRefused() throws {
        let huge = String(repeating: "Veel te lang. ", count: 10_000_000 / 14)
        try refused("name: Huishouden Zoë\n", "name: Huishouden Zoë\nnote: \(huge)\n", line: 3,
                    "the learning note is at most 8000 characters")
    }

    @Test func aBirthYearOf1900IsRefused() throws {
        try refused("born: 1950", "born: 1900", line: 5, "birth year 1900 is not plausible (from 1906 to 2026)")
    }

    @Test func invalidUTF8NamesTheFileAndLine() throws {
        let dir = Fixtures.miniDistrict(household: Fixtures.validHousehold)
        var bytes = Array(Fixtures.validHousehold.utf8)
        let at = try #require(Fixtures.validHousehold.utf8.firstIndex(of: UInt8(ascii: "V")))  // "Zoë de Vries", line 5
        bytes.insert(0xFF, at: Fixtures.validHousehold.utf8.distance(from: Fixtures.validHousehold.utf8.startIndex, to: at))
        try Data(bytes).write(to: dir.appendingPathComponent("households/001-a.yaml"))
        let error = try #require(throws: DistrictFileError.self) { try DistrictLoader.load(folder: dir) }
        #expect(error.description.hasPrefix("households/001-a.yaml:5: not UTF-8 text: byte 0xFF at column 28"), "\(error)")
    }

    /// A raw control character in the file (not an escape in a quoted string) names its line too.
    @Test func aRawControlCharacterNamesTheFileAndLine() throws {
        try refused("name: Zoë de Vries,", "name: Zoë\u{0}de Vries,", line: 5, "control characters are not allowed (U+0000)")
    }

    /// Nothing is written: `init` builds the database only from a district that loaded whole.
    @Test func aRefusedDistrictWritesNoDatabase() throws {
        let text = Fixtures.validHousehold.replacingOccurrences(of: "born: 1950", with: "born: 1900")
        let path = Fixtures.tempDir().appendingPathComponent("w.sqlite").path
        #expect(throws: DistrictFileError.self) {
            _ = try SQLiteStore.create(at: path, from: try DistrictLoader.load(folder: Fixtures.miniDistrict(household: text)))
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
