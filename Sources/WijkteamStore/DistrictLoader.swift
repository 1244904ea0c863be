import Foundation
import Wijkteam
import Yams

/// A district file that cannot be loaded: which file, which line, what is wrong.
public struct DistrictFileError: Error, CustomStringConvertible, Equatable, Sendable {
    public var file: String
    public var line: Int?
    public var message: String
    public init(file: String, line: Int?, message: String) {
        self.file = file; self.line = line; self.message = message
    }
    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}

/// A whole district, validated, ready to be written in one transaction.
public struct DistrictData: Sendable {
    public var info: DistrictInfo
    public var referenceDate: Day
    public var staff: [Staff] = []
    public var households: [Household] = []
    public var ties: [NetworkTie] = []
    public var cases: [Case] = []
    public var followUps: [FollowUp] = []
    public var zrm: [ZRMScore] = []
    /// The domains each ZRM measurement marks not assessed (measurements without one mark none).
    public var zrmMeasurements: [ZRMMeasurementRecord] = []
    public var goals: [PlanGoal] = []
    public var provisions: [Provision] = []
    public var journal: [JournalEntry] = []
    public var signals: [Signal] = []
    /// Staff explicitly added to a case, per case.
    public var caseMembers: [Int: [StaffID]] = [:]
    /// Covers named for an away regisseur's case: case id → (cover, the absence's id).
    public var caseCovers: [Int: (cover: StaffID, absenceID: Int)] = [:]
    /// The day each closed case closed, where the file says (issue 25: retention runs from it).
    public var caseClosedOn: [Int: Day] = [:]
    /// Journal entry id → the member it is about.
    public var journalAbout: [Int: Int] = [:]
    /// Signals whose reporter gave their identity in confidence.
    public var confidentialReporters: Set<Int> = []
    /// Signal id → the case it was triaged into.
    public var signalCases: [Int: Int] = [:]
    /// Signal id → its Meldcode steps recorded so far.
    public var meldcode: [Int: [MeldcodeRecord]] = [:]
    /// Kindchecks recorded on cases.
    public var kindchecks: [KindcheckRecord] = []
    /// The cases' plans: question and dates, strengths and worries, actions, routes (issue 27).
    public var plans: [CasePlan] = []
    /// The catalogues (issue 27): providers with their products, the general provisions; ids 1…N.
    public var providers: [Provider] = []
    public var generalProvisions: [GeneralProvision] = []
    /// The cases' dated history (issue 29) as the file or the generator tells it; a case
    /// without phase rows here gets estimated ones when it is written (`DistrictHistory`).
    public var caseHistory: [CaseHistoryEvent] = []
    /// The day each done follow-up was completed, where known (follow-up id → day).
    public var followUpDoneOn: [Int: Day] = [:]

    public init(info: DistrictInfo, referenceDate: Day) {
        self.info = info; self.referenceDate = referenceDate
    }

    /// The team part alone (name, staff, catalogues); every household's record left out.
    func teamOnly() -> DistrictData {
        var team = DistrictData(info: info, referenceDate: referenceDate)
        team.staff = staff
        team.providers = providers
        team.generalProvisions = generalProvisions
        return team
    }

    /// Moves every date by `days`, so the sample district stays current ("due last Friday").
    public func shifted(by days: Int) -> DistrictData {
        guard days != 0 else { return self }
        var d = self
        d.referenceDate = referenceDate.adding(days: days)
        d.cases = cases.map { var c = $0; c.opened = c.opened.adding(days: days); return c }
        d.caseClosedOn = caseClosedOn.mapValues { $0.adding(days: days) }
        d.followUps = followUps.map { var f = $0; f.due = f.due.adding(days: days); return f }
        d.followUpDoneOn = followUpDoneOn.mapValues { $0.adding(days: days) }
        d.caseHistory = caseHistory.map {
            var e = $0
            e.on = e.on.adding(days: days)
            return e
        }
        d.households = households.map { h in
            var moved = h
            moved.members = h.members.map {
                var p = $0
                p.leftOn = p.leftOn?.adding(days: days)
                return p
            }
            return moved
        }
        d.zrm = zrm.map { var z = $0; z.date = z.date.adding(days: days); return z }
        d.zrmMeasurements = zrmMeasurements.map {
            var m = $0; m.date = m.date.adding(days: days); return m
        }
        d.provisions = provisions.map { $0.shifted(by: days) }
        d.journal = journal.map { var j = $0; j.date = j.date.adding(days: days); return j }
        d.plans = plansShifted(by: days)
        d.signals = signals.map { s in
            var shifted = s
            shifted.date = s.date.adding(days: days)
            shifted.intake?.hardDate = s.intake?.hardDate?.adding(days: days)
            return shifted
        }
        d.meldcode = meldcode.mapValues { $0.map { $0.moved(by: days) } }
        d.kindchecks = kindchecks.map {
            var k = $0
            k.doneOn = k.doneOn.adding(days: days)
            return k
        }
        d.staff = staff.map {
            var s = $0
            s.leftOn = s.leftOn?.adding(days: days)
            s.absences = s.absences.map {
                var a = $0; a.from = a.from.adding(days: days); a.to = a.to?.adding(days: days); return a
            }
            return s
        }
        return d
    }
}

