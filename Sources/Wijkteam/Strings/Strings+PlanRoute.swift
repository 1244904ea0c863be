extension Strings {
    /// The route to support: eigen kracht, network, voorliggend veld; general provisions (issue 27).
    static let route: Section = [
        "route.rung.eigen_kracht": Phrase(en: "eigen kracht (the household itself)", nl: "eigen kracht"),
        "route.rung.network": Phrase(en: "network", nl: "netwerk"),
        "route.rung.voorliggend_veld": Phrase(en: "voorliggend veld (general provision)", nl: "voorliggend veld"),
        "route.invalid.goal": Phrase(
            en: "this answer belongs to goal #{1}, not to this goal's route",
            nl: "dit antwoord hoort bij doel #{1}, niet bij de route van dit doel"),
        "route.invalid.order": Phrase(
            en: "{1} cannot be answered before {2}: the route goes eigen kracht → network → voorliggend veld",
            nl: "{1} kan niet beantwoord worden vóór {2}: de route is eigen kracht → netwerk → voorliggend veld"),
        "route.invalid.answer": Phrase(
            en: "{1}: say what was asked and why it can or cannot carry this",
            nl: "{1}: schrijf wat er gevraagd is en waarom het dit wel of niet kan dragen"),
        "route.invalid.ties_only_network": Phrase(
            en: "{1}: only the network rung names ties", nl: "{1}: alleen de netwerkstap noemt netwerkleden"),
        "route.invalid.provision_only_veld": Phrase(
            en: "{1}: only the voorliggend-veld rung names a general provision",
            nl: "{1}: alleen de stap voorliggend veld noemt een algemene voorziening"),
        "route.invalid.tie_unknown": Phrase(
            en: "tie #{1} is not in this household's network", nl: "netwerklid #{1} hoort niet bij het netwerk van dit huishouden"),
        "route.invalid.tie_consent": Phrase(
            en:
                "{1} cannot be named as asked: the household has not consented to sharing with this tie (record the consent in the network first)",
            nl:
                "{1} kan niet als gevraagd genoemd worden: het huishouden gaf geen toestemming om met dit netwerklid te delen (leg eerst de toestemming vast in het netwerk)"
        ),
        "route.invalid.tie_twice": Phrase(en: "a tie is named twice", nl: "een netwerklid staat er twee keer in"),
        "route.invalid.provision_unknown": Phrase(
            en: "general provision #{1} is not in the district's list", nl: "algemene voorziening #{1} staat niet in de lijst van de wijk"),
        "route.invalid.provision_inactive": Phrase(
            en: "general provision {1} is no longer offered", nl: "algemene voorziening {1} wordt niet meer aangeboden"),
        "route.refusal.unanswered": Phrase(en: "{1}: not answered", nl: "{1}: niet beantwoord"),
        "route.refusal.carries": Phrase(en: "{1}: carries this need", nl: "{1}: draagt deze vraag"),
        "route.store.goal_missing": Phrase(en: "goal #{1} is not in a plan", nl: "doel #{1} staat in geen plan"),
        "route.store.record": Phrase(en: "{1} of goal #{2}", nl: "{1} van doel #{2}"),
        "route.store.now": Phrase(en: "now: {1}", nl: "nu: {1}"),
        "route.store.tailored_goal": Phrase(
            en: "a tailored provision (maatwerk) names the plan goal it serves, whose route has been walked",
            nl: "een maatwerkvoorziening noemt het doel uit het plan waarvoor ze is, met de route gelopen"),
        "route.store.tailored_other_case": Phrase(en: "goal #{1} is not a goal of case #{2}", nl: "doel #{1} is geen doel van casus #{2}"),
        "route.store.tailored_refused": Phrase(
            en: "no tailored provision (maatwerk) for goal #{1} yet: {2}", nl: "nog geen maatwerkvoorziening voor doel #{1}: {2}"),
        "route.store.provider_missing": Phrase(
            en: "provider #{1} is not in the catalogue", nl: "aanbieder #{1} staat niet in de catalogus"),
        "general_provision.invalid.name": Phrase(
            en: "a general provision needs a name", nl: "een algemene voorziening heeft een naam nodig"),
        "general_provision.invalid.domains": Phrase(
            en: "{1}: name at least one life domain it is offered for", nl: "{1}: noem minstens één leefgebied waarvoor ze er is"),
        "general_provision.what.description": Phrase(en: "description", nl: "omschrijving"),
        "general_provision.what.contact": Phrase(en: "contact", nl: "contact"),
        "general_provision.store.missing": Phrase(
            en: "general provision #{1} does not exist", nl: "algemene voorziening #{1} bestaat niet"),
        "general_provision.store.record": Phrase(en: "general provision {1}", nl: "algemene voorziening {1}"),
        "general_provision.store.duplicate": Phrase(
            en: "a general provision named {1} already exists", nl: "er is al een algemene voorziening met de naam {1}"),
        "general_provision.store.denied": Phrase(
            en: "the list of general provisions is kept by the team; you are outside the team",
            nl: "de lijst met algemene voorzieningen houdt het team bij; jij valt buiten het team"),
        "general_provision.store.inactive": Phrase(en: "no longer offered", nl: "wordt niet meer aangeboden"),
    ]
}
