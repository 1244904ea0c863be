import Wijkteam

extension ScreenStrings {
    /// Keeping a household current from its view (Shell+Household.swift, MemberForms.swift,
    /// AddressForm.swift, DeskCaseForms.swift): members, the address, a case opened or reopened at the desk.
    static let household: Section = [
        // AppCommands.swift
        "command.member.add.name": Phrase(en: "add member", nl: "lid toevoegen"),
        "command.member.add.help": Phrase(
            en: "Add a member to the household: name, birth date, role, client (a baby is born, a son moves back)",
            nl: "Gezinslid toevoegen: naam, geboortedatum, rol, cliënt (een baby geboren, een zoon die terugkomt)"),
        "command.member.edit.name": Phrase(en: "correct member", nl: "lid corrigeren"),
        "command.member.edit.help": Phrase(
            en: "Correct a member's name, birth date, role or client mark",
            nl: "Naam, geboortedatum, rol of cliëntmarkering van een gezinslid corrigeren"),
        "command.member.leave.name": Phrase(en: "member leaves", nl: "lid vertrekt"),
        "command.member.leave.help": Phrase(
            en: "Record that a member moved out or died, with the date (asks first): kept in the history, no longer counted",
            nl:
                "Vastleggen dat een gezinslid verhuisde of overleed, met de datum (vraagt eerst): blijft in de geschiedenis, telt niet meer mee"
        ),
        "command.household.address.name": Phrase(en: "change address", nl: "adres wijzigen"),
        "command.household.address.help": Phrase(
            en: "Change the address, postcode, buurt or language, or record that the household moved out of the district",
            nl: "Adres, postcode, buurt of taal wijzigen, of vastleggen dat het huishouden uit de wijk verhuisde"),
        "command.case.open.name": Phrase(en: "open case", nl: "casus openen"),
        "command.case.open.help": Phrase(
            en: "Open a case at the desk from the resident's question, no signal needed: it starts in aanmelding, a regisseur optional",
            nl: "Casus openen aan de balie vanuit de vraag van de bewoner, zonder signaal: begint in aanmelding, regisseur naar keuze"),
        "command.case.reopen.name": Phrase(en: "reopen case", nl: "casus heropenen"),
        "command.case.reopen.help": Phrase(
            en: "Reopen the household's closed case with its history, plan and network; the reason is required",
            nl: "De gesloten casus van het huishouden heropenen met geschiedenis, plan en netwerk; de reden is verplicht"),

        // Shell+Household.swift and the saves' messages (EffectRunner+Household.swift)
        "shell.household.noMembers": Phrase(
            en: "This household has no current members", nl: "Dit huishouden heeft geen huidige gezinsleden"),
        "shell.household.caseOpen": Phrase(
            en: "Case #{1} is open: a household has one open case at a time",
            nl: "Casus #{1} is open: een huishouden heeft één open casus tegelijk"),
        "shell.household.noClosedCase": Phrase(
            en: "No closed case to reopen; o opens a case at the desk",
            nl: "Geen gesloten casus om te heropenen; o opent een casus aan de balie"),
        "shell.household.duplicate": Phrase(
            en: "Not saved yet: this may be someone the team knows", nl: "Nog niet opgeslagen: dit is misschien iemand die het team kent"),
        "shell.household.saved.member.added": Phrase(en: "{1} added to the household", nl: "{1} toegevoegd aan het huishouden"),
        "shell.household.saved.member.corrected": Phrase(en: "{1} corrected", nl: "{1} gecorrigeerd"),
        "shell.household.saved.member.left": Phrase(en: "{1}: {2} on {3}; no longer counted", nl: "{1}: {2} op {3}; telt niet meer mee"),
        "shell.household.saved.address": Phrase(en: "{1}: the address is now {2}", nl: "{1}: het adres is nu {2}"),
        "shell.household.saved.address.left": Phrase(en: "{1} moved out of the district on {2}", nl: "{1} is op {2} uit de wijk verhuisd"),
        "shell.household.saved.case.opened": Phrase(
            en: "Case #{1} opened at the desk, in aanmelding", nl: "Casus #{1} geopend aan de balie, in aanmelding"),
        "shell.household.saved.case.reopened": Phrase(
            en: "Case #{1} reopened, in aanmelding; the reason is in its journal",
            nl: "Casus #{1} heropend, in aanmelding; de reden staat in het journaal"),

        // HouseholdScreen+Content.swift: the members, who left, the desk
        "screens.household.member": Phrase(en: "born {1} · age {2} · {3}", nl: "geb. {1} · {2} jaar · {3}"),
        "screens.household.member.client": Phrase(en: "born {1} · age {2} · {3} · client", nl: "geb. {1} · {2} jaar · {3} · cliënt"),
        "screens.household.member.gone": Phrase(en: "{1} · {2} {3}", nl: "{1} · {2} {3}"),
        "screens.household.heading.gone": Phrase(
            en: "No longer in the household (not counted)", nl: "Niet meer in het huishouden (telt niet mee)"),
        "screens.household.leftDistrict": Phrase(en: "Moved out of the district on {1}", nl: "Op {1} uit de wijk verhuisd"),
        "screens.household.desk": Phrase(en: "o opens a case at the desk", nl: "o opent een casus aan de balie"),
        "screens.household.desk.reopen": Phrase(
            en: "o opens a case at the desk · r reopens #{1}", nl: "o opent een casus aan de balie · r heropent #{1}"),

        // The forms' shared words
        "form.household.hint": Phrase(
            en: "Tab next field · Enter saves · Esc cancels", nl: "Tab volgend veld · Enter opslaan · Esc annuleren"),

        // MemberForms.swift: a member added or corrected
        "form.member.title.add": Phrase(en: "New member of the household", nl: "Nieuw gezinslid"),
        "form.member.title.correct": Phrase(en: "Correct {1}", nl: "{1} corrigeren"),
        "form.member.choose": Phrase(en: "Which member?", nl: "Welk gezinslid?"),
        "form.member.name": Phrase(en: "Name", nl: "Naam"),
        "form.member.name.placeholder": Phrase(en: "first and last name", nl: "voor- en achternaam"),
        "form.member.birth": Phrase(en: "Birth date", nl: "Geboortedatum"),
        "form.member.birth.placeholder": Phrase(en: "1975-01-20 or 20-01-1975", nl: "1975-01-20 of 20-01-1975"),
        "form.member.birth.yearOnly": Phrase(en: "only the year {1} is known", nl: "alleen het jaar {1} is bekend"),
        "form.member.birth.format": Phrase(
            en: "not a birth date; type it as 1975-01-20 or 20-01-1975", nl: "geen geboortedatum; typ hem als 1975-01-20 of 20-01-1975"),
        "form.member.birth.required": Phrase(
            en: "the birth date is needed: people are matched by name and birth date",
            nl: "de geboortedatum is nodig: mensen worden herkend aan naam en geboortedatum"),
        "form.member.role": Phrase(en: "Role", nl: "Rol"),
        "form.member.client": Phrase(en: "Client", nl: "Cliënt"),
        "form.member.duplicate": Phrase(en: "This may be someone the team knows:", nl: "Dit is misschien iemand die het team kent:"),
        "form.member.hint.duplicate": Phrase(
            en: "Enter adds anyway (logged) · change name or birth date · Esc cancels",
            nl: "Enter voegt toch toe (gelogd) · wijzig naam of geboortedatum · Esc annuleren"),
        "form.member.discard": Phrase(
            en: "Esc again drops what you typed · Enter saves it", nl: "Nog eens Esc gooit weg wat je typte · Enter slaat het op"),

        // MemberForms.swift: a member moved out or died
        "form.leave.title": Phrase(en: "A member leaves the household", nl: "Gezinslid vertrekt uit het huishouden"),
        "form.leave.choose": Phrase(en: "Who moved out or died?", nl: "Wie is verhuisd of overleden?"),
        "form.leave.person": Phrase(en: "Member", nl: "Gezinslid"),
        "form.leave.date": Phrase(en: "Date", nl: "Datum"),
        "form.leave.reason": Phrase(en: "Why", nl: "Reden"),
        "form.leave.date.format": Phrase(en: "not a date; try {1}", nl: "geen datum; probeer {1}"),
        "form.leave.date.future": Phrase(en: "{1} is after today", nl: "{1} ligt na vandaag"),
        "form.leave.hint": Phrase(
            en: "Tab next field · ←/→ the reason · Enter continues · Esc cancels",
            nl: "Tab volgend veld · ←/→ de reden · Enter verder · Esc annuleren"),
        "form.leave.confirm.movedOut": Phrase(en: "Record that {1} moved out on {2}?", nl: "Vastleggen dat {1} op {2} is verhuisd?"),
        "form.leave.confirm.died": Phrase(en: "Record that {1} died on {2}?", nl: "Vastleggen dat {1} op {2} is overleden?"),
        "form.leave.confirm.effect": Phrase(
            en: "They stay in the household's history and are no longer counted (triage, ZRM, plan).",
            nl: "Die blijft in de geschiedenis van het huishouden en telt niet meer mee (triage, ZRM, plan)."),
        "form.leave.confirm.keys": Phrase(
            en: "Enter or y records it · n or Esc goes back", nl: "Enter of j legt vast · n of Esc gaat terug"),

        // AddressForm.swift
        "form.address.title": Phrase(en: "Address · {1}", nl: "Adres · {1}"),
        "form.address.street": Phrase(en: "Street", nl: "Straat"),
        "form.address.number": Phrase(en: "Number", nl: "Huisnummer"),
        "form.address.addition": Phrase(en: "Addition", nl: "Toevoeging"),
        "form.address.addition.placeholder": Phrase(en: "A, bis, 2-hoog (or empty)", nl: "A, bis, 2-hoog (of leeg)"),
        "form.address.postcode": Phrase(en: "Postcode", nl: "Postcode"),
        "form.address.buurt": Phrase(en: "Buurt", nl: "Buurt"),
        "form.address.buurt.none": Phrase(en: "— none —", nl: "— geen —"),
        "form.address.language": Phrase(en: "Language", nl: "Taal"),
        "form.address.left": Phrase(en: "Left the district", nl: "Uit de wijk"),
        "form.address.left.no": Phrase(en: "no · lives in the district", nl: "nee · woont in de wijk"),
        "form.address.left.yes": Phrase(en: "yes · moved out of the district", nl: "ja · verhuisd uit de wijk"),
        "form.address.leftOn": Phrase(en: "Moved out on", nl: "Verhuisd op"),
        "form.address.number.digits": Phrase(
            en: "the house number is digits; an addition has its own field",
            nl: "het huisnummer is cijfers; een toevoeging heeft een eigen veld"),
        "form.address.hidden": Phrase(en: "hidden (privacy mode)", nl: "verborgen (privacymodus)"),

        // DeskCaseForms.swift
        "form.opencase.title": Phrase(en: "Open a case at the desk", nl: "Casus openen aan de balie"),
        "form.opencase.question": Phrase(en: "Question", nl: "Vraag"),
        "form.opencase.question.placeholder": Phrase(
            en: "the resident's question, in their words", nl: "de vraag van de bewoner, in eigen woorden"),
        "form.opencase.source": Phrase(en: "Came from", nl: "Via"),
        "form.opencase.regisseur": Phrase(en: "Regisseur", nl: "Regisseur"),
        "form.opencase.regisseur.none": Phrase(en: "nobody yet", nl: "nog niemand"),
        "form.opencase.note": Phrase(
            en: "The case starts in aanmelding; no signal needed.", nl: "De casus begint in aanmelding; er is geen signaal nodig."),
        "form.reopen.title": Phrase(en: "Reopen case #{1}: why?", nl: "Casus #{1} heropenen: waarom?"),
        "form.reopen.placeholder": Phrase(
            en: "why the household returns (goes into the journal)", nl: "waarom het huishouden terugkomt (gaat in het journaal)"),
    ]
}
