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
    enum Outcome: Sendable, Equatable {
        case stay, cancel
        case save(Provision)
    }

    let caseID: Int
    /// Ties that offer practical help (P), shown before a tailored provision.
    let practicalTies: [NetworkTie]
    var stage: Stage
    var provision: Provision
    var error: String?

    init(caseID: Int, ties: [NetworkTie]) {
        self.caseID = caseID
        practicalTies = ties.filter { $0.support.contains(.practical) && $0.strength != .broken }
        provision = Provision(id: 0, caseID: caseID, kind: .general, provider: "", description: "", status: .requested)
        stage = .kind(Picker(title: "Provision for case #\(caseID)",
                             items: ProvisionKind.allCases.map { PickerItem(title: $0.label, detail: $0 == .general
                                ? "open to everyone, no assessment: community centre, meal service, volunteers"
                                : "Wmo or Jeugdwet, after assessment, bought from a provider; the network comes first") },
                             footer: "Enter chooses · Esc cancels"))
    }

    mutating func key(_ key: Key) -> Outcome {
        error = nil
        if key == .escape { return .cancel }
        switch stage {
        case .kind(var p):
            if key == .enter, let i = p.selectedItemIndex {
                provision.kind = ProvisionKind.allCases[i]
                stage = .description(TextInput(placeholder: "what, e.g. household help two hours a week", maxLength: 120))
                return .stay
            }
            Dialog.navigate(&p, key)
            stage = .kind(p)
        case .description(var input):
            if key == .enter {
                guard !input.text.trimmed.isEmpty else { error = "say what the provision is"; return .stay }
                provision.description = input.text.trimmed
                stage = .provider(TextInput(placeholder: "who provides it", maxLength: 80))
                return .stay
            }
            _ = input.apply(key)
            stage = .description(input)
        case .provider(var input):
            if key == .enter {
                guard !input.text.trimmed.isEmpty else { error = "name the provider"; return .stay }
                provision.provider = input.text.trimmed
                stage = .waiting(TextInput(placeholder: "weeks on the waiting list (empty: none)", maxLength: 3))
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
                    error = "waiting weeks: a whole number from 0 to 104"
                    return .stay
                }
                if provision.kind == .general { return .save(provision) }
                stage = .network(TextInput(placeholder: "why the household and its network cannot do this", maxLength: 200))
                return .stay
            }
            _ = input.apply(key)
            stage = .waiting(input)
        case .network(var input):
            if key == .enter {
                guard !input.text.trimmed.isEmpty else {
                    error = "eigen kracht first: say why the network cannot do this"
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

    func render(into grid: inout Grid, bounds: Rect, privacy: Bool) {
        switch stage {
        case .kind(let p): Dialog.renderPicker(p, into: &grid, bounds: bounds)
        case .description(let input): Dialog.inputBox(input, title: "\(provision.kind == .tailored ? "Maatwerk" : "Voorliggend veld"): what", error: error, into: &grid, bounds: bounds)
        case .provider(let input): Dialog.inputBox(input, title: "Provider of \(provision.description)", error: error, into: &grid, bounds: bounds)
        case .waiting(let input): Dialog.inputBox(input, title: "Waiting list", error: error, into: &grid, bounds: bounds)
        case .network(let input):
            var lines: [(String, Style)] = [("Eigen kracht first. Ties that offer practical help (P):", Style(.header, [.bold]))]
            if practicalTies.isEmpty {
                lines.append(("  none in the network", Style(.warning, [.bold])))
            }
            for t in practicalTies {
                let glyph = NetworkScreen.strengthGlyph(t.strength).0
                let hours = t.carerHoursPerWeek.map { ", \($0)u/wk" } ?? ""
                lines.append(("  \(glyph) \(Format.name(t.name, privacy: privacy && !t.isOrganisation)) · \(t.relation)\(hours)\(t.carerOverloaded ? " ⚠ overloaded" : "")",
                              Style(t.carerOverloaded ? .warning : .normal)))
            }
            lines.append(("", .normal))
            lines.append(("Why can the household and its network not do this?", Style(.normal, [.bold])))
            let width = min(76, bounds.width)
            let area = Picker.area(in: bounds, preferredWidth: width, preferredHeight: lines.count + 5)
            let panel = Panel(title: "Maatwerk: \(provision.description)", focused: true)
            panel.render(into: &grid, area: area)
            let inner = panel.inner(area)
            for (i, l) in lines.enumerated() where i < inner.height - 2 {
                grid.put(l.0, x: inner.x, y: inner.y + i, style: l.1, maxWidth: inner.width)
            }
            input.render(into: &grid, area: Rect(x: inner.x, y: inner.maxY - 2, width: inner.width, height: 1))
            grid.put(error ?? "Enter saves · Esc cancels", x: inner.x, y: inner.maxY - 1,
                     style: Style(error == nil ? .muted : .error, error == nil ? [] : [.bold]), maxWidth: inner.width)
        }
    }
}
