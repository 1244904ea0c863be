import TerminalKit
import Wijkteam

/// Walking a goal's route to support (issue 27), one rung after the other as the ladder has
/// them: eigen kracht (what the household does itself), the network (which ties were asked;
/// a tie without consent cannot be named), the voorliggend veld (a general provision offered
/// for the goal's life domain first, or none). Each rung: what was asked, and whether it
/// carries the need. The answers are saved together at the end (`RouteEffect.save`).
struct RouteForm: Sendable {
    enum Stage: Sendable {
        case ties(Picker)
        case provision(Picker)
        case answer(TextInput)
        case carries(Picker)
    }
    enum Outcome: Sendable {
        case stay, cancel
        /// The rungs answered; `carried` when one of them carries the need.
        case done([RouteRung], carried: Bool)
    }

    let goal: PlanGoal
    let ties: [NetworkTie]
    let provisions: [GeneralProvision]
    let today: Day
    /// The ladder as stored when the form opened, then with this form's answers.
    private(set) var ladder: RouteLadder
    private(set) var answered: [RouteRung] = []
    /// The rungs this form asks, in order.
    let asking: [RouteRungKind]
    private(set) var draft: RouteRung
    var stage: Stage
    var error: String?

    /// Asks the unanswered rungs; with `again` (or none left unanswered) all three, from the start.
    init(goal: PlanGoal, ladder: RouteLadder, ties: [NetworkTie], provisions: [GeneralProvision], today: Day, again: Bool = false) {
        self.goal = goal
        self.ties = ties
        self.provisions = provisions
        self.today = today
        self.ladder = ladder
        asking = again || ladder.unanswered.isEmpty ? RouteRungKind.allCases : ladder.unanswered
        draft = RouteRung(goalID: goal.id, caseID: goal.caseID, rung: asking[0], carries: false, answer: "", recordedOn: today)
        stage = .answer(TextInput())
        begin(asking[0])
    }

    /// The active general provisions, those offered for the goal's domain first.
    var offered: [GeneralProvision] { RouteLadder.offered(provisions, for: goal.domain) }

    private mutating func begin(_ kind: RouteRungKind) {
        let current = ladder.rungs[kind]
        // The version seen goes with the answer: the store refuses it when someone changed the rung since.
        draft = RouteRung(
            goalID: goal.id, caseID: goal.caseID, rung: kind, carries: false, answer: "", tieIDs: current?.tieIDs ?? [],
            generalProvisionID: current?.generalProvisionID, recordedOn: today, version: current?.version ?? 0)
        switch kind {
        case .eigenKracht: stage = answerStage()
        case .network: stage = .ties(tiePicker(selected: 0))
        case .voorliggendVeld: stage = .provision(provisionPicker())
        }
    }

    private func answerStage() -> Stage {
        .answer(TextInput(text: ladder.rungs[draft.rung]?.answer ?? "", placeholder: tr("route.form.answer.placeholder"), maxLength: 300))
    }

    /// In privacy mode a person's name shows as initials (an organisation's in full), the relation redacted.
    func tiePicker(selected: Int, privacy: Bool = false, redactor: Redactor = .none) -> Picker {
        var items = ties.map { t in
            let name = Format.name(t.name, privacy: privacy && !t.isOrganisation)
            let relation = privacy ? redactor.redact(t.relation) : t.relation
            let mark = draft.tieIDs.contains(t.id) ? "[x]" : "[ ]"
            var detail = t.consentToShare ? tr("route.form.tie.consent") : tr("route.form.tie.no_consent")
            // A carer already long and intensive, or feeling it heavy, is no easy answer.
            let signs = t.carerLoad.signs(on: today).filter { $0 != .intensiveNotYetLong }.map(\.label)
            if !signs.isEmpty { detail += " · ⚠ " + tr("route.form.tie.load", signs.joined(separator: ", ")) }
            return PickerItem(title: "\(mark) \(name) · \(relation)", detail: detail, style: Style(t.consentToShare ? .normal : .muted))
        }
        items.append(PickerItem(title: tr("route.form.ties.continue"), detail: tr("route.form.ties.continue.detail", draft.tieIDs.count)))
        return Picker(
            title: tr("route.form.ties.title"), items: items, selected: min(selected, items.count - 1),
            footer: tr("route.form.ties.footer"))
    }

