extension Strings {
    static let team: Section = [
        // Team.swift
        "absence.leave": Phrase(en: "on leave", nl: "met verlof"),
        "absence.ill": Phrase(en: "ill", nl: "ziek"),
        "absence.training": Phrase(en: "on training", nl: "op opleiding"),
        "absence.describe.from": Phrase(en: "{1} from {2}", nl: "{1} vanaf {2}"),
        "absence.describe.open": Phrase(en: "{1} until further notice", nl: "{1} tot nader bericht"),
        "absence.describe.until": Phrase(en: "{1} until {2}", nl: "{1} tot en met {2}"),
        "team.unavailable.left": Phrase(en: "left the team on {1}", nl: "uit het team sinds {1}"),
        "team.unavailable.leaving": Phrase(en: "leaves the team on {1}", nl: "verlaat het team op {1}"),
    ]
}
