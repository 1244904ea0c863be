import Wijkteam

extension CLIStrings {
    /// The municipality's iWmo/iJw messages (issue 27).
    static let iwmo: Section = [:]
}
