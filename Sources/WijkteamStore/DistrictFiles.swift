import Wijkteam

// The shape of a district folder (sample-data/): district.yaml, staff.yaml, households/*.yaml.
// Keys are snake_case as people write them; see README "District files".

struct DistrictFile: Decodable {
    var name: String
    var municipality: String
    var wijk: String
    var buurten: [String]
    var reference_date: Day
    var demo: Bool?
}

struct StaffFile: Decodable {
    var staff: [StaffEntry]
}

struct StaffEntry: Decodable {
    var id: String
    var name: String
    var role: StaffRole
    var discipline: String?
    var expertise: [LifeDomain]?
    var capacity: Double
    var languages: [String]?
    var onLeave: Bool?
    var account: String?
    /// Periods away (issue 24); `on_leave: true` is a leave until further notice from the reference date.
    var away: [AwayEntry]?
    var workDays: [String]?
    var leftOn: Day?

    enum CodingKeys: String, CodingKey {
        case id, name, role, discipline, expertise, capacity, languages, account, away
        case onLeave = "on_leave", workDays = "work_days", leftOn = "left_on"
    }
}

struct AwayEntry: Decodable {
    var from: Day
    var to: Day?
    var kind: AbsenceKind
}

struct HouseholdFile: Decodable {
    var id: Int
    var name: String
    var address: AddressEntry
    var language: String?
    var note: String?
    var members: [MemberEntry]
    var ties: [TieEntry]?
    var cases: [CaseEntry]?
    var zrm: [ZRMEntry]?
    var signals: [SignalEntry]?
}

struct AddressEntry: Decodable {
    var street: String
    var number: String
    var addition: String?
    var postcode: String?
    var buurt: String
}

struct MemberEntry: Decodable {
    var id: Int
    var name: String
    /// A birth year (1975) or date (1975-03-14), as written.
    var born: String
    var role: MemberRole
    var client: Bool?
    /// The day the member moved out or died (kept in the household's history), and why.
    var leftOn: Day?
    var leftReason: LeavingReason?
    enum CodingKeys: String, CodingKey {
        case id, name, born, role, client, leftOn = "left_on", leftReason = "left_reason"
    }
}

struct TieEntry: Decodable {
    var name: String
    var sector: Sector
    var relation: String
    var organisation: Bool?
    var strength: TieStrength
    var support: [SupportKind]?
    var carerHours: Int?
    /// Since when the mantelzorger gives the care (YYYY-MM-DD, not after the reference date).
    var carerSince: Day?
    /// How heavy the carer feels it, 1–5.
    var carerBurden: Int?
    var exhausted: Bool?
    var secrecy: Bool?
    var consent: Bool?

    enum CodingKeys: String, CodingKey {
        case name, sector, relation, organisation, strength, support, exhausted, secrecy, consent
        case carerHours = "carer_hours", carerSince = "carer_since", carerBurden = "carer_burden"
    }
}

struct CaseEntry: Decodable {
    var id: Int
    var opened: Day
    var source: SignalSource
    var presenting: String
    var behind: String?
    var domains: [LifeDomain]
    var phase: Phase
    var regisseur: String?
    var complexity: Int?
    var safety: Bool?
    var discussion: String?
    var closedReason: String?
    /// The day a closed case closed (its retention period runs from it); else estimated from its last contact.
    var closedOn: Day?
    var followUps: [FollowUpEntry]?
    var goals: [GoalEntry]?
    var provisions: [ProvisionEntry]?
    var journal: [JournalEntryFile]?
    /// Colleagues explicitly added to the case (need-to-know: they may read its sensitive entries).
    var members: [String]?
    /// A colleague covering the case while its regisseur is away (waarneming): the regisseur
    /// must be away on the reference date.
    var cover: String?
    /// The Kindcheck recorded on an adult client's case with children (issue 26).
    var kindcheck: KindcheckEntry?
    /// The plan (issue 27): question, dates, strengths and worries.
    var plan: PlanEntry?
    /// The case's dated history (issue 29): the phases it entered and the regisseurs it got.
    var history: [HistoryEntry]?

    enum CodingKeys: String, CodingKey {
        case id, opened, source, presenting, behind, domains, phase, regisseur, complexity, safety, discussion
        case closedReason = "closed_reason", closedOn = "closed_on", followUps = "follow_ups"
        case goals, provisions, journal, members, cover, kindcheck, plan, history
    }
}

