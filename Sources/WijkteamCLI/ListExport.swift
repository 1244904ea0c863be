import ArgumentParser
import Foundation
import Wijkteam

// Lists out for a spreadsheet: `--csv` beside `--json` on board, caseload, followups, triage and
// agenda. The columns are the `--json` keys, so the two stay one report; what the reader may not
// see is left out of both alike. Written as Dutch spreadsheets open it without an import dialog:
// UTF-8 with a byte order mark, `;` between fields, CRLF between rows, a decimal comma.

/// `--json` or `--csv` for a list.
struct ListOutputOptions: ParsableArguments {
    @Flag(name: .long, help: "Print JSON instead of text.")
    var json = false

    @Flag(name: .long, help: "Print CSV for a spreadsheet instead of text (UTF-8 with BOM, ';' separated).")
    var csv = false

    func validate() throws {
        if json, csv { throw ValidationError(tr("cli.error.csv.json")) }
    }
}

/// One field of a CSV row.
enum CSVField {
    case text(String?)
    case int(Int?)
    case decimal(Double?)
    case day(Day?)
    case bool(Bool)
    /// Several values in one field ("financien, huisvesting").
    case list([String])
}

/// A list as a spreadsheet reads it: a header row, then one row per record.
struct CSVTable {
    var header: [String]
    var rows: [[CSVField]] = []

    init(_ header: [String]) { self.header = header }

    mutating func append(_ row: [CSVField]) {
        precondition(row.count == header.count, "a CSV row has \(row.count) fields for \(header.count) columns")
        rows.append(row)
    }
}

enum CSVExport {
    static let byteOrderMark = Data([0xEF, 0xBB, 0xBF])

    /// The table as bytes: BOM, header, rows; `;`-separated, CRLF after every row, a field
    /// quoted where RFC 4180 asks (a `;`, `"`, CR or LF in it) with its `"` doubled: what
    /// CSV.swift's `CSVWriter` writes (`ListExportTests` compares the two), without its cost.
    /// `CSVWriter` wrote one byte at a time to an `OutputStream` and searched every field five
    /// times through `NSString`: 60% of `board --csv` on a city (386 ms).
    static func data(_ table: CSVTable) -> Data {
        var out = [UInt8](byteOrderMark)
        out.reserveCapacity(64 * (table.rows.count + 1))
        func append(_ fields: [String]) {
            for (i, field) in fields.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ";")) }
                appendField(field, to: &out)
            }
            out.append(contentsOf: [0x0D, 0x0A])
        }
        append(table.header)
        for row in table.rows { append(row.map(text)) }
        return Data(out)
    }

    static func appendField(_ field: String, to out: inout [UInt8]) {
        let bytes = field.utf8
        guard bytes.contains(where: { $0 == 0x22 || $0 == 0x3B || $0 == 0x0D || $0 == 0x0A }) else {
            out.append(contentsOf: bytes)
            return
        }
        out.append(0x22)
        for b in bytes {
            if b == 0x22 { out.append(0x22) }
            out.append(b)
        }
        out.append(0x22)
    }

    static func text(_ field: CSVField) -> String {
        switch field {
        case .text(let s): s.map(cell) ?? ""
        case .int(let n): n.map(String.init) ?? ""
        case .decimal(let x): x.map(decimal) ?? ""
        case .day(let d): d?.description ?? ""
        case .bool(let b): b ? "true" : "false"
        case .list(let items): cell(items.joined(separator: ", "))
        }
    }

    /// A number as a Dutch spreadsheet reads it: at most two decimals, a decimal comma.
    static func decimal(_ x: Double) -> String {
        let rounded = (x * 100).rounded() / 100
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
        return String(rounded).replacingOccurrences(of: ".", with: ",")
    }

    /// Stored text made safe for a spreadsheet. Control characters (C0, DEL, C1; ESC among them)
    /// become U+FFFD, so the reader sees that something was there; a tab becomes a space; a line
    /// break (CR, LF, CRLF) stays one LF, inside a quoted field. Text that a spreadsheet would
    /// take for a formula (`=`, `+`, `-`, `@` first) gets a `'` before it.
    static func cell(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var afterCR = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0D: out.append("\n")
            case 0x0A: if !afterCR { out.append("\n") }
            case 0x09: out.append(" ")
            case 0x00...0x1F, 0x7F...0x9F: out.append("\u{FFFD}")
            default: out.append(scalar)
            }
            afterCR = scalar.value == 0x0D
        }
        // The first character a spreadsheet sees once it trims spaces and line breaks.
        if let first = out.first(where: { !CharacterSet.whitespacesAndNewlines.contains($0) }), "=+-@".unicodeScalars.contains(first) {
            out.insert("'", at: out.startIndex)
        }
        return String(out)
    }
}

