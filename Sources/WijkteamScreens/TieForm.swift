import TerminalKit
import Wijkteam

/// Adding or changing one tie of a household's network: a small form. ↑/↓ or Tab move between
/// fields; text fields take typing; ←/→ or Space change a choice; P, G, A, E switch a kind of
/// support on and off; Enter saves; Esc cancels. A mantelzorger's hours, since when they care and
/// how heavy it feels to them (1–5) say whether the care is long and intensive or heavy (`CarerLoad`).
struct TieForm: Sendable {
    enum Field: Int, CaseIterable, Sendable {
        case name, relation, sector, strength, support, hours, since, burden, exhausted, secrecy, consent, organisation

        var label: String {
            switch self {
            case .name: tr("form.tie.name")
            case .relation: tr("form.tie.relation")
            case .sector: tr("form.tie.sector")
            case .strength: tr("form.tie.strength")
            case .support: tr("form.tie.support")
            case .hours: tr("form.tie.hours")
            case .since: tr("form.tie.since")
            case .burden: tr("form.tie.burden")
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
    /// Since when the carer gives the care: any date `DayInput` reads, in the past.
    var since: TextInput
    /// How heavy the carer feels it, 1–5; empty when not asked.
    var burden: TextInput
    /// For the carer's start date (not after today) and what a typed date means.
    let today: Day
    var field: Field = .name
    /// The sector as a choice field: typing narrows the sectors.
    var sectorChoice = FormParts.choices(Sector.friendsNeighbours, label: \.label)
    var error: String?

    init(householdID: Int, today: Day) {
        original = nil
        self.today = today
        tie = NetworkTie(id: 0, householdID: householdID, name: "", sector: .friendsNeighbours, relation: "", strength: .normal)
        name = TextInput(placeholder: tr("form.tie.name.placeholder"), maxLength: 80)
        relation = TextInput(placeholder: tr("form.tie.relation.placeholder"), maxLength: 80)
        hours = TextInput(placeholder: tr("form.tie.hours.placeholder"), maxLength: 3)
        since = TextInput(placeholder: tr("form.tie.since.placeholder"), maxLength: 14)
        burden = TextInput(placeholder: tr("form.tie.burden.placeholder"), maxLength: 2)
    }

    init(editing t: NetworkTie, today: Day) {
        original = t
        self.today = today
        tie = t
        sectorChoice = FormParts.choices(t.sector, label: \.label)
        name = TextInput(text: t.name, maxLength: 80)
        relation = TextInput(text: t.relation, maxLength: 80)
        hours = TextInput(text: t.carerHoursPerWeek.map(String.init) ?? "", placeholder: tr("form.tie.hours.placeholder"), maxLength: 3)
        (since, burden) = TieForm.carerInputs(t)
    }

    /// The since and burden fields holding what `t` says.
    static func carerInputs(_ t: NetworkTie) -> (TextInput, TextInput) {
        let since = TextInput(text: t.carerSince?.description ?? "", placeholder: tr("form.tie.since.placeholder"), maxLength: 14)
        let burden = TextInput(text: t.carerBurden.map(String.init) ?? "", placeholder: tr("form.tie.burden.placeholder"), maxLength: 2)
        return (since, burden)
    }

    /// Opens again after a refused save, with everything typed (`draft`), on the tie as it is now
    /// (`current`; nil with `gone` when a colleague removed it). The reason and every field the
    /// colleague changed are shown before the next Enter saves over them.
    init(draft: NetworkTie, original old: NetworkTie?, current: NetworkTie?, refusal reason: String, gone: Bool, today: Day) {
        if let current { self.init(editing: current, today: today) } else { self.init(householdID: draft.householdID, today: today) }
        var typed = draft
        if gone { typed.id = 0; typed.version = 0 }
        tie = typed
        tie.version = current?.version ?? typed.version
        sectorChoice = FormParts.choices(typed.sector, label: \.label)
        name = TextInput(text: draft.name, placeholder: tr("form.tie.name.placeholder"), maxLength: 80)
        relation = TextInput(text: draft.relation, placeholder: tr("form.tie.relation.placeholder"), maxLength: 80)
        hours = TextInput(text: draft.carerHoursPerWeek.map(String.init) ?? "", placeholder: tr("form.tie.hours.placeholder"), maxLength: 3)
        (since, burden) = TieForm.carerInputs(draft)
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
        add(.since, b.carerSince?.description ?? "—", a.carerSince?.description ?? "—")
        add(.burden, b.carerBurden.map(CarerLoad.burdenLabel) ?? "—", a.carerBurden.map(CarerLoad.burdenLabel) ?? "—")
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
        case .since: _ = since.apply(key)
        case .burden:
            if case .char(let c) = key, !c.isNumber { error = tr("form.tie.burden.invalid"); return .stay }
            _ = burden.apply(key)
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
        guard readCarer(into: &t) else { return .stay }
        do { try t.validate(today: today) } catch {
            self.error = "\(error)"
            field = TieForm.field(refusing: t, today: today)
            return .stay
        }
        if let o = original, o == t { return .cancel }
        return .save(t)
    }

    /// Reads the since and burden fields into `t`; false (with the error, on the field) when one
    /// is not a date or a number. Everything typed stays in the fields.
    private mutating func readCarer(into t: inout NetworkTie) -> Bool {
        let sinceText = since.text.trimmed, burdenText = burden.text.trimmed
        if sinceText.isEmpty {
            t.carerSince = nil
        } else if let day = DayInput.parse(sinceText, today: today, expect: .past) {
            t.carerSince = day
        } else {
            error = tr("form.tie.since.invalid", sinceText, DayInput.forms); field = .since
            return false
        }
        if burdenText.isEmpty {
            t.carerBurden = nil
        } else if let b = Int(burdenText) {
            t.carerBurden = b
        } else {
            error = tr("form.tie.burden.invalid"); field = .burden
            return false
        }
        return true
    }

    /// The field to go back to when `t` is refused.
    static func field(refusing t: NetworkTie, today: Day) -> Field {
        if t.name.trimmed.isEmpty { return .name }
        if let b = t.carerBurden, !CarerLoad.burdenScale.contains(b) { return .burden }
        if let d = t.carerSince, d > today { return .since }
        if let h = t.carerHoursPerWeek, !(0...168).contains(h) { return .hours }
        return .name
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
            case .since: RegistrationForm.dateField(since, expect: .past, today: today, focused: focused, into: &grid, area: valueArea)
            case .burden: renderBurden(focused: focused, into: &grid, area: valueArea)
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

    /// The answer as typed and, beside it, in words ("4 heavy"), or the scale while it is empty.
    private func renderBurden(focused: Bool, into grid: inout Grid, area: Rect) {
        guard !burden.text.isEmpty else { return render(burden, focused: focused, into: &grid, area: area) }
        render(burden, focused: focused, into: &grid, area: Rect(x: area.x, y: area.y, width: min(3, area.width), height: 1))
        guard area.width > 4 else { return }
        let value = Int(burden.text.trimmed)
        let words = value.flatMap(CarerLoad.burdenWords) ?? tr("form.tie.burden.scale")
        let heavy = (value ?? 0) >= CarerLoad.heavyBurden && CarerLoad.burdenScale.contains(value ?? 0)
        grid.put(words, x: area.x + 4, y: area.y, style: Style(heavy ? .loadOver : .muted, heavy ? [.bold] : []), maxWidth: area.width - 4)
    }

    private func choice(_ text: String, focused: Bool, into grid: inout Grid, area: Rect) {
        grid.put(text + (focused ? "  ←/→" : ""), x: area.x, y: area.y, style: Style(.normal, focused ? [.bold] : []), maxWidth: area.width)
    }
}
