import TerminalKit
import Wijkteam

/// The providers and their waiting times (issue 27): one line per provider (name, law, waiting
/// now: how many, median, longest; started in the last 90 days: median; the norm), a provider
/// where someone waits longer than its norm in the warning colour; `Enter` shows its products
/// with the same figures; `f` shows the providers of one law. Everything comes from the
/// snapshot (`DistrictSnapshot.providers`): the catalogue holds no client data, and the waiting
/// times are counts and days.
public struct ProvidersScreen: Sendable {
    /// A line of the list: a provider, or one of its products under it (expanded).
    enum Row: Hashable, Sendable {
        case provider(Int)
        case product(Int, Int)
    }

    public private(set) var all: [ProviderOverview] = []
    /// The providers the law filter lets through, in the catalogue's order (by name).
    private(set) var shown: [ProviderOverview] = []
    private(set) var rows: [Row] = []
    /// Providers whose products are shown, by id.
    public private(set) var expanded: Set<Int> = []
    /// Only providers under this law (a provider under both laws is under either); nil: all.
    public private(set) var law: ProviderLaw?
    var cursor = ListCursor()

    public init() {}

    public mutating func update(_ s: DistrictSnapshot) {
        let keep = selectedProvider?.provider.id
        all = s.providers
        rebuild(keeping: keep)
    }

    public var selectedProvider: ProviderOverview? {
        guard rows.indices.contains(cursor.selected) else { return nil }
        switch rows[cursor.selected] {
        case .provider(let i), .product(let i, _): return shown[i]
        }
    }

    /// Whether a provider is under the law the filter names.
    static func matches(_ p: Provider, law: ProviderLaw?) -> Bool {
        guard let law else { return true }
        return p.law == law || p.law == .both
    }

    private mutating func rebuild(keeping id: Int?) {
        shown = all.filter { Self.matches($0.provider, law: law) }
        rows = shown.indices.flatMap { i -> [Row] in
            [.provider(i)] + (expanded.contains(shown[i].provider.id) ? shown[i].products.indices.map { .product(i, $0) } : [])
        }
        if let id, let i = rows.firstIndex(where: { if case .provider(let p) = $0 { shown[p].provider.id == id } else { false } }) {
            cursor.selected = i
        }
        cursor.clamp(count: rows.count)
    }

    /// Enter: the selected provider's products shown, or hidden again.
    mutating func toggle() -> Bool {
        guard let p = selectedProvider, !p.products.isEmpty else { return false }
        if expanded.remove(p.provider.id) == nil { expanded.insert(p.provider.id) }
        rebuild(keeping: p.provider.id)
        return true
    }

    /// f: all → Wmo → Jeugdwet → all.
    mutating func nextLaw() {
        law =
            switch law {
            case nil: .wmo
            case .wmo: .jeugdwet
            case .jeugdwet, .both: nil
            }
        rebuild(keeping: selectedProvider?.provider.id)
    }

    /// Days as weeks, rounded (the norm is in weeks): "3 wk"; "—" when there is nothing to count.
    static func weeks(_ days: Int?) -> String {
        guard let days else { return "—" }
        return tr("screens.providers.weeks", (days + 3) / 7)
    }

    /// The widths of the columns after the name: law, waiting now (count, median, longest),
    /// started (median), norm.
    struct Columns {
        var name: Int
        var law: Int
        var figure: Int
        static func fitting(_ width: Int) -> Columns {
            let figure = width < 100 ? 7 : 9
            let law = width < 100 ? 9 : 17
            // The name, a space, the law, a space, six figures each with a space after it.
            return Columns(name: max(8, width - law - (figure + 1) * 6 - 2), law: law, figure: figure)
        }
    }

    func headerLine(_ c: Columns) -> [(String, Style)] {
        let labels = [
            tr("screens.providers.col.waiting"), tr("screens.providers.col.median"), tr("screens.providers.col.longest"),
            tr("screens.providers.col.started"), tr("screens.providers.col.started_median"), tr("screens.providers.col.norm"),
        ]
        let figures = labels.map { TextWidth.pad($0, to: c.figure, alignRight: true) + " " }.joined()
        let text =
            TextWidth.pad(tr("screens.providers.col.name"), to: c.name) + " " + TextWidth.pad(tr("screens.providers.col.law"), to: c.law)
            + " " + figures
        return [(text, Style(.header, [.bold]))]
    }

    func figures(_ w: ProviderWaiting, normDays: Int?, c: Columns) -> [(String, Style)] {
        let over = ProviderOverview.overNorm(w, normDays: normDays)
        func cell(_ text: String, _ role: Role = .normal, bold: Bool = false) -> (String, Style) {
            (TextWidth.pad(text, to: c.figure, alignRight: true) + " ", Style(role, bold ? [.bold] : []))
        }
        return [
            cell(w.waitingNow == 0 ? "—" : String(w.waitingNow), w.waitingNow == 0 ? .muted : .normal),
            cell(Self.weeks(w.medianWaitingDays), w.medianWaitingDays == nil ? .muted : .normal),
            // Over the norm: the warning colour, and a mark that a theme without colour shows too.
            cell(
                (over ? "⚠ " : "") + Self.weeks(w.longestWaitingDays), over ? .warning : w.longestWaitingDays == nil ? .muted : .normal,
                bold: over),
            cell(w.startedRecently == 0 ? "—" : String(w.startedRecently), w.startedRecently == 0 ? .muted : .normal),
            cell(Self.weeks(w.medianStartedDays), w.medianStartedDays == nil ? .muted : .normal),
            cell(normDays.map { Self.weeks($0) } ?? "—", .muted),
        ]
    }

