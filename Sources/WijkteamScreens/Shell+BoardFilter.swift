import TerminalKit
import Wijkteam

/// Which cards the board shows: the text filter (typed, live) and the quick-filter picker.
extension Shell {
    mutating func performBoardFilter(_ id: CommandID) -> Reaction {
        switch id {
        case .filterText:
            modal = .textFilter(TextInput(text: board.filter.text, placeholder: tr("shell.filter.placeholder")), before: board.filter)
        case .filterPick:
            openQuickFilter()
        default:
            return .none
        }
        return .redraw
    }

    private mutating func openQuickFilter() {
        guard let s = snapshot else { return }
        var options: [BoardFilter] = [], items: [PickerItem] = []
        func add(_ title: String, _ f: BoardFilter) { options.append(f); items.append(PickerItem(title: title)) }
        let base = board.filter
        add(tr("shell.quickFilter.everything"), BoardFilter())
        var mine = base; mine.regisseur = session.identity.staff.id
        add(tr("shell.quickFilter.mine"), mine)
        for b in s.info.buurten { var f = base; f.buurt = b; add(tr("shell.quickFilter.buurt", b), f) }
        for flag in BoardFilter.Flag.allCases { var f = base; f.flag = flag; add(tr("shell.quickFilter.flag", flag.label), f) }
        for d in LifeDomain.allCases { var f = base; f.domain = d; add(tr("shell.quickFilter.domain", d.label), f) }
        for p in Phase.allCases where p.isOpen { var f = base; f.phase = p; add(tr("shell.quickFilter.phase", p.label), f) }
        modal = .quickFilter(picker: Picker(title: tr("shell.quickFilter.title"), items: items,
                                            footer: tr("shell.quickFilter.footer")), options: options)
    }

    mutating func quickFilterKey(_ key: Key, picker: Picker, options: [BoardFilter]) {
        var picker = picker
        switch key {
        case .escape: modal = nil
        case .enter:
            modal = nil
            if let i = picker.selectedItemIndex { board.setFilter(snapshot: snapshot, options[i]) }
        default:
            Dialog.navigate(&picker, key)
            modal = .quickFilter(picker: picker, options: options)
        }
    }

    mutating func textFilterKey(_ key: Key, input: TextInput, before: BoardFilter) -> Reaction {
        var input = input
        switch key {
        case .escape:
            modal = nil
            var f = board.filter
            f.text = before.text
            board.setFilter(snapshot: snapshot, f)
            // What was shown while typing was a search too.
            if !input.text.trimmed.isEmpty { return Reaction(redraw: true, effects: [.recordAudit(Self.searchEvent(input.text, found: nil))]) }
        case .enter:
            modal = nil
            // A search is logged (NEN 7513): what was looked for and how much it found.
            if !input.text.trimmed.isEmpty {
                let found = board.columns.reduce(0) { $0 + $1.cards.count }
                return Reaction(redraw: true, effects: [.recordAudit(Self.searchEvent(input.text, found: found))])
            }
        default:
            if input.apply(key) {
                var f = board.filter
                f.text = input.text
                board.setFilter(snapshot: snapshot, f)
            }
            modal = .textFilter(input, before: before)
        }
        return .redraw
    }

    /// The log says that a search was made and what it found, not what was typed: search
    /// text is usually a client's name, and the log holds no personal data.
    static func searchEvent(_ text: String, found: Int?) -> AuditEvent {
        let words = text.split(whereSeparator: \.isWhitespace).count
        return AuditEvent(.search, detail: "board text filter (\(words) word\(words == 1 ? "" : "s"))"
                          + (found.map { ": \($0) cases shown" } ?? ", cancelled"))
    }
}
