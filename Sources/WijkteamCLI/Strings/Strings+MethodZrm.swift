import Wijkteam

extension CLIStrings {
    /// ZRM measurements and their outcome (issue 26).
    static let zrm: Section = [
        "cli.zrm.recorded": Phrase(
            en: "ZRM of person {1} on {2} recorded: {3} domains scored, {4} not assessed",
            nl: "ZRM van persoon {1} op {2} vastgelegd: {3} domeinen gescoord, {4} niet beoordeeld")
    ]
}
