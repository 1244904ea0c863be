import Wijkteam

extension ScreenStrings {
    /// Typing into forms and options: choice fields that filter,
    /// refusals that show what a record is now, undoing a triage decision.
    static let editing: Section = [
        // ChoiceField in the forms (TerminalKit has no string table)
        "form.choice.hint": Phrase(en: "←/→ or type to narrow", nl: "←/→ of typ om te zoeken"),

        // TieForm.swift: a refused change opens again with what was typed and what is there now
        "form.refused.reason": Phrase(en: "Not saved: {1}", nl: "Niet opgeslagen: {1}"),
        "form.refused.field": Phrase(en: "{1} is now: {2}", nl: "{1} is nu: {2}"),
        "form.refused.same": Phrase(en: "It now reads as you typed it.", nl: "Het staat er nu zoals jij het typte."),
        "form.tie.hint.again.add": Phrase(en: "Enter adds it again · Esc drops it", nl: "Enter voegt het opnieuw toe · Esc laat het weg"),
        "form.refused.again": Phrase(en: "Enter saves yours over it · Esc keeps theirs", nl: "Enter zet het jouwe eroverheen · Esc laat het hunne staan"),
        "form.tie.refused.gone": Phrase(en: "A colleague removed this tie meanwhile: Enter adds it again as you typed it · Esc drops it",
                                        nl: "Een collega heeft dit contact intussen verwijderd: Enter voegt het opnieuw toe zoals je het typte · Esc laat het weg"),

        // TriageFlow.swift: the route starts on none, the decision is confirmed
        "form.triage.route.none": Phrase(en: "— no route chosen yet (↑/↓ or type) —", nl: "— nog geen route gekozen (↑/↓ of typ) —"),
        "form.triage.route.suggested": Phrase(en: "{1} · suggested", nl: "{1} · voorgesteld"),
        "form.triage.route.suggested.safety": Phrase(en: "a safety signal: the Meldcode is done, the safety route is the usual next step",
                                                     nl: "een veiligheidssignaal: de Meldcode is doorlopen, de veiligheidsroute ligt voor de hand"),
        "form.triage.route.choose": Phrase(en: "Choose a route first: ↑/↓ or type its name · Esc cancels",
                                           nl: "Kies eerst een route: ↑/↓ of typ de naam · Esc annuleren"),
        "form.triage.confirm.title": Phrase(en: "Save this decision for signal #{1}?", nl: "Dit besluit voor signaal #{1} opslaan?"),
        "form.triage.confirm.route": Phrase(en: "Route: {1}", nl: "Route: {1}"),
        "form.triage.confirm.regisseur": Phrase(en: "Regisseur: {1}", nl: "Regisseur: {1}"),
        "form.triage.confirm.regisseur.keep": Phrase(en: "{1} (stays)", nl: "{1} (blijft)"),
        "form.triage.confirm.regisseur.none": Phrase(en: "nobody yet", nl: "nog niemand"),
        "form.triage.confirm.followup": Phrase(en: "Follow-up: {1}, due {2}", nl: "Opvolging: {1}, uiterlijk {2}"),
        "form.triage.confirm.followup.none": Phrase(en: "Follow-up: none", nl: "Opvolging: geen"),
        "form.triage.confirm.effect": Phrase(en: "The signal leaves the queue; u on the triage view undoes the decision.",
                                             nl: "Het signaal gaat uit de wachtrij; u in de triage draait het besluit terug."),
        "form.triage.confirm.keys": Phrase(en: "Enter or y saves · n or Esc saves nothing", nl: "Enter of j slaat op · n of Esc slaat niets op"),

        // Shell.swift: undoing a triage decision
        "command.triage.undo.name": Phrase(en: "undo decision", nl: "besluit terugdraaien"),
        "command.triage.undo.help": Phrase(en: "Undo the last triage decision made here: the signal goes back into the queue",
                                           nl: "Het laatste triagebesluit van hier terugdraaien: het signaal gaat terug in de wachtrij"),
        "shell.triage.decided.undoable": Phrase(en: "{1} · u undoes", nl: "{1} · u draait terug"),
        "shell.triage.undone": Phrase(en: "Decision undone: signal #{1} is back in the queue, case #{2} as it was",
                                      nl: "Besluit teruggedraaid: signaal #{1} staat weer in de wachtrij, casus #{2} zoals hij was"),
        "shell.triage.undone.closed": Phrase(en: "Decision undone: signal #{1} is back in the queue, case #{2} made by it is closed",
                                             nl: "Besluit teruggedraaid: signaal #{1} staat weer in de wachtrij, de casus #{2} die het maakte is gesloten"),
        "shell.triage.undo.nothing": Phrase(en: "No triage decision to undo", nl: "Geen triagebesluit om terug te draaien"),
    ]
}
