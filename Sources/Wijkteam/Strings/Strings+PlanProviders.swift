extension Strings {
    /// Providers and their waiting times (issue 27).
    static let providers: Section = [
        "provider.law.wmo": Phrase(en: "Wmo", nl: "Wmo"),
        "provider.law.jeugdwet": Phrase(en: "Jeugdwet", nl: "Jeugdwet"),
        "provider.law.both": Phrase(en: "Wmo and Jeugdwet", nl: "Wmo en Jeugdwet"),
        "provider.what.name": Phrase(en: "provider name", nl: "naam van de aanbieder"),
        "provider.what.product": Phrase(en: "product name", nl: "productnaam"),
        "provider.what.contact": Phrase(en: "contact", nl: "contact"),
        "provider.invalid.category": Phrase(
            en: "product category '{1}' must be two digits (the iWmo/iJw category, e.g. 02)",
            nl: "productcategorie '{1}' moet twee cijfers zijn (de iWmo/iJw-categorie, bijv. 02)"),
        "provider.invalid.code": Phrase(
            en: "product code '{1}' must be five letters or digits (e.g. 02A01)",
            nl: "productcode '{1}' moet vijf letters of cijfers zijn (bijv. 02A01)"),
        "provider.invalid.agb": Phrase(
            en: "AGB code '{1}' must be eight digits", nl: "AGB-code '{1}' moet acht cijfers zijn"),
        "provider.invalid.norm": Phrase(
            en: "norm of {1} weeks: must be 0 to 104 weeks", nl: "norm van {1} weken: moet 0 tot 104 weken zijn"),
        "provider.invalid.product_twice": Phrase(
            en: "product {1} is listed twice for {2}", nl: "product {1} staat twee keer bij {2}"),
        "provider.store.unknown": Phrase(en: "no provider #{1}", nl: "geen aanbieder #{1}"),
        "provider.store.name_taken": Phrase(
            en: "a provider named '{1}' exists already (#{2})", nl: "er is al een aanbieder met de naam '{1}' (#{2})"),
        "provider.store.changed_while_saving": Phrase(
            en: "provider #{1} was changed while saving; nothing was saved",
            nl: "aanbieder #{1} veranderde tijdens het opslaan; niets opgeslagen"),
        "provider.store.record": Phrase(en: "provider #{1}", nl: "aanbieder #{1}"),
        "provider.store.now": Phrase(en: "{1} ({2}, {3})", nl: "{1} ({2}, {3})"),
        "provider.store.active": Phrase(en: "active", nl: "actief"),
        "provider.store.inactive": Phrase(en: "no longer used", nl: "niet meer gebruikt"),
        "provider.store.denied": Phrase(
            en: "only members of the team keep the provider catalogue", nl: "alleen leden van het team houden de lijst van aanbieders bij"),
    ]
}
