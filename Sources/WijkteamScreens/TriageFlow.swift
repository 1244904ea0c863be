import TerminalKit
import Wijkteam

/// The dialogs of triage: route → regisseur → follow-up → due date → confirm, or a Meldcode
/// step (`MeldcodeForm`). The route picker starts on no route (a safety signal on the safety route,
/// marked as suggested), and nothing is saved before the summary is confirmed.
/// A value type driven by keys; what it needs from outside comes back as an `Outcome`.
struct TriageFlow: Sendable {
    enum Stage: Sendable {
        case route(Picker)
        case regisseur(Picker, choices: [StaffID?])
        case followUp(Picker)
        case due(TextInput, kind: FollowUpKind)
        case meldcode(MeldcodeForm)
        /// The decision as it will be saved: Enter or y saves, n or Esc saves nothing.
        case confirm(TriageDecision)
    }

    enum Result: Sendable {
        case decide(TriageDecision)
        case meldcode(MeldcodeRecord)
    }
    typealias Outcome = FormOutcome<Result>
    /// The household whose regisseur suggestions the flow needs now (asked for while it stays open).
    var wantsSuggestions: Int?

    let item: RankedSignal
    let today: Day
    var stage: Stage
    var route: TriageRoute = .regie
    var regisseur: StaffID?
    /// Names of the regisseurs offered, for the summary.
    var names: [StaffID: String] = [:]
    /// Why a row of the regisseur picker cannot be chosen (by row): away, leaving, or keeping a
    /// regisseur who is away while nobody covers.
    var refusals: [Int: String] = [:]
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

    /// Starts a decision on no route: a key pressed by mistake chooses nothing. Only a safety
    /// signal starts on a route, the safety route, marked as the suggested one.
    static func decide(_ item: RankedSignal, today: Day, names: [StaffID: String] = [:]) -> TriageFlow {
        let routes = TriageRoute.allCases
        let suggested: TriageRoute? = item.signal.safety ? .safety : nil
        let items = [PickerItem(title: tr("form.triage.route.none"), style: Style(.muted))]
            + routes.map { r in
                r == suggested ? PickerItem(title: tr("form.triage.route.suggested", r.label), detail: tr("form.triage.route.suggested.safety"))
                               : PickerItem(title: r.label)
            }
        let picker = Picker(title: tr("form.triage.route.title", item.signal.id), items: items,
                            selected: suggested.flatMap { routes.firstIndex(of: $0) }.map { $0 + 1 } ?? 0, footer: tr("form.hint.enter.chooses.search"))
        var flow = TriageFlow(item: item, today: today, stage: .route(picker))
        flow.names = names
        return flow
    }

    static func meldcode(_ item: RankedSignal, done: [MeldcodeRecord], today: Day, names: [StaffID: String]) -> TriageFlow {
        let form = MeldcodeForm(signalID: item.signal.id, done: done, today: today, names: names)
        return TriageFlow(item: item, today: today, stage: .meldcode(form))
    }

