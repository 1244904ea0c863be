extension Strings {
    /// What the validation rules (Validation.swift) say, for the loader, the forms and the command line.
    static let validation: Section = [
        "validation.what.name": Phrase(en: "the name", nl: "de naam"),
        "validation.what.text": Phrase(en: "the text", nl: "de tekst"),
        "validation.what.note": Phrase(en: "the note", nl: "de notitie"),
        "validation.what.learning_note": Phrase(en: "the learning note", nl: "de leernotitie"),
        "validation.what.date": Phrase(en: "the date", nl: "de datum"),
        "validation.name.empty": Phrase(en: "{1} is empty", nl: "{1} is leeg"),
        "validation.name.control": Phrase(en: "{1} holds a control character ({2})", nl: "{1} bevat een stuurteken ({2})"),
        "validation.too_long": Phrase(en: "{1} is at most {2} characters (this one has {3})", nl: "{1} is hoogstens {2} tekens (deze heeft er {3})"),
        "validation.text.empty": Phrase(en: "{1} is empty", nl: "{1} is leeg"),
        "validation.text.nul": Phrase(en: "{1} holds a NUL character, which would cut it off", nl: "{1} bevat een NUL-teken, dat de tekst zou afkappen"),
        "validation.birth_year": Phrase(en: "birth year {1} is not plausible (from {2} to {3})", nl: "geboortejaar {1} is niet aannemelijk (van {2} tot en met {3})"),
        "validation.buurt": Phrase(en: "buurt '{1}' is not one of the district's buurten ({2})", nl: "buurt '{1}' is geen buurt van de wijk ({2})"),
        "validation.date.future": Phrase(en: "{1} {2} is after today ({3})", nl: "{1} {2} ligt na vandaag ({3})"),
        "validation.due.far": Phrase(en: "the due date {1} is more than {2} years ahead (at the latest {3})", nl: "de datum {1} ligt meer dan {2} jaar vooruit (uiterlijk {3})"),
        "validation.follow_up.owner": Phrase(en: "case #{1} has no regisseur, so the follow-up needs a named owner", nl: "casus #{1} heeft geen regisseur, dus de opvolging heeft een genoemde eigenaar nodig"),
        "validation.number": Phrase(en: "{1} must be from {2} to {3}, not {4}", nl: "{1} moet van {2} tot en met {3} zijn, niet {4}"),
    ]
}
