import Wijkteam

extension ScreenStrings {
    /// The monitor over months (issue 29).
    static let monitor: Section = [:]
}