struct FollowUpEntry: Decodable {
    var kind: FollowUpKind
    var due: Day
    var owner: String?
    var note: String?
    var done: Bool?
    var outcome: String?
    /// The day a done follow-up was completed (the monitor counts it in that month).
    var doneOn: Day?
    enum CodingKeys: String, CodingKey {
        case kind, due, owner, note, done, outcome, doneOn = "done_on"
    }
}

/// One dated event in a case's history: `{phase: triage, on: 2026-02-03}` or
/// `{regisseur: daan, on: 2026-02-03}` (`regisseur: none`: the case lost its regisseur).
/// A file's day is a fact (source `record`) unless it says `estimated: true`.
struct HistoryEntry: Decodable {
    var phase: Phase?
    var regisseur: String?
    var on: Day
    var estimated: Bool?
}

struct GoalEntry: Decodable {
    var domain: LifeDomain
    var person: Int?
    var target: Int
    var text: String
    /// The plan's actions under this goal and the route to support for it (issue 27).
    var actions: [PlanActionEntry]?
    var route: RouteEntry?
}

struct ProvisionEntry: Decodable {
    var kind: ProvisionKind
    var provider: String
    var description: String
    var status: ProvisionStatus
    var waitingWeeks: Int?
    var start: Day?
    var networkReason: String?
    // Issue 27 (FORMAT27.md): the provision's life, dated; the product "02/02A01"; the goal (1-based).
    var requestedOn: Day?
    var waitingSince: Day?
    var endedOn: Day?
    var endReason: String?
    var product: String?
    var goal: Int?

    enum CodingKeys: String, CodingKey {
        case kind, provider, description, status, start, product, goal
        case waitingWeeks = "waiting_weeks", networkReason = "network_reason"
        case requestedOn = "requested_on", waitingSince = "waiting_since", endedOn = "ended_on", endReason = "end_reason"
    }
}

struct JournalEntryFile: Decodable {
    var date: Day
    var kind: JournalKind
    var author: String?
    var text: String
    var sensitive: Bool?
    /// The member the entry is about (an inzage leaves another member's sensitive entries out).
    var about: Int?
}

/// A ZRM measurement in a district file: the scores, and the domains not assessed (named, or
/// every domain not scored with `rest_not_assessed: true`); a domain neither scored nor marked
/// leaves the measurement partial (it does not count as a baseline).
struct ZRMEntry: Decodable {
    var person: Int
    var date: Day
    var scores: [String: Int]
    var notAssessed: [String]?
    var restNotAssessed: Bool?
    enum CodingKeys: String, CodingKey {
        case person, date, scores, notAssessed = "not_assessed", restNotAssessed = "rest_not_assessed"
    }
}

struct SignalEntry: Decodable {
    var date: Day
    var source: SignalSource
    var description: String
    var domains: [LifeDomain]
    var safety: Bool?
    /// Who reported, and whether they gave their name in confidence (left out of an inzage).
    var reporter: String?
    var reporterConfidential: Bool?
    /// The case the signal was triaged into (else it waits in triage).
    var caseID: Int?
    /// A date that cannot move (eviction, cut-off, court): triage urgency counts down to it.
    var hardDate: Day?
    var hardDateKind: HardDateKind?
    /// The Meldcode steps already recorded for a safety signal.
    var meldcode: [MeldcodeEntry]?
    enum CodingKeys: String, CodingKey {
        case date, source, description, domains, safety, reporter, reporterConfidential = "reporter_confidential", caseID = "case"
        case hardDate = "hard_date", hardDateKind = "hard_date_kind"
        case meldcode
    }
}

struct KindcheckEntry: Decodable {
    var by: String
    var on: Day
    var worry: Bool
    var note: String
}

/// One recorded Meldcode step in a district file, with the structured fields by their column names.
struct MeldcodeEntry: Decodable {
    var step: Int?
    var by: String
    var on: Day
    var note: String
    var consulted: [String]?
    var violenceSuspected, unsafety, helpPossible, clientAccepts, lastingSafety: Bool?
    var reportVT, helpOrganised, acute: Bool?
    var endsWith: String?
    enum CodingKeys: String, CodingKey {
        case step, by, on, note, consulted, unsafety, acute
        case violenceSuspected = "violence_suspected", helpPossible = "help_possible", clientAccepts = "client_accepts"
        case lastingSafety = "lasting_safety", reportVT = "report_vt", helpOrganised = "help_organised", endsWith = "ends_with"
    }
}

