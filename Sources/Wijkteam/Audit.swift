/// The access log in NEN 7513 style: who (the OS account at the keyboard), on whose behalf (the
/// staff record acted as), which household, what action, the result, when and from where.
/// Rows form a hash chain so an altered or removed row shows.
public enum AuditAction: String, Vocabulary {
    case openHousehold = "open_household", openNetwork = "open_network", openJournal = "open_journal"
    case readSensitive = "read_sensitive", change, export, search
    /// The privacy officer sealed the log (`AuditSeals`); the seal signs this row.
    case seal
    public var label: String {
        switch self {
        case .openHousehold: "open household"
        case .openNetwork: "open network"
        case .openJournal: "open journal"
        case .readSensitive: "read sensitive"
        case .change: "change"
        case .export: "export"
        case .search: "search"
        case .seal: "seal"
        }
    }
}

public enum AuditResult: String, Vocabulary {
    case allowed, denied
    public var label: String { rawValue }
}

/// Who is acting, as the audit log records it.
public struct AuditActor: Hashable, Sendable, Codable {
    /// The staff record acted as (nil for maintenance such as `init`).
    public var staffID: StaffID?
    /// The OS account of the person at the keyboard.
    public var account: String
    /// Terminal and host, e.g. "pts/3@wijkpc".
    public var origin: String
    public init(staffID: StaffID?, account: String, origin: String) {
        self.staffID = staffID; self.account = account; self.origin = origin
    }

    /// A store just opened, before anyone acts on it (`init`, `copy`, migrations).
    public static let maintenance = AuditActor(staffID: nil, account: "system", origin: "maintenance")
}

/// One thing to log; the store adds who, when and the chain.
public struct AuditEvent: Hashable, Sendable {
    public var action: AuditAction
    public var householdID: Int?
    public var caseID: Int?
    /// What was done, without personal data (record ids, field names, counts).
    public var detail: String
    public var result: AuditResult
    public init(_ action: AuditAction, householdID: Int? = nil, caseID: Int? = nil, detail: String = "", result: AuditResult = .allowed) {
        self.action = action; self.householdID = householdID; self.caseID = caseID; self.detail = detail; self.result = result
    }
}

public struct AuditRecord: Hashable, Sendable, Codable {
    public var id: Int
    /// UTC, ISO 8601 to the second.
    public var at: String
    public var account: String
    public var staffID: StaffID?
    public var householdID: Int?
    public var caseID: Int?
    public var action: AuditAction
    public var detail: String
    public var result: AuditResult
    public var origin: String
    public var previousHash: String
    public var hash: String
    public init(id: Int, at: String, account: String, staffID: StaffID?, householdID: Int?, caseID: Int?, action: AuditAction,
                detail: String, result: AuditResult, origin: String, previousHash: String, hash: String) {
        self.id = id; self.at = at; self.account = account; self.staffID = staffID; self.householdID = householdID
        self.caseID = caseID; self.action = action; self.detail = detail; self.result = result; self.origin = origin
        self.previousHash = previousHash; self.hash = hash
    }
}

/// The hash chain: each row's hash covers its fields and the hash of the row before it. The
/// hash function is the store's (SHA-256); the domain only says what is hashed.
public enum AuditChain {
    public static let genesis = String(repeating: "0", count: 64)

    /// Every field, each prefixed with its length (a missing one as "-"), so no two different
    /// rows serialise alike.
    public static func canonical(_ r: AuditRecord) -> String {
        canonical(fields: [String(r.id), r.at, r.account, r.staffID, r.householdID.map { String($0) }, r.caseID.map { String($0) },
                           r.action.rawValue, r.detail, r.result.rawValue, r.origin, r.previousHash])
    }

    /// The same from the stored values as text, so a value that no longer decodes (an unknown
    /// action, text in a number column) still counts in the hash instead of being read as another.
    public static func canonical(fields: [String?]) -> String {
        fields.map { $0.map { "\($0.utf8.count):\($0)" } ?? "-" }.joined(separator: "|")
    }

