import Wijkteam

extension CLIStrings {
    static let staff: Section = [
        // StaffCommands.swift
        "cli.staff.present": Phrase(en: "present", nl: "aanwezig"),
        "cli.staff.line.short": Phrase(en: "{1}  {2} — {3}", nl: "{1}  {2} — {3}"),
        "cli.staff.line": Phrase(
            en: "{1}  {2} — {3}, {4} — load {5}/{6} {7} — {8}", nl: "{1}  {2} — {3}, {4} — belasting {5}/{6} {7} — {8}"),
        "cli.staff.line.days": Phrase(en: " — part-time: {1}", nl: " — deeltijd: {1}"),
        "cli.staff.line.more": Phrase(en: "    expertise: {1} · languages: {2}", nl: "    expertise: {1} · talen: {2}"),
        "cli.staff.said": Phrase(en: "{1} ({2}), {3}, {4} (version {5})", nl: "{1} ({2}), {3}, {4} (versie {5})"),
        "cli.staff.added": Phrase(en: "Added to the team: {1}.", nl: "Toegevoegd aan het team: {1}."),
        "cli.staff.update.nothing": Phrase(
            en: "nothing to change: give --name, --role, --discipline, --capacity, --expertise, --languages, --work-days or --account",
            nl: "niets te wijzigen: geef --name, --role, --discipline, --capacity, --expertise, --languages, --work-days of --account"),
        "cli.staff.updated": Phrase(en: "Changed: {1}.", nl: "Gewijzigd: {1}."),
        "cli.staff.unchanged": Phrase(en: "Nothing changed: {1}.", nl: "Niets gewijzigd: {1}."),
        "cli.staff.away": Phrase(en: "Recorded: {1}.", nl: "Vastgelegd: {1}."),
        "cli.staff.back": Phrase(en: "Back: {1}.", nl: "Terug: {1}."),
        "cli.staff.back.ended": Phrase(
            en: "  the absence ({1}) ended on {2}; its covers ended with it",
            nl: "  de afwezigheid ({1}) is geëindigd op {2}; de waarneming eindigde mee"),
        "cli.staff.back.removed": Phrase(
            en: "  the absence ({1}) from {2} had not begun: removed",
            nl: "  de afwezigheid ({1}) vanaf {2} was nog niet begonnen: verwijderd"),
        "cli.staff.leaves": Phrase(
            en: "{1} ({2}) leaves the team on {3}; the record, its history and the access log stay (version {4}).",
            nl: "{1} ({2}) verlaat het team op {3}; de gegevens, hun geschiedenis en het toegangslogboek blijven (versie {4})."),
        "cli.staff.cover.which": Phrase(
            en: "give --case N (repeat for more) or --all, not both", nl: "geef --case N (herhaal voor meer) of --all, niet allebei"),
        "cli.staff.cover": Phrase(en: "{1} covers case #{2} for {3} ({4}).", nl: "{1} neemt casus #{2} waar voor {3} ({4})."),
    ]
}
