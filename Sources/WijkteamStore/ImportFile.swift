import CSV
import Foundation
import Wijkteam

/// The text encodings a partner's file may come in: UTF-8 (with or without a byte order mark)
/// unless told otherwise; Windows-1252 is what a spreadsheet on Windows saves as "CSV".
public enum ImportEncoding: String, CaseIterable, Sendable {
    case utf8 = "utf-8", windows1252 = "windows-1252", latin1
}

/// Reads a CSV file as partners and spreadsheets write it into an `ImportTable`: the encoding
/// checked (or chosen), the separator (`,` or `;`) taken from the header line, the fields split
/// by CSV.swift (quoted fields may hold separators, quotes and line breaks), and each row
/// given the physical line it starts on.
public enum ImportFile {
    public static let maxBytes = 100 * 1_048_576
    public static let maxLineBytes = 1_048_576

    public static func read(path: String, encoding: ImportEncoding?) throws -> ImportTable {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
        if let size, size > maxBytes { throw tooBig(size, path) }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let reason = (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
            throw ImportError(file: path, line: nil, message: tr("import.file.unreadable", reason))
        }
        return try parse([UInt8](data), file: path, encoding: encoding)
    }

    public static func parse(_ bytes: [UInt8], file: String, encoding: ImportEncoding?) throws -> ImportTable {
        if bytes.count > maxBytes { throw tooBig(bytes.count, file) }
        if let line = firstLongLine(bytes) {
            throw ImportError(file: file, line: line, message: tr("import.file.line_too_long", maxLineBytes / 1_048_576))
        }
        let text = try decode(bytes, file: file, encoding: encoding)
        let reader = try CSVReader(string: text, hasHeaderRow: false, delimiter: separator(of: text))
        var line = 1
        var records: [ImportTable.Record] = []
        while let fields = reader.next() {
            let start = line
            // The row's own line break, and those inside its quoted fields.
            line += 1 + fields.reduce(0) { $0 + lineBreaks(in: $1) }
            if fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }  // a blank line
            records.append(ImportTable.Record(line: start, fields: fields))
        }
        guard let header = records.first else { throw ImportError(file: file, line: nil, message: tr("import.file.no_header")) }
        return ImportTable(file: file, header: header, records: Array(records.dropFirst()))
    }

    static func tooBig(_ size: Int, _ file: String) -> ImportError {
        ImportError(file: file, line: nil, message: tr("import.file.too_big", (size + 1_048_575) / 1_048_576, maxBytes / 1_048_576))
    }

    // MARK: Lines

    /// Line breaks as CSV knows them: CR LF, LF or a lone CR, each one.
    static func lineBreaks(in field: String) -> Int {
        var n = 0, afterCR = false
        for s in field.unicodeScalars {
            if s == "\r" { n += 1 } else if s == "\n", !afterCR { n += 1 }
            afterCR = s == "\r"
        }
        return n
    }

    /// The first physical line longer than `maxLineBytes`, counted as `lineBreaks` counts.
    static func firstLongLine(_ bytes: [UInt8]) -> Int? {
        var line = 1, start = 0, i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x0A || b == 0x0D {
                if i - start > maxLineBytes { return line }
                if b == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
                line += 1
                start = i + 1
            }
            i += 1
        }
        return bytes.count - start > maxLineBytes ? line : nil
    }

    /// `;` when the header line has more of them than commas (outside quotes), else `,`.
    static func separator(of text: String) -> Unicode.Scalar {
        var commas = 0, semicolons = 0, quoted = false
        for s in text.unicodeScalars {
            if s == "\"" {
                quoted.toggle()
            } else if !quoted, s == "\n" || s == "\r" {
                break
            } else if !quoted, s == "," {
                commas += 1
            } else if !quoted, s == ";" {
                semicolons += 1
            }
        }
        return semicolons > commas ? ";" : ","
    }

    // MARK: Encodings

    /// A byte order mark means UTF-8 whatever was chosen; without a choice the file must be
    /// valid UTF-8, else the error names the line and the way out.
    static func decode(_ bytes: [UInt8], file: String, encoding: ImportEncoding?) throws -> String {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return try utf8(bytes.dropFirst(3), file: file) }
        switch encoding ?? .utf8 {
        case .utf8: return try utf8(bytes[...], file: file)
        case .windows1252: return singleByte(bytes) { windows1252[Int($0 - 0x80)] }
        case .latin1: return singleByte(bytes) { UInt32($0) }
        }
    }

    static func utf8(_ bytes: ArraySlice<UInt8>, file: String) throws -> String {
        if let bad = firstInvalidUTF8(bytes) {
            let line = 1 + lineBreaks(in: String(decoding: bytes[..<bad], as: UTF8.self))
            let hex = String(bytes[bad], radix: 16, uppercase: true)
            throw ImportError(file: file, line: line, message: tr("import.file.not_utf8", hex.count == 1 ? "0" + hex : hex))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The index of the first byte that does not start or continue a well-formed UTF-8 sequence.
    static func firstInvalidUTF8(_ b: ArraySlice<UInt8>) -> Int? {
        var i = b.startIndex
        while i < b.endIndex {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            var n = 2, low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch c {
            case 0xC2...0xDF: n = 1
            case 0xE0: low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: break
            case 0xED: high = 0x9F
            case 0xF0: n = 3; low = 0x90
            case 0xF1...0xF3: n = 3
            case 0xF4: n = 3; high = 0x8F
            default: return i
            }
            guard i + n < b.endIndex, (low...high).contains(b[i + 1]) else { return i }
            for k in stride(from: 2, through: n, by: 1) where !(0x80...0xBF).contains(b[i + k]) { return i }
            i += n + 1
        }
        return nil
    }

    static func singleByte(_ bytes: [UInt8], high: (UInt8) -> UInt32) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for b in bytes { scalars.append(Unicode.Scalar(b < 0x80 ? UInt32(b) : high(b)) ?? "\u{FFFD}") }
        return String(scalars)
    }

    /// Windows-1252 from 0x80: 0x80–0x9F differ from Latin-1 (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ' ' " " • – — ˜ ™ š › œ ž Ÿ);
    /// the five bytes it leaves undefined read as the C1 controls, as browsers read them.
    static let windows1252: [UInt32] =
        [
            0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
            0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
        ] + (0xA0...0xFF).map { UInt32($0) }
}
