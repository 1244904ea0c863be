import TerminalKit
import Wijkteam

/// How the registration form draws: the form, the household's search, a new household and the
/// warning about look-alikes. In privacy mode names show as initials, addresses as the buurt,
/// and the question as "…" (what is being typed stays visible in its field).
extension RegistrationForm {
    static let labelWidth = 22

    func render(into grid: inout Grid, bounds: Rect, privacy: Bool) {
        switch stage {
        case .form: renderForm(into: &grid, bounds: bounds, privacy: privacy)
        case .finder: renderFinder(into: &grid, bounds: bounds, privacy: privacy)
        case .newHousehold: renderDraft(into: &grid, bounds: bounds, privacy: privacy)
        case .duplicates: renderDuplicates(into: &grid, bounds: bounds, privacy: privacy)
        }
    }

    /// The first of `count` rows to show in `visible` rows so that row `at` is in view.
    static func firstRow(showing at: Int, of count: Int, in visible: Int) -> Int {
        max(0, min(at - visible + 1, count - visible))
    }

    // MARK: The form

    private func renderForm(into grid: inout Grid, bounds: Rect, privacy: Bool) {
        let all = fields
        let width = min(100, bounds.width)
        let footer = FormParts.footerRows(error, width: width - 2)
        let area = Picker.area(in: bounds, preferredWidth: width, preferredHeight: all.count + 3 + footer)
        let panel = Panel(title: tr("form.register.title"), focused: true)
        panel.render(into: &grid, area: area)
        let inner = panel.inner(area)
        guard inner.height >= 2 else { return }
        let visible = max(1, inner.height - 1 - min(footer, inner.height - 2))
        let first = Self.firstRow(showing: all.firstIndex(of: field) ?? 0, of: all.count, in: visible)
        for (i, f) in all.enumerated() where i >= first && i < first + visible {
            let y = inner.y + i - first
            let focused = f == field
            FormParts.label(label(f), focused: focused, into: &grid, x: inner.x, y: y, width: Self.labelWidth)
            let value = Rect(x: inner.x + Self.labelWidth, y: y, width: max(1, inner.width - Self.labelWidth), height: 1)
            renderValue(f, focused: focused, privacy: privacy, into: &grid, area: value)
        }
        FormParts.footer(error, hint: saving ? tr("form.register.saving") : tr("form.register.hint"), into: &grid, inner: inner)
    }

    func label(_ f: Field) -> String {
        switch f {
        case .source: tr("form.register.source")
        case .partner: tr("form.register.partner")
        case .received: tr("form.register.received")
        case .reporter: tr("form.register.reporter")
        case .organisation: tr("form.register.organisation")
        case .phone: tr("form.register.phone")
        case .household: tr("form.register.household")
        case .question: tr("form.register.question")
        case .domains: tr("form.register.domains")
        case .safety: tr("form.register.safety")
        case .hardDate: tr("form.register.hardDate")
        case .hardDateKind: tr("form.register.hardDateKind")
        case .consent: tr("form.register.consent")
        }
    }

    private func renderValue(_ f: Field, focused: Bool, privacy: Bool, into grid: inout Grid, area: Rect) {
        switch f {
        case .source: sourceChoice.render(into: &grid, area: area, focused: focused, hint: FormParts.choiceHint)
        case .partner: partnerChoice.render(into: &grid, area: area, focused: focused, hint: FormParts.choiceHint)
        case .received: Self.dateField(received, expect: .past, today: today, focused: focused, into: &grid, area: area)
        case .reporter: Self.nameField(reporter, focused: focused, privacy: privacy, into: &grid, area: area)
        case .organisation: FormParts.field(organisation, focused: focused, into: &grid, area: area)
        case .phone: FormParts.field(phone, focused: focused, into: &grid, area: area)
        case .household: renderHousehold(focused: focused, privacy: privacy, into: &grid, area: area)
        case .question:
            if privacy, !focused, !question.text.isEmpty {
                grid.put("…", x: area.x, y: area.y, style: Style(.muted), maxWidth: area.width)
            } else {
                FormParts.field(question, focused: focused, into: &grid, area: area)
            }
        case .domains: renderDomains(focused: focused, into: &grid, area: area)
        case .safety:
            let text = safety ? tr("form.register.safety.yes") : tr("form.register.no")
            grid.put(
                segments: [
                    (text, Style(safety ? .flagSafety : .normal, focused || safety ? [.bold] : [])),
                    (focused ? "  ←/→" : "", Style(.muted)),
                ], x: area.x, y: area.y, maxWidth: area.width)
        case .hardDate: Self.dateField(hardDate, expect: .future, today: today, focused: focused, into: &grid, area: area)
        case .hardDateKind: FormParts.choice(hardDateKind?.label ?? "—", focused: focused, into: &grid, area: area)
        case .consent:
            let text = consent.map { $0 ? tr("form.register.yes") : tr("form.register.no") } ?? tr("form.register.consent.unasked")
            FormParts.choice(text, focused: focused, into: &grid, area: area)
        }
    }