    func provisionPicker() -> Picker {
        var items = offered.map { g in
            let forGoal = g.domains.contains(goal.domain)
            let detail = (forGoal ? "★ " : "") + g.domains.map(\.label).joined(separator: ", ")
            return PickerItem(title: g.name, detail: detail)
        }
        items.append(PickerItem(title: tr("route.form.provision.none"), detail: tr("route.form.provision.none.detail")))
        let at = draft.generalProvisionID.flatMap { id in offered.firstIndex { $0.id == id } } ?? 0
        return Picker(
            title: tr("route.form.provision.title", goal.domain.label), items: items, selected: at, footer: tr("form.hint.enter.chooses"))
    }

    mutating func key(_ key: Key) -> Outcome {
        error = nil
        if key == .escape { return .cancel }
        switch stage {
        case .ties(var p):
            if key == .enter, let i = p.selectedItemIndex {
                if i == ties.count {
                    stage = answerStage()
                    return .stay
                }
                let tie = ties[i]
                if let at = draft.tieIDs.firstIndex(of: tie.id) {
                    draft.tieIDs.remove(at: at)
                } else if tie.consentToShare {
                    draft.tieIDs.append(tie.id)
                } else {
                    error = tr("route.form.tie.refused", tie.name)
                }
                var fresh = tiePicker(selected: 0)
                fresh.filter = p.filter
                fresh.selected = p.selected
                stage = .ties(fresh)
                return .stay
            }
            Dialog.navigate(&p, key)
            stage = .ties(p)
        case .provision(var p):
            if key == .enter, let i = p.selectedItemIndex {
                draft.generalProvisionID = i < offered.count ? offered[i].id : nil
                stage = answerStage()
                return .stay
            }
            Dialog.navigate(&p, key)
            stage = .provision(p)
        case .answer(var input):
            if key == .enter {
                guard !input.text.trimmed.isEmpty else {
                    error = tr("route.form.answer.empty", draft.rung.label)
                    return .stay
                }
                draft.answer = input.text.trimmed
                stage = .carries(carriesPicker())
                return .stay
            }
            _ = input.apply(key)
            stage = .answer(input)
        case .carries(var p):
            if key == .enter, let i = p.selectedItemIndex { return answer(carries: i == 1) }
            Dialog.navigate(&p, key)
            stage = .carries(p)
        }
        return .stay
    }

    private func carriesPicker() -> Picker {
        Picker(
            title: tr("route.form.carries.title", draft.rung.label),
            items: [
                PickerItem(title: tr("route.form.carries.no"), detail: tr("route.form.carries.no.detail")),
                PickerItem(title: tr("route.form.carries.yes"), detail: tr("route.form.carries.yes.detail")),
            ], footer: tr("form.hint.enter.chooses"))
    }

    /// The rung is checked as the store will (order, text, consent); a rung that carries ends the route.
    private mutating func answer(carries: Bool) -> Outcome {
        draft.carries = carries
        do {
            try ladder.check(draft, ties: ties, generalProvisions: provisions)
        } catch {
            self.error = "\(error)"
            stage = answerStage()
            return .stay
        }
        ladder = ladder.answering(draft)
        answered.append(draft)
        if carries { return .done(answered, carried: true) }
        guard let i = asking.firstIndex(of: draft.rung), i + 1 < asking.count else { return .done(answered, carried: false) }
        begin(asking[i + 1])
        return .stay
    }

    // MARK: Drawing

