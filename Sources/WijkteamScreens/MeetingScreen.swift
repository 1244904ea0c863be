import TerminalKit
import Wijkteam

/// The case meeting: the agenda (built from the data by `Agenda`) on one side, the selected
/// item's household summary on the other, a timebox per item and the meeting's total time.
///
/// The terminal that started or resumed the meeting drives it: its timer counts, and it saves
/// where the meeting is. Other terminals show the same agenda with what was discussed.
public struct MeetingScreen: Sendable {
    enum Row: Sendable, Equatable {
        case header(AgendaItem.Section, count: Int)
        case item(Int)
    }

    public private(set) var items: [AgendaItem] = []
    private(set) var rows: [Row] = []
    var cursor = ListCursor()
    public private(set) var settings = AgendaSettings()
    /// The running or paused meeting (nil: the agenda is a preview).
    public private(set) var meeting: Meeting?
    /// Minutes recorded so far in this meeting.
    public private(set) var minutes: [MinuteEntry] = []
    /// This terminal started or resumed the meeting: its clock counts and it saves the progress.
    public private(set) var driving = false
    private var lastTick: Int?
    private var secondsSinceSave = 0
    /// The household of the selected item, when loaded.
    public private(set) var record: HouseholdRecord?
    private var cards = ByCase(cards: [])
    private var staff: [StaffID: Staff] = [:]
    private var meldcode: [Int: [MeldcodeRecord]] = [:]
    private var signals: [Int: Signal] = [:]
    private var loads: [StaffID: Double] = [:]
    private var today = Day(daysSinceEpoch: 0)
    /// This month against the last (issue 29), loaded by the runtime; nil until it comes.
    var trend: MeetingTrend?

    /// A running meeting saves its progress this often (and on every action, pause and quit).
    public static let saveEverySeconds = 30

    public init() {}

    // MARK: Data

