import TerminalKit
import Wijkteam

extension AppCommands {
    /// The team view's keys: the team lead's changes (everyone else is told only the team lead
    /// changes the team) and the handover plan's.
    static func changingTheTeam(category: String) -> [Command<CommandID>] {
        func team(_ id: CommandID, _ key: Key, _ name: String, _ help: String, writes: Bool) -> Command<CommandID> {
            Command(id: id, name: name, keys: [key], help: help, scopes: [.team], category: category, writes: writes)
        }
        return [
            team(.teamAdd, .char("a"), tr("command.team.add.name"), tr("command.team.add.help"), writes: true),
            team(.teamEdit, .char("e"), tr("command.team.edit.name"), tr("command.team.edit.help"), writes: true),
            team(.teamAway, .char("w"), tr("command.team.away.name"), tr("command.team.away.help"), writes: true),
            team(.teamBack, .char("b"), tr("command.team.back.name"), tr("command.team.back.help"), writes: true),
            team(.teamLeave, .char("L"), tr("command.team.leave.name"), tr("command.team.leave.help"), writes: true),
            team(.teamCover, .char("c"), tr("command.team.cover.name"), tr("command.team.cover.help"), writes: true),
            team(.teamHandover, .char("H"), tr("command.team.handover.name"), tr("command.team.handover.help"), writes: false),
            team(.handoverLine, .enter, tr("command.handover.line.name"), tr("command.handover.line.help"), writes: false),
            team(.handoverApply, .char("A"), tr("command.handover.apply.name"), tr("command.handover.apply.help"), writes: true),
            team(.handoverUndo, .char("u"), tr("command.handover.undo.name"), tr("command.handover.undo.help"), writes: true),
            team(.handoverClose, .escape, tr("command.handover.close.name"), tr("command.handover.close.help"), writes: false),
        ]
    }
}
