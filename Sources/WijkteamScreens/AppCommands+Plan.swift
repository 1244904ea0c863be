import TerminalKit
import Wijkteam

extension AppCommands {
    /// The plan and the support it leads to, from the household view (issue 27): a provision's
    /// next step, the route to support of a goal.
    static func planningSupport(category household: String) -> [Command<CommandID>] {
        [
            Command(
                id: .changeProvisionStatus, name: tr("command.provision.status.name"), keys: [.char("S")],
                help: tr("command.provision.status.help"), scopes: [.household], category: household, writes: true),
            Command(
                id: .answerRoute, name: tr("command.route.answer.name"), keys: [.char("W")], help: tr("command.route.answer.help"),
                scopes: [.household], category: household, writes: true),
        ]
    }
}

extension CommandID {
    /// The plan view's commands' codes (the table's `code` asks here for them).
    var planCode: String {
        switch self {
        case .openPlan: "plan.open"
        case .planQuestion: "plan.question"
        case .planDates: "plan.dates"
        case .planStrength: "plan.strength"
        case .planWorry: "plan.worry"
        case .planEditPoint: "plan.point.edit"
        case .planRemovePoint: "plan.point.remove"
        case .planActionDone: "plan.action.done"
        case .newAction: "plan.action.add"
        default: ""
        }
    }
}
