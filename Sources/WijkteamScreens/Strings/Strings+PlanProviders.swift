import Wijkteam

extension ScreenStrings {
    /// Providers and their waiting times (issue 27).
    static let providers: Section = [
        "command.scope.providers": Phrase(en: "Providers", nl: "Aanbieders"),
        "command.tab.providers.name": Phrase(en: "providers", nl: "aanbieders"),
        "command.tab.providers.help": Phrase(
            en: "Show the providers with their waiting times now and over the last 90 days",
            nl: "Toon de aanbieders met hun wachttijden nu en over de laatste 90 dagen"),
        "command.category.providers": Phrase(en: "Providers", nl: "Aanbieders"),
        "command.providers.expand.name": Phrase(en: "show products", nl: "producten tonen"),
        "command.providers.expand.help": Phrase(
            en: "Show or hide the selected provider's products with their waiting times",
            nl: "Toon of verberg de producten van de gekozen aanbieder met hun wachttijden"),
        "command.providers.law.name": Phrase(en: "filter by law", nl: "filter op wet"),
        "command.providers.law.help": Phrase(
            en: "Show all providers, those under the Wmo, or those under the Jeugdwet",
            nl: "Toon alle aanbieders, die onder de Wmo, of die onder de Jeugdwet"),
        "screens.providers.title": Phrase(en: "Providers {1}", nl: "Aanbieders {1}"),
        "screens.providers.title.law": Phrase(en: "Providers {1} ({2})", nl: "Aanbieders {1} ({2})"),
        "screens.providers.none": Phrase(
            en: "No providers yet: add them with 'wijkteam providers add' or in providers.yaml.",
            nl: "Nog geen aanbieders: voeg ze toe met 'wijkteam providers add' of in providers.yaml."),
        "screens.providers.none_law": Phrase(
            en: "No providers under this law (f: the next).", nl: "Geen aanbieders onder deze wet (f: de volgende)."),
        "screens.providers.inactive": Phrase(en: "{1} (no longer used)", nl: "{1} (niet meer gebruikt)"),
        "screens.providers.not_offered": Phrase(en: "(not in the catalogue)", nl: "(niet in de lijst)"),
        "screens.providers.weeks": Phrase(en: "{1} wk", nl: "{1} wk"),
        "screens.providers.col.name": Phrase(en: "Provider", nl: "Aanbieder"),
        "screens.providers.col.law": Phrase(en: "Law", nl: "Wet"),
        "screens.providers.col.waiting": Phrase(en: "Waiting", nl: "Wachtend"),
        "screens.providers.col.median": Phrase(en: "Median", nl: "Mediaan"),
        "screens.providers.col.longest": Phrase(en: "Longest", nl: "Langste"),
        "screens.providers.col.started": Phrase(en: "90d in", nl: "90d in"),
        "screens.providers.col.started_median": Phrase(en: "Median", nl: "Mediaan"),
        "screens.providers.col.norm": Phrase(en: "Norm", nl: "Norm"),
        "screens.providers.law.shown": Phrase(en: "Providers under the {1}", nl: "Aanbieders onder de {1}"),
        "screens.providers.law.all": Phrase(en: "All providers", nl: "Alle aanbieders"),
        "screens.providers.header.waiting": Phrase(en: "{1} waiting", nl: "{1} wachtend"),
        "screens.providers.header.over": Phrase(en: "{1} over their norm", nl: "{1} boven hun norm"),
        "screens.providers.header.keys": Phrase(en: "Enter products · f law", nl: "Enter producten · f wet"),
    ]
}
