extension Strings {
    static let store: Section = [
        // CaseWorkStore.swift
        "store.phase.blocked": Phrase(en: "case #{1} stays in {2}: {3}", nl: "casus #{1} blijft in {2}: {3}"),
        "store.person.missing": Phrase(en: "no person {1}", nl: "geen persoon {1}"),
        "store.zrm.no_open_case": Phrase(en: "{1}'s household has no open case to measure for", nl: "het huishouden van {1} heeft geen open casus om voor te meten"),
        "store.zrm.changed_meanwhile": Phrase(en: "ZRM of {1}: {2}. Nothing was saved; your scores are still in the form.", nl: "ZRM van {1}: {2}. Er is niets opgeslagen; je scores staan nog in het formulier."),
        "store.goal.missing": Phrase(en: "no goal #{1} on case #{2} (removed meanwhile?)", nl: "geen doel #{1} bij casus #{2} (intussen verwijderd?)"),
        "store.record.goal": Phrase(en: "goal #{1}", nl: "plandoel #{1}"),
        "store.goal.now": Phrase(en: "it is now {1} → target {2}: {3}", nl: "het is nu {1} → doelscore {2}: {3}"),
        "store.denied.case_members": Phrase(en: "only the regisseur of case #{1} or the team lead adds colleagues to it", nl: "alleen de regisseur van casus #{1} of de teamleider voegt er collega's aan toe"),
        "store.denied.case": Phrase(en: "case #{1} is not shared with you (need-to-know)", nl: "casus #{1} is niet met je gedeeld (need-to-know)"),
        "store.denied.household": Phrase(en: "household {1} is not shared with you (need-to-know)", nl: "huishouden {1} is niet met je gedeeld (need-to-know)"),
        "store.case_now.phase": Phrase(en: "phase {1}", nl: "fase {1}"),
        "store.case_now.regisseur": Phrase(en: "regisseur {1}", nl: "regisseur {1}"),
        "store.case_now.no_regisseur": Phrase(en: "regisseur none", nl: "geen regisseur"),
        "store.case_now.discussion": Phrase(en: "up for discussion: {1}", nl: "ingebracht om te bespreken: {1}"),
        "store.case_now.closed": Phrase(en: "closed: {1}", nl: "afgesloten: {1}"),
        "store.record.case": Phrase(en: "case #{1}", nl: "casus #{1}"),
        "store.case.changed_while_saving": Phrase(en: "case #{1} changed while saving; nothing was saved", nl: "casus #{1} is tijdens het opslaan gewijzigd; er is niets opgeslagen"),

        // MeetingStore.swift
        "store.discussion.now": Phrase(en: "it is now up for discussion: {1}", nl: "de casus is nu ingebracht om te bespreken: {1}"),
        "store.discussion.changed": Phrase(en: "regisseur or phase changed", nl: "regisseur of fase is gewijzigd"),
        "store.settings.out_of_range": Phrase(en: "{1} must be from {2} to {3}", nl: "{1} moet van {2} tot en met {3} zijn"),
        "store.denied.team.agenda_settings": Phrase(en: "agenda settings is team work; you are outside the team", nl: "de agenda-instellingen zijn teamwerk; jij valt buiten het team"),
        "store.denied.team.meeting": Phrase(en: "the case meeting is team work; you are outside the team", nl: "het casusoverleg is teamwerk; jij valt buiten het team"),
        "store.denied.team.meeting_decisions": Phrase(en: "meeting decisions is team work; you are outside the team", nl: "besluiten in het overleg zijn teamwerk; jij valt buiten het team"),
        "store.meeting.missing": Phrase(en: "no meeting #{1}", nl: "geen overleg #{1}"),
        "store.meeting.ended": Phrase(en: "meeting #{1} has ended (perhaps in another terminal); nothing was saved", nl: "overleg #{1} is afgelopen (misschien in een andere terminal); er is niets opgeslagen"),

        // SQLiteStore.swift
        "store.error.missing_database": Phrase(en: "no database at {1} (create one with: wijkteam init --db {1})", nl: "geen database op {1} (maak er een met: wijkteam init --db {1})"),
        "store.error.already_exists": Phrase(en: "a database already exists at {1} (use --force to replace it)", nl: "er staat al een database op {1} (gebruik --force om die te vervangen)"),
        "store.error.newer_schema": Phrase(en: "{1} was written by a newer version of wijkteam (unknown migrations: {2}); update wijkteam before opening it", nl: "{1} is geschreven door een nieuwere versie van wijkteam (onbekende migraties: {2}); werk wijkteam bij voordat je het opent"),
        "store.error.not_a_database": Phrase(en: "{1} is not a wijkteam database: {2}", nl: "{1} is geen wijkteam-database: {2}"),
        "store.error.needs_upgrade": Phrase(en: "{1} needs an upgrade ({2}) that read-only opening cannot make; open it once without read-only first", nl: "{1} heeft een upgrade nodig ({2}) die alleen-lezen openen niet kan uitvoeren; open het eerst één keer zonder alleen-lezen"),
        "store.error.shared": Phrase(
            en: "{1}. A SQLite database is one person's: nothing was opened. To make it private: chmod 600 {2}. "
                + "For a team, use a PostgreSQL team database (README, \"PostgreSQL\").",
            nl: "{1}. Een SQLite-database is van één persoon: er is niets geopend. Maak hem privé met: chmod 600 {2}. "
                + "Gebruik voor een team een PostgreSQL-teamdatabase (README, \"PostgreSQL\")."),
        "store.error.shared.mode": Phrase(
            en: "other accounts can read or change {1} (mode {2})", nl: "andere accounts kunnen {1} lezen of wijzigen (modus {2})"),
        "store.error.shared.owner": Phrase(en: "{1} belongs to another account ({2})", nl: "{1} is van een ander account ({2})"),
        "store.error.create": Phrase(en: "cannot create {1}: {2}", nl: "kan {1} niet maken: {2}"),
        "store.busy": Phrase(en: "the database is busy: another terminal kept it locked for {1} s; nothing was saved, try again", nl: "de database is bezet: een andere terminal hield hem {1} s op slot; er is niets opgeslagen, probeer het opnieuw"),
        // PostgresStore.swift
        "store.pg.conflict": Phrase(
            en: "others changed the same records at the same moment {1} times in a row; nothing was saved, try again",
            nl:
                "anderen wijzigden {1} keer achter elkaar op hetzelfde moment dezelfde gegevens; er is niets opgeslagen, probeer het opnieuw"
        ),
        "store.pg.unguarded": Phrase(
            en:
                "{1}: this login finds no team database with need-to-know policies (a colleague's login finds its team's; to set one up, the server's administrator runs `wijkteam server init --db {1} --team NAME`, README: PostgreSQL)",
            nl:
                "{1}: deze login vindt geen teamdatabase met need-to-know-regels (de login van een collega vindt die van zijn team; om er een op te zetten draait de beheerder van de server `wijkteam server init --db {1} --team NAAM`, README: PostgreSQL)"
        ),
        "store.pg.guard_behind": Phrase(
            en: "{1} is behind this wijkteam: the server's administrator runs `wijkteam server init` again to bring it up to date",
            nl: "{1} loopt achter op deze wijkteam: de beheerder van de server draait `wijkteam server init` opnieuw om hem bij te werken"),
        "store.pg.not_a_colleague": Phrase(
            en:
                "the login {1} is no colleague in the team's staff list on {2}: the team lead adds the account, the administrator runs `wijkteam server init` again",
            nl:
                "de login {1} staat niet als collega in de teamlijst op {2}: de teamleider voegt het account toe, de beheerder draait `wijkteam server init` opnieuw"
        ),
        "store.pg.left_team": Phrase(
            en: "the login {1} left the team on {2}: it no longer reads or changes anything on {3}",
            nl: "de login {1} is op {2} uit het team gegaan: die leest en wijzigt niets meer op {3}"),
        "store.pg.no_district": Phrase(
            en: "{1} holds no district yet (load one with: wijkteam init --db {1}, or wijkteam copy --from FILE --to {1})",
            nl: "{1} bevat nog geen wijk (laad er een met: wijkteam init --db {1}, of wijkteam copy --from BESTAND --to {1})"),
        "store.pg.write_inside_read": Phrase(
            en: "a change was asked for inside a read; nothing was saved",
            nl: "er werd een wijziging gevraagd midden in het lezen; er is niets opgeslagen"),
        // StoreOffline.swift, PostgresSession.swift
        "store.offline.closed": Phrase(en: "the connection was closed", nl: "de verbinding is verbroken"),
        "store.offline.timeout": Phrase(en: "no answer within {1} s", nl: "geen antwoord binnen {1} s"),
        "store.offline.read": Phrase(en: "the server cannot be reached ({1})", nl: "de server is niet bereikbaar ({1})"),
        "store.offline.not_saved": Phrase(
            en: "not saved, still here: the server cannot be reached ({1}); save again when it is back",
            nl: "niet opgeslagen, staat er nog: de server is niet bereikbaar ({1}); sla opnieuw op als hij terug is"),
        "store.offline.unknown": Phrase(
            en:
                "the server went away while saving ({1}): whether it was saved is not known; it is still here, and the screen is read again when the server is back: look there before saving again",
            nl:
                "de server viel weg tijdens het opslaan ({1}): of het is opgeslagen is niet bekend; het staat er nog, en het scherm wordt opnieuw gelezen als de server terug is: kijk daar voor je opnieuw opslaat"
        ),
        "store.known_by.regisseur": Phrase(en: "regisseur of case #{1} in {2}", nl: "regisseur van casus #{1} in {2}"),
        "store.known_by.journal": Phrase(en: "journal entry of {1}", nl: "journaalnotitie van {1}"),
        "store.denied.team.assign": Phrase(en: "assigning a regisseur is team work; you are outside the team", nl: "een regisseur toewijzen is teamwerk; jij valt buiten het team"),
        "store.regisseur_now": Phrase(en: "regisseur is now {1}, phase {2}", nl: "regisseur is nu {1}, fase {2}"),
        "store.regisseur_now.nobody": Phrase(en: "regisseur is now nobody, phase {1}", nl: "er is nu geen regisseur, fase {1}"),
        "store.follow_up.outcome_required": Phrase(en: "say what came of the follow-up (an outcome note is required)", nl: "zeg wat de opvolging opleverde (een uitkomst is verplicht)"),
        "store.follow_up.missing": Phrase(en: "no follow-up #{1}", nl: "geen opvolging #{1}"),
        "store.record.follow_up": Phrase(en: "follow-up #{1}", nl: "opvolging #{1}"),
        "store.follow_up.now.done": Phrase(en: "it was marked done: {1}", nl: "die is al afgerond: {1}"),
        "store.follow_up.now.due": Phrase(en: "due {1}, owner {2}", nl: "gepland op {1}, eigenaar {2}"),
        "store.follow_up.now.due.no_owner": Phrase(en: "due {1}, owner none", nl: "gepland op {1}, geen eigenaar"),
        "store.follow_up.already_done": Phrase(en: "follow-up #{1} is already done", nl: "opvolging #{1} is al afgerond"),

        // SearchStore.swift
        "store.search.nothing": Phrase(en: "nothing to search for: type a word (letters or digits)", nl: "niets om op te zoeken: typ een woord (letters of cijfers)"),

        // TieStore.swift
        "store.tie.missing": Phrase(en: "no tie #{1} (removed meanwhile?)", nl: "geen contact #{1} (intussen verwijderd?)"),
        "store.tie.other_household": Phrase(en: "tie #{1} belongs to another household", nl: "contact #{1} hoort bij een ander huishouden"),
        "store.record.tie": Phrase(en: "tie {1}", nl: "contact {1}"),
        "store.tie.now": Phrase(en: "strength {1}, support {2}", nl: "sterkte {1}, steun {2}"),
        "store.tie.changed": Phrase(en: "someone changed it meanwhile", nl: "iemand heeft het intussen gewijzigd"),

        // TriageStore.swift
        "store.signal.missing": Phrase(en: "no signal #{1}", nl: "geen signaal #{1}"),
        "store.minute.triage": Phrase(en: "Triage of signal #{1} ({2}): {3}", nl: "Triage van signaal #{1} ({2}): {3}"),
        "store.denied.team.meldcode": Phrase(en: "the Meldcode is team work; you are outside the team", nl: "de Meldcode is teamwerk; jij valt buiten het team"),
        "store.denied.safety_signal": Phrase(en: "safety signal #{1} is for the team lead and whoever is on the household's case", nl: "veiligheidssignaal #{1} is alleen voor de teamleider en wie op de casus van het huishouden staat"),
        "store.signal.not_safety": Phrase(en: "signal #{1} is not a safety signal; the Meldcode does not apply", nl: "signaal #{1} is geen veiligheidssignaal; de Meldcode is niet van toepassing"),
        "store.signal.already_triaged": Phrase(en: "signal #{1} was already triaged", nl: "over signaal #{1} is al een triagebesluit genomen"),
        "store.denied.team.triage": Phrase(en: "triage is team work; you are outside the team", nl: "triage is teamwerk; jij valt buiten het team"),
        "store.record.signal": Phrase(en: "signal #{1}", nl: "signaal #{1}"),
        "store.signal.changed": Phrase(en: "someone else recorded a Meldcode step or a decision", nl: "iemand anders heeft een Meldcode-stap of een besluit vastgelegd"),
        "store.signal.no_household": Phrase(en: "signal #{1} is not linked to a household yet; register the household first", nl: "signaal #{1} is nog niet aan een huishouden gekoppeld; registreer eerst het huishouden"),
        "store.triage.follow_up_needs_open_case": Phrase(en: "a follow-up needs a case the team keeps open; the {1} route closes it", nl: "een opvolging vraagt om een casus die het team openhoudt; de route {1} sluit de casus af"),

        // TriageUndoStore.swift
        "store.triage.undo.back_in_queue": Phrase(en: "it is back in the queue already", nl: "het staat al weer in de wachtrij"),
        "store.triage.undo.not_triaged": Phrase(en: "signal #{1} is no longer triaged to that case: nothing to undo",
                                                nl: "signaal #{1} is niet meer naar die casus getrieerd: niets terug te draaien"),
        "store.triage.undo.follow_up_gone": Phrase(en: "follow-up #{1} of the decision is gone: the decision cannot be undone",
                                                   nl: "opvolging #{1} van het besluit is weg: het besluit kan niet worden teruggedraaid"),
        "store.triage.undo.case_in_use": Phrase(en: "case #{1} has open follow-ups planned since: close it with a reason instead",
                                                nl: "casus #{1} heeft sindsdien geplande opvolgingen: sluit hem liever af met een reden"),

        // SQLiteStore.swift: a change asked for in a read-only session
        "readonly.refused": Phrase(en: "read-only session (--read-only, or new staff): nothing was written",
                                   nl: "alleen-lezen (--read-only, of nieuwe collega): er is niets opgeslagen"),
    ]
}
