extension Strings {
    /// The plan: question, strengths, worries, goals with actions (issue 27).
    static let plan: Section = [
        "plan.point.strength": Phrase(en: "strength", nl: "kracht"),
        "plan.point.worry": Phrase(en: "worry", nl: "zorg"),
        "plan.owner.member": Phrase(en: "household member", nl: "gezinslid"),
        "plan.owner.tie": Phrase(en: "network", nl: "netwerk"),
        "plan.owner.professional": Phrase(en: "professional", nl: "professional"),
        "plan.owner.regisseur": Phrase(en: "regisseur", nl: "regisseur"),
    ]
}
