import TerminalKit
import Wijkteam

/// Requesting a provision for a household's open case (`P` in the household view), or walking
/// a goal's route alone (`W`). The flow: the goal it serves (a tailored provision needs one) →
/// general (voorliggend veld) or tailored (maatwerk) → for tailored, the goal's route, each rung
/// not yet answered asked in turn (`RouteForm`; a rung that carries ends the flow: the route is
/// saved, no maatwerk requested) → what → who provides it: for tailored the catalogue's
/// providers with a product in the goal's life domain, shortest current wait first, for general
/// the district's general provisions; or another name typed. Waiting is never asked: it is
/// computed from the dates. The catalogues come in `ProvisionChoices`, loaded by an effect
/// when the key is pressed, so the screen never waits on the store.
struct ProvisionFlow: Sendable {
    enum Mode: Sendable { case request, routeOnly }
    enum Stage: Sendable {
        case goal(Picker)
        case kind(Picker)
        case route(RouteForm)
        case description(TextInput)
        case provider(Picker)
        case providerName(TextInput)
    }
    /// What the flow saves: a provision (general, or tailored on a walked route), and the
    /// rungs answered on the way.
    struct Result: Sendable, Equatable {
        var rungs: [RouteRung]
        var provision: Provision?
    }
    typealias Outcome = FormOutcome<Result>
    var householdID = 0

    let mode: Mode
    let caseID: Int
    let goals: [PlanGoal]
    let ties: [NetworkTie]
    let choices: ProvisionChoices
    var stage: Stage
    var provision: Provision
    var goal: PlanGoal?
    var rungs: [RouteRung] = []
    var error: String?
    let today: Day

    init(caseID: Int, record: HouseholdRecord, choices: ProvisionChoices, today: Day, mode: Mode = .request) {
        self.caseID = caseID
        self.mode = mode
        self.today = today
        self.choices = choices
        ties = record.ties
        goals = record.goals.filter { $0.caseID == caseID }
        provision = Provision(id: 0, caseID: caseID, kind: .general, provider: "", description: "", status: .requested)
        provision.requestedOn = today  // the day the app shows (the store refuses a day after its own today)
        stage = .goal(Picker(title: "", items: []))
        stage = .goal(goalPicker())
    }

    func goalPicker(redactor: Redactor = .none) -> Picker {
        var items = goals.map { g in
            let ladder = choices.ladder(goalID: g.id)
            let state = ladder.tailoredRefusal.map { tr("form.provision.goal.route_open", $0) } ?? tr("form.provision.goal.route_walked")
            return PickerItem(title: "\(g.domain.label): \(redactor.redact(g.text))", detail: redactor.redact(state))
        }
        if mode == .request {
            items.append(PickerItem(title: tr("form.provision.goal.none"), detail: tr("form.provision.goal.none.detail")))
        }
        let title = mode == .request ? tr("form.provision.title", caseID) : tr("form.route.title", caseID)
        return Picker(title: title, items: items, footer: tr("form.hint.enter.chooses"))
    }

    func kindPicker() -> Picker {
        Picker(
            title: tr("form.provision.kind.title"),
            items: ProvisionKind.allCases.map {
                PickerItem(
                    title: $0.label, detail: $0 == .general ? tr("form.provision.general.detail") : tr("form.provision.tailored.detail"))
            }, footer: tr("form.hint.enter.chooses"))
    }

    mutating func key(_ key: Key) -> Outcome {
        if case .route(var form) = stage {
            switch form.key(key) {
            case .cancel: return .cancel
            case .stay: stage = .route(form)
            case .done(let answered, let carried): return routeDone(answered, carried: carried)
            }
            return .stay
        }
        error = nil
        if key == .escape { return .cancel }
        switch stage {
        case .goal(var p):
            if key == .enter, let i = p.selectedItemIndex { return chooseGoal(i < goals.count ? goals[i] : nil) }
            Dialog.navigate(&p, key)
            stage = .goal(p)
        case .kind(var p):
            if key == .enter, let i = p.selectedItemIndex { return chooseKind(ProvisionKind.allCases[i]) }
            Dialog.navigate(&p, key)
            stage = .kind(p)
        case .description(var input):
            if key == .enter {
                guard !input.text.trimmed.isEmpty else { error = tr("invalid.provision.description"); return .stay }
                provision.description = input.text.trimmed
                stage = .provider(providerPicker())
                return .stay
            }
            _ = input.apply(key)
            stage = .description(input)
        case .provider(var p):
            if key == .enter, let i = p.selectedItemIndex { return chooseProvider(i) }
            Dialog.navigate(&p, key)
            stage = .provider(p)
        case .providerName(var input):
            if key == .enter {
                guard !input.text.trimmed.isEmpty else { error = tr("invalid.provision.provider"); return .stay }
                provision.provider = input.text.trimmed
                return .save(Result(rungs: rungs, provision: provision))
            }
            _ = input.apply(key)
            stage = .providerName(input)
        case .route: break
        }
        return .stay
    }

