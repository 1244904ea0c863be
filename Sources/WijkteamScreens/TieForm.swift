import TerminalKit
import Wijkteam

/// Adding or changing one tie of a household's network: a small form. ↑/↓ or Tab move between
/// fields; text fields take typing; ←/→ or Space change a choice; P, G, A, E switch a kind of
/// support on and off; Enter saves; Esc cancels.
struct TieForm: Sendable {
    enum Field: Int, CaseIterable, Sendable {
        case name, relation, sector, strength, support, hours, exhausted, secrecy, consent, organisation

        var label: String {
            switch self {
            case .name: tr("form.tie.name")
            case .relation: tr("form.tie.relation")
            case .sector: tr("form.tie.sector")
            case .strength: tr("form.tie.strength")
            case .support: tr("form.tie.support")
            case .hours: tr("form.tie.hours")
            case .exhausted: tr("form.tie.exhausted")
            case .secrecy: tr("form.tie.secrecy")
            case .consent: tr("form.tie.consent")
            case .organisation: tr("form.tie.organisation")
            }
        }
    }
    enum Outcome: Sendable, Equatable {
        case stay, cancel
        case save(NetworkTie, expectedVersion: Int?)
    }

    /// What the form started from (nil: a new tie).
    let original: NetworkTie?
    var tie: NetworkTie
    var name: TextInput
    var relation: TextInput
    var hours: TextInput
    var field: Field = .name
    var error: String?

    init(householdID: Int) {
        original = nil
        tie = NetworkTie(id: 0, householdID: householdID, name: "", sector: .friendsNeighbours, relation: "", strength: .normal)
        name = TextInput(placeholder: tr("form.tie.name.placeholder"), maxLength: 80)
        relation = TextInput(placeholder: tr("form.tie.relation.placeholder"), maxLength: 80)
        hours = TextInput(placeholder: tr("form.tie.hours.placeholder"), maxLength: 3)
    }

    init(editing t: NetworkTie) {
        original = t
        tie = t
        name = TextInput(text: t.name, maxLength: 80)
        relation = TextInput(text: t.relation, maxLength: 80)
        hours = TextInput(text: t.carerHoursPerWeek.map(String.init) ?? "", placeholder: tr("form.tie.hours.placeholder"), maxLength: 3)
    }

    var title: String { original.map { tr("form.tie.title.change", $0.name) } ?? tr("form.tie.title.add") }

    mutating func key(_ key: Key) -> Outcome {
        error = nil
        switch key {
        case .escape: return .cancel
        case .enter: return save()
        case .down, .tab: move(1); return .stay
        case .up, .backTab: move(-1); return .stay
        default: break
        }
        switch field {
        case .name: _ = name.apply(key)
        case .relation: _ = relation.apply(key)
        case .hours:
            if case .char(let c) = key, !c.isNumber { error = tr("form.tie.hours.invalid"); return .stay }
            _ = hours.apply(key)
        case .sector: tie.sector = FormParts.cycle(tie.sector, key)
        case .strength: tie.strength = FormParts.cycle(tie.strength, key)
        case .support:
            guard case .char(let c) = key, let kind = SupportKind(rawValue: String(c).uppercased()) else {
                error = tr("form.tie.support.keys")
                return .stay
            }
            if tie.support.contains(kind) { tie.support.removeAll { $0 == kind } } else { tie.support = (tie.support + [kind]).sorted() }
        case .exhausted: toggle(\.exhausted, key)
        case .secrecy: toggle(\.professionalSecrecy, key)
        case .consent: toggle(\.consentToShare, key)
        case .organisation: toggle(\.isOrganisation, key)
        }
        return .stay
    }

    private mutating func move(_ delta: Int) {
        let all = Field.allCases
        field = all[(all.firstIndex(of: field)! + delta + all.count) % all.count]
    }

    private mutating func toggle(_ path: WritableKeyPath<NetworkTie, Bool>, _ key: Key) {
        switch key {
        case .char(" "), .left, .right: tie[keyPath: path].toggle()
        case .char("y"), .char("j"): tie[keyPath: path] = true
        case .char("n"): tie[keyPath: path] = false
        default: break
        }
    }

