import Wijkteam

extension CLIStrings {
    /// Providers and their waiting times (issue 27).
    static let providers: Section = [:]
}
