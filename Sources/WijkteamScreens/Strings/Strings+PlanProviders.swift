import Wijkteam

extension ScreenStrings {
    /// Providers and their waiting times (issue 27).
    static let providers: Section = [:]
}
