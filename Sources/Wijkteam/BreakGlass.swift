/// Access a colleague gave themselves (issue #23, break-the-glass): assigning a case to yourself,
/// adding yourself to it, or being put on it by a colleague who is neither the team lead nor the
/// previous regisseur (or, for a member, the case's regisseur). Such access opens what is
/// written after it; the history before it (sensitive entries, the household's safety signals,
/// the safety case's questions) opens only after a reason is given, which is logged and goes
/// to the team lead for review.
public struct SelfGrants: Hashable, Sendable, Codable {
    /// case → staff → the highest journal entry id when they gave themselves access (0: none).
    public var afterEntry: [Int: [StaffID: Int]]
    /// case → staff who broke the glass and were not questioned since.
    public var brokenGlass: [Int: [StaffID]]

    public init(afterEntry: [Int: [StaffID: Int]] = [:], brokenGlass: [Int: [StaffID]] = [:]) {
        self.afterEntry = afterEntry; self.brokenGlass = brokenGlass
    }

    /// nil: `staff` reads the case's whole history (as far as being on the case goes); a number:
    /// only sensitive entries with a higher id.
    public func limit(case caseID: Int, staff: StaffID) -> Int? {
        guard let after = afterEntry[caseID]?[staff], !(brokenGlass[caseID]?.contains(staff) ?? false) else { return nil }
        return after
    }
}

/// Why a sensitive part is kept from its reader.
public enum WithheldBecause: String, Hashable, Sendable, Codable {
    /// Not the regisseur, the team lead, on the case, or the author.
    case notOnCase = "not_on_case"
    /// On the case by their own doing: the history opens with a reason (break the glass).
    case selfGranted = "self_granted"
}

/// The team lead's verdict on a break-the-glass read.
public enum BreakGlassReview: String, Vocabulary {
    case confirmed, questioned
    public var label: String {
        switch self {
        case .confirmed: tr("breakglass.review.confirmed")
        case .questioned: tr("breakglass.review.questioned")
        }
    }
}

/// One break-the-glass read, as the team lead reviews it.
public struct BreakGlassUse: Hashable, Sendable, Codable, Identifiable {
    public var id: Int
    public var caseID: Int
    public var householdID: Int?
    public var staffID: StaffID
    /// UTC, ISO 8601 to the second.
    public var at: String
    public var reason: String
    public var review: BreakGlassReview?
    public var reviewedBy: StaffID?
    public var reviewedAt: String?
    public init(
        id: Int, caseID: Int, householdID: Int?, staffID: StaffID, at: String, reason: String,
        review: BreakGlassReview? = nil, reviewedBy: StaffID? = nil, reviewedAt: String? = nil
    ) {
        self.id = id; self.caseID = caseID; self.householdID = householdID; self.staffID = staffID; self.at = at
        self.reason = reason; self.review = review; self.reviewedBy = reviewedBy; self.reviewedAt = reviewedAt
    }

    /// The reason as it is stored: one line, trimmed, not empty, no control characters.
    public static func reason(_ text: String) throws -> String {
        let reason = text.trimmed
        guard !reason.isEmpty else { throw WijkteamError.invalid(tr("breakglass.reason.empty")) }
        try Validation.name(reason, what: tr("breakglass.reason.what"))
        return reason
    }
}
