import Foundation
import Testing
@testable import WijkteamCLI

/// Issue 28: the listings' own JSON encoder writes exactly what Foundation's `JSONEncoder` writes
/// with the listings' options. (Debug builds also check every listing the other tests print.)
@Suite struct ListingJSONEncoderTests {
    enum Kind: String, Codable { case preventive, outreachingVisit = "OutreachingVisit" }

    struct Inner: Encodable {
        var caseID: Int
        var myURLValue: String?
        var aBC: Bool
        var list: [Int]
        var empty: [String]
        var nothing: [String: Int]
    }

    struct Everything: Encodable {
        var name: String
        var householdId: Int?
        var missing: String?
        var score: Double
        var ratios: [Double]
        var small: Float
        var flags: [Bool?]
        var kinds: [Kind]
        var byName: [String: Int]
        var byNumber: [Int: String]
        var nested: [Inner]
        var deep: [[String: [Int]]]
        var data: Data
        var url: URL
        var decimal: Decimal
        var date: Date
        var int8: Int8, uint64: UInt64, int64: Int64
        var leading: Int, trailing: Int, digits: Int, snake: Int, acronym: Int, acronyms: Int

        /// Keys as odd as a type could name them.
        enum CodingKeys: String, CodingKey {
            case name, householdId, missing, score, ratios, small, flags, kinds, byName, byNumber, nested, deep, data, url
            case decimal, date, int8, uint64, int64
            case leading = "_leading", trailing = "trailing_", digits = "a1B2c3", snake = "already_snake"
            case acronym = "HTTPStatus", acronyms = "xMLHTTPRequest"
        }
    }

    static let hostile = [
        "", "plain", "say \"hi\" \\ back\\slash", "a/b//c", "tab\there", "line\nbreak", "cr\rhere", "\u{8}\u{C}", "\u{0}\u{1}\u{1F}\u{7F}",
        "\u{1B}[31mred\u{1B}[0m", "عائلة الحسن", "משפחת כהן", "王伟", "Işık İnce", "Łukasz", "👩‍👩‍👧‍👦 gezin", "e\u{301}e\u{301}",
        "\u{202E}reversed\u{202C}", "\u{2028}\u{2029}", "\u{FEFF}bom", String(repeating: "W", count: 80),
    ]

    static func everything(_ i: Int) -> Everything {
        let text = hostile[i % hostile.count]
        let inner = Inner(
            caseID: i, myURLValue: i % 2 == 0 ? nil : text, aBC: i % 3 == 0, list: Array(0..<(i % 4)), empty: [], nothing: [:])
        return Everything(
            name: text, householdId: i % 2 == 0 ? i : nil, missing: nil,
            score: [0, 1, -1, 0.1, 2.5, 1e-7, 1e21, 123456789.125, -0.0, Double.leastNonzeroMagnitude, .greatestFiniteMagnitude][i % 11],
            ratios: [0.5, 1, 1.0 / 3, 100], small: [0.1, 1, 3.25][i % 3], flags: [true, nil, false],
            kinds: [.preventive, .outreachingVisit],
            byName: ["Anna": 1, "bob": 2, "CamelCase": 3, "with space": 4, text: 5, "Z": 6, "_x": 7],
            byNumber: [10: "ten", 2: text, -1: "minus"], nested: [inner, inner], deep: [["aKey": [1, 2]], [:]],
            data: Data(text.utf8), url: URL(string: "https://example.org/a/b?c=d&e=f#g")!, decimal: Decimal(string: "12.50")!,
            date: Date(timeIntervalSinceReferenceDate: Double(i) * 1000.5), int8: -128, uint64: .max, int64: .min,
            leading: 1, trailing: 2, digits: 3, snake: 4, acronym: 5, acronyms: 6)
    }

    @Test func hostileValuesAreWrittenAsFoundationWritesThem() throws {
        for i in 0..<Self.hostile.count {
            let value = Self.everything(i)
            let ours = try ListingJSON.encode(value), theirs = try ListingJSON.foundation(value)
            #expect(ours == theirs, "value \(i)")
        }
        let all = (0..<Self.hostile.count).map(Self.everything)
        #expect(try ListingJSON.encode(all) == ListingJSON.foundation(all))
        // Top-level scalars, empty containers and optionals.
        #expect(try ListingJSON.encode([String]()) == ListingJSON.foundation([String]()))
        #expect(try ListingJSON.encode([String: Int]()) == ListingJSON.foundation([String: Int]()))
        #expect(try ListingJSON.encode("x/\"y\"") == ListingJSON.foundation("x/\"y\""))
        #expect(try ListingJSON.encode([Int?]([1, nil])) == ListingJSON.foundation([Int?]([1, nil])))
    }

