import Wijkteam

extension ScreenStrings {
    /// The team view, its forms, the handover plan and the tour's stop there.
    static let team: Section = [
        // AppCommands+Team.swift
        "command.scope.team": Phrase(en: "Team", nl: "Team"),
        "command.tab.team.name": Phrase(en: "team", nl: "team"),
        "command.tab.team.help": Phrase(
            en: "The team: capacity, load, who is away or part-time, who covers whom",
            nl: "Het team: capaciteit, caseload, wie afwezig is of deeltijd werkt, wie waarneemt"),
        "command.category.team": Phrase(en: "The team", nl: "Het team"),
        "command.team.add.name": Phrase(en: "add a colleague", nl: "collega toevoegen"),
        "command.team.add.help": Phrase(
            en: "A new colleague joins the team (team lead)", nl: "Een nieuwe collega komt in het team (teamleider)"),
        "command.team.edit.name": Phrase(en: "change a colleague", nl: "collega wijzigen"),
        "command.team.edit.help": Phrase(
            en: "Role, discipline, expertise, languages, capacity, work days, account; old values are kept (team lead)",
            nl: "Rol, discipline, expertise, talen, capaciteit, werkdagen, account; oude waarden blijven bewaard (teamleider)"),
        "command.team.away.name": Phrase(en: "away", nl: "afwezig"),
        "command.team.away.help": Phrase(
            en: "The colleague is away from–to: leave, ill or training (team lead)",
            nl: "De collega is afwezig van–tot: verlof, ziek of opleiding (teamleider)"),
        "command.team.back.name": Phrase(en: "back", nl: "terug"),
        "command.team.back.help": Phrase(
            en: "The colleague is back today; planned absences are cancelled and covers end (team lead)",
            nl: "De collega is vandaag terug; geplande afwezigheid vervalt en waarneming stopt (teamleider)"),
        "command.team.leave.name": Phrase(en: "leaves the team", nl: "verlaat het team"),
        "command.team.leave.help": Phrase(
            en: "The colleague leaves on a day; refused while they hold open cases: H hands them over (team lead)",
            nl: "De collega vertrekt op een dag; geweigerd zolang die open casussen heeft: H draagt ze over (teamleider)"),
        "command.team.cover.name": Phrase(en: "name a cover", nl: "waarnemer aanwijzen"),
        "command.team.cover.help": Phrase(
            en: "A colleague covers all open cases of an absent regisseur while the absence lasts (team lead)",
            nl: "Een collega neemt alle open casussen van een afwezige regisseur waar zolang de afwezigheid duurt (teamleider)"),
        "command.team.handover.name": Phrase(en: "handover plan", nl: "overdrachtsplan"),
        "command.team.handover.help": Phrase(
            en: "A new regisseur for every open case of a leaving or absent colleague (team lead)",
            nl: "Een nieuwe regisseur voor elke open casus van een vertrekkende of afwezige collega (teamleider)"),
        "command.handover.line.name": Phrase(en: "change the line", nl: "regel wijzigen"),
        "command.handover.line.help": Phrase(
            en: "Choose another regisseur for the case from its ranking", nl: "Een andere regisseur voor de casus kiezen uit de rangorde"),
        "command.handover.apply.name": Phrase(en: "apply the plan", nl: "plan uitvoeren"),
        "command.handover.apply.help": Phrase(
            en: "Every case to its new regisseur in one change, with a journal entry each",
            nl: "Elke casus naar zijn nieuwe regisseur in één wijziging, met een journaalregel per casus"),
        "command.handover.undo.name": Phrase(en: "undo the handover", nl: "overdracht terugdraaien"),
        "command.handover.undo.help": Phrase(
            en: "Give the cases of the last handover made here back", nl: "De casussen van de laatste overdracht hier teruggeven"),
        "command.handover.close.name": Phrase(en: "back to the team", nl: "terug naar het team"),
        "command.handover.close.help": Phrase(en: "Close the handover plan", nl: "Het overdrachtsplan sluiten"),

        // TeamScreen.swift
        "screens.team.title": Phrase(en: "Team {1}", nl: "Team {1}"),
        "screens.team.present": Phrase(en: "present", nl: "aanwezig"),
        "screens.team.fulltime": Phrase(en: "full time", nl: "voltijd"),
        "screens.team.coveredBy": Phrase(en: "covered by {1}", nl: "waargenomen door {1}"),
        "screens.team.covers": Phrase(en: "covers {1}", nl: "neemt waar voor {1}"),
        "screens.team.load": Phrase(en: "{1} / {2}", nl: "{1} / {2}"),
        "screens.team.account": Phrase(en: "account {1}", nl: "account {1}"),
        "screens.team.openCases.one": Phrase(en: "regisseur of {1} open case", nl: "regisseur van {1} open casus"),
        "screens.team.openCases.other": Phrase(en: "regisseur of {1} open cases", nl: "regisseur van {1} open casussen"),
        "screens.team.history.capacity": Phrase(en: "capacity {1} since {2} (was {3})", nl: "capaciteit {1} sinds {2} (was {3})"),
        "screens.team.history.workdays": Phrase(en: "works {1} since {2} (was {3})", nl: "werkt {1} sinds {2} (was {3})"),
        "screens.team.history.other": Phrase(en: "{1} {2} since {3} (was {4})", nl: "{1} {2} sinds {3} (was {4})"),
        "screens.team.history.none": Phrase(
            en: "No changes kept: capacity and work days as the team started",
            nl: "Geen wijzigingen bewaard: capaciteit en werkdagen zoals bij de start"),
        "screens.team.column.name": Phrase(en: "Name", nl: "Naam"),
        "screens.team.column.role": Phrase(en: "Role", nl: "Rol"),
        "screens.team.column.discipline": Phrase(en: "Discipline", nl: "Discipline"),
        "screens.team.column.expertise": Phrase(en: "Expertise", nl: "Expertise"),
        "screens.team.column.languages": Phrase(en: "Languages", nl: "Talen"),
        "screens.team.column.load": Phrase(en: "Load", nl: "Caseload"),
        "screens.team.column.availability": Phrase(en: "Availability", nl: "Beschikbaarheid"),
        "screens.team.column.cover": Phrase(en: "Cover", nl: "Waarneming"),
        "screens.team.header.figures": Phrase(
            en: "{1} in the team · {2} away · {3} part-time", nl: "{1} in het team · {2} afwezig · {3} deeltijd"),
        "screens.team.header.keys": Phrase(
            en: "a add · e change · w away · b back · L leaves · c cover · H handover",
            nl: "a toevoegen · e wijzigen · w afwezig · b terug · L vertrekt · c waarneming · H overdracht"),
        "screens.team.header.readonly": Phrase(
            en: "read-only: only the team lead changes the team", nl: "alleen-lezen: alleen de teamleider wijzigt het team"),
        "screens.team.header.namesOnly": Phrase(en: "{1} in the team · names and roles", nl: "{1} in het team · namen en rollen"),
        // Shell+Team.swift
        "screens.team.lead_only": Phrase(en: "Only the team lead changes the team", nl: "Alleen de teamleider wijzigt het team"),
        "screens.team.notAway": Phrase(
            en: "{1} is not away and has no absence planned", nl: "{1} is niet afwezig en heeft geen afwezigheid gepland"),
        "screens.team.alreadyLeaving": Phrase(en: "{1} leaves the team on {2} already", nl: "{1} verlaat het team al op {2}"),
        "screens.team.cover.notAway": Phrase(
            en: "{1} is not away today: a cover is named for an absence",
            nl: "{1} is vandaag niet afwezig: waarneming hoort bij een afwezigheid"),
        "screens.team.noOpenCases": Phrase(en: "{1} holds no open cases", nl: "{1} heeft geen open casussen"),
        "screens.team.cover.nobody": Phrase(
            en: "Nobody else is available today to cover", nl: "Niemand anders is vandaag beschikbaar om waar te nemen"),
        "screens.team.saved.added": Phrase(en: "{1} joined the team", nl: "{1} is in het team gekomen"),
        "screens.team.saved.updated": Phrase(en: "{1} changed; the old values are kept", nl: "{1} gewijzigd; de oude waarden zijn bewaard"),
        "screens.team.saved.away": Phrase(en: "{1}: {2} from {3} to {4}", nl: "{1}: {2} van {3} tot en met {4}"),
        "screens.team.saved.awayOpen": Phrase(en: "{1}: {2} from {3} until further notice", nl: "{1}: {2} vanaf {3} tot nader bericht"),
        "screens.team.saved.back": Phrase(en: "{1} is back", nl: "{1} is terug"),
        "screens.team.saved.leave": Phrase(en: "{1} leaves the team on {2}", nl: "{1} verlaat het team op {2}"),
        "screens.team.saved.cover": Phrase(en: "{1} covers the open cases of {2}", nl: "{1} neemt de open casussen van {2} waar"),

        // HandoverView.swift
        "screens.handover.title": Phrase(
            en: "Handover of {1}'s caseload: {2} cases", nl: "Overdracht van de caseload van {1}: {2} casussen"),
        "screens.handover.title.applied": Phrase(
            en: "Handed over: {1}'s caseload, {2} cases", nl: "Overgedragen: de caseload van {1}, {2} casussen"),
        "screens.handover.header.figures": Phrase(
            en: "{1} cases, each with a new regisseur", nl: "{1} casussen, elk met een nieuwe regisseur"),
        "screens.handover.header.unplaced": Phrase(
            en: "{1} cases · {2} without anyone available", nl: "{1} casussen · {2} zonder beschikbare collega"),
        "screens.handover.header.keys": Phrase(
            en: "Enter change line · A apply · u undo · Esc team", nl: "Enter regel wijzigen · A uitvoeren · u terugdraaien · Esc team"),
        "screens.handover.header.applied": Phrase(en: "applied · u undoes it · Esc team", nl: "uitgevoerd · u draait terug · Esc team"),
        "screens.handover.nobody": Phrase(en: "nobody available", nl: "niemand beschikbaar"),
        "screens.handover.receivers": Phrase(en: "Load after the handover / capacity", nl: "Caseload na de overdracht / capaciteit"),
        "screens.handover.receiver.load": Phrase(en: "{1} → {2} / {3}", nl: "{1} → {2} / {3}"),
        // Shell+Team.swift: the plan's keys
        "screens.handover.closeFirst": Phrase(en: "Esc closes the handover plan first", nl: "Esc sluit eerst het overdrachtsplan"),
        "screens.handover.notLeaving": Phrase(
            en: "{1} is neither leaving nor away: a handover is for a leaving or long-absent colleague",
            nl: "{1} vertrekt niet en is niet afwezig: overdracht is voor een vertrekkende of langdurig afwezige collega"),
        "screens.handover.planning.one": Phrase(en: "Planning {1} case of {2}…", nl: "Plan voor {1} casus van {2}…"),
        "screens.handover.planning.other": Phrase(en: "Planning {1} cases of {2}…", nl: "Plan voor {1} casussen van {2}…"),
        "screens.handover.planned.one": Phrase(
            en: "A plan for {1} case of {2}: check it, then A applies it",
            nl: "Een plan voor {1} casus van {2}: bekijk het, A voert het uit"),
        "screens.handover.planned.other": Phrase(
            en: "A plan for {1} cases of {2}: check it, then A applies it",
            nl: "Een plan voor {1} casussen van {2}: bekijk het, A voert het uit"),
        "screens.handover.nothingToUndo": Phrase(en: "No handover made here to undo", nl: "Geen overdracht hier om terug te draaien"),
        "screens.handover.none": Phrase(
            en: "No handover plan open: H on a colleague makes one", nl: "Geen overdrachtsplan open: H op een collega maakt er een"),
        "screens.handover.picker.title": Phrase(en: "Who takes case #{1}?", nl: "Wie neemt casus #{1}?"),
        "screens.handover.alreadyApplied": Phrase(
            en: "This plan is applied: u undoes it", nl: "Dit plan is uitgevoerd: u draait het terug"),
        "screens.handover.nothingPlaced": Phrase(
            en: "Nobody is available for any case of this plan", nl: "Voor geen enkele casus van dit plan is iemand beschikbaar"),
        "screens.handover.confirm": Phrase(
            en: "Hand {1} cases of {2} over to {3} colleagues, in one change? Each case's journal says so.",
            nl: "{1} casussen van {2} overdragen aan {3} collega's, in één wijziging? Het journaal van elke casus vermeldt het."),
        "screens.handover.unavailable": Phrase(en: "{1} cannot take it: {2}", nl: "{1} kan het niet nemen: {2}"),
        "screens.handover.chosen": Phrase(en: "Case #{1} goes to {2} in this plan", nl: "Casus #{1} gaat in dit plan naar {2}"),
        "screens.handover.applied.one": Phrase(en: "Handed over {1} case · u undoes it", nl: "{1} casus overgedragen · u draait terug"),
        "screens.handover.applied.other": Phrase(
            en: "Handed over {1} cases · u undoes it", nl: "{1} casussen overgedragen · u draait terug"),
        "screens.handover.undone.one": Phrase(en: "Handover undone: {1} case back", nl: "Overdracht teruggedraaid: {1} casus terug"),
        "screens.handover.undone.other": Phrase(en: "Handover undone: {1} cases back", nl: "Overdracht teruggedraaid: {1} casussen terug"),
        "shell.confirm.keys.handover": Phrase(
            en: "y or Enter hands them over · n keeps the plan", nl: "j of Enter draagt over · n houdt het plan"),
        "shell.confirm.handoverNotApplied": Phrase(en: "Nothing handed over; the plan stays", nl: "Niets overgedragen; het plan blijft"),

        // TeamForms.swift
        "form.staff.title.add": Phrase(en: "A new colleague", nl: "Een nieuwe collega"),
        "form.staff.title.edit": Phrase(en: "Change {1}", nl: "{1} wijzigen"),
        "form.staff.id": Phrase(en: "Id", nl: "Id"),
        "form.staff.id.placeholder": Phrase(en: "short id: lowercase, digits, - or _", nl: "korte id: kleine letters, cijfers, - of _"),
        "form.staff.id.invalid": Phrase(
            en: "The id is 1 to 40 of a–z, 0–9, - and _ (it names the colleague in cases and the access log)",
            nl: "De id is 1 tot 40 tekens a–z, 0–9, - en _ (die noemt de collega in casussen en het toegangslog)"),
        "form.staff.name": Phrase(en: "Name", nl: "Naam"),
        "form.staff.name.placeholder": Phrase(en: "first and last name", nl: "voor- en achternaam"),
        "form.staff.role": Phrase(en: "Role", nl: "Rol"),
        "form.staff.discipline": Phrase(en: "Discipline", nl: "Discipline"),
        "form.staff.discipline.placeholder": Phrase(
            en: "maatschappelijk werker, wijkverpleegkundige …", nl: "maatschappelijk werker, wijkverpleegkundige …"),
        "form.staff.expertise": Phrase(en: "Expertise", nl: "Expertise"),
        "form.staff.expertise.placeholder": Phrase(en: "life domains, with commas", nl: "leefgebieden, met komma's"),
        "form.staff.expertise.unknown": Phrase(en: "'{1}' is not a life domain", nl: "'{1}' is geen leefgebied"),
        "form.staff.expertise.note": Phrase(en: "Life domains: {1}", nl: "Leefgebieden: {1}"),
        "form.staff.languages": Phrase(en: "Languages", nl: "Talen"),
        "form.staff.capacity": Phrase(en: "Capacity", nl: "Capaciteit"),
        "form.staff.capacity.invalid": Phrase(
            en: "The capacity is a number from 0 to 1000 (weighted case points), not '{1}'",
            nl: "De capaciteit is een getal van 0 tot 1000 (gewogen casuspunten), niet '{1}'"),
        "form.staff.workdays": Phrase(en: "Work days", nl: "Werkdagen"),
        "form.staff.workdays.placeholder": Phrase(en: "empty: full time; mon,tue,thu", nl: "leeg: voltijd; mon,tue,thu"),
        "form.staff.workdays.invalid": Phrase(
            en: "Work days are mon, tue, wed, thu, fri, sat, sun with commas, not '{1}'",
            nl: "Werkdagen zijn mon, tue, wed, thu, fri, sat, sun met komma's, niet '{1}'"),
        "form.staff.account": Phrase(en: "Account", nl: "Account"),
        "form.staff.account.placeholder": Phrase(en: "the OS account they log in with", nl: "het OS-account waarmee die inlogt"),
        "form.staff.account.invalid": Phrase(en: "An account has no spaces", nl: "Een account heeft geen spaties"),
        "form.away.title": Phrase(en: "{1} is away", nl: "{1} is afwezig"),
        "form.away.from": Phrase(en: "From", nl: "Van"),
        "form.away.to": Phrase(en: "To (included)", nl: "Tot en met"),
        "form.away.to.placeholder": Phrase(en: "empty: until further notice", nl: "leeg: tot nader bericht"),
        "form.away.kind": Phrase(en: "Why", nl: "Waarom"),
        "form.away.note": Phrase(
            en: "While away they are not suggested for new cases; c names a cover for their cases.",
            nl: "Tijdens de afwezigheid wordt de collega niet voorgesteld voor nieuwe casussen; c wijst een waarnemer aan."),
        "form.away.hint": Phrase(
            en: "Tab next field · ←/→ why · Enter saves · Esc cancels", nl: "Tab volgend veld · ←/→ waarom · Enter opslaan · Esc annuleren"),
        "form.away.date.format": Phrase(en: "Not a date; dates look like {1}", nl: "Geen datum; een datum ziet eruit als {1}"),
        "form.away.order": Phrase(
            en: "The absence ends ({1}) before it starts ({2})", nl: "De afwezigheid eindigt ({1}) voordat die begint ({2})"),
        "form.staffleave.title": Phrase(en: "{1} leaves the team", nl: "{1} verlaat het team"),
        "form.staffleave.date": Phrase(en: "On", nl: "Op"),
        "form.staffleave.openCases.one": Phrase(
            en: "{2} is regisseur of {1} open case ({3}): leaving is refused until it is handed over (Esc, then H)",
            nl: "{2} is regisseur van {1} open casus ({3}): vertrek wordt geweigerd tot die is overgedragen (Esc, dan H)"),
        "form.staffleave.openCases.other": Phrase(
            en: "{2} is regisseur of {1} open cases ({3}): leaving is refused until they are handed over (Esc, then H)",
            nl: "{2} is regisseur van {1} open casussen ({3}): vertrek wordt geweigerd tot ze zijn overgedragen (Esc, dan H)"),
        "form.staffleave.confirm": Phrase(en: "Record that {1} leaves the team on {2}?", nl: "Vastleggen dat {1} het team op {2} verlaat?"),
        "form.staffleave.confirm.effect": Phrase(
            en: "The record, its history and the access log stay; from that day they cannot log in or be chosen.",
            nl: "Het record, de geschiedenis en het toegangslog blijven; vanaf die dag kan de collega niet inloggen en niet gekozen worden."
        ),
        "form.staffleave.hint": Phrase(en: "Enter continues · Esc cancels", nl: "Enter verder · Esc annuleren"),
        "form.cover.title.one": Phrase(en: "Who covers {2}'s {1} open case?", nl: "Wie neemt de {1} open casus van {2} waar?"),
        "form.cover.title.other": Phrase(en: "Who covers {2}'s {1} open cases?", nl: "Wie neemt de {1} open casussen van {2} waar?"),
        "form.cover.detail": Phrase(en: "load {1} / {2} · {3}", nl: "caseload {1} / {2} · {3}"),

        // Tour.swift
        "tour.team.title": Phrase(en: "The team", nl: "Het team"),
        "tour.team.text": Phrase(
            en:
                "Who is in the team, with capacity and load, and who is available: Samira is on leave, so she is not suggested for new cases and a colleague covers (waarneming) her cases until she is back; Noël works part-time: the work days are shown. The team lead adds colleagues, records absence, names a cover and, when someone leaves, hands their caseload over in one plan; every change is kept, so earlier load figures can be explained.",
            nl:
                "Wie er in het team zit, met capaciteit en caseload, en wie beschikbaar is: Samira heeft verlof, dus ze wordt niet voorgesteld voor nieuwe casussen en een collega neemt haar casussen waar tot ze terug is; Noël werkt deeltijd: de werkdagen staan erbij. De teamleider voegt collega's toe, legt afwezigheid vast, wijst een waarnemer aan en draagt bij vertrek de caseload over in één plan; elke wijziging blijft bewaard, zodat eerdere caseloadcijfers te verklaren zijn."
        ),
    ]
}
