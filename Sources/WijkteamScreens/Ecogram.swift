import TerminalKit
import Wijkteam

/// The ecogram of one household: the household in the middle, its ties around it by sector
/// (family, friends and neighbours, school and work on the left; volunteers and carers,
/// professionals on the right), each tie drawn toward the middle with the line style of its
/// strength. Names wrap, never cut; when the map does not fit, `layout` says so (nil) and the
/// screen shows the grouped list instead.
struct Ecogram {
    struct Line: Sendable {
        var segments: [(String, Style)]
        var tieID: Int?
        var memberID: Int?
    }

    struct Box: Sendable {
        var title: String
        var titleRole: Role
        var rect: Rect
        var lines: [Line]
        var focused: Bool
    }

    static let leftSectors: [Sector] = [.family, .friendsNeighbours, .schoolWork]
    static let rightSectors: [Sector] = [.volunteersCarers, .professionals]
    /// Narrower than this the three columns get too thin to read: the list is clearer.
    static let minimumWidth = 72

    /// The compact marks after a tie's name: support kinds, the carer's hours and load (see
    /// `carerMarks`), § for professional secrecy, ✓ when consent to share is recorded.
    /// `detail` says how much of the carer's load to spell out.
    static func marks(_ t: NetworkTie, today: Day, detail: CarerDetail = .compact) -> [(String, Style)] {
        var out: [(String, Style)] = []
        if !t.support.isEmpty { out.append((t.support.map(\.rawValue).joined(), Style(.key, [.bold]))) }
        out += carerMarks(t, today: today, detail: detail)
        if t.professionalSecrecy { out.append(("§", Style(.muted))) }
        if t.consentToShare { out.append(("✓", Style(.success, [.bold]))) }
        return out
    }

    /// How much of a carer's load the marks spell out: the map's glyphs (`↻ L&I`, `⚠ 4/5`), the
    /// same with since when, or everything in words (the list, when the row has the room).
    enum CarerDetail: CaseIterable, Sendable { case words, since, compact }

    /// The most a list row of `room` cells holds whole: words, else glyphs with since when, else glyphs.
    static func marks(_ t: NetworkTie, today: Day, room: Int) -> [(String, Style)] {
        for detail in CarerDetail.allCases {
            let m = marks(t, today: today, detail: detail)
            if m.reduce(m.count - 1, { $0 + TextWidth.width(of: $1.0) }) <= room { return m }
        }
        // Not even the glyphs fit (a long name): the load first, so the row's end cuts support or consent, never the load.
        let carer = carerMarks(t, today: today, detail: .compact)
        return carer + marks(t, today: today, detail: .compact).filter { m in !carer.contains { $0.0 == m.0 } }
    }

    /// A carer's hours a week, since when (unless `compact`), and the load's signs: ↻ long and
    /// intensive (the SCP's more than 8 hours a week for more than 3 months; ↻? intensive, since
    /// when unknown) in the high-load colour, ⚠ felt as heavy (the carer's own n/5, or exhausted)
    /// in the overload colour. Glyph and colour both, so a mono terminal tells them apart.
    static func carerMarks(_ t: NetworkTie, today: Day, detail: CarerDetail) -> [(String, Style)] {
        let load = t.carerLoad, words = detail == .words
        var out: [(String, Style)] = []
        if let h = t.carerHoursPerWeek {
            let style = load.isIntensive ? Style(.loadHigh, [.bold]) : Style(.muted)
            out.append((tr("screens.ecogram.carer.hours", h), style))
        }
        if detail != .compact, let since = load.since {
            out.append((tr("screens.carer.since", since.shortText(today: today)), Style(.muted)))
        }
        for sign in load.signs(on: today) {
            switch sign {
            case .longAndIntensive:
                out.append(("↻ " + (words ? sign.label : tr("screens.carer.mark.long_intensive")), Style(.loadHigh, [.bold])))
            case .intensiveDurationUnknown:
                out.append(("↻?" + (words ? " " + sign.label : ""), Style(.loadHigh)))
            case .intensiveNotYetLong:
                if words { out.append((sign.label, Style(.muted))) }
            case .feelsHeavy(let b):
                let scale = "\(b)/\(CarerLoad.burdenScale.upperBound)"
                out.append(("⚠ " + (words ? sign.label + " " + scale : scale), Style(.loadOver, [.bold])))
            case .exhausted:
                out.append(("⚠ " + sign.label, Style(.loadOver, [.bold])))
            }
        }
        return out
    }

