import TerminalKit
import Wijkteam

/// A change to a case's plan the plan view asks the store for (`Effect.savePlan`); each is one
/// store call, version-checked against what the view showed.
public enum PlanEdit: Sendable, Equatable {
    /// The household's question; the agreed and evaluation days stay as the view showed them.
    case question(caseID: Int, text: String, expectedVersion: Int)
    /// The agreed and evaluation days; the question stays as the view showed it.
    case dates(caseID: Int, agreedOn: Day?, evaluateOn: Day?, expectedVersion: Int)
    /// A strength or worry added (id 0) or changed.
    case point(PlanPoint, expectedVersion: Int?)
    case removePoint(PlanPoint)
    case done(PlanAction, on: Day)
    /// An action added to a goal (`PlanActionForm`).
    case action(PlanAction)

    public var caseID: Int {
        switch self {
        case .question(let id, _, _), .dates(let id, _, _, _): id
        case .point(let p, _), .removePoint(let p): p.caseID
        case .done(let a, _), .action(let a): a.caseID
        }
    }
}

/// The plan view's forms (issue 27): the question, the dates, a strength or worry added,
/// changed or removed, an action marked done. What needs choosing (a point, an action) is
/// chosen first from a picker. A refused save opens the form again with what was typed.
struct PlanForm: Sendable {
    enum Task: Sendable, Equatable {
        case question, dates, editPoint, removePoint, done
        case addPoint(PlanPointKind)
    }
    typealias Outcome = FormOutcome<PlanEdit>

    let task: Task
    var plan: CasePlan
    let today: Day
    /// Choosing the point or action first (nil once chosen, or when nothing needs choosing).
    var choosing: Picker?
    /// The point being changed.
    var point: PlanPoint?
    var text: TextInput
    /// The evaluation day (the dates form's second field).
    var second: TextInput
    var onSecond = false
    var error: String?

    init(_ task: Task, plan: CasePlan, today: Day) {
        self.task = task
        self.plan = plan
        self.today = today
        text = TextInput(maxLength: 500)
        second = TextInput(maxLength: 40)
        switch task {
        case .question:
            text = TextInput(text: plan.question, placeholder: tr("planForm.question.placeholder"), maxLength: 500)
        case .dates:
            text = TextInput(text: plan.agreedOn?.description ?? "", maxLength: 40)
            second = TextInput(text: plan.evaluateOn?.description ?? "", maxLength: 40)
        case .addPoint(let kind):
            point = PlanPoint(id: 0, caseID: plan.caseID, kind: kind, text: "")
        case .editPoint, .removePoint:
            choosing = Picker(
                title: task == .editPoint ? tr("planForm.choose.point.edit") : tr("planForm.choose.point.remove"),
                items: plan.points.map { PickerItem(title: $0.kind.label, detail: $0.text) }, footer: tr("form.hint.enter.chooses"))
        case .done:
            choosing = Picker(
                title: tr("planForm.choose.action"), items: openActions.map { PickerItem(title: $0.text, detail: $0.due?.description) },
                footer: tr("form.hint.enter.chooses"))
        }
    }

    /// Opens again after a refused save with what was typed, on the plan as it is now.
    init?(refused edit: PlanEdit, fresh: CasePlan, today: Day, error: String) {
        switch edit {
        case .question(_, let typed, _):
            self.init(.question, plan: fresh, today: today)
            text = TextInput(text: typed, maxLength: 500)
        case .dates(_, let agreed, let evaluate, _):
            self.init(.dates, plan: fresh, today: today)
            text = TextInput(text: agreed?.description ?? "", maxLength: 40)
            second = TextInput(text: evaluate?.description ?? "", maxLength: 40)
        case .point(let draft, _):
            // A point removed meanwhile is added again when saved (id 0); a changed one is saved
            // over its current version, now shown in the error.
            self.init(.addPoint(draft.kind), plan: fresh, today: today)
            point = fresh.points.first { $0.id == draft.id } ?? PlanPoint(id: 0, caseID: draft.caseID, kind: draft.kind, text: "")
            text = TextInput(text: draft.text, maxLength: 500)
        case .removePoint, .done, .action:
            return nil
        }
        self.error = error
    }

    var openActions: [PlanAction] { plan.actions.filter { !$0.done } }

    mutating func key(_ key: Key) -> Outcome {
        if var p = choosing {
            switch key {
            case .escape: return .cancel
            case .enter: return choose(p.selectedItemIndex)
            default:
                Dialog.navigate(&p, key)
                choosing = p
                return .stay
            }
        }
        switch key {
        case .escape: return .cancel
        case .enter, .ctrl("s"): return save()
        case .tab, .backTab, .up, .down:
            if task == .dates { onSecond.toggle() }
            return .stay
        default:
            error = nil
            if onSecond { _ = second.apply(key) } else { _ = text.apply(key) }
            return .stay
        }
    }

