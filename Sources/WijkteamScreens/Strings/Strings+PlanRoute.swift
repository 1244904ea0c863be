import Wijkteam

extension ScreenStrings {
    /// The route to support: eigen kracht, network, voorliggend veld; general provisions (issue 27).
    static let route: Section = [:]
}
