import TerminalKit
import Wijkteam

/// The team view drawn: a list whose columns drop as the screen narrows (name, role, load and
/// availability stay), and the colleague under the cursor with the changes kept to their record.
extension TeamScreen {
    enum Column: CaseIterable {
        case name, role, discipline, expertise, languages, load, availability, cover

        /// Cells the column takes (availability takes what is left).
        func width(wide: Bool) -> Int {
            switch self {
            case .name: wide ? 20 : 19
            case .role: wide ? 13 : 12
            case .discipline: 18
            case .expertise: 24
            case .languages: 11
            case .load: 9
            case .availability: 0
            case .cover: 22
            }
        }

        var title: String {
            switch self {
            case .name: tr("screens.team.column.name")
            case .role: tr("screens.team.column.role")
            case .discipline: tr("screens.team.column.discipline")
            case .expertise: tr("screens.team.column.expertise")
            case .languages: tr("screens.team.column.languages")
            case .load: tr("screens.team.column.load")
            case .availability: tr("screens.team.column.availability")
            case .cover: tr("screens.team.column.cover")
            }
        }
    }

    /// Availability keeps at least this many cells before another column is added.
    static let availabilityRoom = 28

    /// The columns that fit `width`: the names-only view has two; otherwise the four that always
    /// stay, then discipline, languages, cover and expertise while there is room.
    func columns(width: Int) -> [Column] {
        guard seesAll else { return [.name, .role] }
        let wide = width >= 120
        var chosen: Set<Column> = [.name, .role, .load, .availability]
        func used() -> Int { chosen.reduce(0) { $0 + $1.width(wide: wide) + 1 } }
        for optional in [Column.discipline, .languages, .cover, .expertise]
        where used() + optional.width(wide: wide) + 1 + Self.availabilityRoom <= width {
            chosen.insert(optional)
        }
        return Column.allCases.filter { chosen.contains($0) }
    }

    func cell(_ column: Column, of s: Staff) -> (String, Style) {
        let left = s.hasLeft(on: today)
        let plain = Style(left ? .muted : .normal, left ? [.dim] : [])
        switch column {
        case .name: return (s.name, Style(left ? .muted : .normal, left ? [.dim] : [.bold]))
        case .role: return (s.role.label, plain)
        case .discipline: return (s.discipline, plain)
        case .expertise: return (Self.expertise(s), plain)
        case .languages: return (Self.languages(s), plain)
        case .load:
            let (text, role) = loadText(s)
            return (text, Style(role))
        case .availability:
            let (text, role) = availability(s)
            return (text, Style(role))
        case .cover: return (coverText(s), Style(.muted))
        }
    }

    /// Rows the panel of the selected colleague takes (with its border).
    static let detailHeight = 5

    func renderTeam(into grid: inout Grid, area: Rect) {
        let detail = seesAll && area.height >= 12 ? Self.detailHeight : 0
        let listArea = Rect(x: area.x, y: area.y, width: area.width, height: area.height - detail)
        let panel = Panel(title: tr("screens.team.title", rows.count), focused: true)
        panel.render(into: &grid, area: listArea)
        let inner = panel.inner(listArea)
        guard inner.height >= 2 else { return }
        let columns = columns(width: inner.width)
        let wide = inner.width >= 120
        let fixed = columns.filter { $0 != .availability }.reduce(0) { $0 + $1.width(wide: wide) + 1 }
        func width(_ c: Column) -> Int { c == .availability ? max(1, inner.width - fixed - 1) : c.width(wide: wide) }
        var heading: [(String, Style)] = []
        for c in columns { heading.append((TextWidth.pad(c.title, to: width(c)) + " ", Style(.header, [.bold]))) }
        grid.put(segments: heading, x: inner.x, y: inner.y)
        let list = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
        ListView.render(
            count: rows.count, selected: cursor.selected, offset: cursor.visibleOffset(height: list.height, count: rows.count),
            into: &grid, area: list
        ) { i in
            ListItem(
                segments: columns.map { c in
                    let (text, style) = cell(c, of: rows[i])
                    return (TextWidth.pad(text, to: width(c)) + " ", style)
                })
        }
        if detail > 0 {
            renderDetail(into: &grid, area: Rect(x: area.x, y: listArea.maxY, width: area.width, height: detail))
        }
    }

    /// The colleague under the cursor in full, and what changed to their record since when.
    func renderDetail(into grid: inout Grid, area: Rect) {
        guard let s = selected else { return }
        let panel = Panel(title: s.name, focused: false)
        panel.render(into: &grid, area: area)
        let inner = panel.inner(area)
        guard inner.height > 0 else { return }
        var profile = [s.role.label, s.discipline, Self.languages(s), Self.expertise(s)].filter { !$0.isEmpty }
        if let account = s.account { profile.append(tr("screens.team.account", account)) }
        var lines: [(String, Style)] = [(profile.joined(separator: " · "), Style(.normal))]
        var now = [availability(s).0]
        let planned = s.absences.filter { a in a.from > today }.map { $0.describe(today: today) }
        now += planned.filter { !now[0].contains($0) }
        let cases = openCases[s.id]?.count ?? 0
        if cases > 0 { now.append(trCount("screens.team.openCases", cases)) }
        let cover = coverText(s)
        if !cover.isEmpty { now.append(cover) }
        lines.append((now.joined(separator: " · "), Style(availability(s).1)))
        let kept = history(s)
        lines.append(
            kept.isEmpty ? (tr("screens.team.history.none"), Style(.muted)) : (kept.joined(separator: " · "), Style(.muted)))
        for (i, line) in lines.prefix(inner.height).enumerated() {
            grid.put(line.0, x: inner.x, y: inner.y + i, style: line.1, maxWidth: inner.width)
        }
    }
}
