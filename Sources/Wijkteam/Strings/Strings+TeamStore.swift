extension Strings {
    static let teamStore: Section = [
        // TeamStore.swift
        "store.denied.team_lead": Phrase(en: "only the team lead changes the team", nl: "alleen de teamleider wijzigt het team"),
        "store.record.staff": Phrase(en: "staff member {1}", nl: "medewerker {1}"),
        "store.team.now.capacity": Phrase(en: "capacity {1}", nl: "capaciteit {1}"),
        "store.team.changed_while_saving": Phrase(
            en: "staff member {1} changed while saving; nothing was saved",
            nl: "medewerker {1} is tijdens het opslaan gewijzigd; er is niets opgeslagen"),
        "store.team.id_taken": Phrase(en: "there is already a staff member with id '{1}'", nl: "er is al een medewerker met id '{1}'"),
        "store.team.id_pattern": Phrase(
            en: "staff id '{1}' must be 1 to 64 letters, digits, - or _",
            nl: "medewerker-id '{1}' moet 1 tot 64 letters, cijfers, - of _ zijn"),
        "store.team.what.discipline": Phrase(en: "discipline", nl: "discipline"),
        "store.team.capacity": Phrase(
            en: "capacity {1} must be a number from {2} to {3}", nl: "capaciteit {1} moet een getal van {2} tot en met {3} zijn"),
        "store.team.no_language": Phrase(en: "a staff member speaks at least one language", nl: "een medewerker spreekt minstens één taal"),
        "store.team.work_days": Phrase(
            en: "work days must be days of the week (mon … sun)", nl: "werkdagen moeten dagen van de week zijn (mon … sun)"),
        "store.team.account_pattern": Phrase(
            en: "account '{1}' must be 1 to 64 characters without spaces or control characters",
            nl: "account '{1}' moet 1 tot 64 tekens zijn zonder spaties of stuurtekens"),
        "store.team.account_taken": Phrase(
            en: "account '{1}' already belongs to staff member {2}; one account opens one staff record",
            nl: "account '{1}' hoort al bij medewerker {2}; één account opent één medewerker"),
        "store.team.away.backwards": Phrase(
            en: "the away period ends ({1}) before it starts ({2})", nl: "de afwezigheid eindigt ({1}) voordat ze begint ({2})"),
        "store.team.away.open": Phrase(en: "further notice", nl: "nader bericht"),
        "store.team.away.overlap": Phrase(
            en: "{1} is already away then ({2} from {3} until {4}); change that period instead",
            nl: "{1} is dan al afwezig ({2} van {3} tot {4}); wijzig die periode liever"),
        "store.team.away.after_leaving": Phrase(
            en: "{1} leaves the team on {2}: no absence after that", nl: "{1} verlaat het team op {2}: geen afwezigheid daarna"),
        "store.team.not_away": Phrase(
            en: "{1} is not away and has no absence planned", nl: "{1} is niet afwezig en heeft geen afwezigheid gepland"),
        "store.team.left_already": Phrase(en: "{1} left the team already (on {2})", nl: "{1} heeft het team al verlaten (op {2})"),
        "store.team.leave.open_cases": Phrase(
            en: "{1} is still regisseur of open cases {2}; hand them over first: wijkteam staff handover {1}",
            nl: "{1} is nog regisseur van open casussen {2}; draag ze eerst over: wijkteam staff handover {1}"),
        "store.team.role.open_cases": Phrase(
            en: "{1} is regisseur of open cases {3}, which a {2} cannot hold; hand them over first: wijkteam staff handover {1}",
            nl: "{1} is regisseur van open casussen {3}, wat een {2} niet kan zijn; draag ze eerst over: wijkteam staff handover {1}"),
        "store.team.last_lead": Phrase(
            en: "{1} is the team's only team lead; name another team lead first",
            nl: "{1} is de enige teamleider; benoem eerst een andere teamleider"),
        "store.team.has_left": Phrase(
            en: "{1} left the team on {2} and takes no new work", nl: "{1} heeft het team verlaten op {2} en krijgt geen nieuw werk"),

        // CoverStore.swift
        "store.cover.not_away": Phrase(
            en: "{1} is not away today: a cover is named for an absence",
            nl: "{1} is vandaag niet afwezig: waarneming is er voor een afwezigheid"),
        "store.cover.self": Phrase(en: "{1} cannot cover for themselves", nl: "{1} kan niet voor zichzelf waarnemen"),
        "store.cover.unavailable": Phrase(en: "{1} cannot cover: {2}", nl: "{1} kan niet waarnemen: {2}"),
        "store.cover.no_cases": Phrase(en: "{1} has no open cases to cover", nl: "{1} heeft geen open casussen om waar te nemen"),
        "store.cover.not_theirs": Phrase(en: "case #{1} is not {2}'s", nl: "casus #{1} is niet van {2}"),

        // Identity.swift
        "identity.left": Phrase(
            en: "{1} left the team on {2}: their account no longer opens wijkteam",
            nl: "{1} heeft het team verlaten op {2}: dit account opent wijkteam niet meer"),
    ]
}