    private mutating func chooseGoal(_ chosen: PlanGoal?) -> Outcome {
        goal = chosen
        provision.goalID = chosen?.id
        guard let chosen else { return chooseKind(.general) }
        if mode == .routeOnly {
            stage = .route(routeForm(chosen, again: true))
            return .stay
        }
        stage = .kind(kindPicker())
        return .stay
    }

    private func routeForm(_ g: PlanGoal, again: Bool = false) -> RouteForm {
        RouteForm(
            goal: g, ladder: choices.ladder(goalID: g.id), ties: ties, provisions: choices.generalProvisions, today: today, again: again)
    }

    private mutating func chooseKind(_ kind: ProvisionKind) -> Outcome {
        provision.kind = kind
        if kind == .tailored, let g = goal {
            let ladder = choices.ladder(goalID: g.id)
            if let carried = ladder.carriedBy, ladder.unanswered.isEmpty || carried < (ladder.unanswered.first ?? .voorliggendVeld) {
                error = tr("form.provision.route_carries", carried.label)
                return .stay
            }
            if !ladder.allowsTailored {
                stage = .route(routeForm(g))
                return .stay
            }
        }
        stage = .description(TextInput(placeholder: tr("form.provision.what.placeholder"), maxLength: 120))
        return .stay
    }

    private mutating func routeDone(_ answered: [RouteRung], carried: Bool) -> Outcome {
        rungs = answered
        if carried || mode == .routeOnly { return .save(Result(rungs: rungs, provision: nil)) }
        stage = .description(TextInput(placeholder: tr("form.provision.what.placeholder"), maxLength: 120))
        return .stay
    }

    // MARK: Who provides it

    var rankedProviders: [(provider: Provider, waiting: ProviderWaiting?)] {
        guard let g = goal else { return [] }
        return choices.rankedProviders(for: g.domain)
    }

    var offeredGeneral: [GeneralProvision] {
        RouteLadder.offered(choices.generalProvisions, for: goal?.domain ?? .sociaalNetwerk)
    }

    func providerPicker() -> Picker {
        var items: [PickerItem]
        if provision.kind == .tailored {
            items = rankedProviders.map { p, w in
                let wait = w.flatMap { w in
                    w.waitingNow == 0
                        ? nil : tr("form.provision.provider.waiting", weeks(w.medianWaitingDays), weeks(w.longestWaitingDays), w.waitingNow)
                }
                return PickerItem(title: p.name, detail: wait ?? tr("form.provision.provider.no_one_waiting"))
            }
        } else {
            items = offeredGeneral.map { g in
                PickerItem(title: g.name, detail: g.domains.map(\.label).joined(separator: ", "))
            }
        }
        items.append(PickerItem(title: tr("form.provision.provider.other"), detail: tr("form.provision.provider.other.detail")))
        return Picker(
            title: tr("form.provision.provider.title", provision.description), items: items, footer: tr("form.hint.enter.chooses"))
    }

    private func weeks(_ days: Int?) -> Int { ((days ?? 0) + 6) / 7 }

    private mutating func chooseProvider(_ i: Int) -> Outcome {
        if provision.kind == .tailored, i < rankedProviders.count {
            let p = rankedProviders[i].provider
            provision.provider = p.name
            provision.providerID = p.id
            if let g = goal, let product = p.products.first(where: { $0.domain == g.domain }) {
                provision.productCategory = product.category
                provision.productCode = product.code
            }
            return .save(Result(rungs: rungs, provision: provision))
        }
        if provision.kind == .general, i < offeredGeneral.count {
            provision.provider = offeredGeneral[i].name
            return .save(Result(rungs: rungs, provision: provision))
        }
        stage = .providerName(TextInput(placeholder: tr("form.provision.provider.placeholder"), maxLength: 80))
        return .stay
    }

    // MARK: Drawing

    /// In privacy mode `redactor` holds the household's names: answers and goals may name members.
    func render(into grid: inout Grid, bounds: Rect, privacy: Bool, redactor: Redactor = .none) {
        switch stage {
        case .goal(let p), .kind(let p), .provider(let p):
            var shown = p
            if case .goal = stage, privacy { shown.items = goalPicker(redactor: redactor).items }
            Dialog.renderPicker(shown, into: &grid, bounds: bounds)
            if let error {
                grid.put(error, x: bounds.x + 1, y: bounds.maxY - 1, style: Style(.error, [.bold]), maxWidth: bounds.width - 2)
            }
        case .route(let form):
            form.render(into: &grid, bounds: bounds, privacy: privacy, redactor: privacy ? redactor : .none)
        case .description(let input):
            let title = provision.kind == .tailored ? tr("form.provision.what.tailored") : tr("form.provision.what.general")
            Dialog.inputBox(input, title: title, error: error, into: &grid, bounds: bounds)
        case .providerName(let input):
            Dialog.inputBox(
                input, title: tr("form.provision.provider.name", provision.description), error: error, into: &grid, bounds: bounds)
        }
    }
}
