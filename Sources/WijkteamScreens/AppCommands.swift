import TerminalKit

/// The screens of the app; a screen id is a command scope.
public enum Tab: String, CaseIterable, Sendable {
    case board, triage, network, meeting, followUps = "followups"

    public var title: String {
        switch self {
        case .board: "Board"
        case .triage: "Triage"
        case .network: "Network"
        case .meeting: "Meeting"
        case .followUps: "Follow-ups"
        }
    }
}

/// The one command table: it drives key dispatch, the `?` help screen, the `:` palette and
/// the README's key list (`wijkteam keys --markdown`).
public enum AppCommands {
    public static let helpScope = "help"
    public static let householdScope = "household"
    static let lists = ["board", "triage", "network", "meeting", "followups", householdScope, helpScope]

    public static let table = CommandTable([
        // Everywhere
        Command(id: "help", name: "help", keys: [.char("?"), .function(1)], help: "Show every command and the glossary",
                scopes: ["global"], category: "General"),
        Command(id: "palette", name: "palette", keys: [.char(":")], help: "Run a command by name (Tab completes)",
                scopes: ["global"], category: "General"),
        Command(id: "quit", name: "quit", keys: [.char("q")], help: "Close the open panel, go back, or quit",
                scopes: ["global"], category: "General"),
        Command(id: "tab.board", name: "board", keys: [.char("1")], help: "Caseload board", scopes: ["global"], category: "Views"),
        Command(id: "tab.triage", name: "triage", keys: [.char("2")], help: "Triage queue of registrations and signals",
                scopes: ["global"], category: "Views"),
        Command(id: "tab.network", name: "network", keys: [.char("3")], help: "Network (ecogram) of the selected household",
                scopes: ["global"], category: "Views"),
        Command(id: "tab.meeting", name: "meeting", keys: [.char("4")], help: "Case meeting agenda", scopes: ["global"], category: "Views"),
        Command(id: "tab.followups", name: "follow-ups", keys: [.char("5")], help: "Follow-ups by due date, overdue first",
                scopes: ["global"], category: "Views"),
        Command(id: "tab.next", name: "next view", keys: [.tab], help: "Next view", scopes: ["global"], category: "Views"),
        Command(id: "tab.previous", name: "previous view", keys: [.backTab], help: "Previous view", scopes: ["global"], category: "Views"),
        Command(id: "theme.next", name: "theme", keys: [.char("T")], help: "Switch to the next colour theme",
                scopes: ["global"], category: "General"),
        Command(id: "redraw", name: "redraw", keys: [.ctrl("l")], help: "Redraw the screen and reload the data", scopes: ["global"], category: "General"),
        Command(id: "privacy", name: "privacy", keys: [.char("p")], help: "Privacy mode: initials and case numbers instead of names",
                scopes: ["global"], category: "General"),
        // Moving around
        Command(id: "move.up", name: "up", keys: [.up, .char("k")], help: "Previous item", scopes: lists, category: "Navigation"),
        Command(id: "move.down", name: "down", keys: [.down, .char("j")], help: "Next item", scopes: lists, category: "Navigation"),
        Command(id: "move.left", name: "left", keys: [.left, .char("h")], help: "Column to the left", scopes: ["board"], category: "Navigation"),
        Command(id: "move.right", name: "right", keys: [.right, .char("l")], help: "Column to the right", scopes: ["board"], category: "Navigation"),
        Command(id: "move.pageUp", name: "page up", keys: [.pageUp], help: "One page up", scopes: lists, category: "Navigation"),
        Command(id: "move.pageDown", name: "page down", keys: [.pageDown], help: "One page down", scopes: lists, category: "Navigation"),
        Command(id: "move.first", name: "first", keys: [.home], help: "First item", scopes: lists, category: "Navigation"),
        Command(id: "move.last", name: "last", keys: [.end], help: "Last item", scopes: lists, category: "Navigation"),
        Command(id: "open", name: "open", keys: [.enter], help: "Open the selected household",
                scopes: ["board", "triage", "meeting", "followups"], category: "Navigation"),
        Command(id: "network", name: "open network", keys: [.char("n")], help: "Open the household's network (ecogram)",
                scopes: ["board", "meeting", householdScope], category: "Navigation"),
        Command(id: "network.view", name: "map or list", keys: [.char("v")],
                help: "Switch the network between the ecogram map and the grouped list", scopes: ["network"], category: "Network"),
        Command(id: "tie.add", name: "add tie", keys: [.char("a")],
                help: "Add a tie: name, relation, sector, strength, support (P G A E), carer hours, consent", scopes: ["network"], category: "Network"),
        Command(id: "tie.edit", name: "change tie", keys: [.char("e"), .enter], help: "Change the selected tie", scopes: ["network"], category: "Network"),
        Command(id: "tie.remove", name: "remove tie", keys: [.char("x"), .delete], help: "Remove the selected tie (asks first)",
                scopes: ["network"], category: "Network"),
        Command(id: "tie.undo", name: "undo tie", keys: [.char("u")], help: "Undo the last change to the network", scopes: ["network"], category: "Network"),
        Command(id: "provision.add", name: "add provision", keys: [.char("P")],
                help: "Add a provision to the open case; a tailored one asks first why the network cannot help (eigen kracht)",
                scopes: [householdScope], category: "Household"),
        Command(id: "journal.add", name: "journal entry", keys: [.char("J")],
                help: "Add a journal entry: kind, date, sensitive or not, a note of several lines (Ctrl-S saves)",
                scopes: [householdScope], category: "Household"),
        Command(id: "zrm.record", name: "ZRM measurement", keys: [.char("z")],
                help: "Record a ZRM measurement for an adult: only the domains that changed need typing (1–5)",
                scopes: [householdScope], category: "Household"),
        Command(id: "goal.edit", name: "plan goal", keys: [.char("G")], help: "Add a plan goal with a target score, or change one",
                scopes: [householdScope], category: "Household"),
        Command(id: "phase.next", name: "next phase", keys: [.char(">")],
                help: "Move the case to the next phase (says what is missing first, e.g. a plan goal)",
                scopes: [householdScope], category: "Household"),
        Command(id: "case.close", name: "close case", keys: [.char("C")], help: "Close the case with a reason; its open follow-ups close with it",
                scopes: [householdScope], category: "Household"),
        Command(id: "section.next", name: "next section", keys: [.char("]")], help: "Next section: members, case, ZRM, plan, provisions, follow-ups, journal",
                scopes: [householdScope], category: "Household"),
        Command(id: "section.previous", name: "previous section", keys: [.char("[")], help: "Previous section",
                scopes: [householdScope], category: "Household"),
        // Cases on the board
        Command(id: "assign", name: "assign", keys: [.char("a")], help: "Assign or reassign: regisseurs ranked, with reasons",
                scopes: ["board", "meeting"], category: "Cases"),
        Command(id: "discuss", name: "put up for discussion", keys: [.char("b")],
                help: "Put the case up for discussion in the meeting with a question for the team (bespreken); empty takes it off",
                scopes: ["board", "meeting", householdScope], category: "Cases"),
        Command(id: "card.left", name: "move card left", keys: [.char("H"), .char("<")], help: "Give the case to the regisseur of the column on the left",
                scopes: ["board"], category: "Cases"),
        Command(id: "card.right", name: "move card right", keys: [.char("L"), .char(">")], help: "Give the case to the regisseur of the column on the right",
                scopes: ["board"], category: "Cases"),
        Command(id: "undo", name: "undo", keys: [.char("u")], help: "Undo the last assignment", scopes: ["board", "meeting"], category: "Cases"),
        Command(id: "redo", name: "redo", keys: [.ctrl("r"), .char("U")], help: "Redo what was undone", scopes: ["board", "meeting"], category: "Cases"),
        // Follow-ups
        Command(id: "followup.flag", name: "flag follow-up", keys: [.char("F")],
                help: "Plan a preventive, outreaching, check-in or evaluation follow-up: owner, due date, reason",
                scopes: ["board", "meeting", householdScope], category: "Follow-ups"),
        Command(id: "followup.kind", name: "kind", keys: [.char("f")], help: "Show one kind of follow-up (again: the next kind)",
                scopes: ["followups"], category: "Follow-ups"),
        Command(id: "followup.mine", name: "mine", keys: [.char("m")], help: "Only follow-ups I own (again: everyone's)",
                scopes: ["followups"], category: "Follow-ups"),
        Command(id: "followup.done", name: "done", keys: [.char("x")], help: "Mark the follow-up done, with its outcome",
                scopes: ["followups"], category: "Follow-ups"),
        // Triage
        Command(id: "triage.decide", name: "decide", keys: [.char("d")],
                help: "Decide: route, regisseur and follow-up; the signal leaves the queue", scopes: ["triage"], category: "Triage"),
        Command(id: "triage.meldcode", name: "meldcode step", keys: [.char("s")],
                help: "Record a Meldcode step (with a note) for a safety signal", scopes: ["triage"], category: "Triage"),
        // The case meeting
        Command(id: "meeting.start", name: "start meeting", keys: [.char("s")],
                help: "Start the meeting (privacy mode goes on); again: pause or resume the timer", scopes: ["meeting"], category: "Meeting"),
        Command(id: "meeting.discussed", name: "discussed", keys: [.char("x")],
                help: "Mark the item discussed (again: not discussed) and go to the next one", scopes: ["meeting"], category: "Meeting"),
        Command(id: "meeting.decide", name: "decision", keys: [.char("d")],
                help: "Record a decision for the minutes: text, action owner, due date", scopes: ["meeting"], category: "Meeting"),
        Command(id: "meeting.end", name: "end meeting", keys: [.char("E")],
                help: "End the meeting; its minutes are kept (wijkteam minutes exports them)", scopes: ["meeting"], category: "Meeting"),
        // Which cards
        Command(id: "filter.text", name: "filter", keys: [.char("/")], help: "Filter by text: household, street, case number, notes",
                scopes: ["board"], category: "Filter and group"),
        Command(id: "filter.pick", name: "quick filter", keys: [.char("f")], help: "Filter by buurt, flag, life domain or phase",
                scopes: ["board"], category: "Filter and group"),
        Command(id: "filter.mine", name: "mine", keys: [.char("m")], help: "Only my cases (again: everyone's)",
                scopes: ["board"], category: "Filter and group"),
        Command(id: "filter.clear", name: "clear filter", keys: [.char("c")], help: "Show every case again",
                scopes: ["board"], category: "Filter and group"),
        Command(id: "group", name: "group", keys: [.char("g")], help: "Group by regisseur or by phase",
                scopes: ["board"], category: "Filter and group"),
        Command(id: "close", name: "close", keys: [.escape], help: "Close help", scopes: [helpScope], category: "Navigation"),
    ])

    /// Scopes in the order the README and help list them.
    public static let scopeTitles: [(scope: String, title: String)] = [
        ("global", "Everywhere"), ("board", "Board"), ("triage", "Triage"), ("network", "Network"),
        ("meeting", "Meeting"), ("followups", "Follow-ups"), (householdScope, "Household"), (helpScope, "Help"),
    ]
}
