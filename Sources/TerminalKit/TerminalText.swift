// Text from stored data or from arguments, made safe to write to a terminal.

/// What the command line writes to a terminal never carries a control sequence that came from
/// data: a journal note with `ESC [ 2 J` must not clear a colleague's screen, a name with a
/// right-to-left override must not turn the line around.
///
/// The rules, per Unicode scalar:
/// - a line feed stays a line break; CR LF (a note pasted from Windows) becomes a line break;
/// - a tab becomes spaces up to the next tab stop (every 8 columns, as a terminal shows it);
/// - any other C0 control and DEL are shown in caret notation, as `cat -v` shows them:
///   ESC as `^[`, BEL as `^G`, a lone CR as `^M`, NUL as `^@`, DEL as `^?`;
/// - the C1 controls (U+0080–U+009F, among them the one-byte CSI U+009B) and the bidirectional
///   embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) are shown as Swift
///   writes them, `\u{9B}`, `\u{202E}`;
/// - everything else (every script, emoji, combining marks) is left as it is.
public enum TerminalText {
    /// Columns between tab stops.
    public static let tabWidth = 8

    /// Whether `scalar` is shown as an escape (see the rules above); tabs and line feeds are not.
    public static func isEscaped(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 { return v != 0x0A && v != 0x09 }
        if v < 0x7F { return false }
        return v <= 0x9F || isBidiControl(v)
    }

    /// The embeddings, overrides and isolates that reorder the text after them.
    static func isBidiControl(_ v: UInt32) -> Bool {
        (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    /// `text` with every control shown instead of sent, and tabs as spaces.
    public static func safe(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value == 0x09 || isEscaped($0) }) else { return text }
        var out = String.UnicodeScalarView()
        var line = String.UnicodeScalarView()  // the current output line, for tab stops
        let scalars = Array(text.unicodeScalars)
        for (i, s) in scalars.enumerated() {
            let v = s.value
            switch v {
            case 0x0A:
                out.append(contentsOf: line)
                out.append(s)
                line = String.UnicodeScalarView()
            case 0x0D where i + 1 < scalars.count && scalars[i + 1].value == 0x0A:
                continue  // CR LF: the LF that follows makes the line break
            case 0x09:
                let column = TextWidth.width(of: String(line))
                line.append(contentsOf: String(repeating: " ", count: tabWidth - column % tabWidth).unicodeScalars)
            case 0x00..<0x20:
                line.append("^")
                line.append(Unicode.Scalar(UInt8(v + 0x40)))
            case 0x7F:
                line.append(contentsOf: "^?".unicodeScalars)
            default:
                if isEscaped(s) {
                    line.append(contentsOf: "\\u{\(String(v, radix: 16, uppercase: true))}".unicodeScalars)
                } else {
                    line.append(s)
                }
            }
        }
        out.append(contentsOf: line)
        return String(out)
    }

    /// JSON text with the scalars a terminal would act on, which JSON itself leaves as they
    /// are (DEL, the C1 controls, the bidirectional controls), written as `\u` escapes. Those
    /// can only occur inside JSON strings, so the document means exactly the same; the C0
    /// controls are escaped by every JSON encoder already.
    public static func safeJSON(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: { $0.value >= 0x7F && isEscaped($0) }) else { return json }
        var out = String.UnicodeScalarView()
        for s in json.unicodeScalars {
            if s.value >= 0x7F && isEscaped(s) {
                let hex = String(s.value, radix: 16, uppercase: true)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex).unicodeScalars)
            } else {
                out.append(s)
            }
        }
        return String(out)
    }
}
