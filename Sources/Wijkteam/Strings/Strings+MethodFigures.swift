extension Strings {
    /// The team figures of work done (issue 26).
    static let figures: Section = [
        "glossary.proactief_bereikt": Phrase(
            en:
                "Reached proactively: an open household with an outreaching or preventive contact made in the last 4 weeks (such a follow-up done with an outcome, or a home visit on a flagged case). Beside it the share with one only planned.",
            nl:
                "Een open huishouden waarmee de afgelopen 4 weken outreachend of preventief contact is gemaakt (zo'n vervolgactie afgerond met een uitkomst, of een huisbezoek bij een gemarkeerde casus). Ernaast het aandeel waarbij het alleen gepland is."
        )
    ]
}
