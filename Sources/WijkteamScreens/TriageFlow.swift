import TerminalKit
import Wijkteam

/// The dialogs of triage: route → regisseur → follow-up → due date, or a Meldcode step → note.
/// A value type driven by keys; what it needs from outside comes back as an `Outcome`.
struct TriageFlow: Sendable {
    enum Stage: Sendable {
        case route(Picker)
        case regisseur(Picker, choices: [StaffID?])
        case followUp(Picker)
        case due(TextInput, kind: FollowUpKind)
        case meldcodeStep(Picker)
        case meldcodeNote(TextInput, step: MeldcodeStep)
    }

    enum Outcome: Sendable {
        case stay
        case cancel
        case needSuggestions(householdID: Int)
        case decide(TriageDecision)
        case meldcode(MeldcodeStep, note: String)
    }

    let item: RankedSignal
    let today: Day
    var stage: Stage
    var route: TriageRoute = .regie
    var regisseur: StaffID?
    var error: String?

    /// Computed: the titles are in the language current when the picker opens.
    static var followUpChoices: [(String, FollowUpKind?, Int)] {
        [
            (tr("form.triage.followup.none"), nil, 0),
            (tr("form.triage.followup.outreaching", 14 / 7), .outreaching, 14),
            (tr("form.triage.followup.preventive", 42 / 7), .preventive, 42),
            (tr("form.triage.followup.checkin", 14 / 7), .checkIn, 14),
        ]
    }

    /// Starts a decision. The route suggested first follows the signal.
    static func decide(_ item: RankedSignal, today: Day) -> TriageFlow {
        let routes = TriageRoute.allCases
        let preferred: TriageRoute = item.signal.safety ? .safety : .regie
        let picker = Picker(title: tr("form.triage.route.title", item.signal.id),
                            items: routes.map { PickerItem(title: $0.label) },
                            selected: routes.firstIndex(of: preferred) ?? 0, footer: tr("form.hint.enter.chooses"))
        return TriageFlow(item: item, today: today, stage: .route(picker))
    }

    static func meldcode(_ item: RankedSignal, done: [MeldcodeRecord], today: Day, names: [StaffID: String]) -> TriageFlow {
        let items = MeldcodeStep.allCases.map { step -> PickerItem in
            if let r = done.first(where: { $0.step == step }) {
                return PickerItem(title: "✓ " + step.label, detail: "\(names[r.doneBy] ?? r.doneBy), \(r.doneOn): \(r.note)", style: Style(.success))
            }
            return PickerItem(title: "  " + step.label)
        }
        let next = MeldcodeStep.allCases.firstIndex { step in !done.contains { $0.step == step } } ?? 0
        return TriageFlow(item: item, today: today,
                          stage: .meldcodeStep(Picker(title: tr("form.meldcode.title", item.signal.id), items: items, selected: next,
                                                      footer: tr("form.meldcode.hint"))))
    }

    /// The regisseur picker, once the suggestion context has arrived.
    mutating func showRegisseurs(_ suggestions: [Suggestion], current: StaffID?) {
        var items: [PickerItem] = [], choices: [StaffID?] = []
        if let current {
            // nil = leave the regisseur as it is (so a reassignment made meanwhile is not undone).
            items.append(PickerItem(title: tr("form.triage.regisseur.keep", current)))
            choices.append(nil)
        }
        for s in suggestions {
            items.append(Dialog.item(s))
            choices.append(s.staff.id)
        }
        stage = .regisseur(Picker(title: tr("form.triage.regisseur.title", route.label), items: items, footer: tr("form.hint.enter.chooses.search")),
                           choices: choices)
    }

    private mutating func askFollowUp() {
        let preferred = item.signal.source == .vroegsignalering ? 1 : 0
        stage = .followUp(Picker(title: tr("form.triage.followup.title"), items: TriageFlow.followUpChoices.map { PickerItem(title: $0.0) }, selected: preferred,
                                 footer: tr("form.hint.enter.chooses")))
    }

    private func decision(_ plan: FollowUpPlan?) -> TriageDecision {
        TriageDecision(route: route, regisseur: route.teamKeepsCase ? regisseur : nil, followUp: plan,
                       expectedCaseVersion: item.context.openCaseVersion)
    }

    mutating func key(_ key: Key) -> Outcome {
        error = nil
        if key == .escape { return .cancel }
        switch stage {
        case .route(var p):
            if key == .enter, let i = p.selectedItemIndex {
                route = TriageRoute.allCases[i]
                if route.teamKeepsCase, let h = item.signal.householdID { return .needSuggestions(householdID: h) }
                // The team does not keep a case on this route: nothing to follow up.
                return .decide(decision(nil))
            }
            Dialog.navigate(&p, key)
            stage = .route(p)
        case .regisseur(var p, let choices):
            if key == .enter, let i = p.selectedItemIndex {
                regisseur = choices[i]
                askFollowUp()
                return .stay
            }
            Dialog.navigate(&p, key)
            stage = .regisseur(p, choices: choices)
        case .followUp(var p):
            if key == .enter, let i = p.selectedItemIndex {
                let (_, kind, days) = TriageFlow.followUpChoices[i]
                guard let kind else { return .decide(decision(nil)) }
                stage = .due(TextInput(text: today.adding(days: days).description, placeholder: tr("form.date.placeholder")), kind: kind)
                return .stay
            }
            Dialog.navigate(&p, key)
            stage = .followUp(p)
        case .due(var input, let kind):
            if key == .enter {
                guard let day = Dialog.dueDate(input.text, today: today, error: &error) else { return .stay }
                let note = kind == .outreaching ? tr("form.triage.note.outreaching", item.signal.source.label) : tr("form.triage.note.after", kind.label)
                return .decide(decision(FollowUpPlan(kind: kind, due: day, owner: regisseur, note: note)))
            }
            _ = input.apply(key)
            stage = .due(input, kind: kind)
        case .meldcodeStep(var p):
            if key == .enter, let i = p.selectedItemIndex {
                stage = .meldcodeNote(TextInput(placeholder: tr("form.meldcode.note.placeholder")), step: MeldcodeStep.allCases[i])
                return .stay
            }
            Dialog.navigate(&p, key)
            stage = .meldcodeStep(p)
        case .meldcodeNote(var input, let step):
            if key == .enter {
                guard !input.text.allSatisfy(\.isWhitespace) else {
                    error = tr("form.meldcode.note.empty")
                    return .stay
                }
                return .meldcode(step, note: input.text)
            }
            _ = input.apply(key)
            stage = .meldcodeNote(input, step: step)
        }
        return .stay
    }

    func render(into grid: inout Grid, bounds: Rect) {
        switch stage {
        case .route(let p), .regisseur(let p, _), .followUp(let p), .meldcodeStep(let p):
            Dialog.renderPicker(p, into: &grid, bounds: bounds)
        case .due(let input, let kind):
            Dialog.inputBox(input, title: tr("form.triage.due.title", kind.label), error: error, into: &grid, bounds: bounds)
        case .meldcodeNote(let input, let step):
            Dialog.inputBox(input, title: step.label, error: error, into: &grid, bounds: bounds)
        }
    }
}
