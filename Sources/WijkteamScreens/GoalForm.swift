import TerminalKit
import Wijkteam

/// A plan goal (`G` on the household screen): which domain, whose goal, the target score,
/// and the goal in the household's words. Adds a goal, or changes one chosen from the plan.
struct GoalForm: Sendable {
    enum Field: Int, CaseIterable, Sendable { case domain, person, target, text }
    typealias Outcome = FormOutcome<CaseEdit>
    var householdID = 0

    /// The goals to choose from first (nil once one is chosen, or when there are none).
    var choosing: Picker?
    let existing: [PlanGoal]
    let members: [Person]
    let scores: [ZRMScore]
    var goal: PlanGoal {
        didSet { domainChoice.selected = LifeDomain.allCases.firstIndex(of: goal.domain) ?? 0 }
    }
    /// The domain as a choice field: typing narrows the thirteen domains ("fin", "netw").
    var domainChoice = FormParts.choices(LifeDomain.financien, label: \.label)
    var original: PlanGoal?
    var text: TextInput
    var field: Field = .domain
    var error: String?

    init(caseID: Int, goals: [PlanGoal], members: [Person], scores: [ZRMScore]) {
        existing = goals
        self.members = members
        self.scores = scores
        let client = members.first { $0.isClient && $0.isCurrent }
        goal = PlanGoal(id: 0, caseID: caseID, domain: .financien, personID: client?.id, targetScore: 3, text: "")
        text = TextInput(placeholder: tr("form.goal.placeholder"), maxLength: 160)
        if !goals.isEmpty {
            choosing = Picker(title: tr("form.goal.choose.title", caseID),
                              items: [PickerItem(title: tr("form.goal.choose.new"))] + goals.map { PickerItem(title: "\($0.domain.label) → \($0.targetScore)", detail: $0.text) },
                              footer: tr("form.hint.enter.chooses"))
        }
    }

    /// Opens again after a refused save with what was typed, on the goal's current version.
    init(draft: PlanGoal, current: PlanGoal?, members: [Person], scores: [ZRMScore], error: String) {
        self.init(caseID: draft.caseID, goals: [], members: members, scores: scores)
        goal = draft
        domainChoice = FormParts.choices(draft.domain, label: \.label)
        original = current
        text = TextInput(text: draft.text, maxLength: 160)
        field = .text
        self.error = error
    }

    mutating func key(_ key: Key) -> Outcome {
        error = nil
        if var p = choosing {
            switch key {
            case .escape: return .cancel
            case .enter:
                choosing = nil
                if let i = p.selectedItemIndex, i > 0 {
                    goal = existing[i - 1]
                    original = goal
                    text = TextInput(text: goal.text, maxLength: 160)
                }
            default:
                Dialog.navigate(&p, key)
                choosing = p
            }
            return .stay
        }
        switch key {
        case .escape: return .cancel
        case .ctrl("s"): return save()
        case .enter where field == .text: return save()
        case .enter, .down, .tab: move(1); return .stay
        case .up, .backTab: move(-1); return .stay
        default: break
        }
        switch field {
        case .domain:
            if domainChoice.apply(key) { goal.domain = LifeDomain.allCases[domainChoice.selected] }
        case .person:
            // Who moved out or died gets no new goal; a goal already theirs keeps them.
            let options: [Int?] = [nil] + members.filter { $0.isCurrent || $0.id == original?.personID }.map(\.id)
            let i = options.firstIndex(of: goal.personID) ?? 0
            if key == .left { goal.personID = options[(i + options.count - 1) % options.count] }
            if key == .right || key == .char(" ") { goal.personID = options[(i + 1) % options.count] }
        case .target:
            switch key {
            case .char(let c) where ("1"..."5").contains(c): goal.targetScore = Int(String(c))!
            case .left: goal.targetScore = max(1, goal.targetScore - 1)
            case .right: goal.targetScore = min(5, goal.targetScore + 1)
            default: break
            }
        case .text: _ = text.apply(key)
        }
        return .stay
    }

    private mutating func move(_ delta: Int) {
        domainChoice.accept()
        field = field.cycled(by: delta, among: Field.allCases)
    }

    private mutating func save() -> Outcome {
        var g = goal
        g.text = text.text.trimmed
        do { try g.validate(members: members) } catch {
            self.error = "\(error)"; field = .text
            return .stay
        }
        if let o = original, o.domain == g.domain, o.personID == g.personID, o.targetScore == g.targetScore, o.text == g.text { return .cancel }
        return .save(.goal(g, expectedVersion: original?.version))
    }

    /// The latest score for the goal's domain (of its person, or anyone in the household).
    var currentScore: Int? {
        scores.filter { $0.domain == goal.domain && (goal.personID == nil || $0.personID == goal.personID) }.max { $0.date < $1.date }?.score
    }

    func render(into grid: inout Grid, bounds: Rect, privacy: Bool) {
        if let p = choosing { Dialog.renderPicker(p, into: &grid, bounds: bounds); return }
        let footer = FormParts.footerRows(error, width: min(76, bounds.width) - 2)
        let area = Picker.area(in: bounds, preferredWidth: min(76, bounds.width), preferredHeight: Field.allCases.count + 3 + footer)
        let panel = Panel(title: original == nil ? tr("form.goal.title.new", goal.caseID) : tr("form.goal.title.change", goal.id), focused: true)
        panel.render(into: &grid, area: area)
        let inner = panel.inner(area)
        let labelWidth = 14
        for (i, f) in Field.allCases.enumerated() where i < inner.height - 2 {
            let y = inner.y + i
            let focused = f == field
            let value = Rect(x: inner.x + labelWidth, y: y, width: max(1, inner.width - labelWidth), height: 1)
            switch f {
            case .domain:
                FormParts.label(tr("form.goal.domain"), focused: focused, into: &grid, x: inner.x, y: y, width: labelWidth)
                domainChoice.render(into: &grid, area: value, focused: focused, hint: FormParts.choiceHint)
            case .person:
                FormParts.label(tr("form.goal.whose"), focused: focused, into: &grid, x: inner.x, y: y, width: labelWidth)
                let who = goal.personID.flatMap { id in members.first { $0.id == id } }.map { Format.name($0.name, privacy: privacy) } ?? tr("form.goal.whose.household")
                FormParts.choice(who, focused: focused, into: &grid, area: value)
            case .target:
                FormParts.label(tr("form.goal.target"), focused: focused, into: &grid, x: inner.x, y: y, width: labelWidth)
                let now = currentScore.map { tr("form.goal.target.now", $0) } ?? tr("form.goal.target.no.score")
                FormParts.choice(now + "\(goal.targetScore) \(ZRMScore.label(goal.targetScore))", focused: focused, into: &grid, area: value)
            case .text:
                FormParts.label(tr("form.goal.text"), focused: focused, into: &grid, x: inner.x, y: y, width: labelWidth)
                FormParts.field(text, focused: focused, into: &grid, area: value)
            }
        }
        FormParts.footer(error, hint: tr("form.goal.hint"), into: &grid, inner: inner)
    }
}
