import Wijkteam

extension CLIStrings {
    /// The Meldcode since 2019 and the Kindcheck (MeldcodeCommands.swift, the triage list).
    static let meldcode: Section = [
        "cli.meldcode.step": Phrase(en: "step must be 1–5", nl: "stap moet 1–5 zijn"),
        "cli.meldcode.acute_step": Phrase(
            en: "--acute is step 5 at once (leave the step out, or give 5)", nl: "--acute is meteen stap 5 (laat de stap weg, of geef 5)"),
        "cli.meldcode.missing": Phrase(en: "step {1} needs {2}", nl: "stap {1} vraagt {2}"),
        "cli.meldcode.note_without_step": Phrase(
            en: "--note records a step: name the step (1–5), or --acute", nl: "--note legt een stap vast: noem de stap (1–5), of --acute"),
        "cli.meldcode.done": Phrase(en: "Signal #{1}: {2} recorded by {3}.", nl: "Signaal #{1}: {2} vastgelegd door {3}."),
        "cli.meldcode.header": Phrase(en: "Signal #{1}: {2}", nl: "Signaal #{1}: {2}"),
        "cli.meldcode.none": Phrase(en: "no steps recorded yet", nl: "nog geen stappen vastgelegd"),
        "cli.meldcode.withheld": Phrase(en: "(withheld: you may not read this signal)", nl: "(afgeschermd: je mag dit signaal niet lezen)"),
        "cli.meldcode.next": Phrase(
            en: "next: 'wijkteam meldcode {1} {2} --note …' (or --acute, or --end unfounded|handed_over with the step)",
            nl: "volgende: 'wijkteam meldcode {1} {2} --note …' (of --acute, of --end unfounded|handed_over bij de stap)"),
        "cli.kindcheck.none": Phrase(en: "Case #{1}: no Kindcheck recorded yet", nl: "Casus #{1}: nog geen Kindcheck vastgelegd"),
        "cli.kindcheck.line": Phrase(en: "Kindcheck by {1} on {2}: {3} · {4}", nl: "Kindcheck door {1} op {2}: {3} · {4}"),
        "cli.kindcheck.worry": Phrase(en: "worry about the children's safety", nl: "zorg over de veiligheid van de kinderen"),
        "cli.kindcheck.no_worry": Phrase(en: "no worry", nl: "geen zorg"),
        "cli.kindcheck.signal": Phrase(
            en: "safety signal #{1} registered: record its Meldcode with 'wijkteam meldcode {1} 1 --note …'",
            nl: "veiligheidssignaal #{1} geregistreerd: leg de Meldcode vast met 'wijkteam meldcode {1} 1 --note …'"),
        "cli.kindcheck.missing": Phrase(en: "a Kindcheck needs {1}", nl: "een Kindcheck vraagt {1}"),
        "cli.kindcheck.done": Phrase(en: "Case #{1}: Kindcheck recorded ({2}).", nl: "Casus #{1}: Kindcheck vastgelegd ({2})."),
    ]
}
