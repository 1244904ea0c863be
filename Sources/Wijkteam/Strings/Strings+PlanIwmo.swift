extension Strings {
    /// The municipality's iWmo/iJw messages (issue 27).
    static let iwmo: Section = [
        "iwmo.problem.message": Phrase(en: "message {1}", nl: "bericht {1}"),
        "iwmo.problem.element": Phrase(en: "element {1}", nl: "element {1}"),
        "iwmo.parse.unreadable": Phrase(en: "cannot be read", nl: "kan niet gelezen worden"),
        "iwmo.parse.xml": Phrase(en: "not XML (line {1})", nl: "geen XML (regel {1})"),
        "iwmo.parse.namespace": Phrase(
            en: "namespace {1} is not an iWmo/iJw 3.x 301, 305 or 307 message",
            nl: "namespace {1} is geen iWmo/iJw 3.x-bericht 301, 305 of 307"),
        "iwmo.parse.code": Phrase(en: "message code {1}: a {2} has {3}", nl: "berichtcode {1}: een {2} heeft {3}"),
        "iwmo.parse.version": Phrase(
            en: "version {1} does not match the namespace's release {2}", nl: "versie {1} past niet bij release {2} van de namespace"),
        "iwmo.parse.missing": Phrase(en: "missing", nl: "ontbreekt"),
        "iwmo.parse.date": Phrase(en: "'{1}' is not a date (YYYY-MM-DD)", nl: "'{1}' is geen datum (JJJJ-MM-DD)"),
        "iwmo.parse.order": Phrase(en: "the end date is before the start date", nl: "de einddatum ligt voor de begindatum"),
        "iwmo.parse.reason": Phrase(
            en: "'{1}' is not a code of the RedenBeeindiging list", nl: "'{1}' is geen code van de lijst RedenBeeindiging"),
        "iwmo.apply.provider": Phrase(
            en: "no provider with AGB code {1} in the team's catalogue", nl: "geen aanbieder met AGB-code {1} in de catalogus van het team"),
        "iwmo.apply.lead": Phrase(
            en: "only the team lead imports the municipality's messages", nl: "alleen de teamleider leest de berichten van de gemeente in"),
        "iwmo.apply.law": Phrase(en: "{1} does not provide under this law", nl: "{1} levert niet onder deze wet"),
        "iwmo.apply.product": Phrase(
            en: "product {1} is not among {2}'s products in the catalogue",
            nl: "product {1} hoort niet bij de producten van {2} in de catalogus"),
        "iwmo.apply.nomatch": Phrase(
            en: "no household has a current member with this birth date at this postcode and house number",
            nl: "geen huishouden heeft een huidig lid met deze geboortedatum op deze postcode en dit huisnummer"),
        "iwmo.apply.ambiguous": Phrase(
            en: "ambiguous: birth date, postcode and house number fit households {1}",
            nl: "niet eenduidig: geboortedatum, postcode en huisnummer passen bij huishoudens {1}"),
        "iwmo.apply.nocase": Phrase(en: "household #{1} has no open case", nl: "huishouden #{1} heeft geen open casus"),
        "iwmo.apply.allocated": Phrase(
            en: "allocation {1} is already on provision #{2}", nl: "toewijzing {1} staat al op voorziening #{2}"),
        "iwmo.apply.unknown": Phrase(
            en: "no provision has allocation number {1} (its 301 has not been imported)",
            nl: "geen voorziening heeft toewijzingnummer {1} (de 301 is niet ingelezen)"),
        "iwmo.apply.notmember": Phrase(
            en: "the client's birth date is not that of a current member of household #{1}",
            nl: "de geboortedatum van de cliënt is niet die van een huidig lid van huishouden #{1}"),
        "iwmo.apply.backwards": Phrase(
            en: "the provision is {1}: it cannot go back to {2}", nl: "de voorziening is {1}: die kan niet terug naar {2}"),
    ]
}
