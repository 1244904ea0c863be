// Erasure at a resident's request (AVG art. 17), planned here and applied by the store in one
// transaction. The rules (README, "The data's life under the AVG"):
// - an open case of the household is kept, and with it the person: the team still works with
//   the household (art. 17(3)(b): a task in the public interest, the Wmo/Jeugdwet duty);
// - a closed youth file within its Jeugdwet period is kept, and with it the person (art. 17(3)(b):
//   a legal obligation, Jeugdwet art. 7.3.8);
// - otherwise the person is erased: name and birth date emptied, `erased_on` set; journal
//   entries about them emptied; their corrections' old and new values emptied (the row, its
//   field, day and who stay: that a correction was made is part of the record); their ZRM
//   scores stay without identity (the team's figures count them);
// - a closed case is anonymised when nobody else of the household is left who is not erased
//   (its text is theirs too otherwise, and kept for them); the household is anonymised with it;
// - the access log is never touched (its rows hold ids, never content); the erasure adds its own.

/// What an erasure touches.
public enum ErasureSubject: Hashable, Sendable, Codable {
    case person(Int)
    case caseFile(Int)
    case journalAboutPerson
    case corrections
    case zrmScores
    case household(Int)
    case accessLog
}

public enum ErasureAction: String, Vocabulary {
    case erase, anonymise, keep
    public var label: String {
        switch self {
        case .erase: tr("erasure.action.erase")
        case .anonymise: tr("erasure.action.anonymise")
        case .keep: tr("erasure.action.keep")
        }
    }
}

/// Why an item is erased, anonymised or kept.
public enum ErasureReason: String, Vocabulary {
    /// AVG art. 17(1): the resident asked.
    case requested
    /// AVG art. 17(3)(b): the household has an open case.
    case openCase = "open_case"
    /// AVG art. 17(3)(b): a signal about the household is not decided on yet.
    case openSignal = "open_signal"
    /// Jeugdwet art. 7.3.8 (AVG art. 17(3)(b)): a youth file within its period.
    case youthFile = "youth_file"
    /// A case that kept the person keeps them whole.
    case keptByCase = "kept_by_case"
    /// The case is also about members not erased.
    case otherMembers = "other_members"
    /// ZRM scores count in the team's figures; without a name they identify nobody.
    case figures
    /// The access log holds ids, never content, and must stay whole (NEN 7513).
    case accessLog = "access_log"
    /// Nothing is left in the household that must be kept.
    case nothingLeft = "nothing_left"
    /// Erased before.
    case alreadyErased = "already_erased"

    public var label: String {
        switch self {
        case .requested: tr("erasure.reason.requested")
        case .openCase: tr("erasure.reason.open_case")
        case .openSignal: tr("erasure.reason.open_signal")
        case .youthFile: tr("erasure.reason.youth_file")
        case .keptByCase: tr("erasure.reason.kept_by_case")
        case .otherMembers: tr("erasure.reason.other_members")
        case .figures: tr("erasure.reason.figures")
        case .accessLog: tr("erasure.reason.access_log")
        case .nothingLeft: tr("erasure.reason.nothing_left")
        case .alreadyErased: tr("erasure.reason.already_erased")
        }
    }
}

public struct ErasureItem: Hashable, Sendable, Codable {
    public var subject: ErasureSubject
    public var action: ErasureAction
    public var reason: ErasureReason
    /// For a kept youth file: the first day it may go.
    public var keptUntil: Day?

    public init(_ subject: ErasureSubject, _ action: ErasureAction, _ reason: ErasureReason, keptUntil: Day? = nil) {
        self.subject = subject; self.action = action; self.reason = reason; self.keptUntil = keptUntil
    }
}

/// What is held about the person, as the plan needs it.
public struct ErasureInput: Hashable, Sendable {
    public var personID: Int
    public var householdID: Int
    public var alreadyErased: Bool
    /// The household's other members not erased (also those who left: their history is theirs).
    public var otherMembersNotErased: Int
    /// Every case of the household.
    public var cases: [HeldCase]
    public var policy: RetentionPolicy
    public var today: Day
    /// A signal about the household is in triage, not decided on yet.
    public var openSignal: Bool

    public init(
        personID: Int, householdID: Int, alreadyErased: Bool, otherMembersNotErased: Int, cases: [HeldCase], policy: RetentionPolicy,
        today: Day, openSignal: Bool = false
    ) {
        self.openSignal = openSignal
        self.personID = personID; self.householdID = householdID; self.alreadyErased = alreadyErased
        self.otherMembersNotErased = otherMembersNotErased; self.cases = cases; self.policy = policy; self.today = today
    }
}

public struct ErasurePlan: Hashable, Sendable {
    public var items: [ErasureItem]

    /// The person is kept whole: something the law keeps needs them.
    public var personKept: Bool { items.contains { $0.subject == .person(personID) && $0.action == .keep } }
    public var personID: Int
    /// Cases whose texts go.
    public var casesAnonymised: [Int] {
        items.compactMap { if case .caseFile(let id) = $0.subject, $0.action == .anonymise { id } else { nil } }
    }
    public var householdAnonymised: Bool { items.contains { if case .household = $0.subject { $0.action == .anonymise } else { false } } }

    public init(_ input: ErasureInput) {
        personID = input.personID
        guard !input.alreadyErased else {
            items = [ErasureItem(.person(input.personID), .keep, .alreadyErased), ErasureItem(.accessLog, .keep, .accessLog)]
            return
        }
        var items: [ErasureItem] = []
        var kept = input.openSignal
        if input.openSignal { items.append(ErasureItem(.household(input.householdID), .keep, .openSignal)) }
        for c in input.cases.sorted(by: { $0.id < $1.id }) where c.anonymisedOn == nil {
            if c.isOpen {
                items.append(ErasureItem(.caseFile(c.id), .keep, .openCase)); kept = true
            } else if c.law == .youth, let until = c.keptUntil(input.policy), input.today < until {
                items.append(ErasureItem(.caseFile(c.id), .keep, .youthFile, keptUntil: until)); kept = true
            } else if input.otherMembersNotErased > 0 {
                items.append(ErasureItem(.caseFile(c.id), .keep, .otherMembers))
            } else {
                items.append(ErasureItem(.caseFile(c.id), .anonymise, .requested))
            }
        }
        if kept {
            // Refused: the person stays, and so do the files an erasure would have emptied.
            items = items.map { $0.action == .anonymise ? ErasureItem($0.subject, .keep, .keptByCase) : $0 }
            items.insert(ErasureItem(.person(input.personID), .keep, .keptByCase), at: 0)
        } else {
            items.insert(ErasureItem(.person(input.personID), .erase, .requested), at: 0)
            items += [
                ErasureItem(.journalAboutPerson, .erase, .requested), ErasureItem(.corrections, .erase, .requested),
                ErasureItem(.zrmScores, .anonymise, .figures),
            ]
            if input.otherMembersNotErased == 0 { items.append(ErasureItem(.household(input.householdID), .anonymise, .nothingLeft)) }
        }
        items.append(ErasureItem(.accessLog, .keep, .accessLog))
        self.items = items
    }
}
