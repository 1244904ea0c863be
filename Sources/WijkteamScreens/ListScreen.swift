import TerminalKit

/// A scrollable list with a selection: the common part of triage, network and meeting.
struct ListCursor: Sendable, Equatable {
    var selected = 0
    var offset = 0

    /// Items that can be selected (headings are skipped by the caller's `selectable`).
    mutating func perform(_ id: CommandID, count: Int, page: Int, selectable: (Int) -> Bool = { _ in true }) -> Bool {
        guard count > 0 else { return false }
        let before = selected
        func step(_ from: Int, _ delta: Int) -> Int {
            var i = from + delta
            while i >= 0, i < count, !selectable(i) { i += delta > 0 ? 1 : -1 }
            return (0..<count).contains(i) ? i : from
        }
        switch id {
        case .moveUp: selected = step(selected, -1)
        case .moveDown: selected = step(selected, 1)
        case .pageUp: selected = max(0, selected - page); while selected < count - 1 && !selectable(selected) { selected += 1 }
        case .pageDown: selected = min(count - 1, selected + page); while selected > 0 && !selectable(selected) { selected -= 1 }
        case .moveFirst: selected = firstSelectable(count, selectable)
        case .moveLast: selected = count - 1; while selected > 0 && !selectable(selected) { selected -= 1 }
        default: return false
        }
        return selected != before
    }

    private func firstSelectable(_ count: Int, _ selectable: (Int) -> Bool) -> Int {
        (0..<count).first(where: selectable) ?? 0
    }

    mutating func clamp(count: Int) {
        selected = max(0, min(selected, count - 1))
    }

    func visibleOffset(height: Int, count: Int) -> Int {
        ListView.offset(selected: selected, count: count, height: height, current: offset)
    }
}

/// Scrolling through lines of text (help, household): the same keys everywhere.
enum TextScroll {
    /// The new first line after a navigation command, or nil when the command is not about scrolling.
    static func offset(after id: CommandID, from offset: Int, height: Int, count: Int) -> Int? {
        var o = offset
        switch id {
        case .moveUp: o -= 1
        case .moveDown: o += 1
        case .pageUp: o -= height
        case .pageDown: o += height
        case .moveFirst: o = 0
        case .moveLast: o = count
        default: return nil
        }
        return max(0, min(o, count - height))
    }

    /// Draws the visible lines and a "↓ N more" hint on the frame when more follow.
    static func render(_ all: [(String, Style)], offset: Int, into grid: inout Grid, inner: Rect, frame: Rect) {
        let start = max(0, min(offset, all.count - inner.height))
        for (i, (text, style)) in all.dropFirst(start).prefix(inner.height).enumerated() {
            grid.put(text, x: inner.x, y: inner.y + i, style: style, maxWidth: inner.width)
        }
        if start + inner.height < all.count {
            let more = Format.more(all.count - start - inner.height)
            grid.put(more, x: frame.maxX - 2 - TextWidth.width(of: more), y: frame.maxY - 1, style: Style(.muted))
        }
    }
}