    /// A key written twice keeps its last value; a super encoder's value lands under "super".
    struct Awkward: Encodable {
        enum Keys: String, CodingKey { case twice, nestedOne, list, `super` }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(1, forKey: .twice)
            try c.encode("two", forKey: .twice)
            var n = c.nestedContainer(keyedBy: Keys.self, forKey: .nestedOne)
            try n.encode(true, forKey: .list)
            var again = c.nestedContainer(keyedBy: Keys.self, forKey: .nestedOne)
            try again.encodeNil(forKey: .twice)
            var l = c.nestedUnkeyedContainer(forKey: .list)
            try l.encode(1)
            var inner = l.nestedUnkeyedContainer()
            try inner.encode("x")
            try "above".encode(to: c.superEncoder())
        }
    }

    /// Keys of a dictionary keyed by a `CodingKeyRepresentable` type are converted as a type's
    /// are (Foundation leaves only a `[String: V]`'s as they are), at any depth.
    enum Role: String, Codable, CodingKeyRepresentable { case teamLead, newStaff = "NewStaff", plain }

    struct Keyed: Encodable {
        var byRole: [Role: Int]
        var byRoleDeep: [[Role: [String: Int]]]
        var byString: [String: [Role: String]]
        var maybe: [String: Int]?
    }

    /// Encodes nothing at all: Foundation refuses it at the top, writes {} below it.
    struct Nothing: Encodable {
        func encode(to encoder: any Encoder) throws {}
    }

    @Test func dictionariesAndEmptyValuesAgree() throws {
        let keyed = Keyed(
            byRole: [.teamLead: 1, .newStaff: 2, .plain: 3], byRoleDeep: [[.teamLead: ["camelKey": 1]]],
            byString: ["CamelOuter": [.newStaff: "x"]], maybe: ["someKey": 1])
        #expect(try ListingJSON.encode(keyed) == ListingJSON.foundation(keyed))
        #expect(try ListingJSON.encode([keyed]) == ListingJSON.foundation([keyed]))
        #expect(try ListingJSON.encode([Role.teamLead: 1]) == ListingJSON.foundation([Role.teamLead: 1]))
        #expect(try ListingJSON.encode(["x": Nothing()]) == ListingJSON.foundation(["x": Nothing()]))
        #expect(throws: EncodingError.self) { try ListingJSON.foundation(Nothing()) }
        #expect(throws: EncodingError.self) { try ListingJSON.encode(Nothing()) }
    }

    @Test func awkwardEncodingsAgree() throws {
        #expect(try ListingJSON.encode(Awkward()) == ListingJSON.foundation(Awkward()))
        #expect(try ListingJSON.encode([Awkward(), Awkward()]) == ListingJSON.foundation([Awkward(), Awkward()]))
    }

    @Test func keysBecomeSnakeCaseAsFoundationMakesThem() throws {
        let keys = [
            "a", "caseID", "myURLValue", "aBC", "ABC", "householdId", "_leading", "trailing_", "__both__", "a1B2c3", "already_snake",
            "HTTPStatus", "xMLHTTPRequest", "x", "oneTwoThree", "openCaseId", "meldcodeStepsDone", "isÜber", "straße", "ıİ",
        ]
        for key in keys {
            struct One: Encodable {
                let key: String
                func encode(to encoder: any Encoder) throws {
                    var c = encoder.container(keyedBy: AnyCodingKey.self)
                    try c.encode(0, forKey: AnyCodingKey(key))
                }
            }
            #expect(try ListingJSON.encode(One(key: key)) == ListingJSON.foundation(One(key: key)), "\(key)")
        }
    }

    @Test func nonFiniteNumbersAreRefusedAsFoundationRefusesThem() {
        for bad in [Double.nan, .infinity, -.infinity] {
            #expect(throws: EncodingError.self) { try ListingJSON.encode(["x": bad]) }
            #expect(throws: EncodingError.self) { try ListingJSON.foundation(["x": bad]) }
        }
    }
}
