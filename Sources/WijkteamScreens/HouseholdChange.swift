import Wijkteam

/// A change to a household made from its view: its members, its address, a case opened or
/// reopened at the desk. The effect `.householdChange` carries it; the runtime answers with
/// `.householdChanged` and the result. It holds what was typed, so a refused save opens the
/// form again with it.
public enum HouseholdChange: Sendable, Equatable {
    /// A new member; `confirmDuplicate` after the form showed who it may already be.
    case addMember(householdID: Int, NewPerson, confirmDuplicate: Bool)
    /// A member's name, birth date, role or client mark corrected; checked against `expectedVersion`.
    case correctMember(Person, expectedVersion: Int)
    /// A member moved out or died; checked against the person's version as the form showed it.
    case memberLeaves(Person, on: Day, reason: LeavingReason)
    /// The address, buurt or language changed, or the day the household left the district.
    case address(Household, expectedVersion: Int)
    /// A case opened at the desk from the resident's question.
    case openCase(NewCase)
    /// The household's closed case opened again, with the reason.
    case reopenCase(caseID: Int, householdID: Int, reason: String, expectedVersion: Int)

    public var householdID: Int {
        switch self {
        case .addMember(let id, _, _): id
        case .correctMember(let p, _), .memberLeaves(let p, _, _): p.householdID
        case .address(let h, _): h.id
        case .openCase(let n): n.householdID
        case .reopenCase(_, let id, _, _): id
        }
    }
}

/// What became of a household change.
public enum HouseholdChangeResult: Sendable, Equatable {
    /// Saved: what to tell the user.
    case saved(String)
    /// A new member looks like someone the team knows: nothing saved; the form shows them.
    case possibleDuplicate([HouseholdMatch])
    /// Refused (a colleague changed it meanwhile, a rule not met, not the actor's to change):
    /// why, and the household as it is now.
    case refused(String, fresh: HouseholdRecord?)
}
