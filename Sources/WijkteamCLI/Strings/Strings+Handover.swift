import Wijkteam

extension CLIStrings {
    static let handover: Section = [
        // StaffHandoverCommand.swift
        "cli.handover.error.both": Phrase(en: "choose one of --plan and --apply", nl: "kies één van --plan en --apply"),
        "cli.handover.error.to": Phrase(
            en: "--to takes CASE=STAFF, e.g. --to 12=s3; not {1}", nl: "--to verwacht CASUS=MEDEWERKER, bijvoorbeeld --to 12=s3; niet {1}"),
        "cli.handover.error.case": Phrase(en: "case #{1} is not an open case of {2}", nl: "casus #{1} is geen open casus van {2}"),
        "cli.handover.error.choose": Phrase(
            en: "{1} cannot take case #{2}: not a regisseur, away, leaving or unknown",
            nl: "{1} kan casus #{2} niet aannemen: geen regisseur, afwezig, vertrekt of onbekend"),
        "cli.handover.none": Phrase(
            en: "{1} has no open cases: nothing to hand over.", nl: "{1} heeft geen open casussen: niets over te dragen."),
        "cli.handover.title": Phrase(en: "Handover of {1} ({2}): {3}", nl: "Overdracht van {1} ({2}): {3}"),
        "cli.handover.line": Phrase(en: "#{1} · {2} · weight {3} → {4} ({5})", nl: "#{1} · {2} · gewicht {3} → {4} ({5})"),
        "cli.handover.line.nobody": Phrase(
            en: "#{1} · {2} · weight {3} → nobody available", nl: "#{1} · {2} · gewicht {3} → niemand beschikbaar"),
        "cli.handover.changed": Phrase(en: "(changed)", nl: "(gewijzigd)"),
        "cli.handover.receivers": Phrase(en: "Who takes what:", nl: "Wie neemt wat:"),
        "cli.handover.receiver": Phrase(
            en: "{1} ({2}): {3}, load {4} → {5} of {6}", nl: "{1} ({2}): {3}, belasting {4} → {5} van {6}"),
        "cli.handover.receiver.over": Phrase(en: "over capacity", nl: "boven capaciteit"),
        "cli.handover.how": Phrase(
            en: "Apply with --apply (team lead); change a line with --to CASE=STAFF.",
            nl: "Voer uit met --apply (teamleider); wijzig een regel met --to CASUS=MEDEWERKER."),
        "cli.handover.applied": Phrase(en: "Handed over from {1}: {2}", nl: "Overgedragen van {1}: {2}"),
        "cli.handover.moved": Phrase(en: "#{1} → {2} ({3}), version {4}", nl: "#{1} → {2} ({3}), versie {4}"),
        "cli.handover.kept": Phrase(en: "#{1} stays with {2}: nobody available", nl: "#{1} blijft bij {2}: niemand beschikbaar"),
        "cli.handover.undo": Phrase(
            en:
                "The command line keeps no undo between runs: the team view's handover screen can undo right after applying; here, give a case back with wijkteam assign CASE STAFF --version N.",
            nl:
                "De opdrachtregel bewaart geen ongedaan maken tussen aanroepen: het overdrachtsscherm in het teamoverzicht kan het direct na uitvoeren terugdraaien; geef hier een casus terug met wijkteam assign CASUS MEDEWERKER --version N."
        ),
    ]
}