/// Reads a district folder: `district.yaml`, `staff.yaml` and `households/*.yaml`.
public enum DistrictLoader {
    public static func load(folder: URL) throws -> DistrictData {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: folder.path, isDirectory: &isDir), isDir.boolValue else {
            throw DistrictFileError(file: folder.path, line: nil, message: "no such district folder")
        }
        let districtDoc = try YAMLDocument(url: folder.appendingPathComponent("district.yaml"), shown: "district.yaml", shape: .district)
        let district: DistrictFile = try districtDoc.decode()
        var data = DistrictData(
            info: DistrictInfo(name: district.name, municipality: district.municipality, wijk: district.wijk,
                               buurten: district.buurten, demo: district.demo ?? false),
            referenceDate: district.reference_date)

        try loadStaff(folder: folder, into: &data)
        // Absences get the ids the database will give them, in file order.
        var absenceID = 0
        for i in data.staff.indices {
            for j in data.staff[i].absences.indices {
                absenceID += 1
                data.staff[i].absences[j].id = absenceID
            }
        }
        let roles = Dictionary(uniqueKeysWithValues: data.staff.map { ($0.id, $0.role) })
        // Before the households: a provision names a provider, a route a general provision.
        try loadCatalogues(folder: folder, into: &data)

        let householdDir = folder.appendingPathComponent("households")
        let names = (try? fm.contentsOfDirectory(atPath: householdDir.path)) ?? []
        let files = names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        guard !files.isEmpty else {
            throw DistrictFileError(file: "households/", line: nil, message: "no household files (*.yaml)")
        }
        var loading = HouseholdLoading(district: district, roles: roles, data: data)
        for name in files {
            let doc = try YAMLDocument(url: householdDir.appendingPathComponent(name), shown: "households/\(name)", shape: .household)
            try loading.load(doc.decode(), from: doc)
        }
        return loading.data
    }

    /// Reads and checks `staff.yaml` into `data.staff`.
    static func loadStaff(folder: URL, into data: inout DistrictData) throws {
        let staffDoc = try YAMLDocument(url: folder.appendingPathComponent("staff.yaml"), shown: "staff.yaml", shape: .staff)
        let staffFile: StaffFile = try staffDoc.decode()
        var staffIDs = Set<String>()
        for (i, s) in staffFile.staff.enumerated() {
            let at: [PathKey] = [.key("staff"), .index(i)]
            guard !s.id.isEmpty, s.id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
                throw staffDoc.error(at + [.key("id")], "staff id '\(s.id)' must be letters, digits, - or _")
            }
            guard staffIDs.insert(s.id).inserted else { throw staffDoc.error(at + [.key("id")], "duplicate staff id '\(s.id)'") }
            guard s.capacity.isFinite, (0...1000).contains(s.capacity) else {
                throw staffDoc.error(at + [.key("capacity")], "capacity \(s.capacity) must be a number from 0 to 1000")
            }
            try staffDoc.check(at + [.key("name")]) { try Validation.name(s.name) }
            if let account = s.account, data.staff.contains(where: { $0.account == account }) {
                throw staffDoc.error(at + [.key("account")], "account '\(account)' belongs to two staff members")
            }
            var absences: [StaffAbsence] = []
            for (j, a) in (s.away ?? []).enumerated() {
                if let to = a.to, to < a.from {
                    throw staffDoc.error(
                        at + [.key("away"), .index(j), .key("to")], "away period ends (\(to)) before it starts (\(a.from))")
                }
                absences.append(StaffAbsence(staffID: s.id, from: a.from, to: a.to, kind: a.kind))
            }
            if s.onLeave == true { absences.append(StaffAbsence(staffID: s.id, from: data.referenceDate, to: nil, kind: .leave)) }
            guard let workDays = WorkDays.parse((s.workDays ?? []).joined(separator: ",")) else {
                throw staffDoc.error(at + [.key("work_days")], "work days must be some of \(WorkDays.keys.joined(separator: ", "))")
            }
            data.staff.append(
                Staff(
                    id: s.id, name: s.name, role: s.role, discipline: s.discipline ?? "",
                    expertise: s.expertise ?? [], capacity: s.capacity,
                    languages: s.languages ?? ["nl"], account: s.account,
                    absences: absences.sorted { $0.from < $1.from }, workDays: workDays, leftOn: s.leftOn))
        }
    }
}

