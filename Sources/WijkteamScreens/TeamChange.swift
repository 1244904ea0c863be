import Wijkteam

/// A change the team lead makes to the team from the team view: each one store call, one
/// transaction with its access-log row, checked against the version the view showed.
public enum TeamChange: Sendable, Equatable {
    case add(Staff)
    case update(Staff, expectedVersion: Int)
    case away(StaffID, from: Day, to: Day?, kind: AbsenceKind, expectedVersion: Int)
    case back(StaffID, expectedVersion: Int)
    case leave(StaffID, on: Day, expectedVersion: Int)
    /// `cover` covers every open case of `absent` for the absence that holds today.
    case cover(absent: StaffID, cover: StaffID)

    /// The colleague the change is about.
    public var staffID: StaffID {
        switch self {
        case .add(let s), .update(let s, _): s.id
        case .away(let id, _, _, _, _), .back(let id, _), .leave(let id, _, _): id
        case .cover(let absent, _): absent
        }
    }
}