    /// The lines of one tie in a column of `width` cells; the connector faces the middle.
    /// In privacy mode `redactor` holds the household's names: a relation such as "moeder van
    /// Kim" names members.
    static func tieLines(
        _ t: NetworkTie, width: Int, connectorRight: Bool, privacy: Bool, relation: Bool, redactor: Redactor = .none, today: Day
    ) -> [Line] {
        let (glyph, role, attrs) = NetworkScreen.strengthGlyph(t.strength)
        let connector = (glyph, Style(role, attrs))
        let name = Format.name(t.name, privacy: privacy && !t.isOrganisation)
        let markList = Ecogram.marks(t, today: today)
        var marks: [(String, Style)] = []
        for m in markList { marks.append((" ", .normal)); marks.append(m) }
        let marksWidth = marks.reduce(0) { $0 + TextWidth.width(of: $1.0) }
        let room = width - 4 // connector and a space
        var lines: [Line] = []
        if TextWidth.width(of: name) + marksWidth <= room {
            let body = [(name, Style(.normal))] + marks
            lines.append(Line(segments: connectorRight ? pad(body, to: room) + [(" ", .normal), connector]
                                                       : [connector, (" ", .normal)] + body, tieID: t.id))
        } else {
            // The first line shares its room with the connector; a first word too long for it
            // goes below, where the name has the whole width.
            let firstWord = name.split(separator: " ").first.map(String.init) ?? name
            let parts = TextWidth.width(of: firstWord) <= room ? TextBlock.wrap(name, width: max(1, room)) : [""] + TextBlock.wrap(name, width: width - 4)
            for (i, part) in parts.enumerated() {
                let body = [(part, Style(.normal))]
                if i == 0 {
                    lines.append(Line(segments: connectorRight ? pad(body, to: room) + [(" ", .normal), connector]
                                                               : [connector, (" ", .normal)] + body, tieID: t.id))
                } else {
                    lines.append(Line(segments: connectorRight ? body : [("    ", .normal)] + body, tieID: t.id))
                }
            }
            // The marks below the name, as many rows as they need: a carer's load is never cut off.
            for row in packed(markList, width: max(1, room)) {
                lines.append(Line(segments: connectorRight ? row : [("    ", .normal)] + row, tieID: t.id))
            }
        }
        if relation, !t.relation.isEmpty {
            for part in TextBlock.wrap(privacy ? redactor.redact(t.relation) : t.relation, width: max(1, room)) {
                lines.append(Line(segments: connectorRight ? [(part, Style(.muted))] : [("    ", .normal), (part, Style(.muted))], tieID: t.id))
            }
        }
        return lines
    }

    /// Marks in rows of at most `width` cells, a space between two on a row; a mark wider than
    /// a row has a row of its own.
    static func packed(_ marks: [(String, Style)], width: Int) -> [[(String, Style)]] {
        var rows: [[(String, Style)]] = [], row: [(String, Style)] = [], used = 0
        for m in marks {
            let w = TextWidth.width(of: m.0)
            if !row.isEmpty, used + 1 + w > width {
                rows.append(row)
                row = []; used = 0
            }
            if !row.isEmpty { row.append((" ", .normal)); used += 1 }
            row.append(m); used += w
        }
        if !row.isEmpty { rows.append(row) }
        return rows
    }

    private static func pad(_ segments: [(String, Style)], to width: Int) -> [(String, Style)] {
        let used = segments.reduce(0) { $0 + TextWidth.width(of: $1.0) }
        return segments + [(String(repeating: " ", count: max(0, width - used)), .normal)]
    }

    /// Where everything goes in `area`, or nil when it does not fit whole.
    static func layout(_ r: HouseholdRecord, area: Rect, today: Day, privacy: Bool, regisseur: String?) -> [Box]? {
        // Each tie's relation ("moeder van Demi") when there is room, else names and marks only.
        layout(r, area: area, today: today, privacy: privacy, regisseur: regisseur, relations: true)
            ?? layout(r, area: area, today: today, privacy: privacy, regisseur: regisseur, relations: false)
    }

