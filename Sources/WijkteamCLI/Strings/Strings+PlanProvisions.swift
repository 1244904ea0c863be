import Wijkteam

extension CLIStrings {
    /// Provisions with a life: requested, waiting, started, ended (issue 27).
    static let provisions: Section = [:]
}