    /// The ladder so far at the top, the question of the rung being answered below it.
    func render(into grid: inout Grid, bounds: Rect, privacy: Bool = false, redactor: Redactor = .none) {
        let width = min(76, bounds.width)
        let area = Rect(x: bounds.x + (bounds.width - width) / 2, y: bounds.y, width: width, height: min(6, bounds.height))
        let panel = Panel(title: tr("route.form.title", redactor.redact(goal.text)), focused: false)
        panel.render(into: &grid, area: area)
        let inner = panel.inner(area)
        for (i, kind) in RouteRungKind.allCases.enumerated() where i < inner.height {
            grid.put(line(kind, redactor: redactor), x: inner.x, y: inner.y + i, style: style(kind), maxWidth: inner.width)
        }
        let below = Rect(x: bounds.x, y: bounds.y + area.height, width: bounds.width, height: max(0, bounds.height - area.height))
        switch stage {
        case .ties(let p), .provision(let p), .carries(let p):
            var shown = p
            if case .ties = stage, privacy {
                shown.items = tiePicker(selected: p.selected, privacy: true, redactor: redactor).items
            }
            Dialog.renderPicker(shown, into: &grid, bounds: below)
            if let error { grid.put(error, x: below.x + 1, y: below.maxY - 1, style: Style(.error, [.bold]), maxWidth: below.width - 2) }
        case .answer(let input):
            Dialog.inputBox(input, title: tr("route.form.answer.title", draft.rung.label), error: error, into: &grid, bounds: below)
        }
    }

    private func line(_ kind: RouteRungKind, redactor: Redactor) -> String {
        let marker = kind == draft.rung ? "▸ " : "  "
        guard let r = ladder.rungs[kind] else { return marker + tr("route.form.line.open", kind.label) }
        let verdict = r.carries ? tr("route.form.line.carries") : tr("route.form.line.cannot")
        return marker + tr("route.form.line", kind.label, verdict, redactor.redact(r.answer))
    }

    private func style(_ kind: RouteRungKind) -> Style {
        guard let r = ladder.rungs[kind] else { return Style(kind == draft.rung ? .header : .muted, kind == draft.rung ? [.bold] : []) }
        return Style(r.carries ? .success : .normal)
    }
}

/// What the provision form and the route ask of the store (run by the effect runner).
public enum RouteEffect: Sendable, Equatable {
    /// Read the choices for a case's provision form (`routeOnly`: for walking a route alone).
    case loadChoices(caseID: Int, householdID: Int, routeOnly: Bool)
    /// Save the rungs answered (each with the version seen), then request the provision, if any.
    case save(rungs: [RouteRung], provision: Provision?, householdID: Int)

    var writes: Bool {
        if case .save = self { return true }
        return false
    }
}

/// The store's answer to a `RouteEffect`.
public enum RouteEvent: Sendable, Equatable {
    case choices(ProvisionChoices, householdID: Int, routeOnly: Bool)
    /// The rungs were saved (and the provision requested, if one was asked).
    case saved(rungs: [RouteRung], provision: Provision?, householdID: Int)
    /// Refused (or not loaded): why; rungs saved before the refusal stay saved.
    case refused(String, householdID: Int)
}

extension Shell {
    /// The provision form's choices arrive (the form opens on the household still shown), a
    /// route was saved (with the provision requested, if any), or the store refused.
    mutating func reactToRoute(_ answer: RouteEvent) -> Reaction {
        switch answer {
        case .choices(let choices, let householdID, let routeOnly):
            guard !isDialogOpen, let r = household.record, r.household.id == householdID, let s = snapshot,
                r.cases.contains(where: { $0.id == choices.caseID && $0.isOpen })
            else { return .none }
            if routeOnly, !r.goals.contains(where: { $0.caseID == choices.caseID }) {
                return say(tr("shell.route.no_goals", choices.caseID))
            }
            message = nil
            var flow = ProvisionFlow(
                caseID: choices.caseID, record: r, choices: choices, today: s.today, mode: routeOnly ? .routeOnly : .request)
            flow.householdID = householdID
            return open(flow)
        case .saved(let rungs, let provision, let householdID):
            if let p = provision {
                message = (
                    p.kind == .tailored
                        ? tr("shell.provision.addedTailored", p.description, p.provider)
                        : tr("shell.provision.addedGeneral", p.description, p.provider), .success
                )
            } else if let carried = rungs.first(where: \.carries) {
                message = (tr("shell.route.saved.carried", rungs.count, carried.rung.label), .success)
            } else {
                message = (tr("shell.route.saved", rungs.count), .success)
            }
            return Reaction(redraw: true, effects: [.loadHousehold(householdID, .refresh)])
        case .refused(let text, let householdID):
            message = (text, .error)
            return Reaction(redraw: true, effects: [.loadHousehold(householdID, .refresh)])
        }
    }
}
