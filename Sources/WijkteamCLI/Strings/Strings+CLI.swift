import Wijkteam

extension CLIStrings {
    /// What the command line (`Sources/WijkteamCLI`) prints. A count goes through `trCount`: each
    /// `cli.count.…` has a `.one` and an `.other` form.
    static let cli: Section = [
        // Counts ({1} is the number)
        "cli.count.households.one": Phrase(en: "1 household", nl: "1 huishouden"),
        "cli.count.households.other": Phrase(en: "{1} households", nl: "{1} huishoudens"),
        "cli.count.staff.one": Phrase(en: "1 staff member", nl: "1 medewerker"),
        "cli.count.staff.other": Phrase(en: "{1} staff", nl: "{1} medewerkers"),
        "cli.count.opencases.one": Phrase(en: "1 open case", nl: "1 open casus"),
        "cli.count.opencases.other": Phrase(en: "{1} open cases", nl: "{1} open casussen"),
        "cli.count.opencases.capital.one": Phrase(en: "Open cases 1", nl: "Open casussen 1"),
        "cli.count.opencases.capital.other": Phrase(en: "Open cases {1}", nl: "Open casussen {1}"),
        "cli.count.signals.one": Phrase(en: "1 signal", nl: "1 signaal"),
        "cli.count.signals.other": Phrase(en: "{1} signals", nl: "{1} signalen"),
        "cli.count.cases.one": Phrase(en: "1 case", nl: "1 casus"),
        "cli.count.cases.other": Phrase(en: "{1} cases", nl: "{1} casussen"),
        "cli.count.needyou.one": Phrase(en: "1 needs you", nl: "1 vraagt om jou"),
        "cli.count.needyou.other": Phrase(en: "{1} need you", nl: "{1} vragen om jou"),
        "cli.count.daysago.one": Phrase(en: "1 day ago", nl: "1 dag geleden"),
        "cli.count.daysago.other": Phrase(en: "{1} days ago", nl: "{1} dagen geleden"),
        "cli.count.waitingweeks.one": Phrase(en: "waiting 1 week", nl: "wachttijd 1 week"),
        "cli.count.waitingweeks.other": Phrase(en: "waiting {1} weeks", nl: "wachttijd {1} weken"),
        "cli.count.entries.one": Phrase(en: "1 journal entry", nl: "1 journaalnotitie"),
        "cli.count.entries.other": Phrase(en: "{1} journal entries", nl: "{1} journaalnotities"),
        "cli.count.rows.one": Phrase(en: "1 row", nl: "1 rij"),
        "cli.count.rows.other": Phrase(en: "{1} rows", nl: "{1} rijen"),
        "cli.count.openfollowups.one": Phrase(en: "1 open follow-up", nl: "1 open opvolging"),
        "cli.count.openfollowups.other": Phrase(en: "{1} open follow-ups", nl: "{1} open opvolgingen"),
        "cli.count.minutelines.one": Phrase(en: "1 minute line", nl: "1 verslagregel"),
        "cli.count.minutelines.other": Phrase(en: "{1} minute lines", nl: "{1} verslagregels"),

        // Words used in many lines
        "cli.none": Phrase(en: "none", nl: "geen"),
        "cli.unassigned": Phrase(en: "niet toegewezen", nl: "niet toegewezen"),
        "cli.household.new": Phrase(en: "new household", nl: "nieuw huishouden"),
        "cli.days.short": Phrase(en: "{1}d", nl: "{1}d"),

        // Errors and warnings on standard error
        "cli.error": Phrase(en: "wijkteam: error: {1}", nl: "wijkteam: fout: {1}"),
        "cli.warning.config": Phrase(en: "wijkteam: warning: {1}: {2}; ignoring the config", nl: "wijkteam: waarschuwing: {1}: {2}; de configuratie wordt genegeerd"),
        "cli.created.sample": Phrase(en: "wijkteam: created {1} from the sample district", nl: "wijkteam: {1} gemaakt uit de voorbeeldwijk"),
        "cli.minutes.written": Phrase(en: "wijkteam: minutes written to {1}", nl: "wijkteam: verslag geschreven naar {1}"),
        "cli.audit.broken": Phrase(en: "wijkteam: audit log broken at row {1}: {2}", nl: "wijkteam: toegangslog gebroken bij rij {1}: {2}"),
        "cli.error.lang": Phrase(
            en: "--lang '{1}' is not a language wijkteam speaks: use nl or en",
            nl: "--lang '{1}' is geen taal die wijkteam spreekt: gebruik nl of en"),
        "cli.error.nosample": Phrase(
            en: "no database at {1} and no sample-data/ folder found to create it from (set WIJKTEAM_SAMPLE_DATA)",
            nl: "geen database op {1} en geen map sample-data/ gevonden om hem uit te maken (zet WIJKTEAM_SAMPLE_DATA)"),
        "cli.error.nofolder": Phrase(
            en: "no sample-data/ folder found; name one with --from DIR", nl: "geen map sample-data/ gevonden; noem er een met --from MAP"),
        "cli.error.tour.own": Phrase(
            en:
                "the tour runs on a demo database such as the sample district, whose people are made up; {1} is a team's own database (try: wijkteam tour --db sample.sqlite after wijkteam init --db sample.sqlite)",
            nl:
                "de rondleiding draait op een demodatabase zoals de voorbeeldwijk, met verzonnen mensen; {1} is de eigen database van een team (probeer: wijkteam tour --db sample.sqlite na wijkteam init --db sample.sqlite)"
        ),
        "cli.error.as.postgres": Phrase(
            en: "--as is refused on {1}: on a team's server you are the login you connected with",
            nl: "--as wordt geweigerd op {1}: op de server van een team ben je de login waarmee je verbindt"),
        "cli.error.today.postgres": Phrase(
            en: "WIJKTEAM_TODAY is refused on a team's server: entries carry the real date",
            nl: "WIJKTEAM_TODAY wordt geweigerd op de server van een team: aantekeningen krijgen de echte datum"),
        "cli.server.needs_postgres": Phrase(
            en: "server init needs --db postgres://ADMIN@/DATABASE?host=SOCKETDIR: the server, as its administrator",
            nl: "server init heeft --db postgres://BEHEERDER@/DATABASE?host=SOCKETMAP nodig: de server, als de beheerder"),
        "cli.server.from_or_copy": Phrase(en: "give --from or --copy, not both", nl: "geef --from of --copy, niet allebei"),
        "cli.server.ready": Phrase(
            en: "Team {1} on {2}: tables, roles and need-to-know policies are up to date.",
            nl: "Team {1} op {2}: tabellen, rollen en need-to-know-regels zijn bijgewerkt."),
        "cli.server.loaded": Phrase(en: "Loaded a district of {1} households.", nl: "Een wijk met {1} huishoudens geladen."),
        "cli.server.login.made": Phrase(en: "login {1} made for {2}", nl: "login {1} gemaakt voor {2}"),
        "cli.server.login.kept": Phrase(en: "login {1} for {2} (already there)", nl: "login {1} voor {2} (bestond al)"),
        "cli.server.login.closed": Phrase(
            en: "login {1} for {2} closed: left the team on {3}", nl: "login {1} voor {2} afgesloten: uit het team sinds {3}"),
        "cli.server.hba": Phrase(
            en: "Add to pg_hba.conf (colleagues on this machine by their OS account; from elsewhere with a password, over TLS):",
            nl: "Zet in pg_hba.conf (collega's op deze machine via hun OS-account; van elders met een wachtwoord, over TLS):"),
        "cli.server.ident": Phrase(
            en: "Add to pg_ident.conf (OS account, login role), then reload the server:",
            nl: "Zet in pg_ident.conf (OS-account, loginrol), en laad de server opnieuw:"),
        "cli.server.connect": Phrase(
            en: "Each colleague connects as themselves: wijkteam --db 'postgres://ACCOUNT@/{1}?host={2}'",
            nl: "Iedere collega verbindt als zichzelf: wijkteam --db 'postgres://ACCOUNT@/{1}?host={2}'"),
        "cli.error.tour.postgres": Phrase(
            en:
                "the tour runs on a SQLite demo database, not on {1} (try: wijkteam tour --db sample.sqlite after wijkteam init --db sample.sqlite)",
            nl:
                "de rondleiding draait op een SQLite-demodatabase, niet op {1} (probeer: wijkteam tour --db sample.sqlite na wijkteam init --db sample.sqlite)"
        ),
        "cli.error.tour.terminal": Phrase(en: "the tour needs a terminal", nl: "de rondleiding heeft een terminal nodig"),
        "cli.error.date": Phrase(en: "{1} '{2}' is not a date; try {3}", nl: "{1} '{2}' is geen datum; probeer {3}"),
        "cli.error.oneof": Phrase(en: "{1} '{2}' is not one of: {3}", nl: "{1} '{2}' is niet een van: {3}"),
        "cli.error.init.force": Phrase(en: "--force does not replace a district on PostgreSQL: drop its tables (or schema) there first",
                                       nl: "--force vervangt geen wijk op PostgreSQL: verwijder daar eerst de tabellen (of het schema)"),
        "cli.error.init.mismatch": Phrase(en: "the district in {1} does not match what was loaded", nl: "de wijk in {1} komt niet overeen met wat er is geladen"),
        "cli.error.nocase": Phrase(en: "no case #{1} that you may see", nl: "geen casus #{1} die jij mag zien"),
        "cli.error.phase": Phrase(en: "'{1}' is not a phase ({2})", nl: "'{1}' is geen fase ({2})"),
        "cli.error.zrm.pair": Phrase(en: "'{1}' is not DOMAIN=SCORE (e.g. financien=3)", nl: "'{1}' is niet DOMEIN=SCORE (bv. financien=3)"),
        "cli.error.zrm.twice": Phrase(en: "{1} is given twice", nl: "{1} staat er twee keer"),
        "cli.error.audit.lead": Phrase(
            en: "the audit log is read by the team lead or the privacy officer; you are {1}",
            nl: "de toegangslog wordt gelezen door de teamleider of de functionaris gegevensbescherming; jij bent {1}"),
        "cli.error.limit": Phrase(en: "--limit must be 1…500", nl: "--limit moet 1…500 zijn"),
        "cli.error.nomeeting": Phrase(en: "no meeting #{1}; 'wijkteam meetings' lists them", nl: "geen overleg #{1}; 'wijkteam meetings' toont ze"),
        "cli.error.nomeetings": Phrase(en: "no meetings yet; start one in the meeting view (4, then s)", nl: "nog geen overleggen; start er een in het overlegscherm (4, dan s)"),
        "cli.error.write": Phrase(en: "cannot write {1}: {2}; nothing was written", nl: "kan {1} niet schrijven: {2}; er is niets geschreven"),
        "cli.error.settings.value": Phrase(en: "give a value: wijkteam settings {1} VALUE", nl: "geef een waarde: wijkteam settings {1} WAARDE"),
        "cli.error.settings.lead": Phrase(en: "only the team lead changes the team's agenda settings (you are {1})",
                                          nl: "alleen de teamleider wijzigt de agenda-instellingen van het team (jij bent {1})"),
        "cli.error.discuss.either": Phrase(en: "give either --question TEXT or --clear", nl: "geef --question TEKST of --clear"),
        "cli.error.discuss.empty": Phrase(en: "--question is empty", nl: "--question is leeg"),
        "cli.error.decide.due": Phrase(en: "--preventive/--outreaching and --due go together", nl: "--preventive/--outreaching en --due horen bij elkaar"),
        "cli.error.decide.regisseur": Phrase(en: "--regisseur would be ignored: on the route {1} the team keeps no case",
                                             nl: "--regisseur zou genegeerd worden: op de route {1} houdt het team geen casus"),
        "cli.error.copy.url": Phrase(en: "--to '{1}' is not a PostgreSQL URL: postgres://user@host/database", nl: "--to '{1}' is geen PostgreSQL-URL: postgres://gebruiker@host/database"),
        "cli.error.copy.mismatch": Phrase(en: "the copy in {1} does not match {2}", nl: "de kopie in {1} komt niet overeen met {2}"),
        "cli.error.goal.version": Phrase(en: "--id changes a goal: give --version too, the goal's version you saw (wijkteam household ID --json)",
                                         nl: "--id wijzigt een doel: geef ook --version, de versie van het doel die je zag (wijkteam household ID --json)"),
        "cli.error.goal.id": Phrase(en: "--version goes with --id: a new goal has no version yet", nl: "--version hoort bij --id: een nieuw doel heeft nog geen versie"),
        "cli.error.audit.household": Phrase(en: "--verify checks the whole chain; --household only narrows the listing",
                                            nl: "--verify controleert de hele keten; --household beperkt alleen de lijst"),
        "cli.error.audit.json": Phrase(en: "--verify prints a verdict, not a listing: leave out --json", nl: "--verify geeft een oordeel, geen lijst: laat --json weg"),
        "cli.error.network.width": Phrase(en: "--width shapes the text map; --json has no width", nl: "--width vormt de tekstkaart; --json heeft geen breedte"),
        "cli.error.postgres.file": Phrase(en: "{1} is a PostgreSQL database: this command writes a SQLite file; move one over with wijkteam copy --from FILE --to {1}",
                                          nl: "{1} is een PostgreSQL-database: dit commando schrijft een SQLite-bestand; zet er een over met wijkteam copy --from BESTAND --to {1}"),
        "cli.error.postgres.missing": Phrase(en: "{1} is a PostgreSQL database, and this wijkteam was built without PostgreSQL: build it with swift build --traits PostgreSQL",
                                             nl: "{1} is een PostgreSQL-database, en deze wijkteam is gebouwd zonder PostgreSQL: bouw hem met swift build --traits PostgreSQL"),
        "cli.error.today": Phrase(en: "WIJKTEAM_TODAY '{1}' is not a date (YYYY-MM-DD)", nl: "WIJKTEAM_TODAY '{1}' is geen datum (JJJJ-MM-DD)"),
        "cli.error.today.real": Phrase(
            en: "WIJKTEAM_TODAY moves the date on demo databases only; {1} is a team's own database, "
                + "where every entry carries the real date: unset WIJKTEAM_TODAY (nothing was done)",
            nl: "WIJKTEAM_TODAY verzet de datum alleen op demodatabases; {1} is de eigen database van een team, "
                + "waar elke regel de echte datum krijgt: haal WIJKTEAM_TODAY weg (er is niets gedaan)"),
        "cli.error.markdown.json": Phrase(en: "choose --markdown or --json, not both", nl: "kies --markdown of --json, niet allebei"),

        // init, generate, copy
        "cli.init.created": Phrase(en: "Created {1}: {2}", nl: "{1} gemaakt: {2}"),
        "cli.generate.generating": Phrase(en: "generating {1}…", nl: "{1} maken…"),
        "cli.generate.done": Phrase(en: "Created {1} in {2} s: {3} (seed {4}).", nl: "{1} gemaakt in {2} s: {3} (seed {4})."),
        "cli.copy.table": Phrase(en: "table", nl: "tabel"),
        "cli.copy.columns": Phrase(en: "sqlite  postgres", nl: "sqlite  postgres"),
        "cli.copy.different": Phrase(en: "DIFFERENT", nl: "VERSCHILLEND"),
        "cli.copy.audit": Phrase(en: "audit chain on {1}: {2}", nl: "toegangslogketen op {1}: {2}"),
        "cli.copy.audit.ok": Phrase(en: "verified ({1})", nl: "gecontroleerd ({1})"),
        "cli.copy.audit.broken": Phrase(en: "BROKEN at row {1}: {2}", nl: "GEBROKEN bij rij {1}: {2}"),

        // board
        "cli.board.title": Phrase(en: "{1} — {2}", nl: "{1} — {2}"),
        "cli.board.column": Phrase(en: "{1} — {2} — load {3}/{4} {5}", nl: "{1} — {2} — belasting {3}/{4} {5}"),
        "cli.board.column.away": Phrase(en: "{1} ({2}) — {3} — load {4}/{5} {6}", nl: "{1} ({2}) — {3} — belasting {4}/{5} {6}"),
        "cli.board.level.ok": Phrase(en: "ok", nl: "ok"),
        "cli.board.level.high": Phrase(en: "high", nl: "hoog"),
        "cli.board.level.over": Phrase(en: "over", nl: "over"),
        "cli.board.unassigned": Phrase(en: "Niet toegewezen — {1}", nl: "Niet toegewezen — {1}"),
        "cli.board.contact": Phrase(en: "contact {1}", nl: "contact {1}"),
        "cli.flag.safety": Phrase(en: "SAFETY", nl: "VEILIGHEID"),
        "cli.flag.discussion": Phrase(en: "bespreken", nl: "bespreken"),

        // household
        "cli.household.title": Phrase(en: "{1} ({2}) — {3}, {4} — language {5}", nl: "{1} ({2}) — {3}, {4} — taal {5}"),
        "cli.household.members": Phrase(en: "Members:", nl: "Gezinsleden:"),
        "cli.household.client": Phrase(en: "(client)", nl: "(cliënt)"),
        "cli.household.case": Phrase(en: "Case #{1} — {2} — regisseur {3}", nl: "Casus #{1} — {2} — regisseur {3}"),
        "cli.household.case.safety": Phrase(en: " — SAFETY (Meldcode)", nl: " — VEILIGHEID (Meldcode)"),
        "cli.household.question": Phrase(en: "  Question: {1}", nl: "  Vraag: {1}"),
        "cli.household.question.withheld": Phrase(en: "(safety case, not shared with you: need-to-know)", nl: "(veiligheidscasus, niet met jou gedeeld: need-to-know)"),
        "cli.household.behind": Phrase(en: "  Behind it: {1}", nl: "  Vraag erachter: {1}"),
        "cli.household.domains": Phrase(en: "  Domains: {1}", nl: "  Domeinen: {1}"),
        "cli.household.discussion": Phrase(en: "  For discussion: {1}", nl: "  Ter bespreking: {1}"),
        "cli.household.lastcontact": Phrase(en: "  Last contact: {1} ({2})", nl: "  Laatste contact: {1} ({2})"),
        "cli.household.goal": Phrase(en: "  Goal: {1} → {2}{3}: {4}", nl: "  Doel: {1} → {2}{3}: {4}"),
        "cli.household.provision": Phrase(en: "  Provision: {1} — {2} — {3}, {4}", nl: "  Voorziening: {1} — {2} — {3}, {4}"),
        "cli.household.followup": Phrase(en: "  Follow-up: {1} due {2}{3} — {4}", nl: "  Opvolging: {1} op {2}{3} — {4}"),
        "cli.household.followup.done": Phrase(en: "(done)", nl: "(afgerond)"),
        "cli.household.followup.overdue": Phrase(en: "(OVERDUE)", nl: "(TE LAAT)"),
        "cli.household.zrm": Phrase(en: "ZRM (latest, change since previous):", nl: "ZRM (laatste, verandering sinds de vorige):"),
        "cli.household.journal": Phrase(en: "Journal (latest first):", nl: "Journaal (nieuwste eerst):"),
        "cli.network.title": Phrase(en: "Network of {1} ({2})", nl: "Netwerk van {1} ({2})"),

        // journal, case work, search
        "cli.journal.withheld": Phrase(en: "(sensitive entry, not shared with you: need-to-know)", nl: "(gevoelige notitie, niet met jou gedeeld: need-to-know)"),
        "cli.journal.sensitive": Phrase(en: "sensitive", nl: "gevoelig"),
        "cli.journal.sensitive.tag": Phrase(en: "[sensitive]", nl: "[gevoelig]"),
        "cli.journal.added": Phrase(en: "Journal entry #{1} added to case #{2} ({3}, {4})", nl: "Journaalnotitie #{1} toegevoegd aan casus #{2} ({3}, {4})"),
        "cli.journal.added.sensitive": Phrase(en: "Journal entry #{1} added to case #{2} ({3}, {4}, sensitive)", nl: "Journaalnotitie #{1} toegevoegd aan casus #{2} ({3}, {4}, gevoelig)"),
        "cli.journal.none": Phrase(en: "No journal entries for case #{1}.", nl: "Geen journaalnotities bij casus #{1}."),
        "cli.phase.done": Phrase(en: "Case #{1} is now in {2} (version {3})", nl: "Casus #{1} is nu in {2} (versie {3})"),
        "cli.goal.added": Phrase(en: "Plan goal #{1} added: {2} → {3} (version {4})", nl: "Plandoel #{1} toegevoegd: {2} → {3} (versie {4})"),
        "cli.goal.changed": Phrase(en: "Plan goal #{1} changed: {2} → {3} (version {4})", nl: "Plandoel #{1} gewijzigd: {2} → {3} (versie {4})"),
        "cli.close.done": Phrase(en: "Case #{1} closed", nl: "Casus #{1} gesloten"),
        "cli.close.done.followups": Phrase(en: "Case #{1} closed; {2} closed with it", nl: "Casus #{1} gesloten; {2} mee gesloten"),
        "cli.member.added": Phrase(en: "{1} is on case #{2}", nl: "{1} zit op casus #{2}"),
        "cli.member.removed": Phrase(en: "{1} is no longer on case #{2}", nl: "{1} zit niet meer op casus #{2}"),
        "cli.caseload.title": Phrase(en: "Caseload of {1}: {2}, {3}", nl: "Caseload van {1}: {2}, {3}"),
        "cli.search.none": Phrase(en: "No journal entries found that you may read.", nl: "Geen journaalnotities gevonden die jij mag lezen."),
        "cli.search.count": Phrase(en: "{1}:", nl: "{1}:"),
        "cli.search.count.limit": Phrase(en: "{1} (the newest {2}; --limit shows more):", nl: "{1} (de nieuwste {2}; --limit toont meer):"),

        // assign, flag, follow-ups
        "cli.assign.done": Phrase(en: "Case #{1}: regisseur {2} (version {3}).", nl: "Casus #{1}: regisseur {2} (versie {3})."),
        "cli.flag.done": Phrase(en: "Case #{1}: {2} follow-up due {3}, owner {4}.", nl: "Casus #{1}: opvolging {2} op {3}, eigenaar {4}."),
        "cli.followups.none": Phrase(en: "No follow-ups.", nl: "Geen opvolgingen."),
        "cli.followups.done": Phrase(en: "done", nl: "afgerond"),
        "cli.followups.open": Phrase(en: "open", nl: "open"),
        "cli.followups.overdue": Phrase(en: "OVERDUE {1}d", nl: "TE LAAT {1}d"),

        // audit
        "cli.audit.intact": Phrase(en: "Audit log intact: {1}, hash chain verified", nl: "Toegangslog intact: {1}, hashketen gecontroleerd"),
        "cli.audit.household": Phrase(en: "household {1}", nl: "huishouden {1}"),
        "cli.audit.case": Phrase(en: "case #{1}", nl: "casus #{1}"),
        "cli.audit.as": Phrase(en: "{1} as {2}", nl: "{1} als {2}"),
        "cli.audit.none": Phrase(en: "No audit rows.", nl: "Geen rijen in de toegangslog."),
        "cli.audit.none.household": Phrase(en: "No audit rows for household {1}.", nl: "Geen rijen in de toegangslog voor huishouden {1}."),

        // triage
        "cli.triage.none": Phrase(en: "Nothing waiting for triage.", nl: "Niets wacht op triage."),
        "cli.triage.signal": Phrase(en: "signal #{1} · score {2}", nl: "signaal #{1} · score {2}"),
        "cli.triage.safety": Phrase(en: "SAFETY (Meldcode)", nl: "VEILIGHEID (Meldcode)"),
        "cli.triage.why": Phrase(en: "why: {1}", nl: "waarom: {1}"),
        "cli.triage.regisseur": Phrase(en: "regisseur: {1} ({2})", nl: "regisseur: {1} ({2})"),
        "cli.triage.already": Phrase(en: "already regisseur of case #{1}", nl: "al regisseur van casus #{1}"),
        "cli.decide.done": Phrase(en: "Signal #{1}: {2} → case #{3} ({4}, regisseur {5})", nl: "Signaal #{1}: {2} → casus #{3} ({4}, regisseur {5})"),
        "cli.decide.followup": Phrase(en: "{1} follow-up due {2}", nl: "opvolging {1} op {2}"),

        // meeting
        "cli.agenda.none": Phrase(en: "Nothing on the agenda.", nl: "Niets op de agenda."),
        "cli.agenda.signal": Phrase(en: "signal #{1} {2}", nl: "signaal #{1} {2}"),
        "cli.agenda.question": Phrase(en: "question: {1}", nl: "vraag: {1}"),
        "cli.discuss.on": Phrase(en: "Case #{1} is up for discussion: {2}", nl: "Casus #{1} staat ter bespreking: {2}"),
        "cli.discuss.off": Phrase(en: "Case #{1} is off the agenda.", nl: "Casus #{1} staat niet meer op de agenda."),
        "cli.meetings.none": Phrase(en: "No meetings yet. Start one in the meeting view (4, then s).", nl: "Nog geen overleggen. Start er een in het overlegscherm (4, dan s)."),
        "cli.meetings.line": Phrase(en: "chair {1} · {2} discussed · {3}", nl: "voorzitter {1} · {2} besproken · {3}"),

        // themes
        "cli.themes.none": Phrase(en: "No themes in {1}; the built-in default is used.", nl: "Geen thema's in {1}; het ingebouwde standaardthema wordt gebruikt."),
        "cli.themes.broken": Phrase(en: "BROKEN: {1}", nl: "KAPOT: {1}"),
        "cli.themes.folder": Phrase(en: "Theme folder: {1}. Choose with --theme NAME or `theme = \"NAME\"` in {2}.",
                                    nl: "Themamap: {1}. Kies met --theme NAAM of `theme = \"NAAM\"` in {2}."),
    ]
}
