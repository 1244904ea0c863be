import TerminalKit
import Wijkteam

/// The page frame: the tab row, the header, the view on screen, what lies over it (tour, help,
/// glossary, dialog, palette), and the status bar.
extension Shell {
    public func render(into grid: inout Grid) {
        grid.fill(grid.bounds)
        grid.cursor = nil
        if isTooSmall {
            let minimum = Shell.minimumSize
            TooSmallMessage(minimum: minimum, message: tr("shell.tooSmall", minimum.width, minimum.height), sizeLine: tr("shell.tooSmall.now"))
                .render(into: &grid, area: grid.bounds)
            return
        }
        let bounds = grid.bounds
        let (top, rest) = bounds.splitTop(1)
        let (header, rest2) = rest.splitTop(1)
        let (content, statusRow) = rest2.splitBottom(1)
        renderTabs(into: &grid, area: top)
        renderHeader(into: &grid, area: header)
        guard let c = context else {
            TextLine(Format.loading, style: Style(.muted)).render(into: &grid, area: content)
            renderStatus(into: &grid, area: statusRow)
            return
        }
        if isPlanOpen {
            renderPlan(into: &grid, area: content, today: c.today)
        } else if isHouseholdOpen {
            household.render(into: &grid, area: content, today: c.today, staff: staffNames, privacy: privacy, team: TeamToday(c.snapshot))
        } else {
            views[shownSlot].render(into: &grid, area: content, context: c)
        }
        // The tour's panel stays at the bottom; help and the glossary open above it.
        var above = content
        if let t = tour {
            t.render(into: &grid, area: content)
            above = content.splitBottom(Tour.panelHeight(for: content)).0
        }
        if let h = help {
            h.render(into: &grid, area: above, title: tr("shell.help.title", isHouseholdOpen ? CommandScope.household.title : tab.title))
        }
        if let g = glossary { g.render(into: &grid, area: above) }
        if let m = modal { renderModal(m, into: &grid, bounds: content) }
        if let p = palette { p.render(into: &grid, bounds: content, scope: scope) }
        renderStatus(into: &grid, area: statusRow)
    }

    /// The views of the tab bar, numbered as their keys, and the district's name with the help key.
    /// The help key is what a new user looks for first: where the tabs with their padding leave
    /// no room for it, they are drawn compact.
    private func renderTabs(into grid: inout Grid, area top: Rect) {
        let titles = ScreenRegistry.tabs.enumerated().map { "\($0.offset + 1) \($0.element.title)" }
        let hint = tr("shell.hint.help")
        let hintWidth = TextWidth.width(of: hint)
        var tabs = Tabs(titles: titles, selected: shownSlot)
        // At least two columns between the tabs and what stands beside them; one when compact.
        if top.width <= tabs.width + 2 + hintWidth { tabs.compact = true }
        // More views than the titles leave room for (nine at 100 columns): the longest titles of
        // the views not shown are cut, a letter at a time, so the help key keeps its place. A
        // title cut but still long ends in "…" ("5 Follow…", not "5 Follow-", which reads as a
        // word); cut to four letters or fewer, every long title is the same short form ("2 Tria").
        var cut = titles.map { TextWidth.width(of: $0) }.max() ?? 0
        while tabs.compact, top.width <= tabs.width + 1 + hintWidth, cut > 3 {
            cut -= 1
            tabs.titles = titles.enumerated().map { i, title in
                if i == shownSlot { return title }
                return cut > 6 ? TextWidth.truncate(title, to: cut) : TextWidth.clip(title, to: cut)
            }
        }
        tabs.render(into: &grid, area: top)
        let tabsWidth = tabs.width + (tabs.compact ? 1 : 2)
        let name = snapshot.map { $0.info.name + " · " } ?? ""
        if top.width > tabsWidth + TextWidth.width(of: name + hint) {
            grid.put(segments: [(name, Style(.muted)), (hint, Style(.key))], x: top.maxX - TextWidth.width(of: name + hint) - 1, y: top.y)
        } else if top.width > tabsWidth + hintWidth {
            grid.put(hint, x: top.maxX - hintWidth - 1, y: top.y, style: Style(.key))
        }
    }

    private func renderModal(_ m: Modal, into grid: inout Grid, bounds: Rect) {
        switch m {
        case .form(let form):
            form.render(into: &grid, bounds: bounds, context: formContext)
        case .assign(_, _, let picker, _), .quickFilter(let picker, _), .handoverLine(_, let picker, _):
            Dialog.renderPicker(picker, into: &grid, bounds: bounds)
        case .confirm(let text, let action):
            renderConfirm(text, action: action, into: &grid, bounds: bounds)
        case .textFilter(let input, _):
            let area = Rect(x: bounds.x, y: bounds.maxY - 1, width: bounds.width, height: 1)
            grid.fill(area)
            grid.put("/", x: area.x, y: area.y, style: Style(.key, [.bold]))
            input.render(into: &grid, area: Rect(x: area.x + 1, y: area.y, width: area.width - 1, height: 1))
        }
    }

