/// Key help in aligned columns (keys, command name, help text), in sections with a heading
/// per category. The name column is dropped when the area is narrow. Scrolls by `offset`
/// lines, with "↓ N more" when lines are hidden below.
public struct HelpTable: Sendable, Hashable {
    public struct Row: Sendable, Hashable {
        public var keys: String
        public var name: String
        public var help: String

        public init(keys: String, name: String, help: String) {
            self.keys = keys
            self.name = name
            self.help = help
        }
    }

    public struct Section: Sendable, Hashable {
        public var heading: String?
        public var rows: [Row]

        public init(heading: String?, rows: [Row]) {
            self.heading = heading
            self.rows = rows
        }
    }

    public var sections: [Section]
    /// Column titles shown above the first section, e.g. ["Keys", "Command", "What it does"].
    public var headings: [String]?
    /// First line shown (for scrolling); clamped at render time.
    public var offset: Int

    public init(sections: [Section], headings: [String]? = nil, offset: Int = 0) {
        self.sections = sections
        self.headings = headings
        self.offset = offset
    }

    /// One section without a heading.
    public init(rows: [(keys: String, name: String, help: String)], headings: [String]? = nil,
                offset: Int = 0) {
        self.init(sections: [Section(heading: nil, rows: rows.map { Row(keys: $0.keys, name: $0.name, help: $0.help) })],
                  headings: headings, offset: offset)
    }

    /// A section per command category, in order of first appearance in `commands`.
    public init<ID>(commands: [Command<ID>], headings: [String]? = nil, offset: Int = 0) {
        var order: [String] = []
        var rows: [String: [Row]] = [:]
        for c in commands {
            if rows[c.category] == nil { order.append(c.category) }
            rows[c.category, default: []].append(Row(keys: c.keysDisplay, name: c.name, help: c.help))
        }
        self.init(sections: order.map { Section(heading: $0, rows: rows[$0] ?? []) },
                  headings: headings, offset: offset)
    }

    enum Line: Hashable {
        case columnTitles
        case heading(String)
        case row(Row)
        case blank
    }

    var allLines: [Line] {
        var out: [Line] = []
        if headings != nil { out.append(.columnTitles) }
        for (i, section) in sections.enumerated() {
            if i > 0 || (headings != nil && section.heading != nil) {
                if !out.isEmpty { out.append(.blank) }
            }
            if let h = section.heading { out.append(.heading(h)) }
            out += section.rows.map { .row($0) }
        }
        return out
    }

    /// Total number of lines (for scroll limits).
    public var lineCount: Int { allLines.count }

    public func render(into grid: inout Grid, area: Rect) {
        guard !area.isEmpty else { return }
        grid.fill(area)
        let lines = allLines
        let rowsAll = sections.flatMap(\.rows)
        let width = area.width
        let gap = 2
        let titles = headings ?? []
        let hasNames = rowsAll.contains { !$0.name.isEmpty }
        let showNames = hasNames && width >= 50
        var keysW = rowsAll.map { TextWidth.width(of: $0.keys) }.max() ?? 0
        if titles.count > 0 { keysW = max(keysW, TextWidth.width(of: titles[0])) }
        keysW = min(keysW, max(6, width / 3))
        var nameW = 0
        if showNames {
            nameW = rowsAll.map { TextWidth.width(of: $0.name) }.max() ?? 0
            if titles.count > 1 { nameW = max(nameW, TextWidth.width(of: titles[1])) }
            nameW = min(nameW, max(6, width / 4))
        }
        let helpX = keysW + gap + (showNames ? nameW + gap : 0)

        let height = area.height
        let maxOffset = max(0, lines.count - height)
        let off = clamp(offset, 0, maxOffset)
        let hint = height >= 2 && off + height < lines.count
        let shown = hint ? height - 1 : height

        for i in 0..<shown {
            let index = off + i
            guard index < lines.count else { break }
            let y = area.y + i
            switch lines[index] {
            case .blank:
                break
            case .heading(let h):
                grid.put(h, x: area.x, y: y, style: Style(.header, .bold), maxWidth: width)
            case .columnTitles:
                let t = titles + ["", "", ""]
                let style = Style(.header, .underline)
                grid.put(t[0], x: area.x, y: y, style: style, maxWidth: min(keysW, width))
                if showNames {
                    grid.put(t[1], x: area.x + keysW + gap, y: y, style: style, maxWidth: nameW)
                    grid.put(t[2], x: area.x + helpX, y: y, style: style, maxWidth: width - helpX)
                } else {
                    let helpTitle = titles.count > 2 ? titles[2] : (titles.last ?? "")
                    grid.put(titles.count > 1 ? helpTitle : "", x: area.x + helpX, y: y,
                             style: style, maxWidth: width - helpX)
                }
            case .row(let row):
                grid.put(row.keys, x: area.x, y: y, style: Style(.key), maxWidth: min(keysW, width))
                if showNames {
                    grid.put(row.name, x: area.x + keysW + gap, y: y, style: .normal, maxWidth: nameW)
                }
                let help = row.help.isEmpty && !showNames ? row.name : row.help
                grid.put(help, x: area.x + helpX, y: y, style: .normal, maxWidth: width - helpX)
            }
        }
        if hint {
            grid.put(WidgetText.more(lines.count - off - shown), x: area.x, y: area.maxY - 1,
                     style: Style(.muted), maxWidth: width)
        }
    }
}
