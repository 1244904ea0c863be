/// Errors the domain and its stores report to people. Messages name the record and the value.
public enum WijkteamError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownCase(Int)
    case unknownStaff(String)
    case unknownHousehold(Int)
    case notARegisseur(String, StaffRole)
    case caseClosed(Int)
    /// Someone else saved this record after you loaded it; `changed` says what is there now.
    case staleVersion(record: String, expected: Int, actual: Int, changed: String)
    case invalid(String)
    /// Need-to-know: the reader is not allowed this; the refusal is in the audit log.
    case accessDenied(String)

    public var description: String {
        switch self {
        case .unknownCase(let id): "no case #\(id)"
        case .unknownStaff(let id): "no staff member '\(id)'"
        case .unknownHousehold(let id): "no household \(id)"
        case .notARegisseur(let id, let role): "'\(id)' is \(role.label.lowercased()) and cannot hold the regie of a case"
        case .caseClosed(let id): "case #\(id) is closed (afgesloten)"
        case .staleVersion(let record, let expected, let actual, let changed):
            "\(record) was changed by someone else (you had version \(expected), it is now \(actual)): \(changed). Nothing was saved; reload and apply your change again."
        case .invalid(let message): message
        case .accessDenied(let message): "not allowed: \(message)"
        }
    }
}