/// The keys each mapping may hold, so a typo ("regiseur") is an error with a line number
/// instead of a silently missing value.
indirect enum Shape: Sendable {
    case map([String: Shape])
    case list(Shape)
    case scalar
    /// A mapping whose keys are data (ZRM scores by domain); values are checked on decode.
    case anyKeys

    static let district: Shape = .map([
        "name": .scalar, "municipality": .scalar, "wijk": .scalar, "buurten": .list(.scalar),
        "reference_date": .scalar, "demo": .scalar,
    ])

    static let staff: Shape = .map([
        "staff": .list(
            .map([
                "id": .scalar, "name": .scalar, "role": .scalar, "discipline": .scalar, "expertise": .list(.scalar),
                "capacity": .scalar, "languages": .list(.scalar), "on_leave": .scalar, "account": .scalar,
                "away": .list(.map(["from": .scalar, "to": .scalar, "kind": .scalar])), "work_days": .list(.scalar), "left_on": .scalar,
            ]))
    ])

    static let household: Shape = .map([
        "id": .scalar, "name": .scalar, "language": .scalar, "note": .scalar,
        "address": .map(["street": .scalar, "number": .scalar, "addition": .scalar, "postcode": .scalar, "buurt": .scalar]),
        "members": .list(
            .map([
                "id": .scalar, "name": .scalar, "born": .scalar, "role": .scalar, "client": .scalar,
                "left_on": .scalar, "left_reason": .scalar,
            ])),
        "ties": .list(
            .map([
                "name": .scalar, "sector": .scalar, "relation": .scalar, "organisation": .scalar, "strength": .scalar,
                "support": .list(.scalar), "carer_hours": .scalar, "carer_since": .scalar, "carer_burden": .scalar,
                "exhausted": .scalar, "secrecy": .scalar, "consent": .scalar,
            ])),
        "cases": .list(
            .map([
                "id": .scalar, "opened": .scalar, "source": .scalar, "presenting": .scalar, "behind": .scalar,
                "domains": .list(.scalar), "phase": .scalar, "regisseur": .scalar, "complexity": .scalar,
                "kindcheck": .map(["by": .scalar, "on": .scalar, "worry": .scalar, "note": .scalar]),
                "safety": .scalar, "discussion": .scalar, "closed_reason": .scalar, "closed_on": .scalar,
                "follow_ups": .list(
                    .map([
                        "kind": .scalar, "due": .scalar, "owner": .scalar, "note": .scalar,
                        "done": .scalar, "outcome": .scalar, "done_on": .scalar,
                    ])),
                "goals": .list(.goal), "plan": .plan,
                "provisions": .list(
                    .map([
                        "kind": .scalar, "provider": .scalar, "description": .scalar, "status": .scalar,
                        "waiting_weeks": .scalar, "start": .scalar, "network_reason": .scalar,
                        "requested_on": .scalar, "waiting_since": .scalar, "ended_on": .scalar, "end_reason": .scalar,
                        "product": .scalar, "goal": .scalar,
                    ])),
                "journal": .list(
                    .map([
                        "date": .scalar, "kind": .scalar, "author": .scalar, "text": .scalar,
                        "sensitive": .scalar, "about": .scalar,
                    ])),
                "members": .list(.scalar), "cover": .scalar,
                "history": .list(.map(["phase": .scalar, "regisseur": .scalar, "on": .scalar, "estimated": .scalar])),
            ])),
        "zrm": .list(
            .map(["person": .scalar, "date": .scalar, "scores": .anyKeys, "not_assessed": .list(.scalar), "rest_not_assessed": .scalar])),
        "signals": .list(
            .map([
                "date": .scalar, "source": .scalar, "description": .scalar, "domains": .list(.scalar), "safety": .scalar,
                "reporter": .scalar, "reporter_confidential": .scalar, "case": .scalar,
                "hard_date": .scalar, "hard_date_kind": .scalar,
                "meldcode": .list(
                    .map([
                        "step": .scalar, "by": .scalar, "on": .scalar, "note": .scalar, "consulted": .list(.scalar),
                        "violence_suspected": .scalar, "unsafety": .scalar, "help_possible": .scalar, "client_accepts": .scalar,
                        "lasting_safety": .scalar, "report_vt": .scalar, "help_organised": .scalar, "acute": .scalar, "ends_with": .scalar,
                    ])),
            ])),
    ])
}
