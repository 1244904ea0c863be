import Foundation
import TerminalKit

// The one way the command line writes text. Everything it prints may carry stored data or
// arguments (names, notes, questions), so everything passes `TerminalText.safe`: a control
// character is shown (`^[`, `\u{9B}`), never sent, and tabs become spaces. `--json` is written
// exact (`TerminalText.safeJSON` only spells out, as `\u` escapes, what a terminal would act
// on). `--csv` and `--ics` replace control characters themselves (ListExport, CalendarExport).
// `minutes --out FILE` writes the Markdown as stored: a file is not a terminal.
// `OutputSafetyTests` fails when a source file in this module writes around these functions.

/// Standard output, made safe for a terminal. In this module it replaces Swift's `print`, so no
/// command can forget it.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    Output.write(items.map { "\($0)" }.joined(separator: separator) + terminator)
}

enum Output {
    /// Text to standard output, made safe for a terminal.
    static func write(_ text: String) {
        emit(FileHandle.standardOutput, Data(TerminalText.safe(text).utf8))
    }

    /// Writes, or, when the reader has gone (`wijkteam … | head`), ends quietly as a pipe's
    /// writer does (status 141, as if by SIGPIPE): never a crash.
    static func emit(_ handle: FileHandle, _ data: Data) {
        do {
            try handle.write(contentsOf: data)
        } catch {
            exit(141)
        }
    }

    /// A JSON document to standard output, exact.
    static func json(_ text: String) {
        emit(FileHandle.standardOutput, Data((TerminalText.safeJSON(text) + "\n").utf8))
    }

    /// A document whose bytes are made safe where it was written (`--csv`, `--ics`): its CRLF
    /// line ends and byte order mark are part of the format, so it is written as it is.
    static func document(_ data: Data) {
        emit(FileHandle.standardOutput, data)
    }

    /// A line to standard error ("wijkteam: error: …"), made safe for a terminal.
    static func error(_ line: String) {
        emit(FileHandle.standardError, Data((TerminalText.safe(line) + "\n").utf8))
    }

    /// A progress line on standard error that the next one overwrites (only on a terminal).
    static func progress(_ text: String?) {
        emit(FileHandle.standardError, Data(("\r" + TerminalText.safe(text ?? "") + "\u{1B}[K").utf8))
    }
}
