/// The plan (*ondersteuningsplan*, 1Gezin1Plan) of a case as the method has it (issue 27): the
/// household's own question in their words, strengths and worries, goals (`PlanGoal`) each with
/// actions, the day it was agreed with the household and its evaluation day.
public struct CasePlan: Hashable, Sendable, Codable {
    public var caseID: Int
    /// The household's own question, in their words.
    public var question: String
    public var agreedOn: Day?
    public var evaluateOn: Day?
    public var points: [PlanPoint]
    public var goals: [PlanGoal]
    public var actions: [PlanAction]
    /// The route to support per goal id.
    public var routes: [Int: RouteLadder]
    /// 0 while the case has no plan row yet.
    public var version: Int
    public init(
        caseID: Int, question: String = "", agreedOn: Day? = nil, evaluateOn: Day? = nil, points: [PlanPoint] = [],
        goals: [PlanGoal] = [], actions: [PlanAction] = [], routes: [Int: RouteLadder] = [:], version: Int = 0
    ) {
        self.caseID = caseID; self.question = question; self.agreedOn = agreedOn; self.evaluateOn = evaluateOn
        self.points = points; self.goals = goals; self.actions = actions; self.routes = routes; self.version = version
    }
}

/// What goes well (and who helps), or what worries.
public enum PlanPointKind: String, Vocabulary {
    case strength, worry
    public var label: String {
        switch self {
        case .strength: tr("plan.point.strength")
        case .worry: tr("plan.point.worry")
        }
    }
}

public struct PlanPoint: Hashable, Sendable, Codable, Identifiable {
    public var id: Int
    public var caseID: Int
    public var kind: PlanPointKind
    public var text: String
    /// Whom it concerns, or who helps: a member or a tie (optional).
    public var personID: Int?
    public var tieID: Int?
    public var version: Int
    public init(id: Int, caseID: Int, kind: PlanPointKind, text: String, personID: Int? = nil, tieID: Int? = nil, version: Int = 1) {
        self.id = id; self.caseID = caseID; self.kind = kind; self.text = text; self.personID = personID; self.tieID = tieID
        self.version = version
    }
}

/// Who carries out an action.
public enum ActionOwnerKind: String, Vocabulary {
    case member, tie, professional, regisseur
    public var label: String {
        switch self {
        case .member: tr("plan.owner.member")
        case .tie: tr("plan.owner.tie")
        case .professional: tr("plan.owner.professional")
        case .regisseur: tr("plan.owner.regisseur")
        }
    }
}

/// One action under a goal: what, who, by when, done or not.
public struct PlanAction: Hashable, Sendable, Codable, Identifiable {
    public var id: Int
    public var caseID: Int
    public var goalID: Int
    public var text: String
    public var ownerKind: ActionOwnerKind
    /// A household member (`member`).
    public var ownerPersonID: Int?
    /// A tie from the network (`tie`).
    public var ownerTieID: Int?
    /// A professional's name and organisation (`professional`).
    public var ownerName: String?
    public var due: Day?
    public var doneOn: Day?
    public var version: Int
    public init(
        id: Int, caseID: Int, goalID: Int, text: String, ownerKind: ActionOwnerKind, ownerPersonID: Int? = nil,
        ownerTieID: Int? = nil, ownerName: String? = nil, due: Day? = nil, doneOn: Day? = nil, version: Int = 1
    ) {
        self.id = id; self.caseID = caseID; self.goalID = goalID; self.text = text; self.ownerKind = ownerKind
        self.ownerPersonID = ownerPersonID; self.ownerTieID = ownerTieID; self.ownerName = ownerName
        self.due = due; self.doneOn = doneOn; self.version = version
    }
    public var done: Bool { doneOn != nil }
}
