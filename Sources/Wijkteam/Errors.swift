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
    /// A new household or person that looks like one the team knows; nothing was written.
    case possibleDuplicate([HouseholdMatch])

    public var description: String {
        switch self {
        case .unknownCase(let id): tr("error.unknown_case", id)
        case .unknownStaff(let id): tr("error.unknown_staff", id)
        case .unknownHousehold(let id): tr("error.unknown_household", id)
        case .notARegisseur(let id, let role): tr("error.not_a_regisseur", id, role.label.lowercased())
        case .caseClosed(let id): tr("error.case_closed", id)
        case .staleVersion(let record, let expected, let actual, let changed):
            tr("error.stale_version", record, expected, actual, changed)
        case .invalid(let message): message
        case .accessDenied(let message): tr("error.access_denied", message)
        case .possibleDuplicate(let matches): tr("error.possible_duplicate", matches.map(\.summary).joined(separator: "; "))
        }
    }
}
