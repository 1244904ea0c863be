/// Inzage (AVG art. 15): everything the team holds about one person, as a document they can be
/// given. What belongs to other people is left out by the rules in `InzageRules`; what is
/// left is already redacted here, so every rendering (Markdown, JSON) shows the same.
public struct InzageReport: Hashable, Sendable, Codable {
    public var subject: Subject
    public var household: HouseholdPart
    public var cases: [CaseEntry]
    public var goals: [Goal]
    /// The plans (issue 27): what of them concerns this person or the whole household.
    public var plans: [PlanPart]
    public var zrm: [Score]
    public var journal: [Journal]
    public var provisions: [ProvisionEntry]
    public var followUps: [FollowUpEntry]
    public var decisions: [DecisionEntry]
    public var signals: [SignalEntry]
    public var ties: [Tie]
    public var corrections: [Correction]
    public var access: [AccessEntry]
    public var team: String
    public var madeOn: Day
    public var madeBy: String

    enum CodingKeys: String, CodingKey {
        case team, subject = "person", household, cases, goals, plans, zrm, journal, provisions, followUps = "follow_ups", decisions
        case signals
        case ties = "network", corrections, access = "access_log", madeOn = "made_on", madeBy = "made_by"
    }

    public struct Subject: Hashable, Sendable, Codable {
        public var id: Int
        public var name: String
        public var birthYear: Int
        public var birthDate: Day?
        public var role: MemberRole
        public var isClient: Bool
        public var leftOn: Day?
        enum CodingKeys: String, CodingKey {
            case id, name, birthYear = "birth_year", birthDate = "birth_date", role, isClient = "client", leftOn = "left_on"
        }
    }

    /// The household's own data; of the other members only name and role.
    public struct HouseholdPart: Hashable, Sendable, Codable {
        public var id: Int
        public var name: String
        public var address: String
        public var language: String
        public var learningNote: String?
        public var otherMembers: [Member]
        enum CodingKeys: String, CodingKey {
            case id, name, address, language, learningNote = "learning_note", otherMembers = "other_members"
        }
    }

    public struct Member: Hashable, Sendable, Codable {
        public var name: String
        public var role: MemberRole
        public var leftOn: Day?
        enum CodingKeys: String, CodingKey { case name, role, leftOn = "left_on" }
    }

    public struct CaseEntry: Hashable, Sendable, Codable {
        public var id: Int
        public var opened: Day
        public var closedOn: Day?
        public var source: SignalSource
        public var question: String
        public var questionBehind: String?
        public var domains: [LifeDomain]
        public var phase: Phase
        public var regisseur: String?
        public var safety: Bool
        public var closedReason: String?
        enum CodingKeys: String, CodingKey {
            case id, opened, closedOn = "closed_on", source, question, questionBehind = "question_behind", domains, phase
            case regisseur, safety, closedReason = "closed_reason"
        }
    }

    public struct Goal: Hashable, Sendable, Codable {
        public var caseID: Int
        public var domain: LifeDomain
        public var targetScore: Int
        public var text: String
        /// A goal for the whole household rather than for this person.
        public var household: Bool
        enum CodingKeys: String, CodingKey { case caseID = "case_id", domain, targetScore = "target_score", text, household }
    }

    /// A case's plan as it concerns the person: the household's question and days, the
    /// strengths and worries about them or about no one in particular, and the actions they
    /// carry or that serve a goal of theirs or of the household.
    public struct PlanPart: Hashable, Sendable, Codable {
        public var caseID: Int
        public var question: String
        public var agreedOn: Day?
        public var evaluateOn: Day?
        public var strengths: [String]
        public var worries: [String]
        public var actions: [PlanActionEntry]
        enum CodingKeys: String, CodingKey {
            case caseID = "case_id", question, agreedOn = "agreed_on", evaluateOn = "evaluate_on", strengths, worries, actions
        }
    }

    public struct PlanActionEntry: Hashable, Sendable, Codable {
        public var text: String
        public var owner: ActionOwnerKind
        /// The person themself carries it.
        public var yours: Bool
        public var due: Day?
        public var doneOn: Day?
        enum CodingKeys: String, CodingKey { case text, owner, yours, due, doneOn = "done_on" }
    }

    public struct Score: Hashable, Sendable, Codable {
        public var date: Day
        public var domain: LifeDomain
        public var score: Int
    }