/// One step of a path into a YAML document: a mapping key or a list index.
enum PathKey: Equatable {
    case key(String)
    case index(Int)
}

/// A parsed YAML file that can say on which line a path lies.
struct YAMLDocument {
    let shown: String
    let root: Node

    init(url: URL, shown: String, shape: Shape) throws {
        self.shown = shown
        guard let bytes = FileManager.default.contents(atPath: url.path) else {
            throw DistrictFileError(file: shown, line: nil, message: FileManager.default.fileExists(atPath: url.path)
                                    ? "cannot be read" : "file is missing")
        }
        let text = try YAMLDocument.utf8Text(bytes, file: shown)
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw DistrictFileError(file: shown, line: nil, message: "file is empty")
            }
            root = node
        } catch let error as YamlError {
            throw YAMLDocument.describe(error, file: shown)
        }
        try check(root, against: shape, path: [])
    }

    /// The file's text; bytes that are not UTF-8 are an error naming their line and column.
    static func utf8Text(_ bytes: Data, file: String) throws -> String {
        let array = [UInt8](bytes)
        var line = 1, lineStart = 0, i = 0
        while i < array.count {
            let b = array[i]
            if b == 0x0A { line += 1; lineStart = i + 1; i += 1; continue }
            let length: Int
            switch b {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: length = 0
            }
            var valid = length > 0 && i + length <= array.count
            if valid, length > 1 {
                valid = array[(i + 1)..<(i + length)].allSatisfy { $0 & 0xC0 == 0x80 }
                // Overlong forms, surrogates and code points above U+10FFFF.
                if valid, b == 0xE0 { valid = array[i + 1] >= 0xA0 }
                if valid, b == 0xED { valid = array[i + 1] < 0xA0 }
                if valid, b == 0xF0 { valid = array[i + 1] >= 0x90 }
                if valid, b == 0xF4 { valid = array[i + 1] < 0x90 }
            }
            guard valid else {
                let column = (String(decoding: array[lineStart..<i], as: UTF8.self)).count + 1
                throw DistrictFileError(file: file, line: line,
                                        message: "not UTF-8 text: byte 0x\(String(b, radix: 16, uppercase: true)) at column \(column) (save the file as UTF-8)")
            }
            i += length
        }
        return String(decoding: array, as: UTF8.self)
    }

    func decode<T: Decodable>() throws -> T {
        do {
            return try YAMLDecoder().decode(T.self, from: root)
        } catch let error as DecodingError {
            throw describe(error)
        }
    }

    /// Runs a domain rule (Validation) and reports its refusal at `path`.
    func check(_ path: [PathKey], _ rule: () throws -> Void) throws {
        do {
            try rule()
        } catch let error as WijkteamError {
            throw self.error(path, error.description)
        }
    }

    func error(_ path: [PathKey], _ message: String) -> DistrictFileError {
        DistrictFileError(file: shown, line: line(of: path), message: "\(YAMLDocument.render(path)): \(message)")
    }

    /// The line of the deepest node the path reaches (for a key: the key itself).
    func line(of path: [PathKey]) -> Int? {
        var node = root
        var line = root.mark?.line
        for step in path {
            switch (step, node) {
            case (.key(let k), .mapping(let m)):
                guard let pair = m.first(where: { $0.key.string == k }) else { return line }
                line = pair.key.mark?.line ?? line
                node = pair.value
            case (.index(let i), .sequence(let s)):
                guard i >= 0, i < s.count else { return line }
                node = s[i]
                line = node.mark?.line ?? line
            default:
                return line
            }
        }
        return line
    }

    static func render(_ path: [PathKey]) -> String {
        var out = ""
        for step in path {
            switch step {
            case .key(let k): out += out.isEmpty ? k : ".\(k)"
            case .index(let i): out += "[\(i)]"
            }
        }
        return out.isEmpty ? "(top)" : out
    }

    private func check(_ node: Node, against shape: Shape, path: [PathKey]) throws {
        switch (shape, node) {
        case (.scalar, .scalar), (.anyKeys, .mapping):
            return
        case (.map(let keys), .mapping(let m)):
            for (k, v) in m {
                guard let name = k.string, let sub = keys[name] else {
                    let known = keys.keys.sorted().joined(separator: ", ")
                    throw DistrictFileError(file: shown, line: k.mark?.line,
                        message: "\(YAMLDocument.render(path + [.key(k.string ?? "?")])): unknown key (expected one of: \(known))")
                }
                if v.null != nil { continue } // `key:` with no value = absent
                try check(v, against: sub, path: path + [.key(name)])
            }
        case (.list(let item), .sequence(let s)):
            for (i, v) in s.enumerated() { try check(v, against: item, path: path + [.index(i)]) }
        default:
            let expected: String
            switch shape {
            case .map, .anyKeys: expected = "a mapping (key: value)"
            case .list: expected = "a list"
            case .scalar: expected = "a single value"
            }
            throw DistrictFileError(file: shown, line: node.mark?.line, message: "\(YAMLDocument.render(path)): expected \(expected)")
        }
    }

    private func describe(_ error: DecodingError) -> DistrictFileError {
        func path(_ keys: [CodingKey]) -> [PathKey] {
            keys.map { $0.intValue.map(PathKey.index) ?? .key($0.stringValue) }
        }
        switch error {
        case .keyNotFound(let key, let ctx):
            return self.error(path(ctx.codingPath), "missing key '\(key.stringValue)'")
        case .typeMismatch(let type, let ctx):
            return self.error(path(ctx.codingPath), "expected \(YAMLDocument.typeName(type))")
        case .valueNotFound(let type, let ctx):
            return self.error(path(ctx.codingPath), "missing value (expected \(YAMLDocument.typeName(type)))")
        case .dataCorrupted(let ctx):
            let message = ctx.debugDescription.contains("unknown value") || ctx.debugDescription.contains("not a date")
                ? ctx.debugDescription : "invalid value: \(ctx.debugDescription)"
            return self.error(path(ctx.codingPath), message)
        @unknown default:
            return DistrictFileError(file: shown, line: nil, message: "\(error)")
        }
    }

    static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is Int.Type: "a whole number"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        case is String.Type: "text"
        default: "\(type)".contains("Array") ? "a list" : "\(type)"
        }
    }

    static func describe(_ error: YamlError, file: String) -> DistrictFileError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return DistrictFileError(file: file, line: mark.line, message: "YAML syntax: \(problem) (column \(mark.column))")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return DistrictFileError(file: file, line: context.mark.line,
                                     message: "duplicate key \(duplicates.joined(separator: ", "))")
        case .reader(let problem, let offset, let value, let yaml):
            // A control character (a raw NUL, an escape) where YAML allows none: say which and where.
            let line = offset.map { yaml.prefix($0).reduce(1) { $1 == "\n" ? $0 + 1 : $0 } }
            let hex = String(value, radix: 16, uppercase: true)
            let character = value >= 0 ? " (U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ")" : ""
            return DistrictFileError(file: file, line: line, message: "cannot read: \(problem)\(character)")
        default:
            return DistrictFileError(file: file, line: nil, message: "\(error)")
        }
    }
}

extension MeldcodeRecord {
    /// The same step, its day moved (a demo district's dates move with it).
    func moved(by days: Int) -> MeldcodeRecord {
        var r = self
        r.doneOn = doneOn.adding(days: days)
        return r
    }
}
