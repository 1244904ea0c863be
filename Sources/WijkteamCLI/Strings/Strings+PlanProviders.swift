import Wijkteam

extension CLIStrings {
    /// Providers and their waiting times (issue 27).
    static let providers: Section = [
        "cli.providers.none": Phrase(
            en: "No providers yet: add one with 'wijkteam providers add NAME --law wmo'.",
            nl: "Nog geen aanbieders: voeg er een toe met 'wijkteam providers add NAAM --law wmo'."),
        "cli.providers.line": Phrase(en: "#{1} {2} ({3}, {4}; version {5})", nl: "#{1} {2} ({3}, {4}; versie {5})"),
        "cli.providers.inactive": Phrase(en: " — no longer used", nl: " — niet meer gebruikt"),
        "cli.providers.norm": Phrase(en: "norm {1} weeks", nl: "norm {1} weken"),
        "cli.providers.norm.none": Phrase(en: "no norm", nl: "geen norm"),
        "cli.providers.weeks": Phrase(en: "{1} wk", nl: "{1} wk"),
        "cli.providers.waiting": Phrase(
            en: "{1} waiting now: median {2}, longest {3}", nl: "{1} wachtend nu: mediaan {2}, langste {3}"),
        "cli.providers.waiting.none": Phrase(en: "nobody waiting now", nl: "niemand wachtend nu"),
        "cli.providers.over_norm": Phrase(en: " (over the norm)", nl: " (boven de norm)"),
        "cli.providers.started": Phrase(
            en: "{1} started in the last 90 days: median {2}, longest {3}",
            nl: "{1} gestart in de laatste 90 dagen: mediaan {2}, langste {3}"),
        "cli.providers.started.none": Phrase(en: "none started in the last 90 days", nl: "geen gestart in de laatste 90 dagen"),
        "cli.providers.not_offered": Phrase(en: "{1} (not in the catalogue)", nl: "{1} (niet in de lijst)"),
        "cli.providers.said": Phrase(
            en: "#{1} {2} ({3}; products: {4}; version {5})", nl: "#{1} {2} ({3}; producten: {4}; versie {5})"),
        "cli.providers.added": Phrase(en: "Added provider {1}", nl: "Aanbieder toegevoegd: {1}"),
        "cli.providers.updated": Phrase(en: "Changed provider {1}", nl: "Aanbieder gewijzigd: {1}"),
        "cli.providers.unchanged": Phrase(en: "Nothing changed: provider {1}", nl: "Niets gewijzigd: aanbieder {1}"),
        "cli.providers.deactivated": Phrase(
            en: "No longer used: provider {1} (its earlier referrals still count)",
            nl: "Niet meer gebruikt: aanbieder {1} (eerdere verwijzingen tellen nog mee)"),
        "cli.providers.deactivate.already": Phrase(en: "{1} is no longer used already", nl: "{1} wordt al niet meer gebruikt"),
        "cli.providers.edit.nothing": Phrase(
            en: "nothing to change: give --name, --law, --agb, --contact, --norm-weeks, --add-product, --remove-product or --activate",
            nl: "niets te wijzigen: geef --name, --law, --agb, --contact, --norm-weeks, --add-product, --remove-product of --activate"),
        "cli.providers.error.product": Phrase(
            en: "{1} '{2}' must be CATEGORY/CODE:DOMAIN:NAME (02/02A01:geestelijke_gezondheid:Individuele begeleiding)",
            nl: "{1} '{2}' moet CATEGORIE/CODE:DOMEIN:NAAM zijn (02/02A01:geestelijke_gezondheid:Individuele begeleiding)"),
        "cli.providers.error.norm": Phrase(
            en: "--norm-weeks '{1}' must be a whole number of weeks", nl: "--norm-weeks '{1}' moet een geheel aantal weken zijn"),
        "cli.providers.error.unknown": Phrase(
            en: "no provider #{1} (see 'wijkteam providers')", nl: "geen aanbieder #{1} (zie 'wijkteam providers')"),
        "cli.providers.error.no_product": Phrase(en: "{2} has no product {1}", nl: "{2} heeft geen product {1}"),
    ]
}
