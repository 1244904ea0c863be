import Wijkteam

extension CLIStrings {
    static let erasure: Section = [
        // ErasureCommands.swift
        "cli.erase.reason": Phrase(
            en: "--reason must say why (the resident's request)", nl: "--reason moet zeggen waarom (het verzoek van de bewoner)"),
        "cli.erase.refused": Phrase(
            en: "Person #{1} is not erased; nothing was changed:", nl: "Persoon #{1} is niet gewist; er is niets gewijzigd:"),
        "cli.erase.would": Phrase(
            en: "Erasing person #{1} would do this (dry run, nothing changed):",
            nl: "Wissen van persoon #{1} zou dit doen (proef, niets gewijzigd):"),
        "cli.erase.done": Phrase(en: "Person #{1} erased:", nl: "Persoon #{1} gewist:"),
        "cli.erase.until": Phrase(en: " (until {1})", nl: " (tot {1})"),
        "cli.erase.subject.person": Phrase(en: "person #{1}", nl: "persoon #{1}"),
        "cli.erase.subject.case": Phrase(en: "case #{1}", nl: "casus #{1}"),
        "cli.erase.subject.journal": Phrase(en: "journal entries about them", nl: "journaalregels over hen"),
        "cli.erase.subject.corrections": Phrase(
            en: "old and new values of their corrections", nl: "oude en nieuwe waarden van hun correcties"),
        "cli.erase.subject.zrm": Phrase(en: "their ZRM scores", nl: "hun ZRM-scores"),
        "cli.erase.subject.household": Phrase(en: "household #{1} (name, address, network)", nl: "huishouden #{1} (naam, adres, netwerk)"),
        "cli.erase.subject.log": Phrase(en: "the access log", nl: "de toegangslog"),
        "cli.correct.reason": Phrase(
            en: "--reason must say why (the resident's request)", nl: "--reason moet zeggen waarom (het verzoek van de bewoner)"),
        "cli.correct.nothing": Phrase(
            en: "give what to correct: --name, --born or --role", nl: "geef wat er gecorrigeerd wordt: --name, --born of --role"),
        "cli.correct.done": Phrase(
            en: "Corrected: {1} (version {2}); the old value is kept", nl: "Gecorrigeerd: {1} (versie {2}); de oude waarde is bewaard"),
        "cli.correct.history.none": Phrase(en: "Nothing was corrected about person #{1}.", nl: "Over persoon #{1} is niets gecorrigeerd."),
        "cli.correct.history.line": Phrase(en: "{1}  {2}: {3} → {4}  ({5}; by {6})", nl: "{1}  {2}: {3} → {4}  ({5}; door {6})"),
        "cli.correct.history.local": Phrase(en: "maintenance", nl: "beheer"),
        // RetentionCommand.swift
        "cli.retention.both": Phrase(en: "choose one of --dry-run and --apply", nl: "kies één van --dry-run en --apply"),
        "cli.retention.set": Phrase(
            en: "--set takes LAW=YEARS with LAW one of {2}; not {1}", nl: "--set verwacht WET=JAREN met WET een van {2}; niet {1}"),
        "cli.retention.period": Phrase(en: "{1}: {2} years ({3})", nl: "{1}: {2} jaar ({3})"),
        "cli.retention.none": Phrase(en: "No case is due on {1}.", nl: "Geen casus is op {1} aan de beurt."),
        "cli.retention.estimated": Phrase(en: "{1} (estimated)", nl: "{1} (geschat)"),
        "cli.retention.line": Phrase(
            en: "  case #{1} (household #{2}): {3}, closed {4}, {5} years: due since {6}",
            nl: "  casus #{1} (huishouden #{2}): {3}, gesloten {4}, {5} jaar: aan de beurt sinds {6}"),
        "cli.retention.would": Phrase(
            en: "Dry run: cases that would be anonymised: {1}; households with them: {2}; nothing changed ('--apply' does it).",
            nl: "Proef: casussen die geanonimiseerd zouden worden: {1}; huishoudens mee: {2}; niets gewijzigd ('--apply' doet het)."),
        "cli.retention.applied": Phrase(
            en: "Cases anonymised: {1}; households with them: {2}; the figures still count them.",
            nl: "Casussen geanonimiseerd: {1}; huishoudens mee: {2}; de cijfers tellen ze nog mee."),
    ]
}
