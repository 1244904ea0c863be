import TerminalKit
import Wijkteam

/// What the status form saves: provision `id`, seen at `version`, moves to `status` on `day`.
public struct ProvisionChange: Sendable, Equatable {
    public var id: Int
    public var version: Int
    public var status: ProvisionStatus
    public var day: Day
    public var reason: String?
}

/// The next step in a provision's life (`S` in the household view): pick the provision (when
/// the open case has more than one that can move on), the next status (only those allowed),
/// the day (default today) and, for ended, refused or withdrawn, the reason.
struct ProvisionStatusForm: Sendable {
    enum Stage: Sendable {
        case provision(Picker)
        case status(Picker)
        case day(TextInput)
        case reason(TextInput)
    }
    typealias Outcome = FormOutcome<ProvisionChange>

    let householdID: Int
    let today: Day
    /// The provisions that can move on, in the order shown.
    let provisions: [Provision]
    var stage: Stage
    var chosen: Provision?
    var status: ProvisionStatus?
    var day: Day?
    var error: String?

    /// Nil when no provision of the open cases can move on.
    init?(householdID: Int, provisions: [Provision], today: Day, privacy: Bool) {
        let movable = provisions.filter { !$0.status.isFinal }
        guard !movable.isEmpty else { return nil }
        self.householdID = householdID; self.today = today; self.provisions = movable
        stage = .provision(
            Picker(
                title: tr("form.provision_status.pick"),
                items: movable.map { p in
                    PickerItem(title: "#\(p.id) \(privacy ? "…" : p.description)", detail: "\(p.provider) · \(p.status.label)")
                },
                footer: tr("form.hint.enter.chooses")))
        if movable.count == 1 { choose(movable[0]) }
    }

    private mutating func choose(_ p: Provision) {
        chosen = p
        stage = .status(
            Picker(
                title: tr("form.provision_status.next", p.id, p.status.label),
                items: p.status.next.map { PickerItem(title: $0.label) }, footer: tr("form.hint.enter.chooses")))
    }

    mutating func key(_ key: Key) -> Outcome {
        error = nil
        if key == .escape { return .cancel }
        switch stage {
        case .provision(var p):
            if key == .enter, let i = p.selectedItemIndex { choose(provisions[i]); return .stay }
            Dialog.navigate(&p, key)
            stage = .provision(p)
        case .status(var p):
            if key == .enter, let i = p.selectedItemIndex, let chosen {
                status = chosen.status.next[i]
                stage = .day(TextInput(text: today.description, placeholder: tr("form.provision_status.day.placeholder"), maxLength: 20))
                return .stay
            }
            Dialog.navigate(&p, key)
            stage = .status(p)
        case .day(var input):
            if key == .enter { return dayEntered(input.text) }
            _ = input.apply(key)
            stage = .day(input)
        case .reason(var input):
            if key == .enter { return finish(reason: input.text) }
            _ = input.apply(key)
            stage = .reason(input)
        }
        return .stay
    }

    private mutating func dayEntered(_ text: String) -> Outcome {
        guard let d = DayInput.parse(text, today: today, expect: .past) else {
            error = tr("form.provision_status.day.invalid", text.trimmed, DayInput.forms)
            return .stay
        }
        // The day is checked here (the reason comes next), so a wrong day is said on its own field.
        guard let chosen, let status else { return .stay }
        do {
            try chosen.checkChange(to: status, on: d, reason: status.needsReason ? "-" : nil, today: today)
        } catch {
            self.error = "\(error)"
            return .stay
        }
        day = d
        if status.needsReason {
            stage = .reason(TextInput(placeholder: tr("form.provision_status.reason.placeholder"), maxLength: 200))
            return .stay
        }
        return finish(reason: nil)
    }

    /// Checked as the store will check it, so a mistake is said here, with what was typed kept.
    private mutating func finish(reason: String?) -> Outcome {
        guard let chosen, let status, let day else { return .stay }
        do {
            try chosen.checkChange(to: status, on: day, reason: reason, today: today)
        } catch {
            self.error = "\(error)"
            return .stay
        }
        return .save(ProvisionChange(id: chosen.id, version: chosen.version, status: status, day: day, reason: reason?.trimmed))
    }

    func render(into grid: inout Grid, bounds: Rect) {
        switch stage {
        case .provision(let p), .status(let p): Dialog.renderPicker(p, into: &grid, bounds: bounds)
        case .day(let input):
            Dialog.dateBox(
                input, title: tr("form.provision_status.day.title", status?.label ?? ""), today: today, expect: .past, error: error,
                into: &grid, bounds: bounds)
        case .reason(let input):
            Dialog.inputBox(
                input, title: tr("form.provision_status.reason.title", status?.label ?? ""), error: error, into: &grid, bounds: bounds)
        }
    }
}

extension ProvisionStatusForm: FormDialog {
    mutating func key(_ key: Key, context: FormContext) -> Outcome { self.key(key) }
    func effects(saving change: ProvisionChange, context: FormContext) -> [Effect] {
        [.changeProvision(change, householdID: householdID)]
    }
    func render(into grid: inout Grid, bounds: Rect, context: FormContext) { render(into: &grid, bounds: bounds) }
}
