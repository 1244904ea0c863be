import TerminalKit
import Wijkteam

/// Open follow-ups by due date, overdue first; filter by kind and by owner.
public struct FollowUpsScreen: Sendable {
    public private(set) var rows: [FollowUp] = []
    public private(set) var kind: FollowUpKind?
    public private(set) var owner: StaffID?
    var cursor = ListCursor()
    private var all: [FollowUp] = []
    /// Each open case's household's name.
    private var households = ByCase(householdNames: [])
    private var staffNames: [StaffID: String] = [:]
    /// Who covers each follow-up whose owner is away today (`Team.coverFor`), by follow-up.
    private var coveredBy: [Int: StaffID] = [:]

    public init() {}

    public var selected: FollowUp? { rows.indices.contains(cursor.selected) ? rows[cursor.selected] : nil }

    public mutating func update(_ s: DistrictSnapshot) {
        // The snapshot holds the open ones in due order: kept as they are, shared rather than
        // copied and sorted again (30,000 at 100,000 households, 2.6 MB).
        let given = s.followUps
        let inOrder = !given.contains(where: \.done) && !zip(given, given.dropFirst()).contains { FollowUps.dueOrder($1, $0) }
        all = inOrder ? given : given.filter { !$0.done }.sorted(by: FollowUps.dueOrder)
        households = ByCase(householdNames: s.cards)
        staffNames = Dictionary(s.staff.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        coveredBy = [:]
        if !s.covers.isEmpty {
            for f in all {
                if let c = Team.coverFor(caseID: f.caseID, owner: f.ownerID, covers: s.covers, today: s.today) { coveredBy[f.id] = c }
            }
        }
        refilter()
    }

    mutating func cycleKind() {
        let kinds: [FollowUpKind?] = [nil] + FollowUpKind.allCases
        kind = kinds[((kinds.firstIndex(of: kind) ?? 0) + 1) % kinds.count]
        refilter()
    }

    mutating func toggleOwner(_ me: StaffID) {
        owner = owner == me ? nil : me
        refilter()
    }

    private mutating func refilter() {
        let keep = selected?.id
        // Unfiltered, the rows are the list itself (shared): a filter made a copy of every one.
        rows = kind == nil && owner == nil ? all : all.filter { (kind == nil || $0.kind == kind) && (owner == nil || $0.ownerID == owner) }
        if let keep, let i = rows.firstIndex(where: { $0.id == keep }) { cursor.selected = i }
        cursor.clamp(count: rows.count)
    }

    var filterSummary: String {
        [kind.map(\.label), owner.map { tr("screens.followups.filter.owner", staffNames[$0] ?? $0) }].compactMap { $0 }.joined(separator: " · ")
    }

    /// The owner; while Daan covers for Samira "Samira ↔ Daan", or "↔ Daan" where first names
    /// only fit (the one who acts now).
    func owner(of f: FollowUp, firstNameOnly: Bool) -> String {
        guard let name = f.ownerID.flatMap({ staffNames[$0] }) else { return "–" }
        let first = { (name: String) in String(name.split(separator: " ").first ?? Substring(name)) }
        guard let cover = coveredBy[f.id].map({ first(staffNames[$0] ?? $0) }) else { return firstNameOnly ? first(name) : name }
        return firstNameOnly ? tr("screens.board.card.cover", cover) : tr("screens.followups.covered", first(name), cover)
    }

    func householdName(of f: FollowUp) -> String { households[f.caseID] ?? tr("screens.followups.case.closed", f.caseID) }

    mutating func perform(_ id: CommandID, page: Int) -> Bool {
        cursor.perform(id, count: rows.count, page: page)
    }

    static func role(_ kind: FollowUpKind) -> Role {
        switch kind {
        case .preventive: .flagPreventive
        case .outreaching: .flagOutreaching
        case .checkIn, .evaluation: .normal
        }
    }

    func render(into grid: inout Grid, area: Rect, today: Day, privacy: Bool) {
        let title = filterSummary.isEmpty ? tr("screens.followups.title", rows.count) : tr("screens.followups.title.filtered", rows.count, filterSummary)
        let panel = Panel(title: title, focused: true)
        panel.render(into: &grid, area: area)
        let inner = panel.inner(area)
        guard !rows.isEmpty else {
            grid.put(filterSummary.isEmpty ? tr("screens.followups.none") : tr("screens.followups.none.filtered"), x: inner.x, y: inner.y, style: Style(.muted))
            return
        }
        // At 80 columns the reason keeps room: the household and the owner (by first name) narrow.
        let narrow = inner.width < 110
        let householdWidth = narrow ? 18 : 26, ownerWidth = narrow ? 11 : 20
        ListView.render(count: rows.count, selected: cursor.selected, offset: cursor.visibleOffset(height: inner.height, count: rows.count),
                        into: &grid, area: inner) { i in
            let f = rows[i]
            let status: (String, Role)
            switch FollowUpStatus(f, on: today) {
            case .overdue(let d): status = (tr("screens.followups.status.overdue", d), .overdue)
            case .dueToday: status = (tr("screens.followups.status.today"), .warning)
            case .upcoming(let d): status = (tr("screens.followups.status.upcoming", d), .muted)
            case .done: status = (tr("screens.followups.status.done"), .success)
            }
            return ListItem(segments: [
                // Each column ends in a space of its own: "367d overdue" fills its 12 cells.
                (TextWidth.pad(status.0, to: 12) + " ", Style(status.1, status.1 == .overdue ? [.bold] : [])),
                (TextWidth.pad(Format.shortDate(f.due, today: today), to: Format.shortDateWidth) + " ", Style(.normal)),
                (TextWidth.pad(f.kind.label, to: 12), Style(FollowUpsScreen.role(f.kind), [.bold])),
                (TextWidth.pad("#\(f.caseID) " + Format.household(householdName(of: f), privacy: privacy), to: householdWidth) + " ", Style(.normal)),
                (TextWidth.pad(owner(of: f, firstNameOnly: narrow), to: ownerWidth) + " ", Style(.muted)),
                (privacy ? "" : f.note, Style(.muted)),
            ])
        }
    }
}

/// Planning a follow-up on a case (`F` on the board or a household), or closing one (`x`).
struct FollowUpFlow: Sendable {
    enum Stage: Sendable {
        case kind(Picker)
        case owner(Picker, choices: [StaffID])
        case due(TextInput)
        case reason(TextInput)
        case outcome(TextInput)
    }
    enum Result: Sendable {
        case add(caseID: Int, plan: FollowUpPlan)
        case complete(id: Int, outcome: String, version: Int)
    }
    typealias Outcome = FormOutcome<Result>