    private func renderConfirm(_ text: String, action: Confirmed, into grid: inout Grid, bounds: Rect) {
        let lines = TextBlock.wrap(text, width: min(60, bounds.width - 4))
        let area = Picker.area(in: bounds, preferredWidth: min(64, bounds.width), preferredHeight: lines.count + 4)
        let panel = Panel(title: tr("shell.confirm.title"), focused: true)
        panel.render(into: &grid, area: area)
        let inner = panel.inner(area)
        for (i, l) in lines.enumerated() where i < inner.height {
            grid.put(l, x: inner.x, y: inner.y + i, style: Style(.warning, [.bold]), maxWidth: inner.width)
        }
        let yes =
            switch action {
            case .assign: tr("shell.confirm.keys.assign")
            case .endMeeting: tr("shell.confirm.keys.endMeeting")
            case .removeTie: tr("shell.confirm.keys.removeTie")
            case .phase: tr("shell.confirm.keys.phase")
            case .applyHandover: tr("shell.confirm.keys.handover")
            }
        grid.put(yes, x: inner.x, y: inner.maxY - 1, style: Style(.key), maxWidth: inner.width)
    }

    private func renderHeader(into grid: inout Grid, area: Rect) {
        guard let c = context else { return }
        let segments: [(String, Style)]
        if isPlanOpen {
            let hints = readOnly == nil ? tr("shell.header.planKeys") : tr("shell.header.planKeys.readOnly")
            segments = [(KeyHints.fit(hints, width: area.width - 1, more: tr("shell.header.moreKeys")), Style(.muted))]
        } else if isHouseholdOpen {
            // A read-only session lists what it can do, not the write keys.
            let hints = readOnly == nil ? tr("shell.header.householdKeys") : tr("shell.header.householdKeys.readOnly")
            segments = [(KeyHints.fit(hints, width: area.width - 1, more: tr("shell.header.moreKeys")), Style(.muted))]
        } else {
            segments = retentionReminder + views[shownSlot].header(context: c)
        }
        grid.put(segments: segments, x: area.x + 1, y: area.y, maxWidth: area.width - 1)
    }

    /// On the board, for the team lead and the privacy officer: files past their retention period.
    private var retentionReminder: [(String, Style)] {
        guard tab == .board, retentionDue > 0 else { return [] }
        // First: at 80 columns the team's figures after it may be cut, the reminder must not.
        return [(trCount("shell.header.retentionDue", retentionDue), Style(.warning, [.bold])), ("  ", Style(.muted))]
    }

    private func renderStatus(into grid: inout Grid, area: Rect) {
        var left: [(String, Style)] = [(" " + session.identity.staff.name, Style(.statusAccent, [.bold]))]
        switch session.identity.basis {
        case .account, .server: break
        case .chosen: left.append((" " + tr("shell.status.demo"), Style(.status)))
        case .demoFallback: left.append((" " + tr("shell.status.demoFallback"), Style(.status)))
        }
        // Right after who you are, so a narrow screen or a long message never hides it.
        if let r = readOnly { left.append(("  " + (r == .tour ? tr("status.tour") : tr("status.readOnly")), Style(.statusAccent, [.bold]))) }
        left.append(("  \(session.databaseName)  \(isHouseholdOpen ? CommandScope.household.title : tab.title)", Style(.status)))
        if tab == .board && !isHouseholdOpen {
            if board.grouping == .phase { left.append(("  " + tr("shell.status.byPhase"), Style(.statusAccent))) }
            if !board.filter.isEmpty {
                left.append(("  " + tr("shell.status.filter", board.filter.summary(me: session.identity.staff.id)), Style(.statusAccent, [.bold])))
            }
        }
        if privacy { left.append(("  " + tr("shell.status.privacy"), Style(.statusAccent, [.bold]))) }
        StatusBar(left: left, right: statusRight()).render(into: &grid, area: area)
    }

    /// The right of the status bar: busy, the message, the last outside change, the meeting's time, the clock.
    private func statusRight() -> [(String, Style)] {
        var right: [(String, Style)] = []
        if let since = offlineSince { right.append((tr("shell.status.offline", since) + "  ", Style(.error, [.bold]))) }
        if storeBusy { right.append((tr("shell.status.busy") + "  ", Style(.warning, [.bold]))) }
        if let m = message {
            // A message can quote what was typed ("…met Demi…"): privacy mode hides the names there too.
            let text = privacy ? namesOnScreen.redact(m.text) : m.text
            right.append((text + "  ", Style(m.role == .muted ? .status : m.role, [.bold])))
        }
        if let at = lastOutsideChange { right.append(("↻ \(at)  ", Style(.status))) }
        // The meeting's total time stays visible whatever the message.
        if let m = meeting.meeting, meeting.driving || tab == .meeting {
            let time = Meeting.clock(m.elapsedSeconds)
            let state = switch m.status {
            case .running: tr("shell.status.meetingRunning", time)
            case .paused: tr("shell.status.meetingPaused", time)
            case .ended: tr("shell.status.meetingEnded", time)
            }
            right.append((state + "  ", Style(.statusAccent, [.bold])))
        }
        right.append((clock + " ", Style(.status)))
        return right
    }

    /// The text of the view on screen now, where the glossary looks for its terms: not the tabs,
    /// the header's key hints, the status bar or the glossary itself.
    func screenText() -> String {
        var copy = self
        copy.glossary = nil
        var grid = Grid(size: size)
        copy.render(into: &grid)
        return grid.lines().dropFirst(2).dropLast().joined(separator: "\n")
    }
}
