import TerminalKit
import Wijkteam

/// The glossary over any screen (`i`): the terms found on the screen it was opened from come
/// first, marked; typing searches every term and explanation. The left column lists terms, the
/// right explains the selected one.
struct GlossaryScreen: Sendable, Equatable {
    var input = TextInput(maxLength: 40)
    /// Terms that were on the screen underneath, in order of appearance.
    var onScreen: [String]
    var cursor = ListCursor()

    init(screenText: String) {
        onScreen = Glossary.onScreen(screenText).map(\.term)
    }

    /// What the list shows: with no search, the screen's terms first, then the rest.
    var entries: [GlossaryEntry] {
        let all = Glossary.entries
        guard input.text.trimmed.isEmpty else { return Glossary.search(input.text.trimmed) }
        let first = onScreen.compactMap { term in all.first { $0.term == term } }
        return first + all.filter { !onScreen.contains($0.term) }
    }

    /// A key for the glossary: navigation moves, Esc clears the search (then closes), the rest
    /// types. Returns false when the glossary should close.
    mutating func handle(_ key: Key, page: Int) -> Bool {
        switch key {
        case .escape:
            guard !input.isEmpty else { return false }
            input = TextInput(maxLength: 40)
            cursor = ListCursor()
        case .up: _ = cursor.perform(.moveUp, count: entries.count, page: page)
        case .down: _ = cursor.perform(.moveDown, count: entries.count, page: page)
        case .pageUp: _ = cursor.perform(.pageUp, count: entries.count, page: page)
        case .pageDown: _ = cursor.perform(.pageDown, count: entries.count, page: page)
        case .home where input.isEmpty: _ = cursor.perform(.moveFirst, count: entries.count, page: page)
        case .end where input.isEmpty: _ = cursor.perform(.moveLast, count: entries.count, page: page)
        case .enter: return false
        default:
            let before = input.text
            _ = input.apply(key)
            if input.text != before { cursor = ListCursor() }
        }
        return true
    }

    func render(into grid: inout Grid, area: Rect) {
        let panel = Panel(title: tr("glossaryScreen.title"), focused: true)
        grid.fill(area)
        panel.render(into: &grid, area: area)
        let inner = panel.inner(area)
        guard inner.height >= 3, inner.width >= 20 else { return }
        grid.put("/", x: inner.x, y: inner.y, style: Style(.key, [.bold]))
        var search = input
        search.placeholder = tr("glossaryScreen.search")
        search.render(into: &grid, area: Rect(x: inner.x + 2, y: inner.y, width: inner.width - 2, height: 1))
        let list = entries
        let body = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: inner.height - 3)
        guard !list.isEmpty else {
            grid.put(tr("glossaryScreen.noMatch", input.text), x: body.x, y: body.y, style: Style(.muted), maxWidth: body.width)
            return
        }
        let termWidth = min(26, max(14, body.width / 3))
        let left = Rect(x: body.x, y: body.y, width: termWidth, height: body.height)
        let selected = min(cursor.selected, list.count - 1)
        ListView.render(count: list.count, selected: selected,
                        offset: cursor.visibleOffset(height: left.height, count: list.count), into: &grid, area: left) { i in
            let marked = input.text.trimmed.isEmpty && onScreen.contains(list[i].term)
            return ListItem(segments: [(marked ? "• " : "  ", Style(.key)), (list[i].term, Style(.normal, marked ? [.bold] : []))])
        }
        let right = Rect(x: left.maxX + 2, y: body.y, width: body.width - termWidth - 2, height: body.height)
        guard right.width >= 10 else { return }
        let entry = list[selected]
        grid.put(entry.term, x: right.x, y: right.y, style: Style(.header, [.bold]), maxWidth: right.width)
        var y = right.y + 2
        for line in TextBlock.wrap(entry.explanation, width: right.width) where y < right.maxY {
            grid.put(line, x: right.x, y: y, style: Style(.normal), maxWidth: right.width)
            y += 1
        }
        if onScreen.contains(entry.term), y + 1 < right.maxY {
            grid.put(tr("glossaryScreen.onThisScreen"), x: right.x, y: y + 1, style: Style(.muted), maxWidth: right.width)
        }
        grid.put(tr("glossaryScreen.footer"), x: inner.x, y: inner.maxY - 1, style: Style(.key), maxWidth: inner.width)
    }
}
