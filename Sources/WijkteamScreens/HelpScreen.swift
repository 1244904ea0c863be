import TerminalKit
import Wijkteam

/// `?`: every command of the current view (from the command table), then the glossary.
struct HelpScreen: Sendable, Equatable {
    var scope: CommandScope
    var offset = 0

    func lines(width: Int) -> [(String, Style)] {
        var out: [(String, Style)] = []
        let commands = AppCommands.table.commands(in: scope)
        let keyWidth = min(22, max(8, commands.map { TextWidth.width(of: $0.keysDisplay) }.max() ?? 8) + 2)
        let nameWidth = 16
        var categories: [String] = []
        for c in commands where !categories.contains(c.category) { categories.append(c.category) }
        for category in categories {
            out.append((category, Style(.header, [.bold])))
            for c in commands where c.category == category {
                let text = TextWidth.pad(c.keysDisplay, to: keyWidth) + TextWidth.pad(c.name, to: nameWidth) + c.help
                out.append(("  " + text, Style(.normal)))
            }
            out.append(("", Style(.normal)))
        }
        out.append((tr("screens.help.cards"), Style(.header, [.bold])))
        for (mark, meaning) in [("⚠", tr("screens.help.cards.safety")), ("P", tr("screens.help.cards.preventive")), ("O", tr("screens.help.cards.outreaching")),
                                ("?", tr("screens.help.cards.discussion")), ("12d", tr("screens.help.cards.contact")),
                                ("→28-11", tr("screens.help.cards.next"))] {
            out.append(("  " + TextWidth.pad(mark, to: 8) + meaning, Style(.normal)))
        }
        out.append(("", Style(.normal)))
        out.append((tr("screens.help.glossary"), Style(.header, [.bold])))
        for e in Glossary.entries {
            out.append(("  " + e.term, Style(.key, [.bold])))
            for l in TextBlock.wrap(e.explanation, width: max(10, width - 6)) { out.append(("    " + l, Style(.normal))) }
        }
        return out
    }

    mutating func perform(_ id: CommandID, height: Int, width: Int) -> Bool {
        guard let o = TextScroll.offset(after: id, from: offset, height: height, count: lines(width: width).count) else { return false }
        defer { offset = o }
        return o != offset
    }

    func render(into grid: inout Grid, area: Rect, title: String) {
        let panel = Panel(title: title, focused: true)
        grid.fill(area)
        panel.render(into: &grid, area: area)
        let inner = panel.inner(area)
        TextScroll.render(lines(width: inner.width), offset: offset, into: &grid, inner: inner, frame: area)
    }
}

/// `:` — run a command by name, with completion.
struct Palette: Sendable, Equatable {
    var input = TextInput(placeholder: tr("screens.help.palette.placeholder"))
    var selected = 0

    func matches(scope: CommandScope) -> [Command<CommandID>] {
        AppCommands.table.complete(input.text, in: scope).filter { $0.id != .palette }
    }

    func render(into grid: inout Grid, bounds: Rect, scope: CommandScope) {
        let list = matches(scope: scope)
        let area = Picker.area(in: bounds, preferredWidth: 60, preferredHeight: min(14, list.count + 4))
        grid.fill(area)
        let panel = Panel(title: tr("screens.help.palette.title"), focused: true)
        panel.render(into: &grid, area: area)
        let inner = panel.inner(area)
        guard !inner.isEmpty else { return }
        grid.put(":", x: inner.x, y: inner.y, style: Style(.key, [.bold]))
        input.render(into: &grid, area: Rect(x: inner.x + 1, y: inner.y, width: inner.width - 1, height: 1))
        let items = list.map { c in
            ListItem(segments: [(TextWidth.pad(c.name, to: 16), Style(.normal, [.bold])),
                                (TextWidth.pad(c.keysDisplay, to: 10), Style(.key)), (c.help, Style(.muted))])
        }
        let listArea = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
        if items.isEmpty {
            grid.put(tr("screens.help.palette.nomatch"), x: listArea.x, y: listArea.y, style: Style(.muted))
        } else {
            ListView(items: items, selected: min(selected, items.count - 1),
                     offset: ListView.offset(selected: selected, count: items.count, height: listArea.height, current: 0))
                .render(into: &grid, area: listArea)
        }
    }
}
