import TerminalKit
import Wijkteam

/// The screens of the app; a screen id is a command scope.
public enum Tab: String, CaseIterable, Sendable {
    case board, triage, network, meeting, followUps = "followups"

    public var title: String {
        switch self {
        case .board: tr("command.scope.board")
        case .triage: tr("command.scope.triage")
        case .network: tr("command.scope.network")
        case .meeting: tr("command.scope.meeting")
        case .followUps: tr("command.scope.followups")
        }
    }
}

/// The one command table: it drives key dispatch, the `?` help screen, the `:` palette and
/// the README's key list (`wijkteam keys --markdown`). Names, help and categories are in the
/// current language (the palette matches the names shown); ids and keys are the same in both.
public enum AppCommands {
    public static let helpScope = "help"
    public static let householdScope = "household"
    /// "Household", where the shell names the open household view.
    static var householdTitle: String { tr("command.scope.household") }
    static let lists = ["board", "triage", "network", "meeting", "followups", householdScope, helpScope]

    /// The table in the current language: a lookup, it is built once per language.
    public static var table: CommandTable { table(in: Language.current) }

    /// The table in `language` (the README's key list is English whatever the language).
    public static func table(in language: Language) -> CommandTable { tables[language]! }

    private static let tables: [Language: CommandTable] = Dictionary(uniqueKeysWithValues: Language.allCases.map { l in
        (l, Language.$scoped.withValue(l) { build() })
    })

