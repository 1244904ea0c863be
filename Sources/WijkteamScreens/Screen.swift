import TerminalKit
import Wijkteam

/// What a view is given to act and draw: the day, privacy, names, who is at the keyboard, the
/// data and the room it has. Made by the shell per key or frame; a view keeps none of it.
public struct ScreenContext: Sendable {
    public var today: Day
    public var privacy: Bool
    public var language: Language
    public var themeName: String
    /// Who is at the keyboard.
    public var me: StaffID
    /// Staff names by id.
    public var staffNames: [StaffID: String]
    public var snapshot: DistrictSnapshot
    /// The room the view has on screen (below the tab row and header, above the status bar).
    public var size: Size
    /// Whether every write is off in this session.
    public var readOnly: Bool

    /// Rows a page-up or page-down moves in a list.
    var page: Int { max(1, size.height - 2) }
}

/// A view of the app: its state, the commands of its scope, and how it draws. The shell keeps
/// the registered views in a list (`ScreenRegistry`) and talks to the one on screen through this
/// protocol; a new view is a new file with a type that conforms, and one line in the registry.
public protocol Screen: Sendable {
    /// Its id, which is also the scope of its commands in the command table.
    static var scope: CommandScope { get }
    /// Its name in the tab bar, the status bar and help (current language).
    static var title: String { get }
    /// The palette name and help line of the command that shows it (`1`, `2`, …).
    static var goName: String { get }
    static var goHelp: String { get }
    /// Whether new data is applied while another view is on screen (the board and triage: the
    /// shell asks them about selections), or only when the view is shown (the default).
    static var updatesWhenHidden: Bool { get }
    /// Whether it shows anything of the triage queue: its signals, their households' triage
    /// contexts or names (the default). A signal registered at this terminal changes only those
    /// three parts of the snapshot and is given only to these views before the reload
    /// (`Shell.acceptSignal`); a view that says no must read none of them.
    static var showsSignals: Bool { get }

    init()

    /// New data from the store: rebuild what is shown, keeping the selection where it still is.
    mutating func update(_ snapshot: DistrictSnapshot, context: ScreenContext)
    /// A household read for this view (or another): take it if it is the one shown.
    mutating func loaded(_ record: HouseholdRecord)
    /// A household could not be read.
    mutating func unavailable(_ householdID: Int, _ message: String)
    /// A command of its scope (moving, switching what it shows). `.none` when nothing changed.
    mutating func perform(_ command: CommandID, context: ScreenContext) -> Reaction
    func render(into grid: inout Grid, area: Rect, context: ScreenContext)
    /// The header row: figures and key hints for this view.
    func header(context: ScreenContext) -> [(String, Style)]
    /// The household of what is selected, for `Enter`, `n` and the network view.
    func selectedHouseholdID(context: ScreenContext) -> Int?
}

extension Screen {
    public static var updatesWhenHidden: Bool { false }
    public static var showsSignals: Bool { true }
    public mutating func loaded(_ record: HouseholdRecord) {}
    public mutating func unavailable(_ householdID: Int, _ message: String) {}
    public func header(context: ScreenContext) -> [(String, Style)] { [] }

    /// The commands of its scope, from the one command table.
    public static var commands: [Command<CommandID>] { AppCommands.table.commands.filter { $0.scopes.contains(scope) } }
}

/// The views in the tab bar, in order (`1`, `2`, …). Adding a view: its file, and a line here.
public enum ScreenRegistry {
    public static let tabs: [any Screen.Type] = [
        BoardScreen.self,
        TriageScreen.self,
        NetworkScreen.self,
        MeetingScreen.self,
        FollowUpsScreen.self,
        BreakGlassScreen.self,
        TeamScreen.self,
        ProvidersScreen.self,
        MonitorScreen.self,
    ]

    static func tab(_ scope: CommandScope) -> (any Screen.Type)? {
        tabs.first { $0.scope == scope }
    }
}
