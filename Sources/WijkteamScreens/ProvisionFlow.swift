import TerminalKit
import Wijkteam

/// Adding a provision to a household's open case (`P` in the household view): general
/// (voorliggend veld) or tailored (maatwerk), what, who provides it, waiting weeks. Eigen
/// kracht first: before a tailored provision is saved, the flow shows which ties offer
/// practical help and asks why the network cannot do this; the reason is stored with it.
struct ProvisionFlow: Sendable {
    enum Stage: Sendable {
        case kind(Picker)
        case description(TextInput)
        case provider(TextInput)
        case waiting(TextInput)
        case network(TextInput)
    }
    typealias Outcome = FormOutcome<Provision>
    var householdID = 0

    let caseID: Int
    /// Ties that offer practical help (P), shown before a tailored provision.
    let practicalTies: [NetworkTie]
    var stage: Stage
    var provision: Provision
    var error: String?

    /// For the carers' load (long and intensive counts months up to today).
    let today: Day

    init(caseID: Int, ties: [NetworkTie], today: Day) {
        self.caseID = caseID
        self.today = today
        practicalTies = ties.filter { $0.support.contains(.practical) && $0.strength != .broken }
        provision = Provision(id: 0, caseID: caseID, kind: .general, provider: "", description: "", status: .requested)
        stage = .kind(Picker(title: tr("form.provision.title", caseID),
                             items: ProvisionKind.allCases.map { PickerItem(title: $0.label, detail: $0 == .general
                                ? tr("form.provision.general.detail")
                                : tr("form.provision.tailored.detail")) },
                             footer: tr("form.hint.enter.chooses")))
    }

    mutating func key(_ key: Key) -> Outcome {
        error = nil
        if key == .escape { return .cancel }
        switch stage {
        case .kind(var p):
            if key == .enter, let i = p.selectedItemIndex {
                provision.kind = ProvisionKind.allCases[i]
                stage = .description(TextInput(placeholder: tr("form.provision.what.placeholder"), maxLength: 120))
                return .stay
            }
            Dialog.navigate(&p, key)
            stage = .kind(p)
        case .description(var input):
            if key == .enter {
                guard !input.text.trimmed.isEmpty else { error = tr("invalid.provision.description"); return .stay }
                provision.description = input.text.trimmed
                stage = .provider(TextInput(placeholder: tr("form.provision.provider.placeholder"), maxLength: 80))
                return .stay
            }
            _ = input.apply(key)
            stage = .description(input)
        case .provider(var input):
            if key == .enter {
                guard !input.text.trimmed.isEmpty else { error = tr("invalid.provision.provider"); return .stay }
                provision.provider = input.text.trimmed
                stage = .waiting(TextInput(placeholder: tr("form.provision.waiting.placeholder"), maxLength: 3))
                return .stay
            }
            _ = input.apply(key)
            stage = .provider(input)
        case .waiting(var input):
            if key == .enter {
                let text = input.text.trimmed
                if text.isEmpty {
                    provision.waitingWeeks = nil
                    provision.status = .requested
                } else if let w = Int(text), (0...104).contains(w) {
                    provision.waitingWeeks = w
                    provision.status = w > 0 ? .waiting : .requested
                } else {
                    error = tr("form.provision.waiting.invalid", 0, 104)
                    return .stay
                }
                if provision.kind == .general { return .save(provision) }
                stage = .network(TextInput(placeholder: tr("form.provision.network.placeholder"), maxLength: 200))
                return .stay
            }
            _ = input.apply(key)
            stage = .waiting(input)
        case .network(var input):
            if key == .enter {
                guard !input.text.trimmed.isEmpty else {
                    error = tr("form.provision.network.empty")
                    return .stay
                }
                provision.networkReason = input.text.trimmed
                return .save(provision)
            }
            _ = input.apply(key)
            stage = .network(input)
        }
        return .stay
    }

    /// In privacy mode `redactor` holds the household's names: a relation such as "moeder van
    /// Kim" names members.
    func render(into grid: inout Grid, bounds: Rect, privacy: Bool, redactor: Redactor = .none) {
        switch stage {
        case .kind(let p): Dialog.renderPicker(p, into: &grid, bounds: bounds)
        case .description(let input): Dialog.inputBox(input, title: provision.kind == .tailored ? tr("form.provision.what.tailored") : tr("form.provision.what.general"), error: error, into: &grid, bounds: bounds)
        case .provider(let input): Dialog.inputBox(input, title: tr("form.provision.provider.title", provision.description), error: error, into: &grid, bounds: bounds)
        case .waiting(let input): Dialog.inputBox(input, title: tr("form.provision.waiting.title"), error: error, into: &grid, bounds: bounds)
        case .network(let input):
            var lines: [(String, Style)] = [(tr("form.provision.network.ties"), Style(.header, [.bold]))]
            if practicalTies.isEmpty {
                lines.append(("  " + tr("form.provision.network.none"), Style(.warning, [.bold])))
            }
            for t in practicalTies {
                let glyph = NetworkScreen.strengthGlyph(t.strength).0
                let hours = t.carerHoursPerWeek.map { tr("form.provision.network.hours", $0) } ?? ""
                // The carer's load in words: a tie already long and intensive or feeling it heavy is no easy answer.
                let load = t.carerLoad
                let signs = load.signs(on: today).filter { $0 != .intensiveNotYetLong }.map(\.label)
                let note = signs.isEmpty ? "" : " ⚠ " + signs.joined(separator: ", ")
                let name = Format.name(t.name, privacy: privacy && !t.isOrganisation)
                let relation = privacy ? redactor.redact(t.relation) : t.relation
                let style = Style(load.needsAttention(on: today) ? .warning : .normal)
                lines.append(("  \(glyph) \(name) · \(relation)\(hours)\(note)", style))
            }
            lines.append(("", .normal))
            lines.append((tr("form.provision.network.question"), Style(.normal, [.bold])))
            let width = min(76, bounds.width)
            let area = Picker.area(in: bounds, preferredWidth: width, preferredHeight: lines.count + 5)
            let panel = Panel(title: tr("form.provision.network.title", provision.description), focused: true)
            panel.render(into: &grid, area: area)
            let inner = panel.inner(area)
            for (i, l) in lines.enumerated() where i < inner.height - 2 {
                grid.put(l.0, x: inner.x, y: inner.y + i, style: l.1, maxWidth: inner.width)
            }
            input.render(into: &grid, area: Rect(x: inner.x, y: inner.maxY - 2, width: inner.width, height: 1))
            grid.put(error ?? tr("form.hint.enter.saves"), x: inner.x, y: inner.maxY - 1,
                     style: Style(error == nil ? .muted : .error, error == nil ? [] : [.bold]), maxWidth: inner.width)
        }
    }
}
