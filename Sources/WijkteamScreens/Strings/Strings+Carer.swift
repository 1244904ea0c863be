import Wijkteam

extension ScreenStrings {
    /// Carer load on the ecogram, the network list and the tie form (issue 26).
    static let carer: Section = [
        // Ecogram.swift
        "screens.carer.since": Phrase(en: "since {1}", nl: "sinds {1}"),
        "screens.carer.mark.long_intensive": Phrase(en: "L&I", nl: "L&I"),

        // TieForm.swift
        "form.tie.since": Phrase(en: "Caring since", nl: "Mantelzorg sinds"),
        "form.tie.burden": Phrase(en: "How heavy (1–5)", nl: "Hoe zwaar (1–5)"),
        "form.tie.since.placeholder": Phrase(en: "a date, e.g. 2024-03-01 or -6m", nl: "een datum, bijv. 2024-03-01 of -6m"),
        "form.tie.burden.placeholder": Phrase(
            en: "the carer's own answer: 1 not … 5 overburdened", nl: "het eigen antwoord: 1 niet … 5 overbelast"),
        "form.tie.burden.scale": Phrase(en: "1 to 5", nl: "1 tot en met 5"),
        "form.tie.burden.invalid": Phrase(
            en: "how heavy it feels is a number from 1 to 5", nl: "hoe zwaar het voelt is een getal van 1 tot en met 5"),
        "form.tie.since.invalid": Phrase(en: "'{1}' is not a date: {2}", nl: "'{1}' is geen datum: {2}"),
    ]
}
