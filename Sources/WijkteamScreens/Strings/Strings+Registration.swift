import Wijkteam

extension ScreenStrings {
    /// The front door: the registration form (`n` in triage), its household search, a new
    /// household, the warning about look-alikes, and what the shell says after a save.
    static let registration: Section = [
        // RegistrationForm+Render.swift: the form
        "form.register.title": Phrase(en: "Register a registration or signal", nl: "Aanmelding of signaal registreren"),
        "form.register.source": Phrase(en: "Source", nl: "Bron"),
        "form.register.partner": Phrase(en: "Partner", nl: "Partner"),
        "form.register.received": Phrase(en: "Received", nl: "Ontvangen"),
        "form.register.reporter": Phrase(en: "Reporter", nl: "Melder"),
        "form.register.organisation": Phrase(en: "Organisation", nl: "Organisatie"),
        "form.register.phone": Phrase(en: "Phone", nl: "Telefoon"),
        "form.register.household": Phrase(en: "Household", nl: "Huishouden"),
        "form.register.question": Phrase(en: "Question", nl: "Vraag"),
        "form.register.domains": Phrase(en: "Life domains", nl: "Leefgebieden"),
        "form.register.safety": Phrase(en: "Safety", nl: "Veiligheid"),
        "form.register.hardDate": Phrase(en: "Hard date", nl: "Harde datum"),
        "form.register.hardDateKind": Phrase(en: "Kind of date", nl: "Soort datum"),
        "form.register.consent": Phrase(en: "Contact allowed", nl: "Contact toegestaan"),
        "form.register.optional": Phrase(en: "optional", nl: "optioneel"),
        "form.register.yes": Phrase(en: "yes", nl: "ja"),
        "form.register.no": Phrase(en: "no", nl: "nee"),
        "form.register.consent.unasked": Phrase(en: "not asked", nl: "niet gevraagd"),
        "form.register.safety.yes": Phrase(
            en: "yes: the Meldcode steps come first in triage", nl: "ja: in triage eerst de stappen van de Meldcode"),
        "form.register.question.placeholder": Phrase(
            en: "the question or worry, in the reporter's words", nl: "de vraag of zorg, in de woorden van de melder"),
        "form.register.domains.hint": Phrase(en: "←/→ or type · + adds or removes", nl: "←/→ of typ · + zet aan of uit"),
        "form.register.household.none": Phrase(
            en: "type a name, street + number or postcode", nl: "typ een naam, straat + nummer of postcode"),
        "form.register.household.keys": Phrase(en: "Enter searches · Backspace clears", nl: "Enter zoekt · Backspace wist"),
        "form.register.household.new.label": Phrase(en: "new: ", nl: "nieuw: "),
        "form.register.household.new.one": Phrase(en: "{2} · {3} · {1} member", nl: "{2} · {3} · {1} lid"),
        "form.register.household.new.other": Phrase(en: "{2} · {3} · {1} members", nl: "{2} · {3} · {1} leden"),
        "form.register.household.confirmed": Phrase(
            en: "⚠ new despite a look-alike (logged): ", nl: "⚠ nieuw ondanks een gelijkende (vastgelegd): "),
        "form.register.household.missing": Phrase(
            en: "Choose the household first: type a name, street + number or postcode",
            nl: "Kies eerst het huishouden: typ een naam, straat + nummer of postcode"),
        "form.register.date.format": Phrase(en: "'{1}' is not a date; try {2}", nl: "'{1}' is geen datum; probeer {2}"),
        "form.register.hint": Phrase(
            en: "Tab/↓ next field · Ctrl-S registers · Esc cancels", nl: "Tab/↓ volgend veld · Ctrl-S registreert · Esc annuleert"),
        "form.register.saving": Phrase(en: "Registering…", nl: "Bezig met registreren…"),
        "form.register.discard": Phrase(en: "Esc once more discards what you typed", nl: "Nog eens Esc gooit weg wat je typte"),
        // The household's search
        "form.register.finder.title": Phrase(en: "Household · find it or add it", nl: "Huishouden · zoeken of toevoegen"),
        "form.register.finder.search": Phrase(en: "Search", nl: "Zoek"),
        "form.register.finder.placeholder": Phrase(en: "name, street + number, or postcode", nl: "naam, straat + nummer, of postcode"),
        "form.register.finder.short": Phrase(
            en: "Type two letters or more: a name, street + number, or postcode",
            nl: "Typ minstens twee tekens: een naam, straat + nummer, of postcode"),
        "form.register.finder.searching": Phrase(en: "Searching…", nl: "Zoeken…"),
        "form.register.finder.none": Phrase(
            en: "No household found: add it as a new household", nl: "Geen huishouden gevonden: voeg het toe als nieuw huishouden"),
        "form.register.finder.count.one": Phrase(en: "{1} household found", nl: "{1} huishouden gevonden"),
        "form.register.finder.count.other": Phrase(en: "{1} households found", nl: "{1} huishoudens gevonden"),
        "form.register.finder.failed": Phrase(en: "The search failed: {1}", nl: "Het zoeken mislukte: {1}"),
        "form.register.finder.new": Phrase(en: "New household…", nl: "Nieuw huishouden…"),
        "form.register.finder.new.detail": Phrase(
            en: "Address, buurt, language and members; households the team knows are checked first",
            nl: "Adres, buurt, taal en leden; eerst wordt gekeken of het team het huishouden al kent"),
        "form.register.finder.members": Phrase(en: "Members: {1}", nl: "Leden: {1}"),
        "form.register.finder.hint": Phrase(
            en: "type to search · ↑/↓ choose · Enter takes it · Esc back to the form",
            nl: "typ om te zoeken · ↑/↓ kiezen · Enter neemt het · Esc terug naar het formulier"),
        // A new household
        "form.register.new.title": Phrase(en: "New household", nl: "Nieuw huishouden"),
        "form.register.new.street": Phrase(en: "Street", nl: "Straat"),
        "form.register.new.number": Phrase(en: "Number", nl: "Huisnummer"),
        "form.register.new.addition": Phrase(en: "Addition", nl: "Toevoeging"),
        "form.register.new.postcode": Phrase(en: "Postcode", nl: "Postcode"),
        "form.register.new.buurt": Phrase(en: "Buurt", nl: "Buurt"),
        "form.register.new.language": Phrase(en: "Language", nl: "Taal"),
        "form.register.new.member": Phrase(en: "Member {1}", nl: "Lid {1}"),
        "form.register.new.born": Phrase(en: "born", nl: "geboren"),
        "form.register.new.role": Phrase(en: "role", nl: "rol"),
        "form.register.new.client": Phrase(en: "client", nl: "cliënt"),
        "form.register.new.add": Phrase(en: "Add a member (Enter)", nl: "Lid toevoegen (Enter)"),
        "form.register.new.born.format": Phrase(
            en: "{1}: '{2}' is not a birth date (1975-03-14 or 14-3-1975)",
            nl: "{1}: '{2}' is geen geboortedatum (1975-03-14 of 14-3-1975)"),
        "form.register.new.checking": Phrase(en: "Looking for households the team knows…", nl: "Kijken of het team dit huishouden kent…"),
        "form.register.new.failed": Phrase(
            en: "Could not look for known households: {1}", nl: "Kon niet kijken of het team het huishouden kent: {1}"),
        "form.register.new.hint": Phrase(
            en: "Enter next · Ctrl-S done · Ctrl-D removes a member · Esc back to the search",
            nl: "Enter volgende · Ctrl-S klaar · Ctrl-D haalt een lid weg · Esc terug naar zoeken"),
        // Look-alikes
        "form.register.duplicate.title": Phrase(en: "Possible duplicate", nl: "Mogelijk dubbel"),
        "form.register.duplicate.text": Phrase(
            en:
                "This may be a household the team already knows. Use it, or create the new household anyway: that is logged as a possible duplicate.",
            nl:
                "Dit is misschien een huishouden dat het team al kent. Gebruik dat, of maak toch een nieuw huishouden: dat wordt vastgelegd als mogelijk dubbel."
        ),
        "form.register.duplicate.use": Phrase(en: "Use {1}", nl: "Gebruik {1}"),
        "form.register.duplicate.create": Phrase(
            en: "Create the new household anyway (logged)", nl: "Toch het nieuwe huishouden maken (wordt vastgelegd)"),
        "form.register.duplicate.hint": Phrase(
            en: "↑/↓ choose · Enter takes it · Esc back to the new household",
            nl: "↑/↓ kiezen · Enter neemt het · Esc terug naar het nieuwe huishouden"),
        // Shell+FrontDoor.swift
        "shell.register.saved": Phrase(
            en: "Registered #{1} ({2}): it is in the triage queue", nl: "#{1} ({2}) geregistreerd: het staat in de triagewachtrij"),
        "shell.register.saved.safety": Phrase(
            en: "Registered #{1} ({2}), a safety signal: the Meldcode steps come first",
            nl: "#{1} ({2}) geregistreerd, een veiligheidssignaal: eerst de stappen van de Meldcode"),
    ]
}