    /// What the chain check needs of one row.
    public struct Link: Hashable, Sendable {
        public var id: Int
        public var previousHash: String
        public var hash: String
        public var canonical: String
        public init(id: Int, previousHash: String, hash: String, canonical: String) {
            self.id = id; self.previousHash = previousHash; self.hash = hash; self.canonical = canonical
        }
    }

    public struct Verification: Hashable, Sendable {
        public var rows: Int
        /// The first row that does not check out, and why.
        public var broken: (id: Int, reason: String)?
        /// How many seals there are, and the newest (set by `AuditSeals.verify` when all hold).
        public var seals = 0
        public var lastSeal: AuditSeal?
        public static func == (a: Verification, b: Verification) -> Bool {
            a.rows == b.rows && a.broken?.id == b.broken?.id && a.broken?.reason == b.broken?.reason
        }
        public func hash(into h: inout Hasher) { h.combine(rows); h.combine(broken?.id) }
        public var ok: Bool { broken == nil }
    }

    /// Checks rows in id order. `head` is the last row the store says it wrote (kept apart from
    /// the rows), so removing the newest rows shows too.
    public static func verify(_ rows: [AuditRecord], head: (id: Int, hash: String)?, hash: (String) -> String) -> Verification {
        verify(links: rows.map { Link(id: $0.id, previousHash: $0.previousHash, hash: $0.hash, canonical: canonical($0)) }, head: head, hash: hash)
    }

    public static func verify(links rows: [Link], head: (id: Int, hash: String)?, hash: (String) -> String) -> Verification {
        var previous: Link?
        for r in rows {
            if let p = previous, r.id != p.id + 1 {
                return Verification(rows: rows.count, broken: (p.id + 1, "row \(p.id + 1) is missing (removed)"))
            }
            let expectedPrevious = previous?.hash ?? genesis
            if r.previousHash != expectedPrevious {
                let before = previous.map { "row \($0.id)" } ?? "the start of the log"
                return Verification(rows: rows.count, broken: (r.id, "row \(r.id) does not follow \(before): a row before it was altered or removed"))
            }
            if hash(r.canonical) != r.hash {
                return Verification(rows: rows.count, broken: (r.id, "row \(r.id) was altered after it was written"))
            }
            previous = r
        }
        if head == nil, let last = previous {
            return Verification(rows: rows.count, broken: (last.id, "the record of the last row written is missing: rows after \(last.id) may have been removed"))
        }
        if let head {
            guard let last = previous else { return Verification(rows: 0, broken: (head.id, "every row up to \(head.id) is missing")) }
            if last.id > head.id { return Verification(rows: rows.count, broken: (head.id + 1, "row \(head.id + 1) was not written by wijkteam (added after the last row it wrote)")) }
            if last.id < head.id {
                let gone = last.id + 1 == head.id ? "row \(head.id) is missing" : "rows \(last.id + 1)…\(head.id) are missing"
                return Verification(rows: rows.count, broken: (last.id + 1, gone + " (removed)"))
            }
            if last.id == head.id && last.hash != head.hash {
                return Verification(rows: rows.count, broken: (last.id, "row \(last.id) was altered after it was written"))
            }
        }
        return Verification(rows: rows.count, broken: nil)
    }
}

/// Why a household is read: decides what the audit log says (a refresh of what is already on
/// screen is checked for access but not logged again).
public enum HouseholdAccess: Hashable, Sendable {
    case household, network, journal, meetingItem, export, refresh

    public var auditAction: AuditAction? {
        switch self {
        case .household, .meetingItem: .openHousehold
        case .network: .openNetwork
        case .journal: .openJournal
        case .export: .export
        case .refresh: nil
        }
    }

    /// Said in the log row's detail.
    public var detail: String {
        switch self {
        case .meetingItem: "meeting agenda item"
        default: ""
        }
    }
}