/// A CSV document to standard output, exact: its bytes are already safe (`CSVExport.cell`), and
/// its CRLF and BOM are what a spreadsheet needs.
func printCSV(_ table: CSVTable) throws {
    Output.document(CSVExport.data(table))
}

// MARK: The lists as tables

extension BoardReport {
    /// One row per case: the regisseur's column (empty for the unassigned), then the card.
    var csv: CSVTable {
        var t = CSVTable([
            "regisseur_id", "regisseur", "regisseur_load", "regisseur_capacity", "regisseur_level", "id", "household_id",
            "household", "buurt", "phase", "domains", "safety", "discussion", "complexity", "weight", "last_contact",
            "days_since_contact", "next_follow_up", "next_follow_up_overdue", "proactive", "version",
        ])
        func add(_ c: CardJSON, _ col: Column?) {
            t.append([
                .text(col?.id), .text(col?.name), .decimal(col?.load), .decimal(col?.capacity), .text(col?.level.rawValue),
                .int(c.id), .int(c.householdId), .text(c.household), .text(c.buurt), .text(c.phase.rawValue),
                .list(c.domains.map(\.rawValue)), .bool(c.safety), .text(c.discussion), .int(c.complexity), .decimal(c.weight),
                .day(c.lastContact), .int(c.daysSinceContact), .day(c.nextFollowUp), .bool(c.nextFollowUpOverdue),
                .list(c.proactive.map(\.rawValue)), .int(c.version),
            ])
        }
        for col in regisseurs { for c in col.cases { add(c, col) } }
        for c in unassigned { add(c, nil) }
        return t
    }
}

extension FollowUpRow {
    static func csv(_ rows: [FollowUpRow]) -> CSVTable {
        var t = CSVTable([
            "id", "case_id", "household", "kind", "due", "owner", "note", "done", "outcome", "overdue", "days_overdue", "covered_by",
        ])
        for r in rows {
            t.append([
                .int(r.id), .int(r.caseId), .text(r.household), .text(r.kind.rawValue), .day(r.due), .text(r.owner), .text(r.note),
                .bool(r.done), .text(r.outcome), .bool(r.overdue), .int(r.daysOverdue), .text(r.coveredBy),
            ])
        }
        return t
    }
}

extension TriageItem {
    /// The queue in its order (`rank` 1 first), as the triage screen ranks it.
    static func csv(_ items: [TriageItem]) -> CSVTable {
        var t = CSVTable([
            "rank", "signal_id", "version", "household_id", "household", "date", "source", "description", "domains", "safety",
            "score", "reasons", "open_case_id", "suggested_regisseur", "suggestion_reasons", "meldcode_steps_done",
            "respond_by", "overdue", "risk_class", "hard_date", "hard_date_kind",
        ])
        for (i, s) in items.enumerated() {
            t.append([
                .int(i + 1), .int(s.signalId), .int(s.version), .int(s.householdId), .text(s.household), .day(s.date),
                .text(s.source.rawValue), .text(s.description), .list(s.domains.map(\.rawValue)), .bool(s.safety), .int(s.score),
                .text(s.reasons.map { "\($0.text) +\($0.points)" }.joined(separator: " · ")), .int(s.openCaseId),
                .text(s.suggestedRegisseur), .text(s.suggestionReasons.joined(separator: " · ")),
                .list(s.meldcodeStepsDone.map(String.init)), .day(s.respondBy), .bool(s.overdue), .text(s.riskClass.rawValue),
                .day(s.hardDate), .text(s.hardDateKind?.rawValue),
            ])
        }
        return t
    }
}

extension CaseloadCommand.Row {
    static func csv(_ rows: [CaseloadCommand.Row]) -> CSVTable {
        var t = CSVTable(["case_id", "household", "phase", "last_contact", "needs"])
        for r in rows {
            t.append([
                .int(r.caseId), .text(r.household), .text(r.phase.rawValue), .day(r.lastContact), .text(r.needs.joined(separator: " · ")),
            ])
        }
        return t
    }
}

extension AgendaCommand.Entry {
    static func csv(_ entries: [AgendaCommand.Entry]) -> CSVTable {
        var t = CSVTable([
            "section", "key", "case_id", "signal_id", "staff_id", "household_id", "household", "regisseur", "reasons", "question",
        ])
        for e in entries {
            t.append([
                .text(e.section), .text(e.key), .int(e.caseId), .int(e.signalId), .text(e.staffId), .int(e.householdId), .text(e.household),
                .text(e.regisseur), .text(e.reasons.joined(separator: " · ")), .text(e.question),
            ])
        }
        return t
    }
}
