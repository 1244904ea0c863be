import CSV
import Foundation
import Testing
@testable import WijkteamCLI

/// Issue #22, item 7: lists out. `--csv` on board, caseload, followups, triage and agenda as a
/// Dutch spreadsheet opens it, and `followups --ics` as a calendar subscribes to it.
@Suite struct ListExportTests {
    typealias JSON = [String: Any]

    /// The exact bytes a command writes to standard output (a String could drop the BOM).
    static func bytes(_ args: [String]) throws -> Data {
        let out = Binary.tempDir().appendingPathComponent("out")
        let command = ([Binary.path] + args).map(TmuxSession.quote).joined(separator: " ") + " > " + TmuxSession.quote(out.path)
        var environment = ProcessInfo.processInfo.environment
        environment["WIJKTEAM_TODAY"] = Binary.today
        environment["WIJKTEAM_SAMPLE_DATA"] = Binary.repoRoot.appendingPathComponent("sample-data").path
        environment["LANG"] = "C.UTF-8"
        for key in ["WIJKTEAM_DB", "LC_ALL", "LC_MESSAGES"] { environment.removeValue(forKey: key) }
        let r = try Spawn.capture(["/bin/sh", "-c", command], environment: environment, scratch: Binary.tempDir())
        guard r.status == 0 else { throw CLIFailure(result: Binary.Result(status: r.status, out: r.out, err: r.err)) }
        return try Data(contentsOf: out)
    }

    /// The CSV writer gives the bytes CSV.swift's `CSVWriter` gives for the same table (BOM,
    /// `;`, CRLF, quoting), on fields that need quotes and fields that do not, in every script.
    @Test func theWriterWritesWhatCSVSwiftWrites() throws {
        let fields = [
            "", "plain", "semi;colon", "say \"hi\"", "\"", "line\nbreak", "cr\rhere", "crlf\r\nhere", "عائلة الحسن",
            "משפחת כהן", "王伟", "Işık İnce", "Łukasz", "👩‍👩‍👧‍👦 gezin", "e\u{301}e\u{301}", "'=1+1", "\u{FFFD}esc", "tab here",
            String(repeating: "W", count: 80), "12,5", "a;\"b\"\nc",
        ]
        var table = CSVTable(["id", "text", "more"])
        for (i, f) in fields.enumerated() { table.append([.int(i), .text(f), .text(fields[(i + 3) % fields.count])]) }
        table.append([.int(nil), .text(nil), .list(["financien", "huisvesting"])])

        let stream = OutputStream(toMemory: ())
        let writer = try CSVWriter(stream: stream, delimiter: ";", newline: .crlf)
        try writer.write(row: table.header)
        for row in table.rows { try writer.write(row: row.map(CSVExport.text)) }
        let written = withExtendedLifetime(writer) { stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data } ?? Data()
        let expected = CSVExport.byteOrderMark + written + Data("\r\n".utf8)
        #expect(written.count > 500)
        #expect(CSVExport.data(table) == expected)
    }

