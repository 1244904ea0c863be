extension Strings {
    /// The front door: registrations, new households and people, their matching (FrontDoor.swift).
    static let frontDoor: Section = [
        "validation.postcode": Phrase(
            en: "'{1}' is not a postcode (four digits and two letters: 1234 AB)",
            nl: "'{1}' is geen postcode (vier cijfers en twee letters: 1234 AB)"),
        "validation.house_number": Phrase(
            en: "'{1}' is not a house number (1 to 99999; an addition goes apart)",
            nl: "'{1}' is geen huisnummer (1 tot en met 99999; een toevoeging apart)"),
        "validation.addition": Phrase(
            en: "'{1}' is not a house number addition (at most 10 letters or digits)",
            nl: "'{1}' is geen huisnummertoevoeging (hoogstens 10 letters of cijfers)"),
        "validation.language": Phrase(
            en: "'{1}' is not a language code (two or three letters: nl, tr, ar, tir)",
            nl: "'{1}' is geen taalcode (twee of drie letters: nl, tr, ar, tir)"),
        "validation.phone": Phrase(
            en: "'{1}' is not a phone number (digits, spaces, + - ( ), at most 30)",
            nl: "'{1}' is geen telefoonnummer (cijfers, spaties, + - ( ), hoogstens 30)"),
        "validation.born": Phrase(
            en: "'{1}' is neither a birth year (1975) nor a birth date (1975-03-14)",
            nl: "'{1}' is geen geboortejaar (1975) en geen geboortedatum (1975-03-14)"),
        "validation.birth_date.future": Phrase(en: "birth date {1} is after today", nl: "geboortedatum {1} ligt na vandaag"),
        "validation.intake.partner": Phrase(
            en: "a vroegsignalering signal names its partner (rent, energy, water, health_insurer, other)",
            nl: "een vroegsignalering noemt de partner (rent, energy, water, health_insurer, other)"),
        "validation.intake.partner_only": Phrase(
            en: "only a vroegsignalering signal has a partner", nl: "alleen een vroegsignalering heeft een partner"),
        "validation.intake.hard_date_kind": Phrase(
            en: "a kind of hard date needs the date itself", nl: "een soort harde datum vraagt om de datum zelf"),
        "validation.arrears.months": Phrase(
            en: "{1} months in arrears is not plausible (0 to 240)", nl: "{1} maanden achterstand is niet aannemelijk (0 tot en met 240)"),
        "validation.arrears.amount": Phrase(
            en: "an arrears of € {1} is not plausible (at most € 1,000,000)",
            nl: "een achterstand van € {1} is niet aannemelijk (hoogstens € 1.000.000)"),
        "validation.household.no_members": Phrase(
            en: "a new household has at least one member", nl: "een nieuw huishouden heeft minstens één lid"),
        "validation.what.reporter": Phrase(en: "the reporter's name", nl: "de naam van de melder"),
        "validation.what.organisation": Phrase(en: "the organisation", nl: "de organisatie"),
        "validation.what.reference": Phrase(en: "the reference", nl: "het kenmerk"),
        "validation.what.street": Phrase(en: "the street", nl: "de straat"),
        "validation.what.question": Phrase(en: "the question", nl: "de vraag"),
        "validation.what.received": Phrase(en: "the date received", nl: "de ontvangstdatum"),
        "validation.what.reason": Phrase(en: "the reason", nl: "de reden"),
        "store.denied.team.register": Phrase(
            en: "registering and changing households is team work; you are outside the team",
            nl: "aanmelden en huishoudens wijzigen is teamwerk; jij valt buiten het team"),
        "store.signal.reference_known": Phrase(
            en: "{1} reference {2} was imported before", nl: "kenmerk {2} van {1} is al eerder ingelezen"),
        "store.record.household": Phrase(en: "household {1}", nl: "huishouden {1}"),
        "store.record.person": Phrase(en: "person {1}", nl: "persoon {1}"),
        "store.person.already_left": Phrase(en: "{1} already left the household", nl: "{1} hoort al niet meer bij het huishouden"),
        "store.case.already_open": Phrase(
            en: "household #{1} already has an open case (#{2})", nl: "huishouden #{1} heeft al een open casus (#{2})"),
        "store.case.not_closed": Phrase(en: "case #{1} is not closed", nl: "casus #{1} is niet afgesloten"),
        "store.case.reopened_note": Phrase(en: "Case reopened: {1}", nl: "Casus heropend: {1}"),
        "error.possible_duplicate": Phrase(
            en: "this may be a household the team knows: {1}; choose it, or confirm to add anyway",
            nl: "dit is misschien een huishouden dat het team kent: {1}; kies dat, of bevestig om toch toe te voegen"),
        "match.reason.address": Phrase(en: "same address", nl: "zelfde adres"),
        "match.reason.person": Phrase(en: "{1}, same name and birth date", nl: "{1}, zelfde naam en geboortedatum"),
        "leaving.moved_out": Phrase(en: "moved out", nl: "verhuisd"),
        "leaving.died": Phrase(en: "died", nl: "overleden"),
        "partner.rent": Phrase(en: "rent (landlord)", nl: "huur (verhuurder)"),
        "partner.energy": Phrase(en: "energy", nl: "energie"),
        "partner.water": Phrase(en: "water", nl: "water"),
        "partner.health_insurer": Phrase(en: "health insurer", nl: "zorgverzekeraar"),
        "partner.other": Phrase(en: "other creditor", nl: "andere schuldeiser"),
        "harddate.eviction": Phrase(en: "eviction", nl: "ontruiming"),
        "harddate.cut_off": Phrase(en: "cut-off", nl: "afsluiting"),
        "harddate.court": Phrase(en: "court date", nl: "zitting"),
        "harddate.other": Phrase(en: "other", nl: "anders"),
    ]
}
