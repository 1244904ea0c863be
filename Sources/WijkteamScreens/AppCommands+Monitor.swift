import TerminalKit
import Wijkteam

/// The monitor view's commands (`CommandID.monitor`); the raw value is the text id after
/// "monitor." (`wijkteam keys --json`).
public enum MonitorCommand: String, CaseIterable, Hashable, Sendable {
    /// The period a month back or forward (not past this month).
    case earlier, later
    /// The period ends with this month again.
    case now
    /// The next length: 3, 6, 12 or 24 months.
    case length
    /// How the selected figure is computed: shown or hidden; closed.
    case explain
    case explainClose = "explain.close"
}

extension AppCommands {
    /// The monitor view's keys: the period a month back or forward, back to this month, its
    /// length (3, 6, 12 or 24 months), and how the selected figure is computed. `?` is help and
    /// `i` the glossary everywhere (the table allows no view key over a global one), so the
    /// figure's definition is on Enter and `e` (explain).
    static func viewingTheMonitor() -> [Command<CommandID>] {
        let category = tr("command.category.monitor")
        func monitor(_ id: MonitorCommand, _ keys: [Key], _ name: String, _ help: String) -> Command<CommandID> {
            Command(id: .monitor(id), name: name, keys: keys, help: help, scopes: [.monitor], category: category)
        }
        return [
            monitor(.earlier, [.left, .char("h")], tr("command.monitor.earlier.name"), tr("command.monitor.earlier.help")),
            monitor(.later, [.right, .char("l")], tr("command.monitor.later.name"), tr("command.monitor.later.help")),
            monitor(.now, [.char("n")], tr("command.monitor.now.name"), tr("command.monitor.now.help")),
            monitor(.length, [.char("m")], tr("command.monitor.length.name"), tr("command.monitor.length.help")),
            monitor(.explain, [.enter, .char("e")], tr("command.monitor.explain.name"), tr("command.monitor.explain.help")),
            monitor(.explainClose, [.escape], tr("command.monitor.explain.close.name"), tr("command.monitor.explain.close.help")),
        ]
    }
}
