import TerminalKit
import Wijkteam

extension BoardScreen {
    /// The team's figures, for the header of the board, the meeting and the follow-ups: work
    /// done (households reached proactively in the last 4 weeks) beside work planned, and this
    /// month's done-figure against last month's. At 80 columns the labels shorten, then the
    /// figures that other views show (over capacity: the board's columns; the late planned
    /// ones: the agenda and the follow-ups) give way, so the done-figure and its months stay.
    /// `months`: the board and the follow-ups leave the month comparison to the meeting (early in a
    /// month "Dec 0%" read as a collapse to whoever opened the app; the meeting discusses the trend).
    static func teamFigures(_ f: TeamFigures, width: Int, months: Bool = true) -> [(String, Style)] {
        let room = width - 1
        for (short, overCapacity, overdue) in [(false, true, true), (true, true, true), (true, false, true), (true, false, false)] {
            let segments = teamFigures(f, short: short, overCapacity: overCapacity, overdue: overdue, months: months)
            if segments.reduce(0, { $0 + TextWidth.width(of: $1.0) }) <= room { return segments }
        }
        return teamFigures(f, short: true, overCapacity: false, overdue: false, months: months)
    }

    private static func teamFigures(_ f: TeamFigures, short: Bool, overCapacity: Bool, overdue: Bool, months: Bool) -> [(String, Style)] {
        let sep = (" · ", Style(.muted))
        var segments: [(String, Style)] = [
            (tr("shell.header.open", f.openCases), Style(.normal, [.bold])), sep,
            (tr("shell.header.unassigned", f.unassigned), Style(f.unassigned > 0 ? .unassigned : .muted)), sep,
        ]
        if overCapacity {
            segments += [
                (
                    short ? tr("figures.header.overCapacity.short", f.overCapacity) : tr("shell.header.overCapacity", f.overCapacity),
                    Style(f.overCapacity > 0 ? .loadOver : .muted)
                ), sep,
            ]
        }
        segments += [
            (
                short ? tr("figures.header.reached.short", f.reachedPercent) : tr("figures.header.reached", f.reachedPercent),
                Style(.flagPreventive, [.bold])
            ), sep,
            (tr("figures.header.planned", f.plannedPercent), Style(.flagPreventive)),
        ]
        if overdue && f.overdueProactive > 0 {
            segments += [sep, (tr("shell.header.overdue", f.overdueProactive), Style(.overdue))]
        }
        if months, f.months.count >= 2 {
            let (now, before) = (f.months[0], f.months[1])
            let text =
                short
                ? tr("figures.header.months.short", now.name, now.percent, before.name, before.percent)
                : tr("figures.header.months", now.name, now.percent, before.name, before.percent)
            segments += [sep, (text, Style(now.percent < before.percent ? .warning : .muted))]
        }
        return segments
    }
}