    func item(_ row: Row, c: Columns) -> ListItem {
        switch row {
        case .provider(let i):
            let o = shown[i]
            let mark = o.products.isEmpty ? "  " : expanded.contains(o.provider.id) ? "▾ " : "▸ "
            let name = o.provider.active ? o.provider.name : tr("screens.providers.inactive", o.provider.name)
            let nameStyle = Style(o.overNorm ? .warning : o.provider.active ? .normal : .muted, [.bold])
            return ListItem(
                segments: [
                    (mark, Style(.muted)), (TextWidth.pad(name, to: c.name - 2) + " ", nameStyle),
                    (TextWidth.pad(o.provider.law.label, to: c.law) + " ", Style(.muted)),
                ] + figures(o.overall, normDays: o.provider.normDays, c: c))
        case .product(let i, let j):
            let o = shown[i], line = o.products[j]
            let label = line.key + " " + (line.product?.name ?? tr("screens.providers.not_offered"))
            let style = Style(line.product == nil ? .muted : .normal)
            // Narrow: the product's name takes the law's column too (its domain is left out).
            let what: [(String, Style)] =
                c.law < 12
                ? [(TextWidth.pad(label, to: c.name - 4 + 1 + c.law) + " ", style)]
                : [
                    (TextWidth.pad(label, to: c.name - 4) + " ", style),
                    (TextWidth.pad(line.product?.domain.label ?? "", to: c.law) + " ", Style(.muted)),
                ]
            return ListItem(segments: [("    ", Style(.muted))] + what + figures(line.waiting, normDays: o.provider.normDays, c: c))
        }
    }

    func render(into grid: inout Grid, area: Rect) {
        let title =
            law.map { tr("screens.providers.title.law", shown.count, $0.label) } ?? tr("screens.providers.title", shown.count)
        let panel = Panel(title: title, focused: true)
        panel.render(into: &grid, area: area)
        let inner = panel.inner(area)
        guard !inner.isEmpty else { return }
        guard !shown.isEmpty else {
            let text = all.isEmpty ? tr("screens.providers.none") : tr("screens.providers.none_law")
            grid.put(text, x: inner.x, y: inner.y, style: Style(.muted), maxWidth: inner.width)
            return
        }
        let c = Columns.fitting(inner.width)
        grid.put(segments: headerLine(c), x: inner.x, y: inner.y, maxWidth: inner.width)
        let list = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
        ListView.render(
            count: rows.count, selected: cursor.selected, offset: cursor.visibleOffset(height: list.height, count: rows.count),
            into: &grid, area: list
        ) { item(rows[$0], c: c) }
    }
}

extension ProvidersScreen: Screen {
    public static let scope = CommandScope.providers
    public static var title: String { tr("command.scope.providers") }
    public static var goName: String { tr("command.tab.providers.name") }
    public static var goHelp: String { tr("command.tab.providers.help") }

    public mutating func update(_ snapshot: DistrictSnapshot, context: ScreenContext) { update(snapshot) }

    public mutating func perform(_ command: CommandID, context: ScreenContext) -> Reaction {
        switch command {
        case .providerExpand:
            return toggle() ? .redraw : .none
        case .providerLaw:
            nextLaw()
            return Reaction(
                redraw: true,
                message: StatusMessage(law.map { tr("screens.providers.law.shown", $0.label) } ?? tr("screens.providers.law.all")))
        default:
            return cursor.perform(command, count: rows.count, page: context.page) ? .redraw : .none
        }
    }

    public func render(into grid: inout Grid, area: Rect, context: ScreenContext) { render(into: &grid, area: area) }

    public func header(context: ScreenContext) -> [(String, Style)] {
        let over = shown.filter(\.overNorm).count
        let waiting = shown.reduce(0) { $0 + $1.overall.waitingNow }
        return [
            (tr("screens.providers.header.waiting", waiting), Style(.normal)), ("  ·  ", Style(.muted)),
            (tr("screens.providers.header.over", over), Style(over > 0 ? .warning : .muted, over > 0 ? [.bold] : [])),
            ("  ·  ", Style(.muted)), (tr("screens.providers.header.keys"), Style(.key)),
        ]
    }

    public func selectedHouseholdID(context: ScreenContext) -> Int? { nil }
}

extension AppCommands {
    /// The providers view: a provider's products, one law's providers.
    static func viewingProviders(category: String) -> [Command<CommandID>] {
        [
            Command(
                id: .providerExpand, name: tr("command.providers.expand.name"), keys: [.enter, .char(" ")],
                help: tr("command.providers.expand.help"), scopes: [.providers], category: category),
            Command(
                id: .providerLaw, name: tr("command.providers.law.name"), keys: [.char("f")], help: tr("command.providers.law.help"),
                scopes: [.providers], category: category),
        ]
    }
}
