/// The plan as a document the household can be given (`wijkteam plan CASE --md`): their
/// question, what goes well and what worries, the goals with who does what by when, and the
/// dates. In the household's language where the string table has it, else Dutch. It names the
/// household's people (it is for them); it holds no journal text. Every stored value is made safe
/// for Markdown and terminals (`InzageReport.safe`).
public enum PlanDocument {
    /// The language the document is written in: the household's when the table has it, else Dutch.
    public static func language(for household: Household) -> Language {
        Language(rawValue: household.language.lowercased()) ?? .nl
    }

    public static func markdown(_ plan: CasePlan, household: Household, ties: [NetworkTie], madeOn: Day) -> String {
        Language.$scoped.withValue(language(for: household)) {
            render(plan, household: household, ties: ties, madeOn: madeOn)
        }
    }

    private static func render(_ plan: CasePlan, household: Household, ties: [NetworkTie], madeOn: Day) -> String {
        let names = PlanNames(members: household.members, ties: ties)
        var out = ["# " + tr("plan.md.title", safe(household.name)), ""]
        out.append(tr("plan.md.made", madeOn.description, plan.caseID))
        out.append("")
        if let agreed = plan.agreedOn {
            out.append(tr("plan.md.agreed", agreed.description))
        } else {
            out.append(tr("plan.md.not_agreed"))
        }
        if let evaluate = plan.evaluateOn { out.append(tr("plan.md.evaluate", evaluate.description)) }
        out.append("")
        out.append("## " + tr("plan.md.question"))
        out.append("")
        out.append(plan.question.trimmed.isEmpty ? tr("plan.md.none") : "> " + safe(plan.question))
        out.append("")
        points(&out, tr("plan.md.strengths"), plan.strengths, names)
        points(&out, tr("plan.md.worries"), plan.worries, names)
        out.append("## " + tr("plan.md.goals"))
        out.append("")
        if plan.goals.isEmpty { out.append(tr("plan.md.none")); out.append("") }
        for (n, goal) in plan.goals.enumerated() {
            let whose = goal.personID.map { names.member($0) } ?? tr("plan.md.whole_household")
            out.append("### " + tr("plan.md.goal", n + 1, safe(goal.text)))
            out.append("")
            out.append(tr("plan.md.goal.about", goal.domain.label, safe(whose), goal.targetScore))
            out.append("")
            let actions = plan.actions(of: goal.id)
            out.append(contentsOf: actions.isEmpty ? [tr("plan.md.no_actions")] : actions.map { "- " + actionLine($0, names) })
            out.append("")
        }
        return out.joined(separator: "\n")
    }

    private static func points(_ out: inout [String], _ title: String, _ points: [PlanPoint], _ names: PlanNames) {
        out.append("## " + title)
        out.append("")
        out.append(
            contentsOf: points.isEmpty
                ? [tr("plan.md.none")]
                : points.map { p in
                    let who = names.pointWho(p).map { " (" + safe($0) + ")" } ?? ""
                    return "- " + safe(p.text) + who
                })
        out.append("")
    }

    private static func actionLine(_ a: PlanAction, _ names: PlanNames) -> String {
        let state =
            a.doneOn.map { tr("plan.md.action.done", $0.description) } ?? a.due.map { tr("plan.md.action.due", $0.description) } ?? ""
        return tr("plan.md.action", safe(a.text), safe(names.owner(a)), state)
    }

    private static func safe(_ text: String) -> String { InzageReport.safe(text) }
}

/// Names for the plan's people, from the household's members and ties; unknown ids by number.
public struct PlanNames: Sendable {
    public var members: [Int: String]
    public var ties: [Int: String]
    public init(members: [Person], ties: [NetworkTie]) {
        self.members = Dictionary(members.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        self.ties = Dictionary(ties.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    }
    public func member(_ id: Int) -> String { members[id] ?? tr("plan.name.person", id) }
    public func tie(_ id: Int) -> String { ties[id] ?? tr("plan.name.tie", id) }
    /// Whom a strength or worry concerns, if it says.
    public func pointWho(_ p: PlanPoint) -> String? {
        p.personID.map(member) ?? p.tieID.map(tie)
    }
    /// Who carries out an action, in words.
    public func owner(_ a: PlanAction) -> String {
        switch a.ownerKind {
        case .member: a.ownerPersonID.map(member) ?? a.ownerKind.label
        case .tie: a.ownerTieID.map(tie) ?? a.ownerKind.label
        case .professional: a.ownerName ?? a.ownerKind.label
        case .regisseur: tr("plan.owner.regisseur_long")
        }
    }
}
