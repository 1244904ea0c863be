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
    /// The tie as saved; the version it is checked against is the one in `original`.
    typealias Outcome = FormOutcome<NetworkTie>

    /// What the form started from (nil: a new tie); after a refusal, the tie as it is now, so
    /// the next save is checked against the version the form shows.
    let original: NetworkTie?
    /// Why the last save was refused and what the tie is now, in full (wrapped, never cut).
    var refusal: [String] = []
    var tie: NetworkTie {
        didSet { sectorChoice.selected = Sector.allCases.firstIndex(of: tie.sector) ?? 0 }
    }
    var name: TextInput
    var relation: TextInput
    var hours: TextInput
    var field: Field = .name
    /// The sector as a choice field: typing narrows the sectors.
    var sectorChoice = FormParts.choices(Sector.friendsNeighbours, label: \.label)
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
        sectorChoice = FormParts.choices(t.sector, label: \.label)
        name = TextInput(text: t.name, maxLength: 80)
        relation = TextInput(text: t.relation, maxLength: 80)
        hours = TextInput(text: t.carerHoursPerWeek.map(String.init) ?? "", placeholder: tr("form.tie.hours.placeholder"), maxLength: 3)
    }

    /// Opens again after a refused save, with everything typed (`draft`), on the tie as it is now
    /// (`current`; nil with `gone` when a colleague removed it). The reason and every field the
    /// colleague changed are shown before the next Enter saves over them.
    init(draft: NetworkTie, original old: NetworkTie?, current: NetworkTie?, refusal reason: String, gone: Bool) {
        if let current { self.init(editing: current) } else { self.init(householdID: draft.householdID) }
        var typed = draft
        if gone { typed.id = 0; typed.version = 0 }
        tie = typed
        tie.version = current?.version ?? typed.version
        sectorChoice = FormParts.choices(typed.sector, label: \.label)
        name = TextInput(text: draft.name, placeholder: tr("form.tie.name.placeholder"), maxLength: 80)
        relation = TextInput(text: draft.relation, placeholder: tr("form.tie.relation.placeholder"), maxLength: 80)
        hours = TextInput(text: draft.carerHoursPerWeek.map(String.init) ?? "", placeholder: tr("form.tie.hours.placeholder"), maxLength: 3)
        refusal = [tr("form.refused.reason", reason)]
        if gone {
            refusal.append(tr("form.tie.refused.gone"))
        } else if let current {
            let changed = TieForm.differences(yours: draft, now: current)
            refusal += changed.isEmpty ? [tr("form.refused.same")] : changed
        }
    }

    /// Each field where the tie as it is now differs from what was typed ("Strength is now: strong");
    /// what was typed is in the form above it.
    static func differences(yours a: NetworkTie, now b: NetworkTie) -> [String] {
        func yn(_ v: Bool) -> String { v ? tr("form.tie.yes") : tr("form.tie.no") }
        func hours(_ h: Int?) -> String { h.map(String.init) ?? "—" }
        func support(_ s: [SupportKind]) -> String { s.isEmpty ? "—" : s.map(\.rawValue).joined(separator: " ") }
        var out: [String] = []
        func add(_ field: Field, _ now: String, _ yours: String) {
            if now != yours { out.append(tr("form.refused.field", field.label, now)) }
        }
        add(.name, b.name, a.name)
        add(.relation, b.relation, a.relation)
        add(.sector, b.sector.label, a.sector.label)
        add(.strength, b.strength.label, a.strength.label)
        add(.support, support(b.support), support(a.support))
        add(.hours, hours(b.carerHoursPerWeek), hours(a.carerHoursPerWeek))
        add(.exhausted, yn(b.exhausted), yn(a.exhausted))
        add(.secrecy, yn(b.professionalSecrecy), yn(a.professionalSecrecy))
        add(.consent, yn(b.consentToShare), yn(a.consentToShare))
        add(.organisation, yn(b.isOrganisation), yn(a.isOrganisation))
        return out
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
        case .sector:
            if sectorChoice.apply(key) { tie.sector = Sector.allCases[sectorChoice.selected] }
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
        sectorChoice.accept()
        field = field.cycled(by: delta, among: Field.allCases)
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
        return .save(t)
    }

    func render(into grid: inout Grid, bounds: Rect) {
        let fields = Field.allCases
        let width = min(72, bounds.width)
        // The refusal in full under the fields, wrapped; the form grows for it as far as the screen allows.
        let notes = refusal.flatMap { TextBlock.wrap($0, width: max(1, width - 4)) }
        let area = Picker.area(in: bounds, preferredWidth: width, preferredHeight: fields.count + 4 + notes.count)
        let panel = Panel(title: title, focused: true)
        panel.render(into: &grid, area: area)
        let inner = panel.inner(area)
        let labelWidth = 19
        // Under the fields after a blank row, or right under them when the screen is short.
        let gap = inner.height - fields.count - 2 >= notes.count ? 1 : 0
        let noteRows = max(0, min(notes.count, inner.height - fields.count - 1 - gap))
        for (i, line) in notes.prefix(noteRows).enumerated() {
            let cut = i == noteRows - 1 && noteRows < notes.count
            grid.put(cut ? Format.more(notes.count - i) : line, x: inner.x, y: inner.y + fields.count + gap + i,
                     style: Style(i == 0 ? .error : .warning, i == 0 ? [.bold] : []), maxWidth: inner.width)
        }
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
            case .sector: sectorChoice.render(into: &grid, area: valueArea, focused: focused, hint: FormParts.choiceHint)
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
        let hint = refusal.isEmpty ? tr("form.tie.hint") : original == nil ? tr("form.tie.hint.again.add") : tr("form.refused.again")
        grid.put(error ?? hint, x: inner.x, y: inner.maxY - 1,
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
