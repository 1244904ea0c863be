import Wijkteam

extension ScreenStrings {
    /// The team figures of work done (issue 26).
    static let figures: Section = [
        // TeamFiguresHeader.swift: work done beside work planned, this month against the last
        "figures.header.reached": Phrase(en: "reached 4 wk {1}%", nl: "bereikt 4 wk {1}%"),
        "figures.header.reached.short": Phrase(en: "reached 4wk {1}%", nl: "bereikt 4wk {1}%"),
        "figures.header.planned": Phrase(en: "planned {1}%", nl: "gepland {1}%"),
        "figures.header.months": Phrase(en: "{1} {2}% vs {3} {4}%", nl: "{1} {2}% t.o.v. {3} {4}%"),
        "figures.header.months.short": Phrase(en: "{1} {2}%/{3} {4}%", nl: "{1} {2}%/{3} {4}%"),
        "figures.header.overCapacity.short": Phrase(en: "over {1}", nl: "overbel. {1}"),
    ]
}
