extension Strings {
    /// Carer load: long and intensive by the SCP's measure, and heavy as felt (issue 26).
    static let carer: Section = [
        // CarerLoad.swift
        "carer.sign.long_intensive": Phrase(en: "long & intensive", nl: "langdurig & intensief"),
        "carer.sign.intensive_unknown": Phrase(en: "intensive, duration unknown", nl: "intensief, duur onbekend"),
        "carer.sign.intensive_short": Phrase(en: "intensive, not yet long", nl: "intensief, nog niet langdurig"),
        "carer.sign.heavy": Phrase(en: "feels it heavy", nl: "ervaart het als zwaar"),
        "carer.sign.exhausted": Phrase(en: "exhausted", nl: "uitgeput"),
        "carer.reason.long_intensive": Phrase(
            en: "long and intensive: {1} h a week since {2} (SCP: more than {3} h a week for more than {4} months)",
            nl: "langdurig en intensief: {1} u per week sinds {2} (SCP: meer dan {3} u per week langer dan {4} maanden)"),
        "carer.reason.intensive_unknown": Phrase(
            en: "intensive ({1} h a week), since when unknown: long if more than {2} months",
            nl: "intensief ({1} u per week), sinds wanneer onbekend: langdurig als het meer dan {2} maanden is"),
        "carer.reason.intensive_short": Phrase(
            en: "intensive ({1} h a week) since {2}: not yet more than {3} months",
            nl: "intensief ({1} u per week) sinds {2}: nog geen {3} maanden"),
        "carer.reason.heavy": Phrase(en: "feels the care as heavy ({1} of {2})", nl: "ervaart de zorg als zwaar ({1} van {2})"),
        "carer.reason.exhausted": Phrase(en: "marked exhausted", nl: "gemarkeerd als uitgeput"),
        "carer.burden.1": Phrase(en: "not heavy", nl: "niet zwaar"),
        "carer.burden.2": Phrase(en: "a little heavy", nl: "een beetje zwaar"),
        "carer.burden.3": Phrase(en: "quite heavy", nl: "tamelijk zwaar"),
        "carer.burden.4": Phrase(en: "heavy", nl: "zwaar"),
        "carer.burden.5": Phrase(en: "overburdened", nl: "overbelast"),
        "invalid.carer.burden": Phrase(
            en: "how heavy the care feels is {2} to {3}, not {1}", nl: "hoe zwaar de zorg voelt is {2} tot en met {3}, niet {1}"),
        "invalid.carer.since_future": Phrase(
            en: "caring since {1} is after today ({2})", nl: "mantelzorg sinds {1} ligt na vandaag ({2})"),
    ]
}