    /// RFC 4180 as a spreadsheet reads it, written here to check the writer, not to share it:
    /// `;` between fields, CRLF between rows, `"` around a field with `""` for a quote.
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let c = pending ?? scalars.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    let next = scalars.next()
                    if next == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = next }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" && field.isEmpty {
                quoted = true
            } else if c == ";" {
                row.append(field); field = ""
            } else if c == "\r" {
                #expect(scalars.next() == "\n", "a CR outside quotes ends a row, with its LF")
                row.append(field); rows.append(row); row = []; field = ""
            } else {
                #expect(c != "\n", "a line break outside quotes")
                field.unicodeScalars.append(c)
            }
        }
        #expect(row.isEmpty && field.isEmpty, "the last row ends with CRLF")
        return rows
    }

    /// The table a `--csv` command prints, after checking the BOM; rows as header → value.
    static func csv(_ args: [String]) throws -> (raw: Data, rows: [[String: String]]) {
        let data = try bytes(args + ["--csv"])
        #expect(data.starts(with: [0xEF, 0xBB, 0xBF]), "\(args): no byte order mark")
        let table = parse(String(decoding: data.dropFirst(3), as: UTF8.self))
        let header = try #require(table.first, "\(args): no header")
        for r in table { #expect(r.count == header.count, "\(args): a row of \(r.count) fields for \(header.count) columns") }
        return (data, table.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) })
    }

    static func noControls(_ data: Data) -> Bool {
        String(decoding: data, as: UTF8.self).unicodeScalars.allSatisfy { s in
            s == "\r" || s == "\n" || !(s.value < 0x20 || (0x7F...0x9F).contains(s.value))
        }
    }

    @Test func everyListPrintsCSVWithTheRowsOfItsJSON() throws {
        let db = try Binary.freshDatabase()
        let board = try Binary.json(["board", "--json", "--db", db]) as! JSON
        let cards = (board["regisseurs"] as! [JSON]).flatMap { $0["cases"] as! [JSON] } + (board["unassigned"] as! [JSON])
        let lists: [([String], Int, String)] = [
            (["board"], cards.count, "id"),
            (
                ["caseload", "--as", "daan"], (try Binary.json(["caseload", "--as", "daan", "--json", "--db", db]) as! [JSON]).count,
                "case_id"
            ),
            (["followups"], (try Binary.json(["followups", "--json", "--db", db]) as! [JSON]).count, "id"),
            (["triage"], (try Binary.json(["triage", "--json", "--db", db]) as! [JSON]).count, "signal_id"),
            (["agenda"], (try Binary.json(["agenda", "--json", "--db", db]) as! [JSON]).count, "key"),
        ]
        for (args, count, key) in lists {
            let (raw, rows) = try Self.csv(args + ["--db", db])
            #expect(count > 0 && rows.count == count, "\(args): \(rows.count) rows for \(count) in --json")
            #expect(rows.allSatisfy { !($0[key] ?? "").isEmpty }, "\(args): column \(key)")
            #expect(Self.noControls(raw), "\(args)")
        }
        // Numbers with a decimal comma, dates as YYYY-MM-DD, in the same order as --json.
        let (_, rows) = try Self.csv(["board", "--db", db])
        let daan = try #require((board["regisseurs"] as! [JSON]).first { $0["id"] as? String == "daan" })
        let load = ((daan["load"] as! Double) * 100).rounded() / 100
        let row = try #require(rows.first { $0["regisseur_id"] == "daan" })
        #expect(row["regisseur_load"] == String(load).replacingOccurrences(of: ".", with: ","), "\(row)")
        #expect(rows.allSatisfy { ($0["last_contact"] ?? "").isEmpty || $0["last_contact"]!.contains(/^\d{4}-\d{2}-\d{2}$/) })
        #expect(
            rows.map { Int($0["id"]!) } == (board["regisseurs"] as! [JSON]).flatMap { ($0["cases"] as! [JSON]).map { $0["id"] as? Int } }
                + (board["unassigned"] as! [JSON]).map { $0["id"] as? Int })
        let both = try Binary.run(["board", "--csv", "--json", "--db", db])
        #expect(both.status != 0 && both.err.contains("choose --csv or --json, not both"), "\(both.err)")
    }

    /// Names with `;` and `"`, escape sequences, a CR and a formula: quoted, replaced, defused.
    /// A spreadsheet trims spaces and line breaks before it looks for a formula.
    @Test func aFormulaBehindSpacesOrALineBreakIsNotAFormula() {
        for text in ["=1+1", "  =HYPERLINK(\"x\")", "\t+31 6", "\n@SUM(A1)", " -2"] {
            #expect(CSVExport.cell(text).hasPrefix("'"), "\(text.debugDescription)")
        }
        #expect(CSVExport.cell("Jan = Piet") == "Jan = Piet")
    }

    @Test func hostileTextIsQuotedAndCarriesNoControlCharacters() throws {
        let db = try OutputSafetyTests.hostileDatabase()
        #expect(try Binary.run(["household", "update", "2", "--db", db, "--name", "Huishouden \"Yılmaz; Öz\""]).status == 0)
        #expect(try Binary.run(["household", "update", "3", "--db", db, "--name", "=HYPERLINK(\"http://example.invalid\")"]).status == 0)
        let (raw, rows) = try Self.csv(["board", "--db", db])
        let text = String(decoding: raw, as: UTF8.self)
        #expect(text.contains(";\"Huishouden \"\"Yılmaz; Öz\"\"\";"), "the field is quoted, its quotes doubled")
        #expect(rows.first { $0["household_id"] == "2" }?["household"] == "Huishouden \"Yılmaz; Öz\"")
        #expect(rows.first { $0["household_id"] == "3" }?["household"] == "'=HYPERLINK(\"http://example.invalid\")")
        #expect(rows.first { $0["household_id"] == "1" }?["household"] == "Huishouden \u{FFFD}[2JDe Vries")
        // Every list: no ESC, no C1, no bare CR; the signal's CR is a line break inside quotes.
        for args in [["board"], ["followups"], ["triage"], ["agenda"], ["caseload", "--as", "daan"]] {
            let (data, _) = try Self.csv(args + ["--db", db])
            #expect(!data.contains(0x1B) && Self.noControls(data), "\(args)")
        }
        let triage = try Self.csv(["triage", "--db", db])
        let descriptions = triage.rows.compactMap { $0["description"] }
        #expect(descriptions.contains { $0.hasSuffix("\u{FFFD}[2J\noverwritten") }, "\(descriptions)")
        let notes = try Self.csv(["followups", "--db", db]).rows.compactMap { $0["note"] }
        #expect(notes.contains("bellen\u{FFFD}[2J"), "\(notes)")
    }

    /// What --json withholds, --csv withholds too: the same rows and texts for whoever asks.
    @Test func csvFollowsTheSameNeedToKnowAsJSON() throws {
        let db = try Binary.freshDatabase()
        for who in ["daan", "karin", "sanne"] {
            let json = try Binary.json(["triage", "--json", "--as", who, "--db", db]) as! [JSON]
            let rows = try Self.csv(["triage", "--as", who, "--db", db]).rows
            #expect(rows.map { $0["signal_id"] } == json.map { "\($0["signal_id"] as! Int)" }, "\(who)")
            #expect(rows.map { $0["description"] } == json.map { CSVExport.cell($0["description"] as! String) }, "\(who)")
            let board = try Binary.json(["board", "--json", "--as", who, "--db", db]) as! JSON
            let ids =
                (board["regisseurs"] as! [JSON]).flatMap { ($0["cases"] as! [JSON]).map { "\($0["id"] as! Int)" } }
                + (board["unassigned"] as! [JSON]).map { "\($0["id"] as! Int)" }
            #expect(try Self.csv(["board", "--as", who, "--db", db]).rows.map { $0["id"]! } == ids, "\(who)")
        }
        let privacy = try Binary.json(["agenda", "--privacy", "--json", "--db", db]) as! [JSON]
        let rows = try Self.csv(["agenda", "--privacy", "--db", db]).rows
        #expect(rows.map { $0["household"] ?? "" } == privacy.map { ($0["household"] as? String).map(CSVExport.cell) ?? "" })
        #expect(rows.map { $0["question"] ?? "" } == privacy.map { ($0["question"] as? String).map(CSVExport.cell) ?? "" })
    }

    // MARK: iCalendar

    @Test func foldingKeepsLinesTo75OctetsAndNeverSplitsACharacter() {
        let name = "Huishouden عبد الرحمن 王小明 Łukasz Żółć 👩‍👩‍👧 e\u{301}e\u{301} İstanbullu Ben-David נועה"
        let line = "SUMMARY:" + CalendarExport.escape("Outreaching: \(name), (case #12); again \(name)")
        let folded = CalendarExport.fold(line)
        let physical = Self.physicalLines(Data((folded + "\r\n").utf8))
        #expect(physical.count > 2)
        for (i, l) in physical.enumerated() {
            #expect((l?.utf8.count ?? 99) <= 75, "line \(i): \(l?.utf8.count ?? -1) octets, or not whole UTF-8")
            #expect(i == 0 || l?.unicodeScalars.first == " ", "a continuation starts with a space")
        }
        // Unfolding gives the line back.
        #expect(Self.unfold(folded) == [line])
        #expect(CalendarExport.fold("SHORT:x") == "SHORT:x")
        #expect(CalendarExport.fold(String(repeating: "a", count: 75)) == String(repeating: "a", count: 75))
        #expect(CalendarExport.fold(String(repeating: "a", count: 76)) == String(repeating: "a", count: 75) + "\r\n a")
        // A 3-octet character that would end at octet 76 goes to the next line whole.
        #expect(CalendarExport.fold(String(repeating: "a", count: 73) + "王") == String(repeating: "a", count: 73) + "\r\n 王")
    }

    @Test func textIsEscapedAndControlCharactersReplaced() {
        #expect(CalendarExport.escape("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne")
        #expect(CalendarExport.escape("one\r\ntwo\rthree") == "one\\ntwo\\nthree")
        #expect(CalendarExport.escape("x\u{1B}[2J\ty\u{9B}") == "x\u{FFFD}[2J y\u{FFFD}")
    }

    @Test func theCalendarHasOneEventPerOpenFollowUpAndNoNamesUnlessAsked() throws {
        let db = try Binary.freshDatabase()
        let long = "Huishouden عبد الرحمن 王小明 Łukasz Żółć 👩‍👩‍👧 e\u{301} İstanbullu; \"Ben-David\", נועה"
        #expect(try Binary.run(["household", "update", "1", "--db", db, "--name", long]).status == 0)
        let open = try Binary.json(["followups", "--json", "--db", db]) as! [JSON]
        let data = try Self.bytes(["followups", "--ics", "--db", db])
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:") && text.hasSuffix("END:VCALENDAR\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "every line ends with CRLF")
        #expect(Self.physicalLines(data).allSatisfy { $0 != nil && $0!.utf8.count <= 75 }, "a line over 75 octets, or not whole UTF-8")
        let unfolded = Self.unfold(text)
        #expect(unfolded.filter { $0 == "BEGIN:VEVENT" }.count == open.count)
        for f in open {
            let id = f["id"] as! Int, due = (f["due"] as! String).replacingOccurrences(of: "-", with: "")
            let event = unfolded.drop { $0 != "UID:followup-\(id)@wijkteam" }.prefix { $0 != "END:VEVENT" }
            #expect(event.contains("DTSTART;VALUE=DATE:\(due)"), "follow-up \(id)")
            #expect(event.contains { $0.hasPrefix("DTSTAMP:") && $0.hasSuffix("Z") })
            #expect(
                event.contains {
                    $0 == "SUMMARY:" + CalendarExport.escape(Self.capitalised(f["kind"] as! String)) + ": case #\(f["case_id"] as! Int)"
                },
                "\(Array(event))")
        }
        // No client names, no notes: none of the households' names is in it.
        for name in Set(open.compactMap { $0["household"] as? String }) { #expect(!text.contains(name), "\(name)") }
        #expect(!text.contains("Huishouden") && !text.contains("DESCRIPTION"))
        // --names: the household's name, escaped, folded whole.
        let namedData = try Self.bytes(["followups", "--ics", "--names", "--db", db])
        let named = String(decoding: namedData, as: UTF8.self)
        #expect(Self.physicalLines(namedData).allSatisfy { $0 != nil && $0!.utf8.count <= 75 }, "a line over 75 octets, or not whole UTF-8")
        let summaries = Self.unfold(named).filter { $0.hasPrefix("SUMMARY:") }
        #expect(summaries.contains { $0.hasSuffix(": " + CalendarExport.escape(long) + " (case #1)") }, "\(summaries)")
        #expect(CalendarExport.escape(long).contains("\\;") && CalendarExport.escape(long).contains("\\,"))
    }

    @Test func mineIsWhatIOwnAndWhatHasNoOwnerOnMyCases() throws {
        let db = try Binary.freshDatabase()
        let board = try Binary.json(["board", "--json", "--db", db]) as! JSON
        var regisseur: [Int: String] = [:]
        for r in board["regisseurs"] as! [JSON] { for c in r["cases"] as! [JSON] { regisseur[c["id"] as! Int] = r["id"] as? String } }
        let all = try Binary.json(["followups", "--json", "--db", db]) as! [JSON]
        let expected = all.filter { f in
            let owner = f["owner"] as? String
            return owner == "daan" || (owner == nil && regisseur[f["case_id"] as! Int] == "daan")
        }.map { $0["id"] as! Int }
        #expect(!expected.isEmpty && expected.count < all.count)
        let mine = try Binary.json(["followups", "--mine", "--json", "--as", "daan", "--db", db]) as! [JSON]
        #expect(mine.map { $0["id"] as! Int } == expected)
        let ics = String(decoding: try Self.bytes(["followups", "--ics", "--mine", "--as", "daan", "--db", db]), as: UTF8.self)
        let uids = ics.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") }
        #expect(uids == expected.map { "UID:followup-\($0)@wijkteam" })
        let refused = try Binary.run(["followups", "--names", "--db", db])
        #expect(refused.status != 0 && refused.err.contains("--names is for --ics"))
    }

    /// Content lines unfolded (RFC 5545 3.1): a CRLF and the one space after it go. By Unicode
    /// scalars, not characters: a space before a combining mark or a joiner is one character.
    static func unfold(_ text: String) -> [String] {
        var lines: [String] = [], line = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            if scalars[i] == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" {
                if i + 2 < scalars.count, scalars[i + 2] == " " {
                    i += 3
                    continue
                }
                lines.append(String(line))
                line = String.UnicodeScalarView()
                i += 2
                continue
            }
            line.append(scalars[i])
            i += 1
        }
        if !line.isEmpty { lines.append(String(line)) }
        return lines
    }

    /// The lines between CRLFs, each decoded on its own: nil for one that is not whole UTF-8
    /// (a character split by the folding).
    static func physicalLines(_ data: Data) -> [String?] {
        var lines: [String?] = [], start = data.startIndex, i = data.startIndex
        while i < data.endIndex {
            if data[i] == 0x0D, data.index(after: i) < data.endIndex, data[data.index(after: i)] == 0x0A {
                lines.append(String(bytes: data[start..<i], encoding: .utf8))
                i = data.index(i, offsetBy: 2)
                start = i
            } else {
                i = data.index(after: i)
            }
        }
        #expect(start == data.endIndex, "the last line ends with CRLF")
        return lines
    }

    static func capitalised(_ kind: String) -> String {
        let label =
            ["preventive": "preventive", "outreaching": "outreaching", "check_in": "check-in", "evaluation": "evaluation"][kind] ?? kind
        return label.prefix(1).uppercased() + label.dropFirst()
    }
}
