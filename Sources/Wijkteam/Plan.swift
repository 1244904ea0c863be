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

// MARK: The plan's rules (issue 27)

extension CasePlan {
    /// The plan's own fields: its question is the household's words (optional until agreed), it
    /// is agreed on a day not after today and evaluated after that day; agreed only with a
    /// question and at least one goal.
    public func validate(today: Day) throws {
        try Validation.text(question, what: tr("plan.what.question"))
        if let evaluateOn, agreedOn == nil {
            throw WijkteamError.invalid(tr("plan.invalid.evaluate_without_agreed", evaluateOn.description))
        }
        guard let agreedOn else { return }
        guard agreedOn <= today else {
            throw WijkteamError.invalid(tr("plan.invalid.agreed_future", agreedOn.description, today.description))
        }
        guard let evaluateOn else { throw WijkteamError.invalid(tr("plan.invalid.evaluate_missing")) }
        guard evaluateOn > agreedOn else {
            throw WijkteamError.invalid(tr("plan.invalid.evaluate_order", evaluateOn.description, agreedOn.description))
        }
        guard !question.trimmed.isEmpty else { throw WijkteamError.invalid(tr("plan.invalid.agreed_question")) }
        guard !goals.isEmpty else { throw WijkteamError.invalid(tr("plan.invalid.agreed_goal")) }
    }

    /// The actions under one goal, in the order they were added.
    public func actions(of goalID: Int) -> [PlanAction] { actions.filter { $0.goalID == goalID } }
    public var strengths: [PlanPoint] { points.filter { $0.kind == .strength } }
    public var worries: [PlanPoint] { points.filter { $0.kind == .worry } }
    /// Open actions whose due day has passed.
    public func overdue(today: Day) -> [PlanAction] { actions.filter { $0.isOverdue(today: today) } }
    /// The evaluation day has come or passed.
    public func evaluationDue(today: Day) -> Bool { evaluateOn.map { $0 <= today } ?? false }
}

extension PlanPoint {
    /// A strength or worry needs text; whom it concerns is a current member or one of the
    /// household's ties, not both.
    public func validate(members: [Person], ties: [NetworkTie]) throws {
        guard !text.trimmed.isEmpty else { throw WijkteamError.invalid(tr("plan.invalid.point_text")) }
        try Validation.text(text, what: tr("validation.what.text"))
        if personID != nil, tieID != nil { throw WijkteamError.invalid(tr("plan.invalid.point_both")) }
        if let p = personID, !members.contains(where: { $0.id == p && $0.isCurrent }) {
            throw WijkteamError.invalid(tr("plan.invalid.person", p))
        }
        if let t = tieID, !ties.contains(where: { $0.id == t }) { throw WijkteamError.invalid(tr("plan.invalid.tie", t)) }
    }
}

extension PlanAction {
    /// Open, with a due day before today.
    public func isOverdue(today: Day) -> Bool { doneOn == nil && (due.map { $0 < today } ?? false) }

    /// An action needs text, an owner fitting its kind (a current member, one of the household's
    /// ties, a professional's name, or nobody for the regisseur), a due day unless it is done, and
    /// a done day not in the future.
    public func validate(members: [Person], ties: [NetworkTie], today: Day) throws {
        guard !text.trimmed.isEmpty else { throw WijkteamError.invalid(tr("plan.invalid.action_text")) }
        try Validation.text(text, what: tr("validation.what.text"))
        try validateOwner(members: members, ties: ties)
        if due == nil, doneOn == nil { throw WijkteamError.invalid(tr("plan.invalid.action_due")) }
        if let doneOn, doneOn > today {
            throw WijkteamError.invalid(tr("plan.invalid.done_future", doneOn.description, today.description))
        }
    }

    private func validateOwner(members: [Person], ties: [NetworkTie]) throws {
        let name = ownerName?.trimmed ?? ""
        switch ownerKind {
        case .member:
            guard let p = ownerPersonID else { throw WijkteamError.invalid(tr("plan.invalid.owner_member")) }
            guard members.contains(where: { $0.id == p && $0.isCurrent }) else { throw WijkteamError.invalid(tr("plan.invalid.person", p)) }
            guard ownerTieID == nil, name.isEmpty else { throw WijkteamError.invalid(tr("plan.invalid.owner_extra", ownerKind.label)) }
        case .tie:
            guard let t = ownerTieID else { throw WijkteamError.invalid(tr("plan.invalid.owner_tie")) }
            guard ties.contains(where: { $0.id == t }) else { throw WijkteamError.invalid(tr("plan.invalid.tie", t)) }
            guard ownerPersonID == nil, name.isEmpty else { throw WijkteamError.invalid(tr("plan.invalid.owner_extra", ownerKind.label)) }
        case .professional:
            guard !name.isEmpty else { throw WijkteamError.invalid(tr("plan.invalid.owner_professional")) }
            try Validation.text(name, what: tr("validation.what.name"), max: 200)
            guard ownerPersonID == nil, ownerTieID == nil else {
                throw WijkteamError.invalid(tr("plan.invalid.owner_extra", ownerKind.label))
            }
        case .regisseur:
            guard ownerPersonID == nil, ownerTieID == nil, name.isEmpty else {
                throw WijkteamError.invalid(tr("plan.invalid.owner_extra", ownerKind.label))
            }
        }
    }
}
