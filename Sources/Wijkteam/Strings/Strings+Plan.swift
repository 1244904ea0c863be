extension Strings {
    /// The plan: question, strengths, worries, goals with actions (issue 27).
    static let plan: Section = [
        "plan.point.strength": Phrase(en: "strength", nl: "kracht"),
        "plan.point.worry": Phrase(en: "worry", nl: "zorg"),
        "plan.owner.member": Phrase(en: "household member", nl: "gezinslid"),
        "plan.owner.tie": Phrase(en: "network", nl: "netwerk"),
        "plan.owner.professional": Phrase(en: "professional", nl: "professional"),
        "plan.owner.regisseur": Phrase(en: "regisseur", nl: "regisseur"),
        "plan.owner.regisseur_long": Phrase(en: "the regisseur of the wijkteam", nl: "de regisseur van het wijkteam"),
        "plan.what.question": Phrase(en: "the question", nl: "de hulpvraag"),
        "plan.invalid.evaluate_without_agreed": Phrase(
            en: "an evaluation day ({1}) needs the day the plan was agreed",
            nl: "een evaluatiedatum ({1}) vraagt de datum waarop het plan is afgesproken"),
        "plan.invalid.agreed_future": Phrase(
            en: "the plan cannot be agreed on {1}: that is after today ({2})",
            nl: "het plan kan niet op {1} zijn afgesproken: dat ligt na vandaag ({2})"),
        "plan.invalid.evaluate_missing": Phrase(
            en: "an agreed plan needs an evaluation day", nl: "een afgesproken plan heeft een evaluatiedatum nodig"),
        "plan.invalid.evaluate_order": Phrase(
            en: "the evaluation day {1} must be after the day the plan was agreed ({2})",
            nl: "de evaluatiedatum {1} moet na de afspraakdatum van het plan ({2}) liggen"),
        "plan.invalid.agreed_question": Phrase(
            en: "a plan can be agreed only with the household's question in it",
            nl: "een plan kan pas worden afgesproken als de hulpvraag van het huishouden erin staat"),
        "plan.invalid.agreed_goal": Phrase(
            en: "a plan can be agreed only with at least one goal", nl: "een plan kan pas worden afgesproken met minstens één doel"),
        "plan.invalid.point_text": Phrase(en: "a strength or worry needs text", nl: "een kracht of zorg heeft tekst nodig"),
        "plan.invalid.point_both": Phrase(
            en: "a strength or worry concerns a member or a tie, not both",
            nl: "een kracht of zorg gaat over een gezinslid of over iemand uit het netwerk, niet allebei"),
        "plan.invalid.person": Phrase(
            en: "person #{1} is not a current member of this household", nl: "persoon #{1} is geen huidig lid van dit huishouden"),
        "plan.invalid.tie": Phrase(
            en: "tie #{1} is not in this household's network", nl: "netwerkcontact #{1} hoort niet bij het netwerk van dit huishouden"),
        "plan.invalid.action_text": Phrase(
            en: "an action needs text: what will be done", nl: "een actie heeft tekst nodig: wat er gebeurt"),
        "plan.invalid.action_due": Phrase(
            en: "an action needs a due day unless it is done", nl: "een actie heeft een datum nodig, tenzij ze al gedaan is"),
        "plan.invalid.done_future": Phrase(
            en: "an action cannot be done on {1}: that is after today ({2})",
            nl: "een actie kan niet op {1} gedaan zijn: dat ligt na vandaag ({2})"),
        "plan.invalid.owner_member": Phrase(
            en: "an action for a household member names the member (person id)",
            nl: "een actie voor een gezinslid noemt het gezinslid (persoonsnummer)"),
        "plan.invalid.owner_tie": Phrase(
            en: "an action for the network names the tie", nl: "een actie voor het netwerk noemt het netwerkcontact"),
        "plan.invalid.owner_professional": Phrase(
            en: "an action for a professional names the professional (name and organisation)",
            nl: "een actie voor een professional noemt de professional (naam en organisatie)"),
        "plan.invalid.owner_extra": Phrase(
            en: "an action for the owner kind '{1}' names only what that kind needs",
            nl: "een actie voor eigenaar '{1}' noemt alleen wat bij die soort hoort"),
        "plan.name.person": Phrase(en: "person #{1}", nl: "persoon #{1}"),
        "plan.name.tie": Phrase(en: "tie #{1}", nl: "netwerkcontact #{1}"),
        "plan.md.title": Phrase(en: "Support plan of {1}", nl: "Ondersteuningsplan van {1}"),
        "plan.md.made": Phrase(en: "Made on {1} by the wijkteam (case {2}).", nl: "Gemaakt op {1} door het wijkteam (casus {2})."),
        "plan.md.agreed": Phrase(en: "Agreed with you on {1}.", nl: "Met u afgesproken op {1}."),
        "plan.md.not_agreed": Phrase(en: "This plan has not been agreed with you yet.", nl: "Dit plan is nog niet met u afgesproken."),
        "plan.md.evaluate": Phrase(en: "We look at it together again on {1}.", nl: "We bekijken het samen opnieuw op {1}."),
        "plan.md.question": Phrase(en: "Your question", nl: "Uw hulpvraag"),
        "plan.md.none": Phrase(en: "(none yet)", nl: "(nog niets)"),
        "plan.md.strengths": Phrase(en: "What goes well", nl: "Wat goed gaat"),
        "plan.md.worries": Phrase(en: "What worries", nl: "Waar we ons zorgen over maken"),
        "plan.md.goals": Phrase(en: "Goals and who does what", nl: "Doelen en wie wat doet"),
        "plan.md.whole_household": Phrase(en: "the whole household", nl: "het hele huishouden"),
        "plan.md.goal": Phrase(en: "Goal {1}: {2}", nl: "Doel {1}: {2}"),
        "plan.md.goal.about": Phrase(en: "About: {1} · for {2} · aim {3} of 5", nl: "Over: {1} · voor {2} · streven {3} van 5"),
        "plan.md.no_actions": Phrase(en: "No actions agreed yet.", nl: "Nog geen acties afgesproken."),
        "plan.md.action": Phrase(en: "{1} — {2} {3}", nl: "{1} — {2} {3}"),
        "plan.md.action.done": Phrase(en: "(done on {1})", nl: "(gedaan op {1})"),
        "plan.md.action.due": Phrase(en: "(by {1})", nl: "(uiterlijk {1})"),
        "plan.store.missing_point": Phrase(
            en: "strength or worry #{1} is not in the plan of case {2}", nl: "kracht of zorg #{1} staat niet in het plan van casus {2}"),
        "plan.store.missing_action": Phrase(
            en: "action #{1} is not in the plan of case {2}", nl: "actie #{1} staat niet in het plan van casus {2}"),
        "plan.store.goal_case": Phrase(en: "goal #{1} is not a goal of case {2}", nl: "doel #{1} is geen doel van casus {2}"),
        "plan.store.record.plan": Phrase(en: "the plan of case {1}", nl: "het plan van casus {1}"),
        "plan.store.record.point": Phrase(en: "strength or worry #{1}", nl: "kracht of zorg #{1}"),
        "plan.store.record.action": Phrase(en: "action #{1}", nl: "actie #{1}"),
        "plan.store.now.plan": Phrase(
            en: "question '{1}', agreed {2}, evaluation {3}", nl: "hulpvraag '{1}', afgesproken {2}, evaluatie {3}"),
        "plan.store.now.text": Phrase(en: "'{1}'", nl: "'{1}'"),
        "plan.store.already_done": Phrase(en: "action #{1} was already done on {2}", nl: "actie #{1} was al gedaan op {2}"),
        "plan.store.tie_in_plan": Phrase(
            en: "{1} is named in the plan of case {2} (a strength, an action or the route): change the plan first",
            nl: "{1} staat in het plan van casus {2} (een kracht, een actie of de route): pas eerst het plan aan"),
        "inzage.md.plan": Phrase(en: "The plan", nl: "Het plan"),
        "inzage.md.plan.question": Phrase(en: "question: {1}", nl: "hulpvraag: {1}"),
        "inzage.md.plan.agreed": Phrase(en: "agreed {1}, evaluation {2}", nl: "afgesproken {1}, evaluatie {2}"),
        "inzage.md.plan.strength": Phrase(en: "strength: {1}", nl: "kracht: {1}"),
        "inzage.md.plan.worry": Phrase(en: "worry: {1}", nl: "zorg: {1}"),
        "inzage.md.plan.action": Phrase(en: "action: {1} ({2})", nl: "actie: {1} ({2})"),
        "inzage.md.plan.yours": Phrase(en: "by you", nl: "door u"),
        "inzage.md.plan.done": Phrase(en: "done {1}", nl: "gedaan {1}"),
        "inzage.md.plan.due": Phrase(en: "by {1}", nl: "uiterlijk {1}"),
    ]
}