    static func dateField(_ input: TextInput, expect: DayInput.Expect, today: Day, focused: Bool, into grid: inout Grid, area: Rect) {
        FormParts.field(input, focused: focused, into: &grid, area: Rect(x: area.x, y: area.y, width: min(14, area.width), height: 1))
        FormParts.dateMeaning(input.text, today: today, expect: expect, into: &grid, x: area.x + 15, y: area.y, maxX: area.maxX)
    }

    /// A person's name: initials in privacy mode, except while it is being typed.
    static func nameField(_ input: TextInput, focused: Bool, privacy: Bool, into grid: inout Grid, area: Rect) {
        if privacy, !focused, !input.text.isEmpty {
            grid.put(Format.name(input.text, privacy: true), x: area.x, y: area.y, style: Style(.normal), maxWidth: area.width)
        } else {
            FormParts.field(input, focused: focused, into: &grid, area: area)
        }
    }

    private func renderHousehold(focused: Bool, privacy: Bool, into grid: inout Grid, area: Rect) {
        var segments: [(String, Style)]
        switch household {
        case nil:
            segments = [(tr("form.register.household.none"), Style(focused ? .normal : .muted))]
        case .existing(let m):
            segments = [(Self.describe(m, privacy: privacy), Style(.normal, focused ? [.bold] : []))]
        case .new(let h, let confirmed):
            // Who first (the name it will get follows from them), then where; a confirmed look-alike says so up front.
            let address = Address(street: h.street, number: h.number, addition: h.addition, postcode: h.postcode, buurt: h.buurt, wijk: "")
            let who = h.name.trimmed.isEmpty ? h.members.first?.name ?? "" : h.name
            let whereabouts = privacy ? h.buurt : address.line
            let details = trCount("form.register.household.new", h.members.count, Format.name(who, privacy: privacy), whereabouts)
            segments = [
                (
                    confirmed ? tr("form.register.household.confirmed") : tr("form.register.household.new.label"),
                    Style(confirmed ? .warning : .muted, confirmed ? [.bold] : [])
                ),
                (details, Style(.normal, focused ? [.bold] : [])),
            ]
        }
        if focused { segments.append(("  " + tr("form.register.household.keys"), Style(.muted))) }
        grid.put(segments: segments, x: area.x, y: area.y, maxWidth: area.width)
    }

    private func renderDomains(focused: Bool, into grid: inout Grid, area: Rect) {
        let chosen = domains.isEmpty ? "—" : domains.map(\.label).joined(separator: ", ")
        guard focused else {
            grid.put(chosen, x: area.x, y: area.y, style: Style(domains.isEmpty ? .muted : .normal), maxWidth: area.width)
            return
        }
        // The domain the choice shows, checked when it is among the chosen: `+` switches it.
        let mark = domains.contains(LifeDomain.allCases[domainChoice.selected]) ? "[✓] " : "[ ] "
        let used = grid.put(
            segments: [(chosen, Style(domains.isEmpty ? .muted : .normal)), ("   " + mark, Style(.key, [.bold]))],
            x: area.x, y: area.y, maxWidth: area.width)
        domainChoice.render(
            into: &grid, area: Rect(x: area.x + used, y: area.y, width: max(0, area.width - used), height: 1), focused: true,
            hint: tr("form.register.domains.hint"))
    }

    /// A known household in one line: "#2 Yılmaz · Wiekstraat 27 · 7293 KD · Molenkwartier" (it
    /// fits 80 columns without "Huishouden"); in privacy mode its initials and buurt.
    static func describe(_ m: HouseholdMatch, privacy: Bool) -> String {
        let name = Format.household(m.name, privacy: privacy)
        let parts = privacy ? [name, m.buurt] : [name, m.addressLine, m.postcode, m.buurt]
        return "#\(m.id) " + parts.filter { !$0.isEmpty }.joined(separator: " · ")
    }

    /// A look-alike with why it looks alike (`HouseholdMatch.summary`); in privacy mode without names or address.
    static func summary(_ m: HouseholdMatch, privacy: Bool) -> String {
        guard privacy else { return m.summary }
        let why =
            switch m.reason {
            case .search: ""
            case .address: " (" + tr("match.reason.address") + ")"
            case .person(let name): " (" + tr("match.reason.person", Format.name(name, privacy: true)) + ")"
            }
        return describe(m, privacy: true) + why
    }
}