    static func layout(_ r: HouseholdRecord, area: Rect, today: Day, privacy: Bool, regisseur: String?, relations: Bool) -> [Box]? {
        guard area.width >= minimumWidth, area.height >= 8 else { return nil }
        let redactor = privacy ? Redactor(record: r) : .none
        let centerWidth = max(24, min(40, area.width / 3))
        let sideWidth = (area.width - centerWidth - 2) / 2
        // A word wider than a column would have to be broken: the list shows it whole instead.
        let longestWord = (r.ties.map(\.name) + r.household.members.map(\.name))
            .flatMap { $0.split(separator: " ") }.map { TextWidth.width(of: $0) }.max() ?? 0
        guard longestWord <= min(sideWidth - 6, centerWidth - 2) else { return nil }
        let leftX = area.x, centerX = area.x + sideWidth + 1, rightX = centerX + centerWidth + 1
        let rightWidth = area.maxX - rightX

        // The middle: members, where they live, and who holds the regie.
        let inner = centerWidth - 2
        var center: [Line] = []
        for p in r.household.currentMembers {
            let name = Format.name(p.name, privacy: privacy)
            for (i, part) in TextBlock.wrap(name, width: inner).enumerated() {
                center.append(Line(segments: [(part, Style(.normal, p.isClient && i == 0 ? [.bold] : []))], memberID: p.id))
            }
            let detail = Format.ageAndRoleShort(p.age(on: today), p.role.label, client: p.isClient)
            for part in TextBlock.wrap(detail, width: inner - 2) {
                center.append(Line(segments: [("  ", .normal), (part, Style(.muted))], memberID: p.id))
            }
        }
        center.append(Line(segments: []))
        let place = privacy ? r.household.address.buurt : "\(r.household.address.line), \(r.household.address.buurt)"
        for part in TextBlock.wrap(place, width: inner) { center.append(Line(segments: [(part, Style(.muted))])) }
        let regie = "◆ " + tr("screens.ecogram.regisseur", regisseur ?? Format.unassigned)
        for part in TextBlock.wrap(regie, width: inner) {
            center.append(Line(segments: [(part, Style(regisseur == nil ? .unassigned : .statusAccent, [.bold]))]))
        }
        guard center.count + 2 <= area.height else { return nil }
        let title = Format.household(r.household.name, privacy: privacy)
        let centerHeight = center.count + 2
        var boxes = [Box(title: title, titleRole: .title,
                         rect: Rect(x: centerX, y: area.y + (area.height - centerHeight) / 2, width: centerWidth, height: centerHeight),
                         lines: center, focused: true)]

        func column(_ sectors: [Sector], x: Int, width: Int, connectorRight: Bool) -> [Box]? {
            var stacks: [(Sector, [Line])] = sectors.map { s in
                let ties = r.ties.filter { $0.sector == s }
                let lines = ties.isEmpty ? [Line(segments: [(tr("screens.ecogram.sector.none"), Style(.muted))])]
                    : ties.flatMap {
                        tieLines(
                            $0, width: width - 2, connectorRight: connectorRight, privacy: privacy, relation: relations,
                            redactor: redactor, today: today)
                    }
                return (s, lines)
            }
            func height(_ st: [(Sector, [Line])]) -> Int { st.reduce(0) { $0 + $1.1.count + 2 } }
            // Empty sectors give way first; then the map does not fit.
            if height(stacks) > area.height { stacks = stacks.filter { s in r.ties.contains { $0.sector == s.0 } } }
            guard height(stacks) <= area.height else { return nil }
            let spare = area.height - height(stacks)
            let gap = stacks.count > 1 ? min(1, spare / (stacks.count - 1)) : 0
            var y = area.y + (spare - gap * max(0, stacks.count - 1)) / 2
            return stacks.map { sector, lines in
                let count = r.ties.filter { $0.sector == sector }.count
                let box = Box(title: "\(sector.label) (\(count))", titleRole: count == 0 ? .muted : .header,
                              rect: Rect(x: x, y: y, width: width, height: lines.count + 2), lines: lines, focused: false)
                y += lines.count + 2 + gap
                return box
            }
        }
        guard let left = column(leftSectors, x: leftX, width: sideWidth, connectorRight: true),
              let right = column(rightSectors, x: rightX, width: rightWidth, connectorRight: false) else { return nil }
        boxes += left + right
        return boxes
    }

