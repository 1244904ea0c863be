import TerminalKit
import Wijkteam

/// Pieces the dialogs share: moving in a picker, a one-line input box, a suggestion as a row.
enum Dialog {
    /// A typed due date, today or later, in any form `DayInput` reads (`+2w`, `fri`, `3-12`,
    /// `2026-12-03` …). nil, with what is wrong in `error`, otherwise.
    static func dueDate(_ text: String, today: Day, error: inout String?) -> Day? {
        guard let day = DayInput.parse(text, today: today, expect: .future) else {
            error = tr("form.due.not.a.date", text.trimmed, DayInput.forms)
            return nil
        }
        guard day >= today else { error = tr("form.due.in.past"); return nil }
        return day
    }

    /// Up/down move; other keys edit the picker's search text.
    static func navigate(_ p: inout Picker, _ key: Key) {
        switch key {
        case .up: p.move(by: -1)
        case .down: p.move(by: 1)
        default:
            var input = TextInput(text: p.filter)
            if input.apply(key) { p.filter = input.text; p.selected = 0 }
        }
    }

    /// The picker's own words in the current language.
    static var pickerLabels: Picker.Labels {
        Picker.Labels(filter: tr("form.picker.filter"), typeToNarrow: tr("form.picker.typeToNarrow"), noMatches: tr("form.picker.noMatches"))
    }

    static func renderPicker(_ p: Picker, into grid: inout Grid, bounds: Rect) {
        let pref = p.preferredSize
        p.render(into: &grid, area: Picker.area(in: bounds, preferredWidth: pref.width, preferredHeight: pref.height), labels: pickerLabels)
    }

    /// A titled box with one input line and a hint (or the error) underneath.
    /// An error wraps over as many rows as it needs (a refusal says what the record is now).
    static func inputBox(_ input: TextInput, title: String, error: String?, into grid: inout Grid, bounds: Rect) {
        let width = min(70, bounds.width)
        let footer = FormParts.footerRows(error, width: width - 2)
        let area = Picker.area(in: bounds, preferredWidth: width, preferredHeight: 4 + footer)
        let panel = Panel(title: title, focused: true)
        panel.render(into: &grid, area: area)
        let inner = panel.inner(area)
        guard inner.height > 0 else { return }
        input.render(into: &grid, area: Rect(x: inner.x, y: inner.y, width: inner.width, height: 1))
        if inner.height > 1 {
            FormParts.footer(error, hint: tr("form.hint.enter.saves"), into: &grid, inner: Rect(x: inner.x, y: inner.y + 1, width: inner.width,
                                                                                                height: inner.height - 1))
        }
    }

    /// A titled box with a date field: beside it the day it means ("→ vr 11 dec 2026"), under
    /// it the forms a date may take, and the hint (or the error) at the bottom.
    static func dateBox(_ input: TextInput, title: String, today: Day, expect: DayInput.Expect, error: String?,
                        into grid: inout Grid, bounds: Rect) {
        let area = Picker.area(in: bounds, preferredWidth: min(70, bounds.width), preferredHeight: 6)
        let panel = Panel(title: title, focused: true)
        panel.render(into: &grid, area: area)
        let inner = panel.inner(area)
        guard inner.height > 0 else { return }
        let fieldWidth = min(18, inner.width)
        input.render(into: &grid, area: Rect(x: inner.x, y: inner.y, width: fieldWidth, height: 1))
        FormParts.dateMeaning(input.text, today: today, expect: expect, into: &grid, x: inner.x + fieldWidth + 2, y: inner.y, maxX: inner.maxX)
        if inner.height > 2 {
            grid.put(DayInput.forms, x: inner.x, y: inner.y + 1, style: Style(.muted), maxWidth: inner.width)
        }
        if inner.height > 1 {
            // An error wraps onto the row above rather than being cut off.
            let text = error ?? tr("form.hint.enter.saves")
            let lines = error == nil ? [text] : TextBlock.wrap(text, width: inner.width)
            let rows = min(lines.count, inner.height - 1)
            for (i, line) in lines.prefix(rows).enumerated() {
                let y = inner.y + inner.height - rows + i
                grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1))
                grid.put(line, x: inner.x, y: y, style: Style(error == nil ? .muted : .error, error == nil ? [] : [.bold]), maxWidth: inner.width)
            }
        }
    }

    /// Who can own an action or a follow-up (not new staff, not away or gone on `today`), the
    /// case's regisseur first.
    static func owners(_ staff: [Staff], regisseurFirst regisseur: StaffID?, today: Day) -> [Staff] {
        let people = staff.filter { $0.role.canBeRegisseur && $0.unavailability(today: today, until: today) == nil }
        return people.filter { $0.id == regisseur } + people.filter { $0.id != regisseur }
    }

    /// A suggested regisseur: name, discipline, score, and every reason with its points; one
    /// who is away or leaving says why instead, as a warning (and is listed last by the ranker).
    static func item(_ s: Suggestion) -> PickerItem {
        if let why = s.unavailable {
            return PickerItem(
                title: tr("form.suggestion.unavailable", s.staff.name, s.staff.discipline), detail: why, style: Style(.warning))
        }
        return PickerItem(
            title: tr("form.suggestion", s.staff.name, s.staff.discipline, s.score),
            detail: s.reasons.map(\.display).joined(separator: " · "),
            style: Style(s.wouldBeOverCapacity || !s.isAvailable ? .warning : .normal))
    }
}
