import TerminalKit
import Wijkteam

/// Every command of the app. The command table, the palette, help, the README's key list and
/// the handlers all use these; `Shell.perform` switches over them with no default arm, so the
/// compiler proves each has a handler, and `CommandIDTests` that each is in the table once.
public enum CommandID: Hashable, Sendable {
    /// Go to a view of the tab bar (`1`…`9`), one per registered view (`ScreenRegistry`).
    case view(Tab)
    /// The monitor view's keys (`MonitorCommand`, with the view's commands).
    case monitor(MonitorCommand)
    case help
    case palette
    case quit
    case nextView
    case previousView
    case nextTheme
    case redraw
    case privacy
    case glossary
    case tour
    case moveUp
    case moveDown
    case moveLeft
    case moveRight
    case pageUp
    case pageDown
    case moveFirst
    case moveLast
    case open
    case network
    case networkView
    case addTie
    case editTie
    case removeTie
    case undoTie
    case addProvision
    case changeProvisionStatus
    case answerRoute
    case addJournal
    case recordZRM
    case editGoals
    case nextPhase
    case closeCase
    case readWithReason
    case nextSection
    case previousSection
    case assign
    case discuss
    case cardLeft
    case cardRight
    case undo
    case redo
    case flagFollowUp
    case followUpKind
    case followUpMine
    case followUpDone
    case triageDecide
    case triageMeldcode
    case triageUndo
    case triageWeights
    case register
    case meetingStart
    case meetingDiscussed
    case meetingDecide
    case meetingEnd
    case filterText
    case filterPick
    case filterMine
    case filterClear
    case group
    case close
    // Keeping a household current (its view)
    case addMember
    case editMember
    case memberLeaves
    case changeAddress
    case openCase
    case reopenCase
    /// Inzage (AVG art. 15): everything held about a member, to a file.
    case inzage
    // The plan (its view, over the household)
    case openPlan, planQuestion, planDates, planStrength, planWorry, planEditPoint, planRemovePoint, planActionDone, newAction
    // The team lead's review of break-the-glass reads (its view)
    case confirmRead
    case questionRead
    // The team (its view, team lead's changes) and handing a caseload over
    case teamAdd
    case teamEdit
    case teamAway
    case teamBack
    case teamLeave
    case teamCover
    case teamHandover
    case handoverLine
    case handoverApply
    case handoverUndo
    case handoverClose
    // The providers and their waiting times (its view)
    case providerExpand
    case providerLaw

    /// The stable text id (`wijkteam keys --json`), as it was before ids were typed.
    public var code: String {
        switch self {
        case .view(let tab): "tab." + tab.name
        case .monitor(let m): "monitor." + m.rawValue
        case .help: "help"
        case .palette: "palette"
        case .quit: "quit"
        case .nextView: "tab.next"
        case .previousView: "tab.previous"
        case .nextTheme: "theme.next"
        case .redraw: "redraw"
        case .privacy: "privacy"
        case .glossary: "glossary"
        case .tour: "tour"
        case .moveUp: "move.up"
        case .moveDown: "move.down"
        case .moveLeft: "move.left"
        case .moveRight: "move.right"
        case .pageUp: "move.pageUp"
        case .pageDown: "move.pageDown"
        case .moveFirst: "move.first"
        case .moveLast: "move.last"
        case .open: "open"
        case .network: "network"
        case .networkView: "network.view"
        case .addTie: "tie.add"
        case .editTie: "tie.edit"
        case .removeTie: "tie.remove"
        case .undoTie: "tie.undo"
        case .addProvision: "provision.add"
        case .changeProvisionStatus: "provision.status"
        case .answerRoute: "route.answer"
        case .addJournal: "journal.add"
        case .recordZRM: "zrm.record"
        case .editGoals: "goal.edit"
        case .nextPhase: "phase.next"
        case .closeCase: "case.close"
        case .readWithReason: "case.read_with_reason"
        case .nextSection: "section.next"
        case .previousSection: "section.previous"
        case .assign: "assign"
        case .discuss: "discuss"
        case .cardLeft: "card.left"
        case .cardRight: "card.right"
        case .undo: "undo"
        case .redo: "redo"
        case .flagFollowUp: "followup.flag"
        case .followUpKind: "followup.kind"
        case .followUpMine: "followup.mine"
        case .followUpDone: "followup.done"
        case .triageDecide: "triage.decide"
        case .triageMeldcode: "triage.meldcode"
        case .triageUndo: "triage.undo"
        case .triageWeights: "triage.weights"
        case .register: "register"
        case .meetingStart: "meeting.start"
        case .meetingDiscussed: "meeting.discussed"
        case .meetingDecide: "meeting.decide"
        case .meetingEnd: "meeting.end"
        case .filterText: "filter.text"
        case .filterPick: "filter.pick"
        case .filterMine: "filter.mine"
        case .filterClear: "filter.clear"
        case .group: "group"
        case .close: "close"
        case .addMember: "member.add"
        case .editMember: "member.edit"
        case .memberLeaves: "member.leave"
        case .changeAddress: "household.address"
        case .openCase: "case.open"
        case .reopenCase: "case.reopen"
        case .inzage: "household.inzage"
        case .openPlan, .planQuestion, .planDates, .planStrength, .planWorry, .planEditPoint, .planRemovePoint, .planActionDone, .newAction:
            planCode
        case .confirmRead: "breakglass.confirm"
        case .questionRead: "breakglass.question"
        case .teamAdd: "team.add"
        case .teamEdit: "team.edit"
        case .teamAway: "team.away"
        case .teamBack: "team.back"
        case .teamLeave: "team.leave"
        case .teamCover: "team.cover"
        case .teamHandover: "team.handover"
        case .handoverLine: "handover.line"
        case .handoverApply: "handover.apply"
        case .handoverUndo: "handover.undo"
        case .handoverClose: "handover.close"
        case .providerExpand: "providers.expand"
        case .providerLaw: "providers.law"
        }
    }

