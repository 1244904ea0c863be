import Wijkteam

extension CLIStrings {
    /// The monitor over months (issue 29).
    static let monitor: Section = [:]
}