    private static func build() -> CommandTable {
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
        return CommandTable([
            // Everywhere
            Command(id: "help", name: tr("command.help.name"), keys: [.char("?"), .function(1)], help: tr("command.help.help"),
                    scopes: ["global"], category: general),
            Command(id: "palette", name: tr("command.palette.name"), keys: [.char(":")], help: tr("command.palette.help"),
                    scopes: ["global"], category: general),
            Command(id: "quit", name: tr("command.quit.name"), keys: [.char("q")], help: tr("command.quit.help"),
                    scopes: ["global"], category: general),
            Command(id: "tab.board", name: tr("command.tab.board.name"), keys: [.char("1")], help: tr("command.tab.board.help"),
                    scopes: ["global"], category: views),
            Command(id: "tab.triage", name: tr("command.tab.triage.name"), keys: [.char("2")], help: tr("command.tab.triage.help"),
                    scopes: ["global"], category: views),
            Command(id: "tab.network", name: tr("command.tab.network.name"), keys: [.char("3")], help: tr("command.tab.network.help"),
                    scopes: ["global"], category: views),
            Command(id: "tab.meeting", name: tr("command.tab.meeting.name"), keys: [.char("4")], help: tr("command.tab.meeting.help"),
                    scopes: ["global"], category: views),
            Command(id: "tab.followups", name: tr("command.tab.followups.name"), keys: [.char("5")], help: tr("command.tab.followups.help"),
                    scopes: ["global"], category: views),
            Command(id: "tab.next", name: tr("command.tab.next.name"), keys: [.tab], help: tr("command.tab.next.help"),
                    scopes: ["global"], category: views),
            Command(id: "tab.previous", name: tr("command.tab.previous.name"), keys: [.backTab], help: tr("command.tab.previous.help"),
                    scopes: ["global"], category: views),
            Command(id: "theme.next", name: tr("command.theme.next.name"), keys: [.char("T")], help: tr("command.theme.next.help"),
                    scopes: ["global"], category: general),
            Command(id: "redraw", name: tr("command.redraw.name"), keys: [.ctrl("l")], help: tr("command.redraw.help"),
                    scopes: ["global"], category: general),
            Command(id: "privacy", name: tr("command.privacy.name"), keys: [.char("p")], help: tr("command.privacy.help"),
                    scopes: ["global"], category: general),
            Command(id: "glossary", name: tr("command.glossary.name"), keys: [.char("i")], help: tr("command.glossary.help"),
                    scopes: ["global"], category: general),
            Command(id: "tour", name: tr("command.tour.name"), keys: [.char("t")], help: tr("command.tour.help"),
                    scopes: ["global"], category: general),
            // Moving around
            Command(id: "move.up", name: tr("command.move.up.name"), keys: [.up, .char("k")], help: tr("command.move.up.help"),
                    scopes: lists, category: navigation),
            Command(id: "move.down", name: tr("command.move.down.name"), keys: [.down, .char("j")], help: tr("command.move.down.help"),
                    scopes: lists, category: navigation),
            Command(id: "move.left", name: tr("command.move.left.name"), keys: [.left, .char("h")], help: tr("command.move.left.help"),
                    scopes: ["board"], category: navigation),
            Command(id: "move.right", name: tr("command.move.right.name"), keys: [.right, .char("l")], help: tr("command.move.right.help"),
                    scopes: ["board"], category: navigation),
            Command(id: "move.pageUp", name: tr("command.move.pageup.name"), keys: [.pageUp], help: tr("command.move.pageup.help"),
                    scopes: lists, category: navigation),
            Command(id: "move.pageDown", name: tr("command.move.pagedown.name"), keys: [.pageDown], help: tr("command.move.pagedown.help"),
                    scopes: lists, category: navigation),
            Command(id: "move.first", name: tr("command.move.first.name"), keys: [.home], help: tr("command.move.first.help"),
                    scopes: lists, category: navigation),
            Command(id: "move.last", name: tr("command.move.last.name"), keys: [.end], help: tr("command.move.last.help"),
                    scopes: lists, category: navigation),
            Command(id: "open", name: tr("command.open.name"), keys: [.enter], help: tr("command.open.help"),
                    scopes: ["board", "triage", "meeting", "followups"], category: navigation),
            Command(id: "network", name: tr("command.network.name"), keys: [.char("n")], help: tr("command.network.help"),
                    scopes: ["board", "meeting", householdScope], category: navigation),
            Command(id: "network.view", name: tr("command.network.view.name"), keys: [.char("v")], help: tr("command.network.view.help"),
                    scopes: ["network"], category: network),
            Command(id: "tie.add", name: tr("command.tie.add.name"), keys: [.char("a")], help: tr("command.tie.add.help"),
                    scopes: ["network"], category: network, writes: true),
            Command(id: "tie.edit", name: tr("command.tie.edit.name"), keys: [.char("e"), .enter], help: tr("command.tie.edit.help"),
                    scopes: ["network"], category: network, writes: true),
            Command(id: "tie.remove", name: tr("command.tie.remove.name"), keys: [.char("x"), .delete], help: tr("command.tie.remove.help"),
                    scopes: ["network"], category: network, writes: true),
            Command(id: "tie.undo", name: tr("command.tie.undo.name"), keys: [.char("u")], help: tr("command.tie.undo.help"),
                    scopes: ["network"], category: network, writes: true),
            Command(id: "provision.add", name: tr("command.provision.add.name"), keys: [.char("P")], help: tr("command.provision.add.help"),
                    scopes: [householdScope], category: household, writes: true),
            Command(id: "journal.add", name: tr("command.journal.add.name"), keys: [.char("J")], help: tr("command.journal.add.help"),
                    scopes: [householdScope], category: household, writes: true),
            Command(id: "zrm.record", name: tr("command.zrm.record.name"), keys: [.char("z")], help: tr("command.zrm.record.help"),
                    scopes: [householdScope], category: household, writes: true),
            Command(id: "goal.edit", name: tr("command.goal.edit.name"), keys: [.char("G")], help: tr("command.goal.edit.help"),
                    scopes: [householdScope], category: household, writes: true),
            Command(id: "phase.next", name: tr("command.phase.next.name"), keys: [.char(">")], help: tr("command.phase.next.help"),
                    scopes: [householdScope], category: household, writes: true),
            Command(id: "case.close", name: tr("command.case.close.name"), keys: [.char("C")], help: tr("command.case.close.help"),
                    scopes: [householdScope], category: household, writes: true),
            Command(id: "section.next", name: tr("command.section.next.name"), keys: [.char("]")], help: tr("command.section.next.help"),
                    scopes: [householdScope, "meeting"], category: household),
            Command(id: "section.previous", name: tr("command.section.previous.name"), keys: [.char("[")], help: tr("command.section.previous.help"),
                    scopes: [householdScope, "meeting"], category: household),
            // Cases on the board
            Command(id: "assign", name: tr("command.assign.name"), keys: [.char("a")], help: tr("command.assign.help"),
                    scopes: ["board", "meeting"], category: cases, writes: true),
            Command(id: "discuss", name: tr("command.discuss.name"), keys: [.char("b")], help: tr("command.discuss.help"),
                    scopes: ["board", "meeting", householdScope], category: cases, writes: true),
            Command(id: "card.left", name: tr("command.card.left.name"), keys: [.char("H"), .char("<")], help: tr("command.card.left.help"),
                    scopes: ["board"], category: cases, writes: true),
            Command(id: "card.right", name: tr("command.card.right.name"), keys: [.char("L"), .char(">")], help: tr("command.card.right.help"),
                    scopes: ["board"], category: cases, writes: true),
            Command(id: "undo", name: tr("command.undo.name"), keys: [.char("u")], help: tr("command.undo.help"),
                    scopes: ["board", "meeting"], category: cases, writes: true),
            Command(id: "redo", name: tr("command.redo.name"), keys: [.ctrl("r"), .char("U")], help: tr("command.redo.help"),
                    scopes: ["board", "meeting"], category: cases, writes: true),
            // Follow-ups
            Command(id: "followup.flag", name: tr("command.followup.flag.name"), keys: [.char("F")], help: tr("command.followup.flag.help"),
                    scopes: ["board", "meeting", householdScope], category: followUps, writes: true),
            Command(id: "followup.kind", name: tr("command.followup.kind.name"), keys: [.char("f")], help: tr("command.followup.kind.help"),
                    scopes: ["followups"], category: followUps),
            Command(id: "followup.mine", name: tr("command.followup.mine.name"), keys: [.char("m")], help: tr("command.followup.mine.help"),
                    scopes: ["followups"], category: followUps),
            Command(id: "followup.done", name: tr("command.followup.done.name"), keys: [.char("x")], help: tr("command.followup.done.help"),
                    scopes: ["followups"], category: followUps, writes: true),
            // Triage
            Command(id: "triage.decide", name: tr("command.triage.decide.name"), keys: [.char("d")], help: tr("command.triage.decide.help"),
                    scopes: ["triage"], category: triage, writes: true),
            Command(id: "triage.meldcode", name: tr("command.triage.meldcode.name"), keys: [.char("s")], help: tr("command.triage.meldcode.help"),
                    scopes: ["triage"], category: triage, writes: true),
            Command(id: "triage.undo", name: tr("command.triage.undo.name"), keys: [.char("u")], help: tr("command.triage.undo.help"),
                    scopes: ["triage"], category: triage, writes: true),
            // The case meeting
            Command(id: "meeting.start", name: tr("command.meeting.start.name"), keys: [.char("s")], help: tr("command.meeting.start.help"),
                    scopes: ["meeting"], category: meeting, writes: true),
            Command(id: "meeting.discussed", name: tr("command.meeting.discussed.name"), keys: [.char("x")], help: tr("command.meeting.discussed.help"),
                    scopes: ["meeting"], category: meeting, writes: true),
            Command(id: "meeting.decide", name: tr("command.meeting.decide.name"), keys: [.char("d")], help: tr("command.meeting.decide.help"),
                    scopes: ["meeting"], category: meeting, writes: true),
            Command(id: "meeting.end", name: tr("command.meeting.end.name"), keys: [.char("E")], help: tr("command.meeting.end.help"),
                    scopes: ["meeting"], category: meeting, writes: true),
            // Which cards
            Command(id: "filter.text", name: tr("command.filter.text.name"), keys: [.char("/")], help: tr("command.filter.text.help"),
                    scopes: ["board"], category: filter),
            Command(id: "filter.pick", name: tr("command.filter.pick.name"), keys: [.char("f")], help: tr("command.filter.pick.help"),
                    scopes: ["board"], category: filter),
            Command(id: "filter.mine", name: tr("command.filter.mine.name"), keys: [.char("m")], help: tr("command.filter.mine.help"),
                    scopes: ["board"], category: filter),
            Command(id: "filter.clear", name: tr("command.filter.clear.name"), keys: [.char("c")], help: tr("command.filter.clear.help"),
                    scopes: ["board"], category: filter),
            Command(id: "group", name: tr("command.group.name"), keys: [.char("g")], help: tr("command.group.help"),
                    scopes: ["board"], category: filter),
            Command(id: "close", name: tr("command.close.name"), keys: [.escape], help: tr("command.close.help"),
                    scopes: [helpScope], category: navigation),
        ])
    }

    /// Scopes in the order the README and help list them, with their titles in the current language.
    public static var scopeTitles: [(scope: String, title: String)] { scopeTitles(in: Language.current) }

    public static func scopeTitles(in language: Language) -> [(scope: String, title: String)] {
        Language.$scoped.withValue(language) {
            [("global", tr("command.scope.global"))] + Tab.allCases.map { ($0.rawValue, $0.title) }
                + [(householdScope, tr("command.scope.household")), (helpScope, tr("command.scope.help"))]
        }
    }
}
