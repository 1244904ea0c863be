import Foundation
import Testing
import Wijkteam
@testable import WijkteamStore

/// Files as partners send them: a byte order mark, `;`, CR LF, Windows-1252 from a spreadsheet,
/// quoted fields over several lines; and files that cannot be imported, with `file:line:`.
@Suite struct ImportFileTests {
    let today = Day("2026-11-20")!

    func english<T>(_ body: () throws -> T) rethrows -> T { try Language.$scoped.withValue(.en) { try body() } }

    func parse(_ text: String, file: String = "f.csv") throws -> ImportTable {
        try ImportFile.parse(Array(text.utf8), file: file, encoding: nil)
    }

    /// The message reading `bytes` throws, in English.
    func problem(_ bytes: [UInt8], encoding: ImportEncoding? = nil) -> String? {
        english {
            (try? #require(throws: ImportError.self) { try ImportFile.parse(bytes, file: "f.csv", encoding: encoding) })?.description
        }
    }

    @Test func aByteOrderMarkSemicolonsCRLFAndAQuotedNoteOverTwoLines() throws {
        let t = try ImportFile.read(path: Fixtures.importFile("signals-bom.csv"), encoding: nil)
        #expect(t.header.fields.first == "partner")  // no BOM left in the first column's name
        #expect(t.header.fields.count == 11 && t.records.map(\.line) == [2, 4])
        #expect(t.records[0].fields[10] == "Belde twee keer,\r\ngeen gehoor; brief gestuurd")
        let rows = try ArrearsRow.parse(t, today: today)
        #expect(rows.map(\.name) == ["Zoë de Vries", "Nguyễn Thị Mai"])
        #expect(rows.map(\.amountInArrears) == [123_456, 250_000] && rows[0].birthDate == Day("1950-02-01"))
    }

    @Test func windows1252NeedsToBeChosenAndThenReadsAccentsAndTheEuroSign() throws {
        let path = Fixtures.importFile("signals-1252.csv")
        let refused = english { (try? #require(throws: ImportError.self) { try ImportFile.read(path: path, encoding: nil) })?.description }
        #expect(
            refused == "\(path):2: not UTF-8 (byte 0xE9); a file saved by a spreadsheet is often Windows-1252: use --encoding windows-1252")
        let rows = try ArrearsRow.parse(try ImportFile.read(path: path, encoding: .windows1252), today: today)
        #expect(rows.map(\.name) == ["André Lefèvre"] && rows[0].amountInArrears == 123_456)
        // Latin-1 has no euro sign at 0x80: the amount is not one.
        let latin1 = try ImportFile.read(path: path, encoding: .latin1)
        #expect(latin1.records[0].fields[2] == "André Lefèvre" && latin1.records[0].fields[8] == "\u{80} 1.234,56")
    }

    @Test func everyWindows1252ByteHasItsCharacter() {
        #expect(ImportFile.windows1252.count == 128)
        let text = ImportFile.singleByte([0x80, 0x8A, 0x93, 0x94, 0x9F, 0xE9, 0xFF, 0x41]) { ImportFile.windows1252[Int($0 - 0x80)] }
        #expect(text == "€Š\u{201C}\u{201D}ŸéÿA")
    }

    @Test func theInvalidByteIsFoundOnItsLine() {
        #expect(
            problem(Array("a,b\nc,d\ne".utf8) + [0xC3, 0x28])
                == "f.csv:3: not UTF-8 (byte 0xC3); a file saved by a spreadsheet is often Windows-1252: use --encoding windows-1252")
        // After a byte order mark, a surrogate (not UTF-8) on line 2.
        #expect(
            problem([0xEF, 0xBB, 0xBF] + Array("a\r\n".utf8) + [0xED, 0xA0, 0x80])?.hasPrefix("f.csv:2: not UTF-8 (byte 0xED)") == true)
        #expect(ImportFile.firstInvalidUTF8(Array("Yılmaz 王 😀 e\u{301}".utf8)[...]) == nil)
        #expect(ImportFile.firstInvalidUTF8([0x41, 0xC0, 0x80][...]) == 1)  // an overlong NUL
        #expect(ImportFile.firstInvalidUTF8([0x41, 0xE2, 0x82][...]) == 1)  // cut off at the end
    }

    @Test func rowsKeepThePhysicalLineTheyStartOn() throws {
        let text =
            ArrearsRow.columns.joined(separator: ",") + ",note\n"
            + "rent,2026-11-02,Anna Bakker,1980-01-01,1236 EF,5,,1,10,R-1,\"one\ntwo\r\nthree\"\n"
            + "\n"  // a blank line is skipped, and counted
            + "rent,2026-11-02,Anna Bakker,1980-01-01,12345,5,,1,10,R-2,\n"
        let t = try parse(text)
        #expect(t.records.map(\.line) == [2, 6])
        let error = english { (try? #require(throws: ImportError.self) { try ArrearsRow.parse(t, today: today) })?.description }
        #expect(error == "f.csv:6: postcode: '12345' is not a postcode (four digits and two letters: 1234 AB)")
    }

    @Test func theSeparatorComesFromTheHeaderLine() throws {
        #expect(try parse("a;b;c\n1,5;2;3\n").records[0].fields == ["1,5", "2", "3"])
        #expect(try parse("a,b,c\n1;5,2,3\n").records[0].fields == ["1;5", "2", "3"])
        #expect(try parse("\"a;x\",b,c\n1,2,3\n").header.fields == ["a;x", "b", "c"])  // inside quotes it does not count
        #expect(try parse("a;b\r1;2\r").records == [ImportTable.Record(line: 2, fields: ["1", "2"])])  // a lone CR ends a line too
    }

    @Test func aLineOverOneMegabyteIsRefusedWithoutParsing() {
        let long = Array("a,b\n".utf8) + Array(repeating: UInt8(ascii: "x"), count: 10 * 1_048_576) + Array("\n".utf8)
        #expect(problem(long) == "f.csv:2: the line is longer than 1 MB")
        #expect(ImportFile.firstLongLine(Array(repeating: UInt8(ascii: "x"), count: ImportFile.maxLineBytes)) == nil)
    }

    @Test func aFileOverOneHundredMegabytesIsRefusedBeforeItIsRead() throws {
        let path = Fixtures.tempDir().appendingPathComponent("big.csv").path
        _ = FileManager.default.createFile(atPath: path, contents: Data("partner\n".utf8))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: UInt64(ImportFile.maxBytes + 1))  // sparse: no 100 MB written
        try handle.close()
        let error = english { (try? #require(throws: ImportError.self) { try ImportFile.read(path: path, encoding: nil) })?.description }
        #expect(error == "\(path): is 101 MB; at most 100 MB can be imported at once")
    }

    @Test func anEmptyOrMissingFile() {
        #expect(problem([]) == "f.csv: no header line")
        #expect(problem(Array("\n \n".utf8)) == "f.csv: no header line")
        let missing = english {
            (try? #require(throws: ImportError.self) { try ImportFile.read(path: "/nowhere/x.csv", encoding: nil) })?.description
        }
        #expect(missing?.hasPrefix("/nowhere/x.csv: cannot be read (") == true, "\(missing ?? "")")
    }
}