    private mutating func choose(_ index: Int?) -> Outcome {
        guard let i = index else { return .stay }
        choosing = nil
        switch task {
        case .editPoint:
            point = plan.points[i]
            text = TextInput(text: plan.points[i].text, maxLength: 500)
            return .stay
        case .removePoint: return .save(.removePoint(plan.points[i]))
        case .done: return .save(.done(openActions[i], on: today))
        default: return .stay
        }
    }

    private mutating func save() -> Outcome {
        switch task {
        case .question:
            let q = text.text.trimmed
            if q == plan.question { return .cancel }
            return .save(.question(caseID: plan.caseID, text: q, expectedVersion: plan.version))
        case .dates:
            return saveDates()
        case .addPoint, .editPoint:
            guard var p = point else { return .stay }
            p.text = text.text.trimmed
            var textOnly = p
            textOnly.personID = nil
            textOnly.tieID = nil
            do { try textOnly.validate(members: [], ties: []) } catch {
                self.error = "\(error)"
                return .stay
            }
            if let o = plan.points.first(where: { $0.id == p.id }), o.text == p.text { return .cancel }
            return .save(.point(p, expectedVersion: p.id == 0 ? nil : p.version))
        case .removePoint, .done:
            return .stay
        }
    }

    private mutating func saveDates() -> Outcome {
        func day(_ input: TextInput) -> Day?? {
            let t = input.text.trimmed
            if t.isEmpty { return .some(nil) }
            return DayInput.parse(t, today: today, expect: .past).map { .some($0) }
        }
        guard let agreed = day(text) else {
            error = tr("form.due.not.a.date", text.text.trimmed, DayInput.forms); onSecond = false
            return .stay
        }
        guard
            let evaluate = DayInput.parse(second.text.trimmed, today: today, expect: .future).map({ Optional($0) })
                ?? (second.text.trimmed.isEmpty ? .some(nil) : nil)
        else {
            error = tr("form.due.not.a.date", second.text.trimmed, DayInput.forms); onSecond = true
            return .stay
        }
        var p = plan
        p.agreedOn = agreed
        p.evaluateOn = evaluate
        do { try p.validate(today: today) } catch {
            self.error = "\(error)"
            return .stay
        }
        return .save(.dates(caseID: plan.caseID, agreedOn: agreed, evaluateOn: evaluate, expectedVersion: plan.version))
    }

    var title: String {
        switch task {
        case .question: tr("planForm.title.question", plan.caseID)
        case .dates: tr("planForm.title.dates", plan.caseID)
        case .addPoint(let kind): point?.id ?? 0 == 0 ? tr("planForm.title.add", kind.label) : tr("planForm.title.change", kind.label)
        case .editPoint: tr("planForm.title.change", point?.kind.label ?? "")
        case .removePoint, .done: ""
        }
    }

    func render(into grid: inout Grid, bounds: Rect) {
        if let p = choosing { Dialog.renderPicker(p, into: &grid, bounds: bounds); return }
        guard task == .dates else {
            Dialog.inputBox(text, title: title, error: error, into: &grid, bounds: bounds)
            return
        }
        let width = min(70, bounds.width)
        let footer = FormParts.footerRows(error, width: width - 2)
        let area = Picker.area(in: bounds, preferredWidth: width, preferredHeight: 5 + footer)
        let panel = Panel(title: title, focused: true)
        panel.render(into: &grid, area: area)
        let inner = panel.inner(area)
        guard inner.height >= 3 else { return }
        let labelWidth = 14
        for (i, (label, input, expect)) in [
            (tr("planForm.agreed"), text, DayInput.Expect.past), (tr("planForm.evaluate"), second, .future),
        ].enumerated() {
            let focused = onSecond == (i == 1)
            FormParts.label(label, focused: focused, into: &grid, x: inner.x, y: inner.y + i, width: labelWidth)
            let field = Rect(x: inner.x + labelWidth, y: inner.y + i, width: min(14, max(1, inner.width - labelWidth)), height: 1)
            FormParts.field(input, focused: focused, into: &grid, area: field)
            FormParts.dateMeaning(
                input.text, today: today, expect: expect, into: &grid, x: field.maxX + 1, y: inner.y + i, maxX: inner.maxX)
        }
        FormParts.footer(
            error, hint: tr("planForm.dates.hint"), into: &grid,
            inner: Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: inner.height - 2))
    }
}

extension PlanForm: FormDialog {
    mutating func key(_ key: Key, context: FormContext) -> Outcome { self.key(key) }
    func effects(saving edit: PlanEdit, context: FormContext) -> [Effect] { [.savePlan(edit)] }
    func render(into grid: inout Grid, bounds: Rect, context: FormContext) { render(into: &grid, bounds: bounds) }
}
