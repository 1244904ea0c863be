import Wijkteam

extension ScreenStrings {
    /// The route to support: eigen kracht, network, voorliggend veld; general provisions (issue 27).
    static let route: Section = [
        "route.form.title": Phrase(en: "Route to support: {1}", nl: "Route naar ondersteuning: {1}"),
        "route.form.line.open": Phrase(en: "{1}: not answered", nl: "{1}: niet beantwoord"),
        "route.form.line.carries": Phrase(en: "carries", nl: "draagt"),
        "route.form.line.cannot": Phrase(en: "cannot carry", nl: "kan niet dragen"),
        "route.form.line": Phrase(en: "{1}: {2} · {3}", nl: "{1}: {2} · {3}"),
        "route.form.answer.title": Phrase(
            en: "{1}: what was asked, and why it can or cannot carry this",
            nl: "{1}: wat is er gevraagd, en waarom kan het dit wel of niet dragen"),
        "route.form.answer.placeholder": Phrase(
            en: "in the household's words where you can", nl: "waar het kan in de woorden van het huishouden"),
        "route.form.answer.empty": Phrase(
            en: "{1}: say what was asked and why it can or cannot carry this",
            nl: "{1}: schrijf wat er gevraagd is en waarom het dit wel of niet kan dragen"),
        "route.form.ties.title": Phrase(en: "Network: which ties were asked?", nl: "Netwerk: wie is er gevraagd?"),
        "route.form.ties.footer": Phrase(
            en: "Enter marks a tie · last line continues · Esc cancels",
            nl: "Enter kiest een netwerklid · laatste regel gaat verder · Esc annuleert"),
        "route.form.ties.continue": Phrase(en: "→ continue", nl: "→ verder"),
        "route.form.ties.continue.detail": Phrase(en: "{1} marked; then what they said", nl: "{1} gekozen; daarna wat ze zeiden"),
        "route.form.tie.consent": Phrase(en: "consent to share", nl: "toestemming om te delen"),
        "route.form.tie.no_consent": Phrase(en: "no consent: cannot be named", nl: "geen toestemming: kan niet genoemd worden"),
        "route.form.tie.refused": Phrase(
            en: "{1} cannot be named: no consent to share (record it in the network)",
            nl: "{1} kan niet genoemd worden: geen toestemming om te delen (leg die vast in het netwerk)"
        ),
        "route.form.tie.load": Phrase(en: "carer load: {1}", nl: "mantelzorgbelasting: {1}"),
        "route.form.provision.title": Phrase(
            en: "Voorliggend veld: which general provision? (★ offered for {1})",
            nl: "Voorliggend veld: welke algemene voorziening? (★ voor {1})"),
        "route.form.provision.none": Phrase(en: "none fits", nl: "geen passende"),
        "route.form.provision.none.detail": Phrase(en: "say why in the answer", nl: "zeg waarom in het antwoord"),
        "route.form.carries.title": Phrase(en: "Can {1} carry this need?", nl: "Kan {1} deze vraag dragen?"),
        "route.form.carries.no": Phrase(en: "cannot carry it", nl: "kan het niet dragen"),
        "route.form.carries.no.detail": Phrase(en: "go on to the next rung", nl: "door naar de volgende stap"),
        "route.form.carries.yes": Phrase(en: "carries it", nl: "draagt het"),
        "route.form.carries.yes.detail": Phrase(
            en: "no maatwerk needed: the route is saved here", nl: "geen maatwerk nodig: de route wordt hier bewaard"),
        "form.route.title": Phrase(en: "Route to support, case #{1}: which goal?", nl: "Route naar ondersteuning, casus #{1}: welk doel?"),
        "form.provision.kind.title": Phrase(en: "General or tailored?", nl: "Algemeen of maatwerk?"),
        "form.provision.goal.route_open": Phrase(en: "route: {1}", nl: "route: {1}"),
        "form.provision.goal.route_walked": Phrase(en: "route walked: maatwerk possible", nl: "route gelopen: maatwerk mogelijk"),
        "form.provision.goal.none": Phrase(en: "no goal", nl: "geen doel"),
        "form.provision.goal.none.detail": Phrase(en: "a general provision only", nl: "alleen een algemene voorziening"),
        "form.provision.route_carries": Phrase(
            en: "no maatwerk: {1} carries this need (change the route with W)",
            nl: "geen maatwerk: {1} draagt deze vraag (wijzig de route met W)"),
        "form.provision.provider.waiting": Phrase(
            en: "median {1} wk, longest {2} wk ({3} waiting)", nl: "mediaan {1} wk, langst {2} wk ({3} wachtend)"),
        "form.provision.provider.no_one_waiting": Phrase(en: "no one waiting", nl: "niemand wacht"),
        "form.provision.provider.other": Phrase(en: "other (type a name)", nl: "anders (typ een naam)"),
        "form.provision.provider.other.detail": Phrase(en: "not in the list", nl: "niet in de lijst"),
        "form.provision.provider.name": Phrase(en: "Who provides {1}?", nl: "Wie levert {1}?"),
        "command.route.answer.name": Phrase(en: "route to support", nl: "route naar ondersteuning"),
        "command.route.answer.help": Phrase(
            en: "Walk a goal's route: eigen kracht, network (ties with consent), voorliggend veld; before maatwerk",
            nl: "De route van een doel lopen: eigen kracht, netwerk (met toestemming), voorliggend veld; vóór maatwerk"),
        "shell.route.loading": Phrase(en: "Reading the goals' routes and the providers…", nl: "Routes van de doelen en aanbieders lezen…"),
        "shell.route.no_goals": Phrase(
            en: "case #{1} has no goals yet: add one with G first", nl: "casus #{1} heeft nog geen doelen: voeg er eerst een toe met G"),
        "shell.route.saved": Phrase(en: "Route saved: {1} rung(s) answered", nl: "Route bewaard: {1} stap(pen) beantwoord"),
        "shell.route.saved.carried": Phrase(
            en: "Route saved ({1} answered): {2} carries this need, no maatwerk requested",
            nl: "Route bewaard ({1} beantwoord): {2} draagt deze vraag, geen maatwerk aangevraagd"),
    ]
}
