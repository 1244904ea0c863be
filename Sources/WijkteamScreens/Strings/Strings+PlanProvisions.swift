import Wijkteam

extension ScreenStrings {
    /// Provisions with a life: requested, waiting, started, ended (issue 27).
    static let provisions: Section = [
        "screens.household.provision.requested_on": Phrase(en: "requested {1}", nl: "aangevraagd {1}"),
        "screens.household.provision.waiting_since": Phrase(en: "on the list {1}", nl: "op de wachtlijst {1}"),
        "screens.household.provision.started_on": Phrase(en: "started {1}", nl: "gestart {1}"),
        "screens.board.card.waiting": Phrase(en: "W", nl: "W"),
        "screens.board.card.waiting.over": Phrase(en: "W!", nl: "W!"),
        "form.provision_status.pick": Phrase(en: "Which provision moves on?", nl: "Welke voorziening gaat verder?"),
        "form.provision_status.next": Phrase(en: "Provision #{1} is {2}: it becomes", nl: "Voorziening #{1} is {2}: die wordt"),
        "form.provision_status.day.title": Phrase(en: "{1} on (not in the future)", nl: "{1} op (niet in de toekomst)"),
        "form.provision_status.day.placeholder": Phrase(en: "today, 3-11, 2026-11-03 …", nl: "vandaag, 3-11, 2026-11-03 …"),
        "form.provision_status.day.invalid": Phrase(en: "'{1}' is not a date; try {2}", nl: "'{1}' is geen datum; probeer {2}"),
        "form.provision_status.reason.title": Phrase(en: "Why {1}?", nl: "Waarom {1}?"),
        "form.provision_status.reason.placeholder": Phrase(
            en: "goal reached, moved, no indication …", nl: "doel bereikt, verhuisd, geen indicatie …"),
        "form.provision_status.none": Phrase(
            en: "No provision of an open case can move on (ended, refused and withdrawn are final).",
            nl: "Geen voorziening van een open casus kan verder (beëindigd, afgewezen en ingetrokken zijn definitief)."),
        "shell.provision.changed": Phrase(en: "Provision #{1} is now {2} (since {3})", nl: "Voorziening #{1} is nu {2} (sinds {3})"),
        "command.provision.status.name": Phrase(en: "Provision status", nl: "Status voorziening"),
        "command.provision.status.help": Phrase(
            en: "Move a provision on: waiting, started, ended, refused or withdrawn, dated",
            nl: "Een voorziening verder zetten: wachtlijst, gestart, beëindigd, afgewezen of ingetrokken, met datum"),
    ]
}
