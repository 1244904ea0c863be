import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Wijkteam

/// `wijkteam followups --ics`: open follow-ups as an iCalendar file (RFC 5545) a generalist can
/// subscribe to. A calendar often lives on someone else's server, so an event names the kind
/// and the case number only; `--names` adds the household's name and the note.
enum CalendarExport {
    struct Event {
        /// Stable across exports, so a calendar updates an event instead of adding it again.
        var uid: String
        var day: Day
        var summary: String
        var description: String?
        var category: String
    }

    /// The events of open follow-ups; `names`: with the household's name and the note.
    static func events(_ rows: [FollowUpRow], names: Bool) -> [Event] {
        rows.filter { !$0.done }.map { r in
            let kind = r.kind.label.prefix(1).uppercased() + r.kind.label.dropFirst()
            let summary =
                names && r.household != nil
                ? tr("cli.ics.summary.names", kind, r.household!, r.caseId)
                : tr("cli.ics.summary", kind, r.caseId)
            let description = names && !r.note.trimmed.isEmpty ? r.note : nil
            return Event(uid: "followup-\(r.id)@wijkteam", day: r.due, summary: summary, description: description, category: r.kind.label)
        }
    }

    /// The calendar as bytes: CRLF line ends, lines folded at 75 octets. `stamp`: when it was made (UTC).
    static func document(_ events: [Event], name: String, stamp: String) -> Data {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Wijkteam//wijkteam//NL", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "X-WR-CALNAME:" + escape(name),
        ]
        for e in events {
            lines += [
                "BEGIN:VEVENT", "UID:" + e.uid, "DTSTAMP:" + stamp, "DTSTART;VALUE=DATE:" + date(e.day),
                "DTEND;VALUE=DATE:" + date(e.day.adding(days: 1)), "SUMMARY:" + escape(e.summary),
            ]
            if let d = e.description { lines.append("DESCRIPTION:" + escape(d)) }
            lines += ["CATEGORIES:" + escape(e.category), "TRANSP:TRANSPARENT", "END:VEVENT"]
        }
        lines.append("END:VCALENDAR")
        return Data(lines.map { fold($0) + "\r\n" }.joined().utf8)
    }

    /// 2026-12-04 → 20261204.
    static func date(_ day: Day) -> String { day.description.replacingOccurrences(of: "-", with: "") }

    /// Now in UTC as iCalendar writes it: 20261120T091400Z.
    static func stamp(_ seconds: time_t = time(nil)) -> String {
        var t = seconds, utc = tm()
        gmtime_r(&t, &utc)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(utc.tm_year + 1900)\(two(utc.tm_mon + 1))\(two(utc.tm_mday))T\(two(utc.tm_hour))\(two(utc.tm_min))\(two(utc.tm_sec))Z"
    }

    /// A TEXT value (RFC 5545 3.3.11): `\`, `;` and `,` escaped, a line break as `\n`. Control
    /// characters are not allowed in a value: a tab becomes a space, the others U+FFFD.
    static func escape(_ text: String) -> String {
        var out = ""
        var afterCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r": out += "\\n"
            case "\n": if !afterCR { out += "\\n" }
            case "\t": out += " "
            default:
                let v = scalar.value
                out.unicodeScalars.append(v < 0x20 || (0x7F...0x9F).contains(v) ? "\u{FFFD}" : scalar)
            }
            afterCR = scalar == "\r"
        }
        return out
    }

    /// A content line folded (RFC 5545 3.1): no line longer than 75 octets, the next one starting
    /// with a space; never inside a character's UTF-8 bytes.
    static func fold(_ line: String) -> String {
        var out = String.UnicodeScalarView()
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = UTF8.width(scalar)
            if octets + size > 75 {
                out.append(contentsOf: "\r\n ".unicodeScalars)
                octets = 1
            }
            out.append(scalar)
            octets += size
        }
        return String(out)
    }
}
