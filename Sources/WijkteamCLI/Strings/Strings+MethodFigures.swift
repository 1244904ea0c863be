import Wijkteam

extension CLIStrings {
    /// The team figures of work done (issue 26).
    static let figures: Section = [
        // Reports.swift: the board's figures, work done beside work planned
        "cli.board.figures.work": Phrase(
            en: "{1} · unassigned {2} · over capacity {3} · reached proactively in 4 weeks {4}% of open households"
                + " · planned {5}% ({6} overdue)",
            nl: "{1} · niet toegewezen {2} · boven capaciteit {3} · proactief bereikt in 4 weken {4}% van de open huishoudens"
                + " · gepland {5}% ({6} te laat)"),
        "cli.board.figures.months": Phrase(en: "reached in {1} {2}%, in {3} {4}%", nl: "bereikt in {1} {2}%, in {3} {4}%"),
    ]
}