    /// Every command id there is: the fixed ones, one `view` per registered view and the monitor's.
    public static var allCases: [CommandID] {
        ScreenRegistry.tabs.map { .view($0.scope) } + fixed + MonitorCommand.allCases.map(CommandID.monitor)
    }

    /// The ids that are not `view`: listed once here; `CommandIDTests` checks that a new case
    /// is added here too (its `code` must be in the table).
    static let fixed: [CommandID] = [
        .help,
        .palette,
        .quit,
        .nextView,
        .previousView,
        .nextTheme,
        .redraw,
        .privacy,
        .glossary,
        .tour,
        .moveUp,
        .moveDown,
        .moveLeft,
        .moveRight,
        .pageUp,
        .pageDown,
        .moveFirst,
        .moveLast,
        .open,
        .network,
        .networkView,
        .addTie,
        .editTie,
        .removeTie,
        .undoTie,
        .addProvision,
        .changeProvisionStatus,
        .answerRoute,
        .addJournal,
        .recordZRM,
        .editGoals,
        .nextPhase,
        .closeCase,
        .readWithReason,
        .nextSection,
        .previousSection,
        .assign,
        .discuss,
        .cardLeft,
        .cardRight,
        .undo,
        .redo,
        .flagFollowUp,
        .followUpKind,
        .followUpMine,
        .followUpDone,
        .triageDecide,
        .triageMeldcode,
        .triageUndo,
        .triageWeights,
        .register,
        .meetingStart,
        .meetingDiscussed,
        .meetingDecide,
        .meetingEnd,
        .filterText,
        .filterPick,
        .filterMine,
        .filterClear,
        .group,
        .close,
        .openPlan, .planQuestion, .planDates, .planStrength, .planWorry, .planEditPoint, .planRemovePoint, .planActionDone, .newAction,
        .addMember,
        .editMember,
        .memberLeaves,
        .changeAddress,
        .openCase,
        .reopenCase,
        .inzage,
        .confirmRead,
        .questionRead,
        .teamAdd,
        .teamEdit,
        .teamAway,
        .teamBack,
        .teamLeave,
        .teamCover,
        .teamHandover,
        .handoverLine,
        .handoverApply,
        .handoverUndo,
        .handoverClose,
        .providerExpand,
        .providerLaw,
    ]
}

/// The one command table: it drives key dispatch, the `?` help screen, the `:` palette and
/// the README's key list (`wijkteam keys --markdown`). Names, help and categories are in the
/// current language (the palette matches the names shown); ids and keys are the same in both.
public enum AppCommands {
    public typealias Table = CommandTable<CommandID>
    /// Where moving up and down works: every view with a list, and help.
    static var lists: [CommandScope] { ScreenRegistry.tabs.map { $0.scope } + [.household, .plan, .help] }

