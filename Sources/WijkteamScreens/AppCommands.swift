import TerminalKit

/// The screens of the app; a screen id is a command scope.
public enum Tab: String, CaseIterable, Sendable {
    case board, triage, network, meeting

    public var title: String {
        switch self {
        case .board: "Board"
        case .triage: "Triage"
        case .network: "Network"
        case .meeting: "Meeting"
        }
    }
}

/// The one command table: it drives key dispatch, the `?` help screen, the `:` palette and
/// the README's key list (`wijkteam keys --markdown`).
public enum AppCommands {
    public static let helpScope = "help"
    static let lists = ["board", "triage", "network", "meeting", helpScope]

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
        Command(id: "tab.next", name: "next view", keys: [.tab], help: "Next view", scopes: ["global"], category: "Views"),
        Command(id: "tab.previous", name: "previous view", keys: [.backTab], help: "Previous view", scopes: ["global"], category: "Views"),
        Command(id: "theme.next", name: "theme", keys: [.char("T")], help: "Switch to the next colour theme",
                scopes: ["global"], category: "General"),
        Command(id: "redraw", name: "redraw", keys: [.ctrl("l")], help: "Redraw the screen", scopes: ["global"], category: "General"),
        // Moving around
        Command(id: "move.up", name: "up", keys: [.up, .char("k")], help: "Previous item", scopes: lists, category: "Navigation"),
        Command(id: "move.down", name: "down", keys: [.down, .char("j")], help: "Next item", scopes: lists, category: "Navigation"),
        Command(id: "move.left", name: "left", keys: [.left, .char("h")], help: "Column to the left", scopes: ["board"], category: "Navigation"),
        Command(id: "move.right", name: "right", keys: [.right, .char("l")], help: "Column to the right", scopes: ["board"], category: "Navigation"),
        Command(id: "move.pageUp", name: "page up", keys: [.pageUp], help: "One page up", scopes: lists, category: "Navigation"),
        Command(id: "move.pageDown", name: "page down", keys: [.pageDown], help: "One page down", scopes: lists, category: "Navigation"),
        Command(id: "move.first", name: "first", keys: [.home, .char("g")], help: "First item", scopes: lists, category: "Navigation"),
        Command(id: "move.last", name: "last", keys: [.end, .char("G")], help: "Last item", scopes: lists, category: "Navigation"),
        Command(id: "open", name: "open", keys: [.enter], help: "Open the selected household's network",
                scopes: ["board", "triage", "meeting"], category: "Navigation"),
        Command(id: "close", name: "close", keys: [.escape], help: "Close help", scopes: [helpScope], category: "Navigation"),
    ])

    /// Scopes in the order the README and help list them.
    public static let scopeTitles: [(scope: String, title: String)] = [
        ("global", "Everywhere"), ("board", "Board"), ("triage", "Triage"), ("network", "Network"),
        ("meeting", "Meeting"), (helpScope, "Help"),
    ]
}
