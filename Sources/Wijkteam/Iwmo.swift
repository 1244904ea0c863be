/// The municipality's message traffic with providers (issue 27): iWmo and iJw release 3.x
/// messages as the municipality's back office or its data hub passes them to the team.
///
/// Read from the public iStandaarden specification (iWmo 3.2 / iJw 3.2, Zorginstituut
/// Nederland: the XSD per message and the code lists): a message is a `Bericht` in the
/// namespace `http://www.istandaarden.nl/{iwmo|ijw}/3_x/{wmo|jw}30n/schema`, with a `Header`
/// (`BerichtCode`, `BerichtVersie`, `BerichtSubversie`, `Afzender`, `Ontvanger`,
/// `BerichtIdentificatie` with `Identificatie` and `Dagtekening`) and one `Client`.
/// - 301 toewijzing (gemeente → aanbieder): the client's `Geboortedatum/Datum`, address
///   (`Contactgegevens/Contact/Adres`: `Postcode`, `Huisnummer/Huisnummer`) and
///   `ToegewezenProducten/ToegewezenProduct` (`ToewijzingNummer`, `Product/Categorie`+`Code`,
///   `Toewijzingsdatum`, `Ingangsdatum`, `Einddatum`).
/// - 305 start (aanbieder → gemeente): `StartProducten/StartProduct` (`ToewijzingNummer`,
///   `Begindatum`).
/// - 307 stop (aanbieder → gemeente): `StopProducten/StopProduct` (`ToewijzingNummer`,
///   `Begindatum`, `Einddatum`, `RedenBeeindiging`).
/// BSN is in the real messages; the team does not keep BSNs, so it is never read.
/// Pure: the parser (WijkteamStore) builds `IwmoMessage`s, the store applies them.

/// Which law a message falls under.
public enum IwmoStandard: String, Sendable, Codable, CaseIterable {
    case iwmo, ijw

    /// The message's prefix in its code and namespace ("WMO301", "JW301").
    var prefix: String { self == .iwmo ? "WMO" : "JW" }
}

/// The three messages the team reads.
public enum IwmoKind: String, Sendable, Codable, CaseIterable {
    /// 301: the municipality allocates a product to a provider.
    case allocation = "301"
    /// 305: the provider started delivering.
    case start = "305"
    /// 307: the provider stopped delivering.
    case stop = "307"
}

/// A message type: standard + kind, with what its header must say.
public struct IwmoMessageType: Hashable, Sendable, Codable {
    public var standard: IwmoStandard
    public var kind: IwmoKind

    public init(standard: IwmoStandard, kind: IwmoKind) {
        self.standard = standard
        self.kind = kind
    }

    /// "WMO301", "JW305".
    public var name: String { standard.prefix + kind.rawValue }

    /// The `BerichtCode` (code list COD002 of Vektis, as the iStandaarden header uses it):
    /// 414 Wmo toewijzing, 418 start, 420 stop; 436 Jeugd toewijzing, 438 start, 440 stop.
    public var berichtCode: String {
        switch (standard, kind) {
        case (.iwmo, .allocation): "414"
        case (.iwmo, .start): "418"
        case (.iwmo, .stop): "420"
        case (.ijw, .allocation): "436"
        case (.ijw, .start): "438"
        case (.ijw, .stop): "440"
        }
    }

    /// The releases read: 3.0, 3.1 and 3.2 (`BerichtVersie` 3, `BerichtSubversie` 0–2).
    public static let subversions = ["0", "1", "2"]

    /// The namespace of this message in release 3.`subversion`.
    public func namespace(subversion: String) -> String {
        "http://www.istandaarden.nl/\(standard.rawValue)/3_\(subversion)/\(name.lowercased())/schema"
    }

    /// The type whose namespace this is, and the release's subversion ("2" for 3.2).
    public static func from(namespace: String) -> (IwmoMessageType, String)? {
        for standard in IwmoStandard.allCases {
            for kind in IwmoKind.allCases {
                let type = IwmoMessageType(standard: standard, kind: kind)
                for sub in subversions where type.namespace(subversion: sub) == namespace { return (type, sub) }
            }
        }
        return nil
    }
}

/// One product line of a message: allocated (301), started (305) or stopped (307).
public struct IwmoProduct: Hashable, Sendable, Codable {
    /// `ToewijzingNummer`: the municipality's number for this allocation.
    public var allocationNumber: String
    /// `Product/Categorie` and `Product/Code` (optional in 305/307).
    public var category: String?
    public var code: String?
    /// 301 `Toewijzingsdatum`: the day the municipality fixed the allocation.
    public var allocatedOn: Day?
    /// 301 `Ingangsdatum` / `Einddatum`: the allocation's period.
    public var validFrom: Day?
    public var validTo: Day?
    /// 305/307 `Begindatum`: delivery started.
    public var begins: Day?
    /// 307 `Einddatum` and `RedenBeeindiging`.
    public var ends: Day?
    public var reasonCode: String?

    public init(allocationNumber: String) { self.allocationNumber = allocationNumber }
}