    static func render(_ boxes: [Box], into grid: inout Grid, selectedTie: Int?, selectedMember: Int?, ties: [NetworkTie] = []) {
        // Each tie's line runs on across the gap to the household in the middle.
        if let middle = boxes.first?.rect {
            let strength = Dictionary(ties.map { ($0.id, $0.strength) }, uniquingKeysWith: { a, _ in a })
            for box in boxes.dropFirst() {
                let x = box.rect.maxX <= middle.x ? box.rect.maxX : box.rect.x - 1
                var seen = Set<Int>()
                for (i, line) in box.lines.enumerated() where i < box.rect.height - 2 {
                    guard let id = line.tieID, seen.insert(id).inserted, let s = strength[id] else { continue }
                    let (glyph, role, attrs) = NetworkScreen.strengthGlyph(s)
                    // The middle character tells the five strengths apart (━ ─ ┄ ╪ ╳).
                    grid.put(String(Array(glyph)[1]), x: x, y: box.rect.y + 1 + i, style: Style(role, attrs))
                }
            }
        }
        for box in boxes {
            let panel = Panel(title: box.title, style: Style(.border), titleStyle: Style(box.titleRole, [.bold]), focused: box.focused)
            panel.render(into: &grid, area: box.rect)
            let inner = panel.inner(box.rect)
            for (i, line) in box.lines.enumerated() where i < inner.height {
                let y = inner.y + i
                grid.put(segments: line.segments, x: inner.x, y: y, maxWidth: inner.width)
                let selected = (line.tieID != nil && line.tieID == selectedTie) || (line.memberID != nil && line.memberID == selectedMember)
                if selected {
                    grid.restyle(Rect(x: inner.x, y: y, width: inner.width, height: 1)) { s in
                        [.normal, .muted].contains(s.role) ? Style(.selection, s.attributes) : s
                    }
                }
            }
        }
    }
}

/// The ecogram as plain text, for `wijkteam network ID`: the same map as the screen, as tall
/// as it needs to be; the grouped list when the width is too small for a map.
public enum EcogramText {
    public static func render(_ r: HouseholdRecord, width: Int, today: Day, privacy: Bool, regisseur: String?) -> String {
        let width = max(40, width)
        // Paper has room: with each tie's relation, in the lowest height that fits (more height
        // never hurts a fit, so bisect).
        func fit(_ height: Int) -> [Ecogram.Box]? {
            Ecogram.layout(r, area: Rect(x: 0, y: 0, width: width, height: height), today: today, privacy: privacy,
                           regisseur: regisseur, relations: true)
        }
        if fit(400) != nil {
            var low = 8, high = 400
            while low < high {
                let mid = (low + high) / 2
                if fit(mid) != nil { high = mid } else { low = mid + 1 }
            }
            var grid = Grid(width: width, height: low)
            Ecogram.render(fit(low)!, into: &grid, selectedTie: nil, selectedMember: nil, ties: r.ties)
            return trimmed(grid.lines()) + "\n" + legend
        }
        var screen = NetworkScreen()
        _ = screen.show(householdID: r.household.id)
        screen.loaded(r)
        screen.toggleMode()
        let height = screen.rows.count + 2
        var grid = Grid(width: width, height: height)
        screen.renderList(into: &grid, area: Rect(x: 0, y: 0, width: width, height: height), today: today, privacy: privacy)
        return trimmed(grid.lines()) + "\n" + legend
    }

    /// What the lines and marks mean; the screen's header shows the same.
    public static var legend: String { tr("screens.ecogram.legend") }

    private static func trimmed(_ lines: [String]) -> String {
        var out = lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }
        while out.last?.isEmpty == true { out.removeLast() }
        while out.first?.isEmpty == true { out.removeFirst() }
        return out.joined(separator: "\n")
    }
}
