import TerminalKit
import Wijkteam

/// One row of a household form: its label and what it shows.
struct FormRow {
    enum Value {
        /// A text field; `hidden` (privacy mode, a person's name) shows initials instead.
        case text(TextInput, hidden: Bool)
        /// A date field, with the day it means beside it.
        case date(TextInput, today: Day, expect: DayInput.Expect)
        /// A short code (a language) and what it means beside it.
        case coded(TextInput, meaning: String?)
        case choice(ChoiceField)
        /// A yes/no or a value stepped with ←/→.
        case toggle(String)
    }

    var label: String
    var focused: Bool
    var value: Value
}

/// How the household's forms are drawn (members, leaving, address, desk cases): the rows, then
/// notes (who a new member may already be, what a refusal said), then the hint or the error.
enum FormSheet {
    static let labelWidth = 20

    static func render(
        title: String, rows: [FormRow], notes: [(String, Style)] = [], error: String?, hint: String,
        into grid: inout Grid, bounds: Rect
    ) {
        let width = min(76, bounds.width)
        let noteLines = notes.flatMap { note in TextBlock.wrap(note.0, width: max(1, width - 2)).map { ($0, note.1) } }
        let footer = FormParts.footerRows(error, width: width - 2)
        let wanted = rows.count + 3 + footer + (noteLines.isEmpty ? 0 : noteLines.count + 1)
        let area = Picker.area(in: bounds, preferredWidth: width, preferredHeight: min(bounds.height, wanted))
        let panel = Panel(title: title, focused: true)
        panel.render(into: &grid, area: area)
        let inner = panel.inner(area)
        guard inner.height >= 2 else { return }
        let footerRows = min(footer, inner.height - 1)
        let shownRows = min(rows.count, inner.height - footerRows)
        for (i, row) in rows.prefix(shownRows).enumerated() {
            draw(row, into: &grid, inner: inner, y: inner.y + i)
        }
        // The notes under a blank row, as many as there is room for; the last says how many more.
        let noteY = inner.y + shownRows + 1
        let room = max(0, inner.maxY - footerRows - noteY)
        let shown = min(room, noteLines.count)
        for (i, line) in noteLines.prefix(shown).enumerated() {
            let cut = i == shown - 1 && shown < noteLines.count
            grid.put(cut ? Format.more(noteLines.count - i) : line.0, x: inner.x, y: noteY + i, style: line.1, maxWidth: inner.width)
        }
        FormParts.footer(error, hint: hint, into: &grid, inner: inner)
    }

    private static func draw(_ row: FormRow, into grid: inout Grid, inner: Rect, y: Int) {
        let labelWidth = min(labelWidth, max(1, inner.width / 3))
        FormParts.label(row.label, focused: row.focused, into: &grid, x: inner.x, y: y, width: labelWidth)
        let value = Rect(x: inner.x + labelWidth, y: y, width: max(1, inner.width - labelWidth), height: 1)
        switch row.value {
        case .text(let input, let hidden):
            if hidden, !input.text.isEmpty {
                // The name stays off a projected screen, also while it is typed: each word's
                // first letter and a dot per letter after it, so the typist still sees its shape.
                var shown = TextInput(text: masked(input.text))
                shown.cursor = input.cursor
                FormParts.field(shown, focused: row.focused, into: &grid, area: value)
            } else {
                FormParts.field(input, focused: row.focused, into: &grid, area: value)
            }
        case .date(let input, let today, let expect):
            let fieldWidth = min(14, value.width)
            FormParts.field(input, focused: row.focused, into: &grid, area: Rect(x: value.x, y: y, width: fieldWidth, height: 1))
            FormParts.dateMeaning(
                input.text, today: today, expect: expect, into: &grid, x: value.x + fieldWidth + 1, y: y, maxX: inner.maxX)
        case .coded(let input, let meaning):
            let fieldWidth = min(8, value.width)
            FormParts.field(input, focused: row.focused, into: &grid, area: Rect(x: value.x, y: y, width: fieldWidth, height: 1))
            if let meaning, inner.maxX > value.x + fieldWidth + 1 {
                grid.put(meaning, x: value.x + fieldWidth + 1, y: y, style: Style(.muted), maxWidth: inner.maxX - value.x - fieldWidth - 1)
            }
        case .choice(let choice):
            choice.render(into: &grid, area: value, focused: row.focused, hint: FormParts.choiceHint)
        case .toggle(let text):
            FormParts.choice(text, focused: row.focused, into: &grid, area: value)
        }
    }

    /// "Noor Mulder" → "N••• M•••••": one character for each, so the cursor stays where it was.
    static func masked(_ text: String) -> String {
        var out = "", wordStart = true
        for c in text {
            if c.isWhitespace || c == "-" {
                out.append(c)
                wordStart = true
            } else {
                out.append(wordStart ? c : "•")
                wordStart = false
            }
        }
        return out
    }

    /// A person's name as a form shows it: initials in privacy mode.
    static func name(_ name: String, context: FormContext) -> String {
        Format.name(name, privacy: context.privacy)
    }

    /// Who a new member may already be, one line per household, names hidden in privacy mode.
    static func duplicateNotes(_ matches: [HouseholdMatch], context: FormContext) -> [(String, Style)] {
        guard !matches.isEmpty else { return [] }
        let lines = matches.map { m -> (String, Style) in
            let text = "• " + (context.privacy ? "#\(m.id) \(Format.name(m.name, privacy: true)) · \(m.buurt)" : m.summary)
            return (context.privacy ? context.redactor.redact(text) : text, Style(.warning))
        }
        return [(tr("form.member.duplicate"), Style(.warning, [.bold]))] + lines
    }

    /// An error or refusal as the form shows it: a refusal may name people (privacy mode hides them).
    static func shown(_ error: String?, context: FormContext) -> String? {
        context.privacy ? error.map { context.redactor.redact($0) } : error
    }

    /// The yes/no of a toggle.
    static func yesNo(_ value: Bool) -> String { value ? tr("form.tie.yes") : tr("form.tie.no") }
}