    private mutating func save() -> Outcome {
        var t = tie
        t.name = name.text.trimmed
        t.relation = relation.text.trimmed
        if hours.text.trimmed.isEmpty {
            t.carerHoursPerWeek = nil
        } else if let h = Int(hours.text.trimmed) {
            t.carerHoursPerWeek = h
        } else {
            error = tr("form.tie.hours.invalid"); field = .hours
            return .stay
        }
        do { try t.validate() } catch {
            self.error = "\(error)"
            field = t.name.isEmpty ? .name : .hours
            return .stay
        }
        if let o = original, o == t { return .cancel }
        return .save(t, expectedVersion: original?.version)
    }

    func render(into grid: inout Grid, bounds: Rect) {
        let fields = Field.allCases
        let area = Picker.area(in: bounds, preferredWidth: min(72, bounds.width), preferredHeight: fields.count + 4)
        let panel = Panel(title: title, focused: true)
        panel.render(into: &grid, area: area)
        let inner = panel.inner(area)
        let labelWidth = 19
        for (i, f) in fields.enumerated() where i < inner.height - 2 {
            let y = inner.y + i
            let focused = f == field
            grid.put((focused ? "▸ " : "  ") + f.label, x: inner.x, y: y, style: Style(focused ? .key : .muted, focused ? [.bold] : []),
                     maxWidth: labelWidth)
            let valueArea = Rect(x: inner.x + labelWidth + 1, y: y, width: max(1, inner.width - labelWidth - 1), height: 1)
            switch f {
            case .name: render(name, focused: focused, into: &grid, area: valueArea)
            case .relation: render(relation, focused: focused, into: &grid, area: valueArea)
            case .hours: render(hours, focused: focused, into: &grid, area: valueArea)
            case .sector: choice(tie.sector.label, focused: focused, into: &grid, area: valueArea)
            case .strength:
                let (glyph, role, attrs) = NetworkScreen.strengthGlyph(tie.strength)
                grid.put(segments: [(glyph + " ", Style(role, attrs)), (tie.strength.label, Style(.normal, focused ? [.bold] : []))],
                         x: valueArea.x, y: y, maxWidth: valueArea.width)
                if focused { grid.put("  ←/→", x: valueArea.x + 4 + TextWidth.width(of: tie.strength.label), y: y, style: Style(.muted)) }
            case .support:
                let text = SupportKind.allCases.map { tie.support.contains($0) ? "[\($0.rawValue)] \($0.label)" : " \($0.rawValue)  \($0.label)" }
                    .joined(separator: " ")
                grid.put(text, x: valueArea.x, y: y, style: Style(.normal, focused ? [.bold] : []), maxWidth: valueArea.width)
            case .exhausted: choice(tie.exhausted ? tr("form.tie.yes") : tr("form.tie.no"), focused: focused, into: &grid, area: valueArea)
            case .secrecy: choice(tie.professionalSecrecy ? tr("form.tie.yes") : tr("form.tie.no"), focused: focused, into: &grid, area: valueArea)
            case .consent: choice(tie.consentToShare ? tr("form.tie.consent.yes") : tr("form.tie.no"), focused: focused, into: &grid, area: valueArea)
            case .organisation: choice(tie.isOrganisation ? tr("form.tie.yes") : tr("form.tie.organisation.no"), focused: focused, into: &grid, area: valueArea)
            }
        }
        grid.put(error ?? tr("form.tie.hint"), x: inner.x, y: inner.maxY - 1,
                 style: Style(error == nil ? .muted : .error, error == nil ? [] : [.bold]), maxWidth: inner.width)
    }

    private func render(_ input: TextInput, focused: Bool, into grid: inout Grid, area: Rect) {
        if focused { input.render(into: &grid, area: area) } else {
            grid.put(input.text.isEmpty ? "—" : input.text, x: area.x, y: area.y, style: Style(input.text.isEmpty ? .muted : .normal), maxWidth: area.width)
        }
    }

    private func choice(_ text: String, focused: Bool, into grid: inout Grid, area: Rect) {
        grid.put(text + (focused ? "  ←/→" : ""), x: area.x, y: area.y, style: Style(.normal, focused ? [.bold] : []), maxWidth: area.width)
    }
}
