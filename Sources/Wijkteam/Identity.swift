/// Who is using the app. Real identity is the OS account mapped to a staff record;
/// `--as` is for demo databases (such as the sample district) only.
public struct Identity: Hashable, Sendable {
    public var staff: Staff
    /// How we know: shown in the status bar so nobody mistakes a demo identity for a real one.
    public var basis: Basis

    public enum Basis: Hashable, Sendable {
        case account(String)
        case chosen
        case demoFallback(account: String)
        /// A team's PostgreSQL server says who this is: the session's own login.
        case server(login: String)
    }

    public init(staff: Staff, basis: Basis) {
        self.staff = staff
        self.basis = basis
    }

    public var explanation: String {
        switch basis {
        case .account(let a): tr("identity.basis.account", a)
        case .chosen: tr("identity.basis.chosen")
        case .demoFallback(let a): tr("identity.basis.demo_fallback", a)
        case .server(let login): tr("identity.basis.server", login)
        }
    }

    /// Someone who left the team (`Staff.hasLeft`) on `today` is refused, however they came
    /// (nil: no day to judge it by, for tools and tests that act on a fixed district).
    public static func resolve(requested: StaffID?, account: String, staff: [Staff], demo: Bool, today: Day? = nil) throws -> Identity {
        if let requested {
            guard demo else {
                throw WijkteamError.invalid(tr("identity.as_needs_demo", account))
            }
            guard let s = staff.first(where: { $0.id == requested }) else { throw WijkteamError.unknownStaff(requested) }
            return Identity(staff: try present(s, today: today), basis: .chosen)
        }
        if let s = staff.first(where: { $0.account == account }) {
            return Identity(staff: try present(s, today: today), basis: .account(account))
        }
        let stillInTeam = staff.filter { s in today.map { !s.hasLeft(on: $0) } ?? true }
        if demo, let lead = stillInTeam.filter({ $0.role == .teamLead }).min(by: { $0.id < $1.id }) {
            return Identity(staff: lead, basis: .demoFallback(account: account))
        }
        throw WijkteamError.invalid(tr("identity.account_not_mapped", account))
    }

    /// `staff`, unless they left the team on or before `today`: they can no longer act.
    public static func present(_ staff: Staff, today: Day?) throws -> Staff {
        if let today, let left = staff.leftOn, left <= today { throw WijkteamError.invalid(tr("identity.left", staff.id, left)) }
        return staff
    }
}