    /// The regisseur picker, once the suggestion context has arrived. `currentAway`: why the
    /// open case's regisseur cannot keep it (away and nobody covers).
    mutating func showRegisseurs(_ suggestions: [Suggestion], current: StaffID?, currentAway: String? = nil) {
        var items: [PickerItem] = [], choices: [StaffID?] = []
        refusals = [:]
        if let current {
            // nil = leave the regisseur as it is (so a reassignment made meanwhile is not undone).
            if let currentAway {
                refusals[items.count] = tr("form.triage.regisseur.keep.away", currentAway)
                items.append(PickerItem(title: tr("form.triage.regisseur.keep", current), detail: currentAway, style: Style(.warning)))
            } else {
                items.append(PickerItem(title: tr("form.triage.regisseur.keep", current)))
            }
            choices.append(nil)
        }
        // Whoever can take the case first; the unavailable ones last, with why (the ranker's order).
        for s in suggestions {
            if let why = s.unavailable { refusals[items.count] = tr("form.triage.regisseur.unavailable", s.staff.name, why) }
            items.append(Dialog.item(s))
            choices.append(s.staff.id)
            names[s.staff.id] = s.staff.name
        }
        // Keeping a regisseur who is away is refused: the selection starts on the best suggestion.
        let first = refusals[0] != nil && items.count > 1 ? 1 : 0
        stage = .regisseur(
            Picker(
                title: tr("form.triage.regisseur.title", route.label), items: items, selected: first,
                footer: tr("form.hint.enter.chooses.search")),
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
                guard i > 0 else {
                    p.footer = tr("form.triage.route.choose")
                    stage = .route(p)
                    return .stay
                }
                route = TriageRoute.allCases[i - 1]
                if route.teamKeepsCase, let h = item.signal.householdID { wantsSuggestions = h; return .stay }
                // The team does not keep a case on this route: nothing to follow up.
                stage = .confirm(decision(nil))
                return .stay
            }
            Dialog.navigate(&p, key)
            stage = .route(p)
        case .regisseur(var p, let choices):
            if key == .enter, let i = p.selectedItemIndex, let why = refusals[i] {
                // Refused with the reason; the picker stays for another choice.
                p.footer = why
                stage = .regisseur(p, choices: choices)
                return .stay
            }
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
                guard let kind else { stage = .confirm(decision(nil)); return .stay }
                stage = .due(TextInput(text: today.adding(days: days).description, placeholder: tr("form.date.placeholder")), kind: kind)
                return .stay
            }
            Dialog.navigate(&p, key)
            stage = .followUp(p)
        case .due(var input, let kind):
            if key == .enter {
                guard let day = Dialog.dueDate(input.text, today: today, error: &error) else { return .stay }
                let note = kind == .outreaching ? tr("form.triage.note.outreaching", item.signal.source.label) : tr("form.triage.note.after", kind.label)
                stage = .confirm(decision(FollowUpPlan(kind: kind, due: day, owner: regisseur, note: note)))
                return .stay
            }
            _ = input.apply(key)
            stage = .due(input, kind: kind)
        case .meldcode(var form):
            switch form.key(key) {
            case .cancel: return .cancel
            case .save(let record): return .save(.meldcode(record))
            case .stay: stage = .meldcode(form)
            }
        case .confirm(let d):
            switch key {
            case .enter, .char("y"), .char("Y"), .char("j"), .char("J"): return .save(.decide(d))
            case .char("n"), .char("N"): return .cancel
            default: break
            }
        }
        return .stay
    }

    /// The summary the confirmation shows: route, regisseur, follow-up, and that `u` undoes it.
    func summary(_ d: TriageDecision) -> [String] {
        var lines = [tr("form.triage.confirm.route", d.route.label)]
        if d.route.teamKeepsCase {
            let who: String
            if let r = d.regisseur { who = names[r] ?? r } else if let current = item.context.regisseurID {
                who = tr("form.triage.confirm.regisseur.keep", names[current] ?? current)
            } else { who = tr("form.triage.confirm.regisseur.none") }
            lines.append(tr("form.triage.confirm.regisseur", who))
        }
        if let f = d.followUp {
            lines.append(tr("form.triage.confirm.followup", f.kind.label, DayInput.spelled(f.due)))
        } else if d.route.teamKeepsCase {
            lines.append(tr("form.triage.confirm.followup.none"))
        }
        lines.append(tr("form.triage.confirm.effect"))
        return lines
    }

    func render(into grid: inout Grid, bounds: Rect) {
        switch stage {
        case .route(let p), .regisseur(let p, _), .followUp(let p):
            Dialog.renderPicker(p, into: &grid, bounds: bounds)
        case .due(let input, let kind):
            Dialog.dateBox(input, title: tr("form.triage.due.title", kind.label), today: today, expect: .future, error: error, into: &grid, bounds: bounds)
        case .meldcode(let form):
            form.render(into: &grid, bounds: bounds)
        case .confirm(let d):
            let width = min(70, bounds.width)
            let lines = summary(d).flatMap { TextBlock.wrap($0, width: max(1, width - 4)) }
            let area = Picker.area(in: bounds, preferredWidth: width, preferredHeight: lines.count + 4)
            let panel = Panel(title: tr("form.triage.confirm.title", item.signal.id), focused: true)
            panel.render(into: &grid, area: area)
            let inner = panel.inner(area)
            for (i, line) in lines.enumerated() where i < inner.height - 1 {
                grid.put(line, x: inner.x, y: inner.y + i, style: Style(.normal, i == 0 ? [.bold] : []), maxWidth: inner.width)
            }
            grid.put(tr("form.triage.confirm.keys"), x: inner.x, y: inner.maxY - 1, style: Style(.key), maxWidth: inner.width)
        }
    }
}
