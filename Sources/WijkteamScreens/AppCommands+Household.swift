import TerminalKit
import Wijkteam

extension AppCommands {
    /// Keeping a household current from its view: members, the address, a case at the desk.
    static func keepingHouseholds(category: String) -> [Command<CommandID>] {
        [
            Command(
                id: .addMember, name: tr("command.member.add.name"), keys: [.char("m")], help: tr("command.member.add.help"),
                scopes: [.household], category: category, writes: true),
            Command(
                id: .editMember, name: tr("command.member.edit.name"), keys: [.char("e")], help: tr("command.member.edit.help"),
                scopes: [.household], category: category, writes: true),
            Command(
                id: .memberLeaves, name: tr("command.member.leave.name"), keys: [.char("x")], help: tr("command.member.leave.help"),
                scopes: [.household], category: category, writes: true),
            Command(
                id: .changeAddress, name: tr("command.household.address.name"), keys: [.char("A")],
                help: tr("command.household.address.help"), scopes: [.household], category: category, writes: true),
            Command(
                id: .openCase, name: tr("command.case.open.name"), keys: [.char("o")], help: tr("command.case.open.help"),
                scopes: [.household], category: category, writes: true),
            Command(
                id: .reopenCase, name: tr("command.case.reopen.name"), keys: [.char("r")], help: tr("command.case.reopen.help"),
                scopes: [.household], category: category, writes: true),
            // Not a change: the export is read and logged by the store, the file is the user's own.
            Command(
                id: .inzage, name: tr("command.household.inzage.name"), keys: [.char("I")], help: tr("command.household.inzage.help"),
                scopes: [.household], category: category),
        ]
    }
}

extension AppCommands {
    /// The team lead's verdicts in the break-the-glass view.
    static func reviewingReads(category: String) -> [Command<CommandID>] {
        [
            Command(
                id: .confirmRead, name: tr("command.breakglass.confirm.name"), keys: [.char("c")],
                help: tr("command.breakglass.confirm.help"), scopes: [.breakGlass], category: category, writes: true),
            Command(
                id: .questionRead, name: tr("command.breakglass.question.name"), keys: [.char("x")],
                help: tr("command.breakglass.question.help"), scopes: [.breakGlass], category: category, writes: true),
        ]
    }
}

extension AppCommands {
    /// The plan: opened from the household view, changed in its own view.
    static func planning(household: String) -> [Command<CommandID>] {
        let category = tr("command.category.plan")
        func plan(_ id: CommandID, _ key: Character, _ name: String, _ help: String) -> Command<CommandID> {
            Command(id: id, name: name, keys: [.char(key)], help: help, scopes: [.plan], category: category, writes: true)
        }
        return [
            Command(
                id: .openPlan, name: tr("command.plan.open.name"), keys: [.char("L")], help: tr("command.plan.open.help"),
                scopes: [.household], category: household),
            plan(.planQuestion, "a", tr("command.plan.question.name"), tr("command.plan.question.help")),
            plan(.planDates, "d", tr("command.plan.dates.name"), tr("command.plan.dates.help")),
            plan(.planStrength, "s", tr("command.plan.strength.name"), tr("command.plan.strength.help")),
            plan(.planWorry, "w", tr("command.plan.worry.name"), tr("command.plan.worry.help")),
            plan(.planEditPoint, "e", tr("command.plan.point.edit.name"), tr("command.plan.point.edit.help")),
            plan(.planRemovePoint, "x", tr("command.plan.point.remove.name"), tr("command.plan.point.remove.help")),
            plan(.newAction, "n", tr("command.plan.action.add.name"), tr("command.plan.action.add.help")),
            plan(.planActionDone, "c", tr("command.plan.action.done.name"), tr("command.plan.action.done.help")),
        ]
    }
}
