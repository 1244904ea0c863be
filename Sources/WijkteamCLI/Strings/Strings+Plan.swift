import Wijkteam

extension CLIStrings {
    /// The plan: question, strengths, worries, goals with actions (issue 27).
    static let plan: Section = [:]
}