    let caseID: Int
    let today: Day
    var stage: Stage
    var kind: FollowUpKind = .preventive
    var owner: StaffID?
    var due: Day?
    var followUp: FollowUp?
    var error: String?
    /// Why the last save was refused (with what the follow-up is now); it stays until the form closes.
    var refusal: String?

    static let defaultDays: [FollowUpKind: Int] = [.preventive: 42, .outreaching: 14, .checkIn: 14, .evaluation: 28]

    static func plan(caseID: Int, regisseur: StaffID?, today: Day) -> FollowUpFlow {
        var flow = FollowUpFlow(caseID: caseID, today: today,
                                stage: .kind(Picker(title: tr("screens.followups.flow.kind.title", caseID),
                                                    items: FollowUpKind.allCases.map { PickerItem(title: $0.label) },
                                                    footer: tr("screens.followups.flow.kind.footer"))))
        flow.owner = regisseur
        return flow
    }

    static func complete(_ f: FollowUp, today: Day, outcome: String = "") -> FollowUpFlow {
        var flow = FollowUpFlow(caseID: f.caseID, today: today,
                                stage: .outcome(TextInput(text: outcome, placeholder: tr("screens.followups.flow.outcome.placeholder"))))
        flow.followUp = f
        return flow
    }

    mutating func key(_ key: Key, staff: [Staff]) -> Outcome {
        error = nil
        if key == .escape { return .cancel }
        switch stage {
        case .kind(var p):
            if key == .enter, let i = p.selectedItemIndex {
                kind = FollowUpKind.allCases[i]
                let ordered = Dialog.owners(staff, regisseurFirst: owner, today: today)
                stage = .owner(Picker(title: tr("screens.followups.flow.owner.title", kind.label),
                                      items: ordered.map { PickerItem(title: $0.id == owner ? tr("screens.followups.flow.owner.regisseur", $0.name) : $0.name, detail: $0.discipline) },
                                      footer: tr("screens.followups.flow.owner.footer")),
                               choices: ordered.map(\.id))
                return .stay
            }
            Dialog.navigate(&p, key)
            stage = .kind(p)
        case .owner(var p, let choices):
            if key == .enter, let i = p.selectedItemIndex {
                owner = choices[i]
                stage = .due(TextInput(text: today.adding(days: Self.defaultDays[kind] ?? 14).description, placeholder: tr("screens.followups.flow.due.placeholder")))
                return .stay
            }
            Dialog.navigate(&p, key)
            stage = .owner(p, choices: choices)
        case .due(var input):
            if key == .enter {
                guard let day = Dialog.dueDate(input.text, today: today, error: &error) else { return .stay }
                due = day
                stage = .reason(TextInput(placeholder: tr("screens.followups.flow.reason.placeholder")))
                return .stay
            }
            _ = input.apply(key)
            stage = .due(input)
        case .reason(var input):
            if key == .enter {
                guard !input.text.allSatisfy(\.isWhitespace) else { error = tr("screens.followups.flow.reason.missing"); return .stay }
                return .save(.add(caseID: caseID, plan: FollowUpPlan(kind: kind, due: due!, owner: owner, note: input.text)))
            }
            _ = input.apply(key)
            stage = .reason(input)
        case .outcome(var input):
            if key == .enter, let f = followUp {
                guard !input.text.allSatisfy(\.isWhitespace) else { error = tr("screens.followups.flow.outcome.missing"); return .stay }
                return .save(.complete(id: f.id, outcome: input.text, version: f.version))
            }
            _ = input.apply(key)
            stage = .outcome(input)
        }
        return .stay
    }