    public struct Journal: Hashable, Sendable, Codable {
        public var caseID: Int
        public var date: Day
        public var kind: JournalKind
        public var author: String?
        public var text: String
        public var sensitive: Bool
        /// Written about this person (else about the household as a whole).
        public var aboutThisPerson: Bool
        enum CodingKeys: String, CodingKey {
            case caseID = "case_id", date, kind, author, text, sensitive, aboutThisPerson = "about_this_person"
        }
    }

    public struct ProvisionEntry: Hashable, Sendable, Codable {
        public var caseID: Int
        public var kind: ProvisionKind
        public var provider: String
        public var description: String
        public var status: ProvisionStatus
        public var start: Day?
        enum CodingKeys: String, CodingKey { case caseID = "case_id", kind, provider, description, status, start }
    }

    public struct FollowUpEntry: Hashable, Sendable, Codable {
        public var caseID: Int
        public var kind: FollowUpKind
        public var due: Day
        public var note: String
        public var done: Bool
        public var outcome: String?
        enum CodingKeys: String, CodingKey { case caseID = "case_id", kind, due, note, done, outcome }
    }

    public struct DecisionEntry: Hashable, Sendable, Codable {
        public var caseID: Int?
        public var date: Day
        public var text: String
        enum CodingKeys: String, CodingKey { case caseID = "case_id", date, text }
    }

    public struct SignalEntry: Hashable, Sendable, Codable {
        public var date: Day
        public var source: SignalSource
        public var description: String
        /// Who reported, when that may be told (`InzageRules.reporterShown`).
        public var reporter: String?
        /// A reporter was recorded but is left out.
        public var reporterLeftOut: Bool
        enum CodingKeys: String, CodingKey { case date, source, description, reporter, reporterLeftOut = "reporter_left_out" }
    }

    public struct Tie: Hashable, Sendable, Codable {
        /// nil: a private person who did not agree to be named (`InzageRules.tieName`).
        public var name: String?
        public var sector: Sector
        public var relation: String
        public var organisation: Bool
    }

    /// A correction kept (AVG art. 16): the old value, the new one, why and when.
    public struct Correction: Hashable, Sendable, Codable {
        public var field: String
        public var oldValue: String
        public var newValue: String
        public var reason: String
        public var correctedOn: Day
        public init(field: String, oldValue: String, newValue: String, reason: String, correctedOn: Day) {
            self.field = field; self.oldValue = oldValue; self.newValue = newValue; self.reason = reason; self.correctedOn = correctedOn
        }
        enum CodingKeys: String, CodingKey {
            case field, oldValue = "old_value", newValue = "new_value", reason, correctedOn = "corrected_on"
        }
    }

    /// One row of the access log on this person's household or cases: who (role and name), when, what.
    public struct AccessEntry: Hashable, Sendable, Codable {
        /// UTC, ISO 8601 to the second, as the log holds it.
        public var at: String
        public var staff: String
        public var role: StaffRole?
        public var action: AuditAction
        public var result: AuditResult
    }
}

/// What the store read for an inzage, unredacted; `InzageRules.report` makes the report of it.
public struct InzageSource: Sendable {
    public var personID: Int
    public var record: HouseholdRecord
    /// Journal entry id → the member it is about (`journal_entry.about_person_id`).
    public var journalAbout: [Int: Int]
    /// Signals whose reporter gave their identity in confidence (`signal.reporter_confidential`).
    public var confidentialSignals: Set<Int>
    /// Case id → the day it closed.
    public var closedOn: [Int: Day]
    public var decisions: [Decision]
    public var corrections: [InzageReport.Correction]
    public var access: [AuditRecord]
    public var staff: [Staff]
    public var team: String
    public var madeOn: Day
    public var madeBy: Staff?
    /// The plans of the household's cases (issue 27).
    public var plans: [CasePlan]

    public init(
        team: String, personID: Int, record: HouseholdRecord, journalAbout: [Int: Int] = [:], confidentialSignals: Set<Int> = [],
        closedOn: [Int: Day] = [:], decisions: [Decision] = [], corrections: [InzageReport.Correction] = [],
        access: [AuditRecord] = [], staff: [Staff] = [], madeOn: Day, madeBy: Staff? = nil, plans: [CasePlan] = []
    ) {
        self.plans = plans
        self.team = team; self.personID = personID; self.record = record; self.journalAbout = journalAbout
        self.confidentialSignals = confidentialSignals; self.closedOn = closedOn; self.decisions = decisions
        self.corrections = corrections; self.access = access; self.staff = staff; self.madeOn = madeOn; self.madeBy = madeBy
    }
}