    /// The table in the current language: a lookup, it is built once per language.
    public static var table: Table { table(in: Language.current) }

    /// The table in `language` (the README's key list is English whatever the language).
    public static func table(in language: Language) -> Table { tables[language]! }

    private static let tables: [Language: Table] = Dictionary(uniqueKeysWithValues: Language.allCases.map { l in
        (l, Language.$scoped.withValue(l) { build() })
    })

    private static func build() -> Table {
        let general = tr("command.category.general")
        let views = tr("command.category.views")
        let navigation = tr("command.category.navigation")
        let network = tr("command.category.network")
        let household = tr("command.category.household")
        let cases = tr("command.category.cases")
        let followUps = tr("command.category.followups")
        let triage = tr("command.category.triage")
        let meeting = tr("command.category.meeting")
        let filter = tr("command.category.filter")
        return Table([
            // Everywhere
            Command(id: .help, name: tr("command.help.name"), keys: [.char("?"), .function(1)], help: tr("command.help.help"),
                    scopes: [.global], category: general),
            Command(id: .palette, name: tr("command.palette.name"), keys: [.char(":")], help: tr("command.palette.help"),
                    scopes: [.global], category: general),
            Command(id: .quit, name: tr("command.quit.name"), keys: [.char("q")], help: tr("command.quit.help"),
                    scopes: [.global], category: general),
            ]
                + ScreenRegistry.tabs.enumerated().map { i, view in
                    // The views in the tab bar, on 1, 2, 3, … in the order they are registered.
                    Command(
                        id: .view(view.scope), name: view.goName, keys: [.char(Character(String(i + 1)))], help: view.goHelp,
                        scopes: [.global], category: views)
                } + [
                    Command(
                        id: .nextView, name: tr("command.tab.next.name"), keys: [.tab], help: tr("command.tab.next.help"),
                        scopes: [.global], category: views),
                    Command(
                        id: .previousView, name: tr("command.tab.previous.name"), keys: [.backTab], help: tr("command.tab.previous.help"),
                        scopes: [.global], category: views),
                    Command(
                        id: .nextTheme, name: tr("command.theme.next.name"), keys: [.char("T")], help: tr("command.theme.next.help"),
                        scopes: [.global], category: general),
                    Command(
                        id: .redraw, name: tr("command.redraw.name"), keys: [.ctrl("l")], help: tr("command.redraw.help"),
                        scopes: [.global], category: general),
                    Command(
                        id: .privacy, name: tr("command.privacy.name"), keys: [.char("p")], help: tr("command.privacy.help"),
                        scopes: [.global], category: general),
                    Command(
                        id: .glossary, name: tr("command.glossary.name"), keys: [.char("i")], help: tr("command.glossary.help"),
                        scopes: [.global], category: general),
                    Command(
                        id: .tour, name: tr("command.tour.name"), keys: [.char("t")], help: tr("command.tour.help"),
                        scopes: [.global], category: general),
                    // Moving around
                    Command(
                        id: .moveUp, name: tr("command.move.up.name"), keys: [.up, .char("k")], help: tr("command.move.up.help"),
                        scopes: lists, category: navigation),
                    Command(
                        id: .moveDown, name: tr("command.move.down.name"), keys: [.down, .char("j")], help: tr("command.move.down.help"),
                        scopes: lists, category: navigation),
                    Command(
                        id: .moveLeft, name: tr("command.move.left.name"), keys: [.left, .char("h")], help: tr("command.move.left.help"),
                        scopes: [.board], category: navigation),
                    Command(
                        id: .moveRight, name: tr("command.move.right.name"), keys: [.right, .char("l")],
                        help: tr("command.move.right.help"),
                        scopes: [.board], category: navigation),
                    Command(
                        id: .pageUp, name: tr("command.move.pageup.name"), keys: [.pageUp], help: tr("command.move.pageup.help"),
                        scopes: lists, category: navigation),
                    Command(
                        id: .pageDown, name: tr("command.move.pagedown.name"), keys: [.pageDown], help: tr("command.move.pagedown.help"),
                        scopes: lists, category: navigation),
                    Command(
                        id: .moveFirst, name: tr("command.move.first.name"), keys: [.home], help: tr("command.move.first.help"),
                        scopes: lists, category: navigation),
                    Command(
                        id: .moveLast, name: tr("command.move.last.name"), keys: [.end], help: tr("command.move.last.help"),
                        scopes: lists, category: navigation),
                    Command(
                        id: .open, name: tr("command.open.name"), keys: [.enter], help: tr("command.open.help"),
                        scopes: [.board, .triage, .meeting, .followUps, .breakGlass], category: navigation),
                    Command(
                        id: .network, name: tr("command.network.name"), keys: [.char("n")], help: tr("command.network.help"),
                        scopes: [.board, .meeting, .household], category: navigation),
                    Command(
                        id: .networkView, name: tr("command.network.view.name"), keys: [.char("v")], help: tr("command.network.view.help"),
                        scopes: [.network], category: network),
                    Command(
                        id: .addTie, name: tr("command.tie.add.name"), keys: [.char("a")], help: tr("command.tie.add.help"),
                        scopes: [.network], category: network, writes: true),
                    Command(
                        id: .editTie, name: tr("command.tie.edit.name"), keys: [.char("e"), .enter], help: tr("command.tie.edit.help"),
                        scopes: [.network], category: network, writes: true),
                    Command(
                        id: .removeTie, name: tr("command.tie.remove.name"), keys: [.char("x"), .delete],
                        help: tr("command.tie.remove.help"),
                        scopes: [.network], category: network, writes: true),
                    Command(
                        id: .undoTie, name: tr("command.tie.undo.name"), keys: [.char("u")], help: tr("command.tie.undo.help"),
                        scopes: [.network], category: network, writes: true),
                    Command(
                        id: .addProvision, name: tr("command.provision.add.name"), keys: [.char("P")],
                        help: tr("command.provision.add.help"),
                        scopes: [.household], category: household, writes: true),
                    Command(
                        id: .addJournal, name: tr("command.journal.add.name"), keys: [.char("J")], help: tr("command.journal.add.help"),
                        scopes: [.household], category: household, writes: true),
                    Command(
                        id: .recordZRM, name: tr("command.zrm.record.name"), keys: [.char("z")], help: tr("command.zrm.record.help"),
                        scopes: [.household], category: household, writes: true),
                    Command(
                        id: .editGoals, name: tr("command.goal.edit.name"), keys: [.char("G")], help: tr("command.goal.edit.help"),
                        scopes: [.household], category: household, writes: true),
                    Command(
                        id: .nextPhase, name: tr("command.phase.next.name"), keys: [.char(">")], help: tr("command.phase.next.help"),
                        scopes: [.household], category: household, writes: true),
                    Command(
                        id: .closeCase, name: tr("command.case.close.name"), keys: [.char("C")], help: tr("command.case.close.help"),
                        scopes: [.household], category: household, writes: true),
                    Command(
                        id: .readWithReason, name: tr("command.case.read_with_reason.name"), keys: [.char("R")],
                        help: tr("command.case.read_with_reason.help"), scopes: [.household], category: household, writes: true),
                ] + keepingHouseholds(category: household) + planning(household: household) + planningSupport(category: household) + [
            Command(id: .nextSection, name: tr("command.section.next.name"), keys: [.char("]")], help: tr("command.section.next.help"),
                    scopes: [.household, .meeting], category: household),
            Command(id: .previousSection, name: tr("command.section.previous.name"), keys: [.char("[")], help: tr("command.section.previous.help"),
                    scopes: [.household, .meeting], category: household),
            // Cases on the board
            Command(id: .assign, name: tr("command.assign.name"), keys: [.char("a")], help: tr("command.assign.help"),
                    scopes: [.board, .meeting], category: cases, writes: true),
            Command(id: .discuss, name: tr("command.discuss.name"), keys: [.char("b")], help: tr("command.discuss.help"),
                    scopes: [.board, .meeting, .household], category: cases, writes: true),
            Command(id: .cardLeft, name: tr("command.card.left.name"), keys: [.char("H"), .char("<")], help: tr("command.card.left.help"),
                    scopes: [.board], category: cases, writes: true),
            Command(id: .cardRight, name: tr("command.card.right.name"), keys: [.char("L"), .char(">")], help: tr("command.card.right.help"),
                    scopes: [.board], category: cases, writes: true),
            Command(id: .undo, name: tr("command.undo.name"), keys: [.char("u")], help: tr("command.undo.help"),
                    scopes: [.board, .meeting], category: cases, writes: true),
            Command(id: .redo, name: tr("command.redo.name"), keys: [.ctrl("r"), .char("U")], help: tr("command.redo.help"),
                    scopes: [.board, .meeting], category: cases, writes: true),
            // Follow-ups
            Command(id: .flagFollowUp, name: tr("command.followup.flag.name"), keys: [.char("F")], help: tr("command.followup.flag.help"),
                    scopes: [.board, .meeting, .household], category: followUps, writes: true),
            Command(id: .followUpKind, name: tr("command.followup.kind.name"), keys: [.char("f")], help: tr("command.followup.kind.help"),
                    scopes: [.followUps], category: followUps),
            Command(id: .followUpMine, name: tr("command.followup.mine.name"), keys: [.char("m")], help: tr("command.followup.mine.help"),
                    scopes: [.followUps], category: followUps),
            Command(id: .followUpDone, name: tr("command.followup.done.name"), keys: [.char("x")], help: tr("command.followup.done.help"),
                    scopes: [.followUps], category: followUps, writes: true),
            // Triage
            Command(id: .triageDecide, name: tr("command.triage.decide.name"), keys: [.char("d")], help: tr("command.triage.decide.help"),
                    scopes: [.triage], category: triage, writes: true),
            Command(id: .triageMeldcode, name: tr("command.triage.meldcode.name"), keys: [.char("s")], help: tr("command.triage.meldcode.help"),
                    scopes: [.triage], category: triage, writes: true),
            Command(id: .triageUndo, name: tr("command.triage.undo.name"), keys: [.char("u")], help: tr("command.triage.undo.help"),
                    scopes: [.triage], category: triage, writes: true),
                    Command(
                        id: .triageWeights, name: tr("command.triage.weights.name"), keys: [.char("w")],
                        help: tr("command.triage.weights.help"), scopes: [.triage], category: triage),
                    Command(
                        id: .register, name: tr("command.register.name"), keys: [.char("n")], help: tr("command.register.help"),
                        scopes: [.triage], category: triage, writes: true),
            // The case meeting
            Command(id: .meetingStart, name: tr("command.meeting.start.name"), keys: [.char("s")], help: tr("command.meeting.start.help"),
                    scopes: [.meeting], category: meeting, writes: true),
            Command(id: .meetingDiscussed, name: tr("command.meeting.discussed.name"), keys: [.char("x")], help: tr("command.meeting.discussed.help"),
                    scopes: [.meeting], category: meeting, writes: true),
            Command(id: .meetingDecide, name: tr("command.meeting.decide.name"), keys: [.char("d")], help: tr("command.meeting.decide.help"),
                    scopes: [.meeting], category: meeting, writes: true),
            Command(id: .meetingEnd, name: tr("command.meeting.end.name"), keys: [.char("E")], help: tr("command.meeting.end.help"),
                    scopes: [.meeting], category: meeting, writes: true),
            // Which cards
            Command(id: .filterText, name: tr("command.filter.text.name"), keys: [.char("/")], help: tr("command.filter.text.help"),
                    scopes: [.board], category: filter),
            Command(id: .filterPick, name: tr("command.filter.pick.name"), keys: [.char("f")], help: tr("command.filter.pick.help"),
                    scopes: [.board], category: filter),
            Command(id: .filterMine, name: tr("command.filter.mine.name"), keys: [.char("m")], help: tr("command.filter.mine.help"),
                    scopes: [.board], category: filter),
            Command(id: .filterClear, name: tr("command.filter.clear.name"), keys: [.char("c")], help: tr("command.filter.clear.help"),
                    scopes: [.board], category: filter),
            Command(id: .group, name: tr("command.group.name"), keys: [.char("g")], help: tr("command.group.help"),
                    scopes: [.board], category: filter),
            Command(id: .close, name: tr("command.close.name"), keys: [.escape], help: tr("command.close.help"),
                        scopes: [.help, .plan], category: navigation),
                ] + reviewingReads(category: tr("command.category.breakglass"))
                + changingTheTeam(category: tr("command.category.team"))
                + viewingProviders(category: tr("command.category.providers")) + viewingTheMonitor())
    }
}