    func render(into grid: inout Grid, bounds: Rect) {
        switch stage {
        case .kind(let p), .owner(let p, _): Dialog.renderPicker(p, into: &grid, bounds: bounds)
        case .due(let input):
            Dialog.dateBox(input, title: tr("screens.followups.flow.due.title", kind.label), today: today, expect: .future, error: error,
                           into: &grid, bounds: bounds)
        case .reason(let input): Dialog.inputBox(input, title: tr("screens.followups.flow.reason.title", kind.label), error: error, into: &grid, bounds: bounds)
        case .outcome(let input):
            Dialog.inputBox(input, title: tr("screens.followups.flow.outcome.title", followUp?.id ?? 0, followUp?.kind.label ?? ""), error: error ?? refusal,
                            into: &grid, bounds: bounds)
        }
    }
}

extension FollowUpsScreen: Screen {
    public static let scope = CommandScope.followUps
    public static var title: String { tr("command.scope.followups") }
    public static var goName: String { tr("command.tab.followups.name") }
    public static var goHelp: String { tr("command.tab.followups.help") }

    public mutating func update(_ snapshot: DistrictSnapshot, context: ScreenContext) { update(snapshot) }

    public mutating func perform(_ command: CommandID, context: ScreenContext) -> Reaction {
        switch command {
        case .followUpKind:
            cycleKind()
            return .redraw
        case .followUpMine:
            toggleOwner(context.me)
            return .redraw
        default:
            return perform(command, page: context.page) ? .redraw : .none
        }
    }

    public func render(into grid: inout Grid, area: Rect, context: ScreenContext) {
        render(into: &grid, area: area, today: context.today, privacy: context.privacy)
    }

    public func header(context: ScreenContext) -> [(String, Style)] {
        BoardScreen.teamFigures(context.snapshot.figures, width: context.size.width, months: false)
    }

    public func selectedHouseholdID(context: ScreenContext) -> Int? {
        selected.flatMap { f in context.snapshot.cards.first { $0.case.id == f.caseID }?.case.householdID }
    }
}
