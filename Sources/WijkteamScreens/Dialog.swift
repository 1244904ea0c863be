import TerminalKit
import Wijkteam

/// Pieces the dialogs share: moving in a picker, a one-line input box, a suggestion as a row.
enum Dialog {
    /// A typed due date: `YYYY-MM-DD`, today or later. nil, with what is wrong in `error`, otherwise.
    static func dueDate(_ text: String, today: Day, error: inout String?) -> Day? {
        guard let day = Day(text) else { error = tr("form.due.not.a.date", text); return nil }
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
    static func inputBox(_ input: TextInput, title: String, error: String?, into grid: inout Grid, bounds: Rect) {
        let area = Picker.area(in: bounds, preferredWidth: min(70, bounds.width), preferredHeight: 5)
        let panel = Panel(title: title, focused: true)
        panel.render(into: &grid, area: area)
        let inner = panel.inner(area)
        guard inner.height > 0 else { return }
        input.render(into: &grid, area: Rect(x: inner.x, y: inner.y, width: inner.width, height: 1))
        if inner.height > 1 {
            grid.put(error ?? tr("form.hint.enter.saves"), x: inner.x, y: inner.y + inner.height - 1,
                     style: Style(error == nil ? .muted : .error, error == nil ? [] : [.bold]), maxWidth: inner.width)
        }
    }

    /// Who can own an action or a follow-up (not new staff, not on leave), the case's
    /// regisseur first.
    static func owners(_ staff: [Staff], regisseurFirst regisseur: StaffID?) -> [Staff] {
        let people = staff.filter { $0.role.canBeRegisseur && !$0.onLeave }
        return people.filter { $0.id == regisseur } + people.filter { $0.id != regisseur }
    }

    /// A suggested regisseur: name, discipline, score, and every reason with its points.
    static func item(_ s: Suggestion) -> PickerItem {
        PickerItem(title: tr("form.suggestion", s.staff.name, s.staff.discipline, s.score),
                   detail: s.reasons.map(\.display).joined(separator: " · "),
                   style: Style(s.wouldBeOverCapacity || s.staff.onLeave ? .warning : .normal))
    }
}