    /// Rebuilds the agenda from fresh data, keeping the selected item (by key) where it can.
    public mutating func update(_ s: DistrictSnapshot) {
        let keep = selected?.key ?? meeting?.currentItemKey
        today = s.today
        settings = s.agendaSettings
        items = Agenda.build(s.agendaInput, settings: s.agendaSettings)
        cards = ByCase(cards: s.cards)
        staff = Dictionary(s.staff.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        signals = Dictionary(s.signals.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        meldcode = s.meldcode
        loads = BoardBuilder.loads(s.cards)
        rows = []
        for section in AgendaItem.Section.allCases {
            let indices = items.indices.filter { items[$0].section == section }
            guard !indices.isEmpty else { continue }
            rows.append(.header(section, count: indices.count))
            rows += indices.map(Row.item)
        }
        sync(s.meeting, minutes: s.minutes)
        select(key: keep ?? meeting?.currentItemKey)
    }

    /// Takes the stored meeting and its minutes, on every snapshot (cheap; the agenda itself
    /// is rebuilt only when on screen). The stored meeting replaces ours unless this terminal
    /// drives it: then our clock and marks are newer than what was saved. A meeting ended
    /// elsewhere stops being driven here.
    mutating func sync(_ stored: Meeting?, minutes storedMinutes: [MinuteEntry]) {
        minutes = storedMinutes
        guard let stored else {
            meeting = nil; driving = false
            return
        }
        if driving, let local = meeting, local.id == stored.id { return }
        meeting = stored
        driving = false
    }

    mutating func select(key: String?) {
        if let key, let i = rows.firstIndex(where: { if case .item(let j) = $0 { items[j].key == key } else { false } }) {
            cursor.selected = i
        } else if rows.indices.contains(cursor.selected), case .item = rows[cursor.selected] {
            // keep the position
        } else {
            cursor.selected = rows.firstIndex { if case .item = $0 { true } else { false } } ?? 0
        }
        cursor.clamp(count: rows.count)
        noteCurrentItem()
    }

    public mutating func loaded(_ r: HouseholdRecord) {
        if r.household.id == selected?.householdID { record = r }
    }

    public var selected: AgendaItem? {
        guard rows.indices.contains(cursor.selected), case .item(let i) = rows[cursor.selected] else { return nil }
        return items[i]
    }

    var selectedCase: Case? {
        // Spelled out: the optional-chained closure form crashes the 6.3 optimizer (CopyPropagation).
        guard let id = selected?.caseID, let card = cards[id] else { return nil }
        return card.case
    }

    // MARK: The meeting

    /// A meeting was started or resumed here.
    mutating func start(_ m: Meeting) {
        meeting = m
        meeting!.status = .running
        driving = true
        lastTick = nil
        secondsSinceSave = 0
        if let key = m.currentItemKey { select(key: key) } else { noteCurrentItem() }
    }

    /// Pauses or resumes; returns the meeting to save.
    mutating func togglePause() -> Meeting? {
        guard var m = meeting, driving else { return nil }
        m.status = m.status == .running ? .paused : .running
        meeting = m
        lastTick = nil
        secondsSinceSave = 0
        return m
    }

    /// The clock: counts the seconds since the last tick (at most a few, so a suspended laptop
    /// does not add an hour) toward the meeting and the selected item. Returns the meeting to
    /// save when a periodic save is due.
    mutating func tick(_ now: Int) -> (redraw: Bool, save: Meeting?) {
        guard driving, var m = meeting, m.status == .running else { lastTick = now; return (false, nil) }
        defer { lastTick = now }
        guard let last = lastTick else { return (false, nil) }
        let delta = max(0, min(5, now - last))
        guard delta > 0 else { return (false, nil) }
        m.elapsedSeconds += delta
        if let item = selected { m.items[item.key, default: .init(item)].seconds += delta }
        meeting = m
        secondsSinceSave += delta
        if secondsSinceSave >= Self.saveEverySeconds {
            secondsSinceSave = 0
            return (true, m)
        }
        return (true, nil)
    }

    /// Marks the selected item discussed (again: not discussed) and moves to the next one
    /// not yet discussed. Returns the meeting to save.
    mutating func markDiscussed() -> Meeting? {
        guard driving, var m = meeting, let item = selected else { return nil }
        let now = !(m.items[item.key]?.discussed ?? false)
        m.items[item.key, default: .init(item)].discussed = now
        meeting = m
        if now, let next = rows.indices.first(where: { i in
            guard i > cursor.selected, case .item(let j) = rows[i] else { return false }
            return !m.isDiscussed(items[j].key)
        }) {
            cursor.selected = next
        }
        noteCurrentItem()
        secondsSinceSave = 0
        return meeting
    }

    /// The meeting as it is now, for saving (pause on quit, end).
    var progress: Meeting? { driving ? meeting : nil }

    private mutating func noteCurrentItem() {
        guard driving, let key = selected?.key else { return }
        meeting?.currentItemKey = key
    }

    /// `]`/`[`: the first item of the next (or previous) section that has items, so "For
    /// discussion" is one key away instead of ten.
    mutating func jumpSection(_ direction: Int) -> Bool {
        let rows = self.rows
        let firstItems = rows.indices.filter { i in
            guard case .item = rows[i] else { return false }
            return i == 0 || { if case .header = rows[i - 1] { true } else { false } }()
        }
        // Back: to the start of this section, or from there to the one before.
        let target = direction > 0 ? firstItems.first { $0 > cursor.selected } : firstItems.last { $0 < cursor.selected }
        guard let target else { return false }
        cursor.selected = target
        record = nil
        noteCurrentItem()
        return true
    }

    mutating func perform(_ id: CommandID, page: Int) -> Bool {
        let rows = self.rows
        let moved = cursor.perform(id, count: rows.count, page: page) { if case .item = rows[$0] { true } else { false } }
        if moved {
            record = nil
            noteCurrentItem()
        }
        return moved
    }

    /// Seconds spent on the selected item in this meeting.
    var itemSeconds: Int { selected.map { meeting?.seconds(of: $0.key) ?? 0 } ?? 0 }
    var overTime: Bool { itemSeconds > settings.timeboxMinutes * 60 }

    // MARK: Render

    func render(into grid: inout Grid, area whole: Rect, privacy: Bool) {
        let (top, area) = splitForTrend(whole)
        if let top { (trend ?? MeetingTrend(failure: nil)).render(into: &grid, area: top) }
        let sideBySide = area.width >= 72
        let (left, right) = sideBySide ? area.splitLeft(max(34, area.width * 9 / 20)) : area.splitTop(max(5, area.height / 2))
        renderAgenda(into: &grid, area: left, privacy: privacy)
        renderSummary(into: &grid, area: right, privacy: privacy)
    }

    private func renderAgenda(into grid: inout Grid, area: Rect, privacy: Bool) {
        let title: String
        if let m = meeting {
            let done = m.items.values.filter(\.discussed).count
            title = tr("screens.meeting.agenda.title", m.id, Self.statusLabel(m.status), done, items.count)
        } else {
            title = tr("screens.meeting.agenda.preview")
        }
        let panel = Panel(title: title, focused: true)
        panel.render(into: &grid, area: area)
        let inner = panel.inner(area)
        guard !rows.isEmpty else {
            TextLine(tr("screens.meeting.agenda.empty"), style: Style(.muted)).render(into: &grid, area: inner)
            return
        }
        // Only the rows in view are made (a city's agenda has thousands).
        ListView.render(count: rows.count, selected: cursor.selected, offset: cursor.visibleOffset(height: inner.height, count: rows.count),
                        into: &grid, area: inner) { index -> ListItem in
            switch rows[index] {
            case .header(let section, let count):
                return ListItem(segments: [("\(section.title) (\(count))", Style(.header, [.bold]))])
            case .item(let i):
                let item = items[i]
                let discussed = meeting?.isDiscussed(item.key) ?? false
                let mark = discussed ? "✓ " : "  "
                return ListItem(segments: [(mark, Style(.success, [.bold])),
                                           (label(item, privacy: privacy), Style(discussed ? .muted : role(item)))])
            }
        }
    }

    func role(_ item: AgendaItem) -> Role {
        switch item.section {
        case .safety: .flagSafety
        case .newRegistrations: .normal
        case .discussion: .flagDiscussion
        case .stuck: .warning
        case .overdueFollowUps: .overdue
        case .waitingProvisions: .warning
        case .absentRegisseurs: .warning
        case .capacity: item.staffID != nil ? .loadOver : .unassigned
        }
    }

    /// The meeting's status as the agenda title shows it.
    static func statusLabel(_ status: Meeting.Status) -> String { status.label }

    /// One agenda line: who it is about and the first reason.
    func label(_ item: AgendaItem, privacy: Bool) -> String {
        let reason = item.reasons.first ?? ""
        switch item.subject {
        case .staff(let id): return "\(staff[id]?.name ?? id) · \(reason)"
        case .signal(let id):
            let who = item.householdName.map { Format.household($0, privacy: privacy) } ?? tr("screens.triage.household.new")
            return tr("screens.meeting.signal", id, who)
        case .case(let id):
            let who = item.householdName.map { Format.household($0, privacy: privacy) } ?? ""
            let short: String
            switch item.section {
            case .discussion: short = tr("screens.meeting.item.discussion")
            case .capacity: short = item.regisseurID == nil ? tr("screens.meeting.item.noregisseur") : reason
            default: short = reason
            }
            return "#\(id) \(who) · \(short)"
        }
    }

    private func renderSummary(into grid: inout Grid, area: Rect, privacy: Bool) {
        let item = selected
        var title = tr("screens.meeting.item.title")
        if let item, meeting != nil {
            title = tr("screens.meeting.item.title.timer", Meeting.clock(meeting?.seconds(of: item.key) ?? 0), settings.timeboxMinutes)
        }
        let panel = Panel(title: title, focused: false)
        panel.render(into: &grid, area: area)
        let inner = panel.inner(area)
        guard inner.width > 0, inner.height > 0 else { return }
        if overTime, meeting != nil, item != nil {
            let text = " " + tr("screens.meeting.item.overtime", Meeting.clock(itemSeconds - settings.timeboxMinutes * 60)) + " "
            grid.put(text, x: max(area.x + 1, area.maxX - TextWidth.width(of: text) - 2), y: area.y, style: Style(.overdue, [.bold]))
        }
        var text = SummaryText(width: inner.width, privacy: privacy)
        guard let item else {
            text.line(meeting == nil ? tr("screens.meeting.item.none.preview") : tr("screens.meeting.item.none"), .muted)
            draw(text.lines, into: &grid, inner: inner)
            return
        }
        text.redactor = privacy ? self.redactor(item) : .none
        // Typed text names people; on a projected screen it shows only once the household's
        // names (members, ties, reporters) are loaded to replace them.
        text.canScrub = item.householdID == nil || record?.household.id == item.householdID
        switch item.subject {
        case .case(let id): summarizeCase(id, item, into: &text)
        case .signal(let id): summarizeSignal(id, item, into: &text)
        case .staff(let id): summarizeStaff(id, into: &text)
        }
        summarizeReasonsAndMinutes(item, into: &text)
        draw(text.lines, into: &grid, inner: inner)
    }

    private func summarizeCase(_ id: Int, _ item: AgendaItem, into text: inout SummaryText) {
        let privacy = text.privacy
        let card = cards[id]
        let name = item.householdName.map { Format.household($0, privacy: privacy) } ?? ""
        text.line("#\(id) \(name)", .normal, [.bold])
        if let card {
            if !privacy { text.line("\(card.street) · \(card.buurt)", .muted) } else { text.line(card.buurt, .muted) }
            let c = card.case
            text.line(tr("screens.meeting.case.regisseur", c.regisseurID.flatMap { staff[$0]?.name } ?? Format.unassigned, c.phase.label, c.complexity),
                      c.regisseurID == nil ? .unassigned : .normal)
            if c.withheld { text.line(tr("screens.household.case.question.withheld"), .muted) } else { text.line(tr("screens.household.case.question", text.clean(c.presentingQuestion))) }
            if let behind = c.questionBehind { text.line(tr("screens.household.case.behind", text.clean(behind)), .muted) }
            text.line(tr("screens.household.case.domains", c.domains.map(\.label).joined(separator: ", ")), .muted)
            if let days = card.daysSinceContact(on: today) { text.line(days == 1 ? tr("screens.meeting.case.contact.one") : tr("screens.meeting.case.contact.other", days), days > settings.stuckAfterWeeks * 7 ? .warning : .muted) }
        }
        if let q = item.question { text.line(tr("screens.household.case.discussion", text.clean(q)), .flagDiscussion, [.bold]) }
    }

    private func summarizeSignal(_ id: Int, _ item: AgendaItem, into text: inout SummaryText) {
        let who = item.householdName.map { Format.household($0, privacy: text.privacy) } ?? tr("screens.triage.household.new")
        text.line(tr("screens.meeting.signal", id, who), .normal, [.bold])
        if let s = signals[id] {
            text.line("\(s.source.label) · \(s.date) · \(s.domains.map(\.label).joined(separator: ", "))", .muted)
            if s.withheld { text.line(tr("screens.meeting.signal.withheld"), .muted) } else { text.line(text.clean(s.description)) }
            if s.safety {
                let done = meldcode[id] ?? []
                text.line(Meldcode.progress(done), .flagSafety, [.bold])
            }
        }
        text.line(tr("screens.meeting.signal.triage"), .muted)
    }

    private func summarizeStaff(_ id: StaffID, into text: inout SummaryText) {
        let s = staff[id]
        text.line(s?.name ?? id, .normal, [.bold])
        if let s {
            text.line(tr("screens.meeting.staff.load", s.discipline, Format.load(loads[id] ?? 0), Format.load(s.capacity)), .loadOver)
            let theirs = cards.all.filter { $0.case.regisseurID == id }.sorted { $0.case.id < $1.case.id }
            text.line(trCount("screens.meeting.staff.cases", theirs.count, theirs.prefix(12).map { "#\($0.case.id)" }.joined(separator: " ")), .muted)
            text.line(tr("screens.meeting.staff.reassign"), .muted)
        }
    }

    /// Why the item is on the agenda, the household, what the minutes hold on it, the keys.
    private func summarizeReasonsAndMinutes(_ item: AgendaItem, into text: inout SummaryText) {
        let privacy = text.privacy
        text.lines.append(("", .normal))
        text.line(tr("screens.meeting.reasons"), .header, [.bold])
        for r in item.reasons { text.line("• \(text.clean(r))") }
        if let r = record, r.household.id == item.householdID {
            text.lines.append(("", .normal))
            text.line(tr("screens.network.heading.household"), .header, [.bold])
            for p in r.household.currentMembers {
                let who = privacy ? Privacy.initials(p.name) : p.name
                text.line("\(who) · " + Format.ageAndRoleShort(p.age(on: today), p.role.label, client: p.isClient), .muted)
            }
            let carers = r.ties.filter { $0.carerLoad.needsAttention(on: today) }.count
            text.line(carers == 0 ? tr("screens.meeting.network", r.ties.count)
                      : carers == 1 ? tr("screens.meeting.network.carer.one", r.ties.count) : tr("screens.meeting.network.carer.other", r.ties.count, carers),
                      carers > 0 ? .warning : .muted)
        }
        let recorded = minutes.filter { $0.itemKey == item.key || ($0.caseID != nil && $0.caseID == item.caseID) }
        if !recorded.isEmpty {
            text.lines.append(("", .normal))
            text.line(tr("screens.meeting.minutes"), .header, [.bold])
            for m in recorded { text.line(text.canScrub || !privacy ? minuteLine(m, privacy: privacy, redactor: text.redactor) : "✓ …", .success) }
        }
        if let m = meeting {
            text.lines.append(("", .normal))
            if !driving || m.status == .paused {
                text.line(m.status == .running ? tr("screens.meeting.elsewhere") : tr("screens.meeting.resume"), .key)
            } else {
                text.line(tr("screens.meeting.keys"), .key)
            }
        }
    }

    /// The names privacy mode hides in the item's text: the household's own name, and once it
    /// is loaded its members and the ties that are people (a signal's reporter among them).
    func redactor(_ item: AgendaItem) -> Redactor {
        let name = item.householdName.map { [$0] } ?? []
        if let r = record, r.household.id == item.householdID { return Redactor(record: r, also: name) }
        return Redactor(names: name)
    }

    func minuteLine(_ m: MinuteEntry, privacy: Bool, redactor: Redactor) -> String {
        func who(_ id: StaffID?) -> String { id.flatMap { staff[$0]?.name } ?? Format.unassigned }
        let text = privacy ? redactor.redact(m.text) : m.text
        switch m.kind {
        case .decision:
            return "✓ " + tr("screens.meeting.minute.decision", text) + (m.ownerID.map { " → \(who($0))" } ?? "")
                + (m.due.map { " " + tr("screens.meeting.minute.decision.due", $0) } ?? "")
        case .assignment:
            return "✓ " + tr("screens.meeting.minute.assignment", m.detail.map { who($0) } ?? Format.unassigned, who(m.ownerID))
        case .followUp:
            return "✓ " + tr("screens.meeting.minute.followup", m.detail.flatMap(FollowUpKind.init(rawValue:))?.label ?? tr("screens.meeting.minute.followup.kind"), who(m.ownerID),
                              m.due?.description ?? "")
        }
    }

    private func draw(_ lines: [(String, Style)], into grid: inout Grid, inner: Rect) {
        for (i, l) in lines.prefix(inner.height).enumerated() {
            grid.put(l.0, x: inner.x, y: inner.y + i, style: l.1, maxWidth: inner.width)
        }
        if lines.count > inner.height, inner.height > 0 {
            grid.put("…", x: inner.maxX - 1, y: inner.maxY - 1, style: Style(.muted))
        }
    }
}

extension MeetingScreen: Screen {
    public static let scope = CommandScope.meeting
    public static var title: String { tr("command.scope.meeting") }
    public static var goName: String { tr("command.tab.meeting.name") }
    public static var goHelp: String { tr("command.tab.meeting.help") }

    public mutating func update(_ snapshot: DistrictSnapshot, context: ScreenContext) { update(snapshot) }

    public mutating func perform(_ command: CommandID, context: ScreenContext) -> Reaction {
        if command == .nextSection || command == .previousSection {
            return jumpSection(command == .nextSection ? 1 : -1) ? .redraw : .none
        }
        return perform(command, page: context.page) ? Reaction(redraw: true, effects: loadSelectedHousehold()) : .none
    }

    /// The household of the selected item, read when it is not the one shown.
    func loadSelectedHousehold() -> [Effect] {
        guard let id = selected?.householdID, record?.household.id != id else { return [] }
        return [.loadHousehold(id, .meetingItem)]
    }

    public func render(into grid: inout Grid, area: Rect, context: ScreenContext) {
        render(into: &grid, area: area, privacy: context.privacy)
    }

    public func header(context: ScreenContext) -> [(String, Style)] {
        BoardScreen.teamFigures(context.snapshot.figures, width: context.size.width)
    }

    public func selectedHouseholdID(context: ScreenContext) -> Int? { selected?.householdID }
}

/// The summary panel's lines being written: wrapped to the panel, typed text scrubbed in privacy
/// mode (or hidden while the names to scrub are not loaded).
private struct SummaryText {
    let width: Int
    let privacy: Bool
    var redactor = Redactor.none
    var canScrub = false
    var lines: [(String, Style)] = []

    init(width: Int, privacy: Bool) { self.width = width; self.privacy = privacy }

    mutating func line(_ text: String, _ role: Role = .normal, _ attrs: Attributes = []) {
        for l in TextBlock.wrap(text, width: max(1, width)) { lines.append((l, Style(role, attrs))) }
    }

    func clean(_ text: String) -> String { privacy ? (canScrub ? redactor.redact(text) : "…") : text }
}
