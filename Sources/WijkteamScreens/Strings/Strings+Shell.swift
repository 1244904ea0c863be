import Wijkteam

extension ScreenStrings {
    /// The app shell: tab row, header line, status bar, status messages, confirm dialogs,
    /// the quick filter, and the messages after saves and refusals.
    static let shell: Section = [
        // Shell.swift: messages after saves (events from the store)
        "shell.meeting.startedPrivacy": Phrase(en: "Meeting #{1} started · privacy on", nl: "Overleg #{1} gestart · privacy aan"),
        "shell.meeting.resumedPrivacy": Phrase(en: "Meeting #{1} resumed · privacy on", nl: "Overleg #{1} hervat · privacy aan"),
        "shell.meeting.paused": Phrase(en: "Meeting paused · s resumes · q and reopen later: it resumes here", nl: "Overleg gepauzeerd · s hervat · q en later weer openen: het gaat hier verder"),
        "shell.meeting.ended": Phrase(en: "Meeting #{1} ended · minutes: wijkteam minutes --meeting {1}", nl: "Overleg #{1} beëindigd · verslag: wijkteam minutes --meeting {1}"),
        "shell.minute.recorded": Phrase(en: "Recorded: {1}", nl: "Vastgelegd: {1}"),
        "shell.minute.recordedOwner": Phrase(en: "Recorded: {1} → {2}", nl: "Vastgelegd: {1} → {2}"),
        "shell.tie.added": Phrase(en: "Added {1} · u undoes", nl: "{1} toegevoegd · u maakt ongedaan"),
        "shell.tie.saved": Phrase(en: "Saved {1} · u undoes", nl: "{1} opgeslagen · u maakt ongedaan"),
        "shell.tie.undoneChange": Phrase(en: "Undone: {1} is back as it was", nl: "Ongedaan: {1} is weer zoals het was"),
        "shell.tie.removed": Phrase(en: "Removed {1} · u puts it back", nl: "{1} verwijderd · u zet het terug"),
        "shell.tie.undoneAdd": Phrase(en: "Undone: {1} is no longer in the network", nl: "Ongedaan: {1} staat niet meer in het netwerk"),
        "shell.provision.addedTailored": Phrase(en: "Maatwerk added: {1} · {2}", nl: "Maatwerk toegevoegd: {1} · {2}"),
        "shell.provision.addedGeneral": Phrase(en: "Voorliggend veld added: {1} · {2}", nl: "Voorliggend veld toegevoegd: {1} · {2}"),
        "shell.notSaved.stillThere": Phrase(en: "Not saved: what you typed is still there", nl: "Niet opgeslagen: wat je typte staat er nog"),
        "shell.discussion.off": Phrase(en: "Case #{1} taken off the agenda", nl: "Casus #{1} van de agenda gehaald"),
        "shell.discussion.on": Phrase(en: "Case #{1} is up for discussion in the meeting", nl: "Casus #{1} wordt besproken in het overleg"),
        "shell.decided": Phrase(en: "Signal #{1} → case #{2} ({3}, {4})", nl: "Signaal #{1} → casus #{2} ({3}, {4})"),
        "shell.decided.noRegisseur": Phrase(en: "no regisseur", nl: "geen regisseur"),
        "shell.meldcode.recorded": Phrase(en: "Signal #{1}: Meldcode step {2} recorded", nl: "Signaal #{1}: Meldcodestap {2} vastgelegd"),
        "shell.assign.failed": Phrase(en: "Case #{1} not saved: {2}", nl: "Casus #{1} niet opgeslagen: {2}"),
        "shell.meeting.pausedHere": Phrase(en: "Meeting #{1} is paused at the item where you left it · s resumes", nl: "Overleg #{1} is gepauzeerd bij het punt waar je was · s hervat"),

        // Shell.swift: assigning, undo and redo
        "shell.nobody": Phrase(en: "nobody", nl: "niemand"),
        "shell.assigned": Phrase(en: "Case #{1} → {2} · u undoes", nl: "Casus #{1} → {2} · u maakt ongedaan"),
        "shell.assigned.undone": Phrase(en: "Undone: case #{1} is back with {2} · Ctrl-R redoes", nl: "Ongedaan: casus #{1} is weer bij {2} · Ctrl-R doet het opnieuw"),
        "shell.assigned.redone": Phrase(en: "Redone: case #{1} → {2}", nl: "Opnieuw gedaan: casus #{1} → {2}"),
        "shell.case.noLongerOpen": Phrase(en: "Case #{1} is no longer open", nl: "Casus #{1} is niet meer open"),
        "shell.case.alreadyWith": Phrase(en: "Case #{1} is already with {2}", nl: "Casus #{1} ligt al bij {2}"),
        "shell.card.groupByRegisseur": Phrase(en: "Cards move between regisseurs; press g to group by regisseur", nl: "Kaarten gaan van regisseur naar regisseur; druk g om per regisseur te groeperen"),
        "shell.card.noColumn": Phrase(en: "No column on that side", nl: "Geen kolom aan die kant"),
        "shell.assign.overCapacity": Phrase(en: "{1} would be over capacity ({2} + {3} > {4}). Assign anyway?", nl: "{1} raakt dan overbelast ({2} + {3} > {4}). Toch toewijzen?"),
        "shell.assign.title": Phrase(en: "Regisseur for #{1} {2}", nl: "Regisseur voor #{1} {2}"),
        "shell.assign.unassignDetail": Phrase(en: "take the case off its regisseur", nl: "de casus bij de regisseur weghalen"),
        "shell.assign.footer": Phrase(en: "Enter assigns · type to search · Esc cancels", nl: "Enter toewijzen · typ om te zoeken · Esc annuleren"),
        "shell.assign.signalViaTriage": Phrase(en: "A signal is assigned when it is triaged: 2, then d", nl: "Een signaal wordt toegewezen bij de triage: 2, dan d"),
        "shell.undo.nothing": Phrase(en: "Nothing to undo", nl: "Niets om ongedaan te maken"),
        "shell.redo.nothing": Phrase(en: "Nothing to redo", nl: "Niets om opnieuw te doen"),

        // Shell.swift: keys, the palette and confirm dialogs
        "shell.key.nothingHere": Phrase(en: "{1} does nothing here · ? shows the keys", nl: "{1} doet hier niets · ? toont de toetsen"),
        "shell.palette.noCommand": Phrase(en: "no command named '{1}'", nl: "geen commando met de naam '{1}'"),
        "shell.confirm.title": Phrase(en: "Confirm", nl: "Bevestigen"),
        "shell.confirm.keys.assign": Phrase(en: "y assign · n cancel", nl: "j toewijzen · n annuleren"),
        "shell.confirm.keys.endMeeting": Phrase(en: "y end the meeting · n go on", nl: "j overleg beëindigen · n doorgaan"),
        "shell.confirm.keys.removeTie": Phrase(en: "y remove · n keep", nl: "j verwijderen · n houden"),
        "shell.confirm.keys.phase": Phrase(en: "y move on · n stay", nl: "j verder · n blijven"),
        "shell.confirm.notAssigned": Phrase(en: "Not assigned", nl: "Niet toegewezen"),
        "shell.confirm.meetingGoesOn": Phrase(en: "The meeting goes on", nl: "Het overleg gaat door"),
        "shell.confirm.nothingRemoved": Phrase(en: "Nothing removed", nl: "Niets verwijderd"),
        "shell.confirm.caseStays": Phrase(en: "The case stays where it is", nl: "De casus blijft waar hij is"),

        // Shell.swift: the meeting
        "shell.meeting.startFirst": Phrase(en: "Start the meeting first (s)", nl: "Start eerst het overleg (s)"),
        "shell.meeting.startFirstDecisions": Phrase(en: "Start the meeting first (s): decisions go into its minutes", nl: "Start eerst het overleg (s): besluiten komen in het verslag"),
        "shell.meeting.selectItem": Phrase(en: "Select an agenda item", nl: "Kies een agendapunt"),
        "shell.meeting.noneRunning": Phrase(en: "No meeting running here", nl: "Hier loopt geen overleg"),
        "shell.meeting.noneToEnd": Phrase(en: "No meeting to end", nl: "Geen overleg om te beëindigen"),
        "shell.meeting.confirmEnd": Phrase(en: "End meeting #{1} after {2}, {3} of {4} items discussed? The minutes are kept with it.", nl: "Overleg #{1} beëindigen na {2}, {3} van {4} punten besproken? Het verslag blijft bewaard."),
        "shell.meeting.resumed": Phrase(en: "Meeting resumed", nl: "Overleg hervat"),
        "shell.meeting.runningElsewhere": Phrase(en: "Meeting #{1} is running in {2}'s terminal", nl: "Overleg #{1} loopt in de terminal van {2}"),

        // Shell.swift: what a command needs first
        "shell.nothingSelected": Phrase(en: "Nothing selected", nl: "Niets gekozen"),
        "shell.noCaseSelected": Phrase(en: "No case selected", nl: "Geen casus gekozen"),
        "shell.noOpenCaseSelected": Phrase(en: "No open case selected", nl: "Geen open casus gekozen"),
        "shell.noOpenCaseInHousehold": Phrase(en: "No open case in this household", nl: "Geen open casus in dit huishouden"),
        "shell.household.openFirst": Phrase(en: "Open a household first (Enter on a card)", nl: "Open eerst een huishouden (Enter op een kaart)"),
        "shell.household.nothingSelected": Phrase(en: "Nothing selected that belongs to a household", nl: "Niets gekozen dat bij een huishouden hoort"),
        "shell.followUp.noneSelected": Phrase(en: "No follow-up selected", nl: "Geen opvolging gekozen"),
        "shell.discussion.placeholder": Phrase(en: "the question for the team (empty: take it off the agenda)", nl: "de vraag voor het team (leeg: van de agenda halen)"),
        "shell.discussion.title": Phrase(en: "Put case #{1} up for discussion: the question for the team", nl: "Casus #{1} bespreken in het overleg: de vraag voor het team"),

        // Shell.swift: the network
        "shell.network.openFirst": Phrase(en: "Open a household's network first", nl: "Open eerst het netwerk van een huishouden"),
        "shell.network.map": Phrase(en: "Ecogram map (v: list)", nl: "Ecogramkaart (v: lijst)"),
        "shell.network.list": Phrase(en: "Grouped list (v: map)", nl: "Gegroepeerde lijst (v: kaart)"),
        "shell.tie.selectToChange": Phrase(en: "Select a tie (↑/↓) to change it", nl: "Kies een contact (↑/↓) om het te wijzigen"),
        "shell.tie.selectToRemove": Phrase(en: "Select a tie (↑/↓) to remove it", nl: "Kies een contact (↑/↓) om het te verwijderen"),
        "shell.tie.confirmRemove": Phrase(en: "Remove {1} ({2}) from the network? u puts it back.", nl: "{1} ({2}) uit het netwerk verwijderen? u zet het terug."),
        "shell.tie.nothingToUndo": Phrase(en: "Nothing to undo in the network", nl: "Niets om ongedaan te maken in het netwerk"),

        // Shell.swift: theme and privacy
        "shell.theme": Phrase(en: "theme: {1}", nl: "thema: {1}"),
        "shell.privacy.on": Phrase(en: "Privacy mode: initials and case numbers", nl: "Privacymodus: initialen en casusnummers"),
        "shell.privacy.off": Phrase(en: "Privacy mode off", nl: "Privacymodus uit"),

        // Shell.swift: triage
        "shell.triage.nothing": Phrase(en: "Nothing to triage", nl: "Niets om te triëren"),
        "shell.triage.registerHousehold": Phrase(en: "Register the household first: this signal has none", nl: "Registreer eerst het huishouden: dit signaal heeft er geen"),
        "shell.triage.meldcodeFirst": Phrase(en: "Meldcode first: record step {1} with s", nl: "Eerst de Meldcode: leg stap {1} vast met s"),
        "shell.triage.meldcodeSafetyOnly": Phrase(en: "The Meldcode applies to safety signals (⚠)", nl: "De Meldcode geldt voor veiligheidssignalen (⚠)"),

        // Shell.swift: keeping a case current
        "shell.zrm.noAdults": Phrase(en: "The ZRM is scored for adults; this household has none", nl: "De ZRM wordt gescoord voor volwassenen; dit huishouden heeft er geen"),
        "shell.phase.evaluatieIsLast": Phrase(en: "Evaluatie is the last phase: C closes the case with a reason", nl: "Evaluatie is de laatste fase: C sluit de casus met een reden"),
        "shell.phase.notYet": Phrase(en: "Not yet: {1}", nl: "Nog niet: {1}"),
        "shell.phase.confirm": Phrase(en: "Move case #{1} from {2} to {3}?", nl: "Casus #{1} van {2} naar {3} zetten?"),
        "shell.closeCase.title": Phrase(en: "Close case #{1}: why? (its open follow-ups close with it)", nl: "Casus #{1} sluiten: waarom? (de open opvolgingen sluiten mee)"),
        "shell.closeCase.placeholder": Phrase(en: "goals reached, referred on, moved away, no longer wanted …", nl: "doelen bereikt, doorverwezen, verhuisd, hulp niet meer gewenst …"),
        "shell.closeCase.anyway": Phrase(en: "{1} · Enter closes it anyway", nl: "{1} · Enter sluit hem toch"),

        // Shell.swift: the text filter and the quick filter
        "shell.filter.placeholder": Phrase(en: "household, street, case number, notes", nl: "huishouden, straat, casusnummer, notities"),
        "shell.quickFilter.title": Phrase(en: "Quick filter (adds to the current one)", nl: "Snelfilter (bovenop het huidige filter)"),
        "shell.quickFilter.everything": Phrase(en: "Everything (clear the filter)", nl: "Alles (filter wissen)"),
        "shell.quickFilter.mine": Phrase(en: "Mine: cases where I am regisseur", nl: "Mijn casussen: waar ik regisseur ben"),
        "shell.quickFilter.buurt": Phrase(en: "Buurt: {1}", nl: "Buurt: {1}"),
        "shell.quickFilter.flag": Phrase(en: "Flag: {1}", nl: "Vlag: {1}"),
        "shell.quickFilter.domain": Phrase(en: "Domain: {1}", nl: "Domein: {1}"),
        "shell.quickFilter.phase": Phrase(en: "Phase: {1}", nl: "Fase: {1}"),
        "shell.quickFilter.footer": Phrase(en: "Enter applies · type to search · Esc cancels", nl: "Enter toepassen · typ om te zoeken · Esc annuleren"),

        // Shell.swift: the screen (too small, tab row, loading, help title)
        "shell.tooSmall": Phrase(en: "terminal too small (need {1}×{2})", nl: "terminal te klein (minimaal {1}×{2})"),
        "shell.tooSmall.now": Phrase(en: "now {1}×{2}", nl: "nu {1}×{2}"),
        "shell.hint.help": Phrase(en: "? help", nl: "? help"),
        "shell.help.title": Phrase(en: "Help · {1} · q closes", nl: "Help · {1} · q sluit"),

        // Shell.swift: the header line
        "shell.header.householdKeys": Phrase(
            en: "J journal · z ZRM · G goal · n network · b discuss · > phase · P provision · F follow-up · C close"
                + " · m e x member · A address · o r case · ]/[ sections",
            nl: "J journaal · z ZRM · G doel · n netwerk · b bespreken · > fase · P voorziening · F opvolging · C sluiten"
                + " · m e x gezinslid · A adres · o r casus · ]/[ delen"),
        "shell.header.moreKeys": Phrase(en: "? more", nl: "? meer"),
        "shell.header.myCaseload": Phrase(en: "My caseload {1}", nl: "Mijn caseload {1}"),
        "shell.header.needsYou": Phrase(en: "needs you:", nl: "wacht op jou:"),
        "shell.header.overdue": Phrase(en: "{1} overdue", nl: "{1} te laat"),
        "shell.header.newToMe": Phrase(en: "{1} new", nl: "{1} nieuw"),
        "shell.header.retentionDue.one": Phrase(
            en: "1 closed file past its retention period (wijkteam retention)",
            nl: "1 gesloten dossier over de bewaartermijn (wijkteam retention)"),
        "shell.header.retentionDue.other": Phrase(
            en: "{1} closed files past their retention period (wijkteam retention)",
            nl: "{1} gesloten dossiers over de bewaartermijn (wijkteam retention)"),
        "shell.header.dueToday": Phrase(en: "{1} today", nl: "{1} vandaag"),
        "shell.header.evaluationDue": Phrase(en: "{1} evaluation due", nl: "{1} te evalueren"),
        "shell.header.noContact": Phrase(en: "{1} no contact {2}+ wk", nl: "{1} geen contact {2}+ wk"),
        "shell.header.everyone": Phrase(en: "m: everyone", nl: "m: iedereen"),
        "shell.header.open": Phrase(en: "Open {1}", nl: "Open {1}"),
        "shell.header.unassigned": Phrase(en: "unassigned {1}", nl: "niet toegewezen {1}"),
        "shell.header.overCapacity": Phrase(en: "over capacity {1}", nl: "overbelast {1}"),
        "shell.header.waiting": Phrase(en: "{1} waiting", nl: "{1} wachtend"),
        "shell.header.safety": Phrase(en: "{1} safety", nl: "{1} veiligheid"),
        "shell.header.ties": Phrase(en: "{1} ties", nl: "{1} contacten"),
        "shell.header.mapList": Phrase(en: "v map/list", nl: "v kaart/lijst"),

        // Shell.swift: the status bar
        "shell.status.demo": Phrase(en: "(demo)", nl: "(demo)"),
        "shell.status.demoFallback": Phrase(en: "(demo: as team lead)", nl: "(demo: als teamleider)"),
        "shell.status.byPhase": Phrase(en: "by phase", nl: "per fase"),
        "shell.status.filter": Phrase(en: "filter: {1}", nl: "filter: {1}"),
        "shell.status.privacy": Phrase(en: "privacy", nl: "privacy"),
        "shell.status.busy": Phrase(en: "busy, retrying…", nl: "bezig, opnieuw…"),
        "shell.status.offline": Phrase(en: "offline since {1}", nl: "offline sinds {1}"),
        "shell.status.meetingRunning": Phrase(en: "meeting {1}", nl: "overleg {1}"),
        "shell.status.meetingPaused": Phrase(en: "meeting paused {1}", nl: "overleg gepauzeerd {1}"),
        "shell.status.meetingEnded": Phrase(en: "meeting ended {1}", nl: "overleg beëindigd {1}"),
    ]
}
