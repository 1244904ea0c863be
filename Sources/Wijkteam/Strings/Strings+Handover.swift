extension Strings {
    static let handover: Section = [
        // HandoverStore.swift
        "store.denied.handover.plan": Phrase(
            en: "a handover plan is team work; you are outside the team", nl: "een overdrachtsplan is teamwerk; jij valt buiten het team"),
        "store.denied.handover": Phrase(
            en: "only the team lead hands a caseload over", nl: "alleen de teamleider draagt een caseload over"),
        "store.handover.nothing": Phrase(
            en: "nothing to hand over: no case of {1} has a new regisseur in the plan",
            nl: "niets over te dragen: geen casus van {1} heeft in het plan een nieuwe regisseur"),
        "store.handover.twice": Phrase(en: "the plan names a case twice", nl: "het plan noemt een casus twee keer"),
        "store.handover.to_self": Phrase(
            en: "{1} cannot take over their own cases", nl: "{1} kan de eigen casussen niet overnemen"),
        "store.handover.receiver_unavailable": Phrase(
            en: "{1} cannot take cases now ({2}); nothing was handed over",
            nl: "{1} kan nu geen casussen aannemen ({2}); er is niets overgedragen"),
        "store.handover.undo_left": Phrase(
            en: "{1} has left the team: the cases cannot go back; nothing was changed",
            nl: "{1} is uit het team: de casussen kunnen niet terug; er is niets gewijzigd"),
        "store.handover.case_now": Phrase(en: "case #{1} is now: {2}", nl: "casus #{1} is nu: {2}"),
        "store.handover.changed": Phrase(
            en: "cases changed since the plan ({1}); nothing was handed over",
            nl: "casussen zijn gewijzigd sinds het plan ({1}); er is niets overgedragen"),
        "store.handover.journal": Phrase(
            en: "regisseur changed: handover from {1} to {2}", nl: "regisseur gewijzigd: overdracht van {1} aan {2}"),
        "store.handover.journal.back": Phrase(
            en: "regisseur changed back: handover undone ({1} to {2})",
            nl: "regisseur teruggezet: overdracht ongedaan gemaakt ({1} aan {2})"),
    ]
}
