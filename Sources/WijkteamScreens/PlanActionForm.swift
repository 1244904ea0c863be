import TerminalKit
import Wijkteam

/// Adding an action to a goal of the plan (`n` in the plan view): which goal, what, who carries
/// it out (a household member, a tie from the network, a professional by name, the regisseur),
/// and by when. The owner is asked as its kind needs; a refused save opens the form again at
/// the due day with everything typed.
struct PlanActionForm: Sendable {
    enum Stage: Sendable {
        case goal(Picker)
        case text(TextInput)
        case ownerKind(Picker)
        case member(Picker)
        case tie(Picker)
        case professional(TextInput)
        case due(TextInput)
    }
    typealias Outcome = FormOutcome<PlanEdit>

    let plan: CasePlan
    let members: [Person]
    let ties: [NetworkTie]
    let today: Day
    var stage: Stage
    var action: PlanAction
    var error: String?

    init(plan: CasePlan, record: HouseholdRecord, today: Day) {
        self.plan = plan
        self.today = today
        members = record.household.members.filter { $0.leftOn == nil }
        ties = record.ties
        action = PlanAction(id: 0, caseID: plan.caseID, goalID: plan.goals.first?.id ?? 0, text: "", ownerKind: .regisseur)
        stage = .goal(
            Picker(
                title: tr("planForm.action.goal"), items: plan.goals.map { PickerItem(title: $0.domain.label, detail: $0.text) },
                footer: tr("form.hint.enter.chooses")))
    }

    /// Opens again after a refused save, at the due day, with what was typed.
    init(refused draft: PlanAction, plan: CasePlan, record: HouseholdRecord, today: Day, error: String) {
        self.init(plan: plan, record: record, today: today)
        action = draft
        stage = .due(TextInput(text: draft.due?.description ?? "", maxLength: 40))
        self.error = error
    }

    mutating func key(_ key: Key) -> Outcome {
        if key == .escape { return .cancel }
        if key != .enter { error = nil }
        switch stage {
        case .goal(var p):
            guard key == .enter else { return navigate(&p, key) { .goal($0) } }
            guard let i = p.selectedItemIndex else { return .stay }
            action.goalID = plan.goals[i].id
            stage = .text(TextInput(placeholder: tr("planForm.action.text.placeholder"), maxLength: 500))
        case .text(var input):
            guard key == .enter else { return type(&input, key) { .text($0) } }
            guard !input.text.trimmed.isEmpty else { error = tr("planForm.action.text.empty"); return .stay }
            action.text = input.text.trimmed
            stage = .ownerKind(
                Picker(
                    title: tr("planForm.action.owner"), items: ActionOwnerKind.allCases.map { PickerItem(title: $0.label) },
                    footer: tr("form.hint.enter.chooses")))
        case .ownerKind(var p):
            guard key == .enter else { return navigate(&p, key) { .ownerKind($0) } }
            guard let i = p.selectedItemIndex else { return .stay }
            chooseOwner(ActionOwnerKind.allCases[i])
        case .member(var p):
            guard key == .enter else { return navigate(&p, key) { .member($0) } }
            guard let i = p.selectedItemIndex else { return .stay }
            action.ownerPersonID = members[i].id
            stage = dueStage
        case .tie(var p):
            guard key == .enter else { return navigate(&p, key) { .tie($0) } }
            guard let i = p.selectedItemIndex else { return .stay }
            action.ownerTieID = ties[i].id
            stage = dueStage
        case .professional(var input):
            guard key == .enter else { return type(&input, key) { .professional($0) } }
            guard !input.text.trimmed.isEmpty else { error = tr("planForm.action.professional.empty"); return .stay }
            action.ownerName = input.text.trimmed
            stage = dueStage
        case .due(var input):
            guard key == .enter else { return type(&input, key) { .due($0) } }
            guard let day = DayInput.parse(input.text.trimmed, today: today, expect: .future) else {
                error = tr("form.due.not.a.date", input.text.trimmed, DayInput.forms)
                return .stay
            }
            action.due = day
            return .save(.action(action))
        }
        return .stay
    }

    private mutating func chooseOwner(_ kind: ActionOwnerKind) {
        action.ownerKind = kind
        action.ownerPersonID = nil
        action.ownerTieID = nil
        action.ownerName = nil
        let footer = tr("form.hint.enter.chooses")
        switch kind {
        case .member:
            stage = .member(Picker(title: tr("planForm.action.member"), items: members.map { PickerItem(title: $0.name) }, footer: footer))
        case .tie:
            guard !ties.isEmpty else { error = tr("planForm.action.noTies"); return }
            stage = .tie(
                Picker(
                    title: tr("planForm.action.tie"), items: ties.map { PickerItem(title: $0.name, detail: $0.relation) }, footer: footer))
        case .professional:
            stage = .professional(TextInput(placeholder: tr("planForm.action.professional.placeholder"), maxLength: 120))
        case .regisseur:
            stage = dueStage
        }
    }

    private var dueStage: Stage { .due(TextInput(text: today.adding(days: 14).description, maxLength: 40)) }

    private mutating func navigate(_ p: inout Picker, _ key: Key, _ wrap: (Picker) -> Stage) -> Outcome {
        Dialog.navigate(&p, key)
        stage = wrap(p)
        return .stay
    }

    private mutating func type(_ input: inout TextInput, _ key: Key, _ wrap: (TextInput) -> Stage) -> Outcome {
        _ = input.apply(key)
        stage = wrap(input)
        return .stay
    }

    /// In privacy mode the pickers of members and ties show initials.
    func render(into grid: inout Grid, bounds: Rect, privacy: Bool) {
        switch stage {
        case .goal(let p), .ownerKind(let p): Dialog.renderPicker(p, into: &grid, bounds: bounds)
        case .member(var p):
            if privacy { p.items = members.map { PickerItem(title: Privacy.initials($0.name)) } }
            Dialog.renderPicker(p, into: &grid, bounds: bounds)
        case .tie(var p):
            if privacy { p.items = ties.map { PickerItem(title: Privacy.initials($0.name), detail: $0.relation) } }
            Dialog.renderPicker(p, into: &grid, bounds: bounds)
        case .text(let input):
            Dialog.inputBox(input, title: tr("planForm.action.text"), error: error, into: &grid, bounds: bounds)
        case .professional(let input):
            Dialog.inputBox(input, title: tr("planForm.action.professional"), error: error, into: &grid, bounds: bounds)
        case .due(let input):
            Dialog.inputBox(input, title: tr("planForm.action.due", action.text), error: error, into: &grid, bounds: bounds)
        }
        if let error, case .ownerKind = stage {
            TextLine(error, style: Style(.error, [.bold])).render(
                into: &grid, area: Rect(x: bounds.x, y: bounds.maxY - 1, width: bounds.width, height: 1))
        }
    }
}

extension PlanActionForm: FormDialog {
    mutating func key(_ key: Key, context: FormContext) -> Outcome { self.key(key) }
    func effects(saving edit: PlanEdit, context: FormContext) -> [Effect] { [.savePlan(edit)] }
    func render(into grid: inout Grid, bounds: Rect, context: FormContext) {
        render(into: &grid, bounds: bounds, privacy: context.privacy)
    }
}
