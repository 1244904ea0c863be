import Wijkteam

extension ScreenStrings {
    /// ZRM measurements and their outcome (issue 26).
    static let zrm: Section = [:]
}
