extension Strings {
    /// Provisions with a life: requested, waiting, started, ended (issue 27).
    static let provisions: Section = [
        "provisions.request.future": Phrase(
            en: "a provision cannot be requested on {1}: that is after today ({2})",
            nl: "een voorziening kan niet op {1} aangevraagd zijn: dat is na vandaag ({2})"
        ),
        "provision.change.same": Phrase(
            en: "provision #{1} is already {2}", nl: "voorziening #{1} is al {2}"),
        "provision.change.final": Phrase(
            en: "provision #{1} is {2}: nothing can follow (add a new provision instead)",
            nl: "voorziening #{1} is {2}: daarna kan niets meer (voeg een nieuwe voorziening toe)"),
        "provision.change.backwards": Phrase(
            en: "provision #{1} is {2}: it cannot go back to {3}",
            nl: "voorziening #{1} is {2}: die kan niet terug naar {3}"),
        "provision.change.not_allowed": Phrase(
            en: "provision #{1} is {2}: it cannot become {3} (next may be: {4})",
            nl: "voorziening #{1} is {2}: die kan niet {3} worden (wel: {4})"),
        "provision.change.future": Phrase(
            en: "{1} is in the future (today is {2})", nl: "{1} ligt in de toekomst (vandaag is {2})"),
        "provision.change.before_previous": Phrase(
            en: "{1} is before the previous step ({2})", nl: "{1} ligt vóór de vorige stap ({2})"),
        "provision.change.reason_needed": Phrase(
            en: "{1} needs a reason", nl: "bij {1} hoort een reden"),
        "provision.wait.waiting": Phrase(en: "waiting {1} wk", nl: "wacht {1} wk"),
        "provision.wait.allocated": Phrase(
            en: "allocated, not started after {1} wk", nl: "toegewezen, na {1} wk niet gestart"),
        "provision.wait.norm": Phrase(en: " (norm {1})", nl: " (norm {1})"),
        "provision.started_after": Phrase(en: "started {1} after {2} wk", nl: "gestart {1} na {2} wk"),
        "provision.source.app": Phrase(en: "app", nl: "app"),
        "provision.source.iwmo": Phrase(en: "iWmo/iJw message", nl: "iWmo/iJw-bericht"),
        "provision.source.estimated": Phrase(en: "estimated", nl: "geschat"),
        "agenda.section.waiting_provisions": Phrase(
            en: "Waiting longer than the provider's norm", nl: "Langer wachten dan de norm van de aanbieder"),
        "provision.life.order": Phrase(
            en: "{1} {2} is before {3} {4}", nl: "{1} {2} ligt vóór {3} {4}"),
        "provision.life.not_reached": Phrase(
            en: "{1} does not go with status {2}", nl: "{1} past niet bij status {2}"),
        "provision.life.product": Phrase(
            en: "product '{1}' is not category/code like 02/02A01", nl: "product '{1}' is geen categorie/code zoals 02/02A01"),
        "provision.life.goal": Phrase(
            en: "goal {1} is not one of this case's goals (1…{2})", nl: "doel {1} is geen doel van deze casus (1…{2})"),
        "store.provision.missing": Phrase(en: "there is no provision #{1}", nl: "er is geen voorziening #{1}"),
        "store.record.provision": Phrase(en: "provision #{1}", nl: "voorziening #{1}"),
        "store.provision.now": Phrase(en: "it is now {1} (since {2})", nl: "die is nu {1} (sinds {2})"),
        "agenda.reason.provision_over_norm": Phrase(en: "{1}: {2}", nl: "{1}: {2}"),
    ]
}