extension RegistrationForm {
    // MARK: The search

    private func renderFinder(into grid: inout Grid, bounds: Rect, privacy: Bool) {
        let count = finder.results.count + 1
        let area = Picker.area(in: bounds, preferredWidth: min(140, bounds.width), preferredHeight: min(bounds.height, count + 8))
        let panel = Panel(title: tr("form.register.finder.title"), focused: true)
        panel.render(into: &grid, area: area)
        let inner = panel.inner(area)
        guard inner.height >= 5 else { return }
        let list = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: inner.height - 5)
        let columns = FinderColumns(width: inner.width)
        ListView.render(count: count, selected: finder.selected, offset: 0, into: &grid, area: list) { i in
            finderItem(i, columns: columns, privacy: privacy)
        }
        grid.put(finderStatus, x: inner.x, y: inner.y + 1, style: Style(finder.error == nil ? .muted : .error), maxWidth: inner.width)
        let detail =
            finder.selectedMatch.map { m in
                tr("form.register.finder.members", m.memberNames.map { Format.name($0, privacy: privacy) }.joined(separator: ", "))
            } ?? tr("form.register.finder.new.detail")
        for (i, line) in TextBlock.wrap(detail, width: inner.width).prefix(2).enumerated() {
            grid.put(line, x: inner.x, y: inner.maxY - 3 + i, style: Style(.normal), maxWidth: inner.width)
        }
        grid.put(tr("form.register.finder.hint"), x: inner.x, y: inner.maxY - 1, style: Style(.muted), maxWidth: inner.width)
        let label = tr("form.register.finder.search") + " "
        let used = grid.put(label, x: inner.x, y: inner.y, style: Style(.key, [.bold]), maxWidth: inner.width)
        finder.query.render(into: &grid, area: Rect(x: inner.x + used, y: inner.y, width: max(1, inner.width - used), height: 1))
    }

    private var finderStatus: String {
        if let e = finder.error { return tr("form.register.finder.failed", e) }
        if finder.current.count < 2 { return tr("form.register.finder.short") }
        if finder.searching { return tr("form.register.finder.searching") }
        if finder.results.isEmpty { return tr("form.register.finder.none") }
        return trCount("form.register.finder.count", finder.results.count)
    }

    /// Column widths of the search's list, from the width it has.
    struct FinderColumns {
        var name: Int, address: Int, postcode = 8, buurt: Int
        init(width: Int) {
            name = max(10, width * 22 / 100)
            address = max(10, width * 22 / 100)
            buurt = max(13, width * 14 / 100)
        }
    }

    private func finderItem(_ i: Int, columns c: FinderColumns, privacy: Bool) -> ListItem {
        guard finder.results.indices.contains(i) else {
            return ListItem(segments: [("+ " + tr("form.register.finder.new"), Style(.key, [.bold]))])
        }
        let m = finder.results[i]
        let members = m.memberNames.map { Format.name($0, privacy: privacy) }.joined(separator: ", ")
        return ListItem(segments: [
            (TextWidth.pad("#\(m.id)", to: 6), Style(.muted)),
            (TextWidth.pad(Format.household(m.name, privacy: privacy), to: c.name) + " ", Style(.normal, [.bold])),
            (TextWidth.pad(privacy ? "" : m.addressLine, to: c.address) + " ", Style(.normal)),
            (TextWidth.pad(privacy ? "" : m.postcode, to: c.postcode) + " ", Style(.normal)),
            (TextWidth.pad(m.buurt, to: c.buurt) + " ", Style(.muted)),
            (members, Style(.muted)),
        ])
    }

    // MARK: A new household

    private func renderDraft(into grid: inout Grid, bounds: Rect, privacy: Bool) {
        let rows = draft.rows
        let width = min(90, bounds.width)
        let message = draft.error ?? error
        let footer = FormParts.footerRows(message, width: width - 2)
        let area = Picker.area(in: bounds, preferredWidth: width, preferredHeight: rows.count + 3 + footer)
        let panel = Panel(title: tr("form.register.new.title"), focused: true)
        panel.render(into: &grid, area: area)
        let inner = panel.inner(area)
        guard inner.height >= 2 else { return }
        let visible = max(1, inner.height - 1 - min(footer, inner.height - 2))
        let first = Self.firstRow(showing: rows.firstIndex(of: draft.row) ?? 0, of: rows.count, in: visible)
        for (i, row) in rows.enumerated() where i >= first && i < first + visible {
            let y = inner.y + i - first
            let focused = row == draft.row
            FormParts.label(draftLabel(row), focused: focused, into: &grid, x: inner.x, y: y, width: Self.labelWidth)
            let value = Rect(x: inner.x + Self.labelWidth, y: y, width: max(1, inner.width - Self.labelWidth), height: 1)
            renderDraftValue(row, focused: focused, privacy: privacy, into: &grid, area: value)
        }
        let hint = draft.checking != nil ? tr("form.register.new.checking") : tr("form.register.new.hint")
        FormParts.footer(message, hint: hint, into: &grid, inner: inner)
    }

    private func draftLabel(_ row: HouseholdDraft.Row) -> String {
        switch row {
        case .street: tr("form.register.new.street")
        case .number: tr("form.register.new.number")
        case .addition: tr("form.register.new.addition")
        case .postcode: tr("form.register.new.postcode")
        case .buurt: tr("form.register.new.buurt")
        case .language: tr("form.register.new.language")
        case .name(let i): tr("form.register.new.member", i + 1)
        case .born: "  " + tr("form.register.new.born")
        case .role: "  " + tr("form.register.new.role")
        case .client: "  " + tr("form.register.new.client")
        case .addMember: ""
        }
    }

    private func renderDraftValue(_ row: HouseholdDraft.Row, focused: Bool, privacy: Bool, into grid: inout Grid, area: Rect) {
        switch row {
        case .street: FormParts.field(draft.street, focused: focused, into: &grid, area: area)
        case .number: FormParts.field(draft.number, focused: focused, into: &grid, area: area)
        case .addition: FormParts.field(draft.addition, focused: focused, into: &grid, area: area)
        case .postcode: FormParts.field(draft.postcode, focused: focused, into: &grid, area: area)
        case .buurt: draft.buurt.render(into: &grid, area: area, focused: focused, hint: FormParts.choiceHint)
        case .language: FormParts.field(draft.language, focused: focused, into: &grid, area: area)
        case .name(let i): Self.nameField(draft.members[i].name, focused: focused, privacy: privacy, into: &grid, area: area)
        case .born(let i): Self.dateField(draft.members[i].born, expect: .past, today: today, focused: focused, into: &grid, area: area)
        case .role(let i): FormParts.choice(draft.members[i].role.label, focused: focused, into: &grid, area: area)
        case .client(let i):
            FormParts.choice(
                draft.members[i].client ? tr("form.register.yes") : tr("form.register.no"), focused: focused, into: &grid, area: area)
        case .addMember:
            grid.put(
                "+ " + tr("form.register.new.add"), x: area.x - Self.labelWidth + 2, y: area.y, style: Style(.key, focused ? [.bold] : []),
                maxWidth: area.width + Self.labelWidth - 2)
        }
    }

    // MARK: Look-alikes

    private func renderDuplicates(into grid: inout Grid, bounds: Rect, privacy: Bool) {
        let width = min(100, bounds.width)
        let text = TextBlock.wrap(tr("form.register.duplicate.text"), width: max(1, width - 2))
        let footer = FormParts.footerRows(error, width: width - 2)
        // Each choice whole, wrapped: the summary says why the household looks alike.
        let options =
            (duplicates.matches.map { tr("form.register.duplicate.use", Self.summary($0, privacy: privacy)) }
            + ["+ " + tr("form.register.duplicate.create")]).map { TextBlock.wrap($0, width: max(1, width - 4)) }
        let area = Picker.area(
            in: bounds, preferredWidth: width,
            preferredHeight: text.count + options.reduce(0) { $0 + $1.count } + 4 + footer)
        let panel = Panel(title: tr("form.register.duplicate.title"), focused: true)
        panel.render(into: &grid, area: area)
        let inner = panel.inner(area)
        guard inner.height >= 3 else { return }
        let textRows = min(text.count, max(1, inner.height - 3 - footer))
        for (i, line) in text.prefix(textRows).enumerated() {
            grid.put(line, x: inner.x, y: inner.y + i, style: Style(.warning, [.bold]), maxWidth: inner.width)
        }
        var y = inner.y + textRows + 1
        let end = inner.maxY - footer - 1
        for (i, lines) in options.enumerated() where y < end {
            let chosen = i == duplicates.selected
            let create = i == duplicates.matches.count
            if chosen { grid.cursor = Point(x: inner.x, y: y) }
            for (j, line) in lines.enumerated() where y < end {
                let row = Rect(x: inner.x, y: y, width: inner.width, height: 1)
                if chosen { grid.fill(row, style: Style(.selection)) }
                grid.put(
                    (j == 0 ? " " : "   ") + line, x: row.x, y: y,
                    style: Style(chosen ? .selection : create ? .warning : .normal, create ? [.bold] : []), maxWidth: row.width)
                y += 1
            }
        }
        FormParts.footer(error, hint: tr("form.register.duplicate.hint"), into: &grid, inner: inner)
    }
}