/// One message as read from its file.
public struct IwmoMessage: Hashable, Sendable, Codable {
    public var type: IwmoMessageType
    /// "3.2".
    public var release: String
    /// `Afzender`: a municipality code (301) or the provider's AGB code (305/307).
    public var sender: String
    /// `Ontvanger`: the provider's AGB code (301) or the municipality (305/307).
    public var receiver: String
    /// `BerichtIdentificatie/Identificatie` and `Dagtekening`.
    public var identification: String
    public var dated: Day
    /// The client: `Geboortedatum/Datum`; for a 301 the address too.
    public var birthDate: Day
    public var postcode: String?
    public var houseNumber: String?
    public var products: [IwmoProduct]

    public init(
        type: IwmoMessageType, release: String, sender: String, receiver: String, identification: String, dated: Day,
        birthDate: Day, postcode: String? = nil, houseNumber: String? = nil, products: [IwmoProduct]
    ) {
        self.type = type
        self.release = release
        self.sender = sender
        self.receiver = receiver
        self.identification = identification
        self.dated = dated
        self.birthDate = birthDate
        self.postcode = postcode
        self.houseNumber = houseNumber
        self.products = products
    }

    /// The key it is kept by once applied: sender + identification + message code, so the same
    /// message read twice changes nothing.
    public var key: String { "\(sender)/\(identification)/\(type.name)" }

    /// The provider's AGB code: the receiver of an allocation, the sender of a start or stop.
    public var providerAGB: String { type.kind == .allocation ? receiver : sender }
}

/// A message refused, named by its file, its identification (when it was read that far) and
/// the element at fault.
public struct IwmoProblem: Error, Hashable, Sendable, Codable, CustomStringConvertible {
    public var file: String
    public var message: String?
    public var element: String?
    public var reason: String

    public init(file: String, message: String? = nil, element: String? = nil, reason: String) {
        self.file = file
        self.message = message
        self.element = element
        self.reason = reason
    }

    public var description: String {
        var place = file
        if let message { place += " " + tr("iwmo.problem.message", message) }
        if let element { place += " " + tr("iwmo.problem.element", element) }
        return place + ": " + reason
    }
}

/// A file as read: its messages, or why it cannot be read at all.
public struct IwmoFile: Sendable {
    public var path: String
    public var messages: [IwmoMessage]
    public var problem: IwmoProblem?

    public init(path: String, messages: [IwmoMessage], problem: IwmoProblem? = nil) {
        self.path = path
        self.messages = messages
        self.problem = problem
    }
}

/// The rules a message is held to beyond its structure.
public enum IwmoRules {
    /// `RedenBeeindiging` (code list WMO588 / JZ588): code → label.
    public static let endReasons: [String: String] = [
        "02": "Overlijden",
        "19": "Levering zorg of ondersteuning is beëindigd - toewijzing sluiten",
        "20": "Levering zorg of ondersteuning is beëindigd - toewijzing aanhouden",
        "31": "Verhuizing naar een andere gemeente",
        "32": "Voortzetting ondersteuning in sociale basisondersteuning",
        "33": "Voortzetting in Zvw",
        "34": "Voortzetting in Wlz",
    ]

    /// Dates that cannot be: an allocation ending before it starts, a stop before its start.
    /// The element at fault, or nil.
    public static func impossibleDate(_ p: IwmoProduct) -> String? {
        if let from = p.validFrom, let to = p.validTo, to < from { return "Einddatum" }
        if let begins = p.begins, let ends = p.ends, ends < begins { return "Einddatum" }
        return nil
    }

    /// A provision's status may only go forward: requested → waiting → active → ended;
    /// a message never refuses or withdraws. Waiting → waiting is an allocation on a provision
    /// already on the list.
    public static func mayMove(from: ProvisionStatus, to: ProvisionStatus) -> Bool {
        func rank(_ s: ProvisionStatus) -> Int? {
            switch s {
            case .requested: 0
            case .waiting: 1
            case .active: 2
            case .ended: 3
            default: nil
            }
        }
        guard let a = rank(from), let b = rank(to) else { return false }
        return b > a || (a == 1 && b == 1)
    }
}

/// What became of one message.
public struct IwmoOutcome: Hashable, Sendable, Codable {
    public enum Result: String, Hashable, Sendable, Codable {
        case applied, duplicate, refused
    }

    public var file: String
    public var message: String?
    public var code: String?
    public var result: Result
    /// The household and provisions it changed (applied), or why it was refused.
    public var householdID: Int?
    public var provisions: [Int]
    public var reason: String?

    public init(
        file: String, message: String?, code: String?, result: Result, householdID: Int? = nil, provisions: [Int] = [],
        reason: String? = nil
    ) {
        self.file = file
        self.message = message
        self.code = code
        self.result = result
        self.householdID = householdID
        self.provisions = provisions
        self.reason = reason
    }
}

/// The import's report: one outcome per message, files applied whole or not at all.
public struct IwmoReport: Hashable, Sendable, Codable {
    public var dryRun: Bool
    public var outcomes: [IwmoOutcome]
    /// Files written (each its own transaction), and files refused whole.
    public var filesApplied: Int
    public var filesRefused: Int

    public init(dryRun: Bool, outcomes: [IwmoOutcome] = [], filesApplied: Int = 0, filesRefused: Int = 0) {
        self.dryRun = dryRun
        self.outcomes = outcomes
        self.filesApplied = filesApplied
        self.filesRefused = filesRefused
    }

    public func count(_ r: IwmoOutcome.Result) -> Int { outcomes.filter { $0.result == r }.count }
}
