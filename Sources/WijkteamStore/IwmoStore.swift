import Wijkteam

/// Applying the municipality's iWmo/iJw messages (issue 27), written once for both engines.
/// Each file is applied whole or not at all: every message in it applied, or the file refused
/// whole (rolled back to the savepoint taken before it). A message
/// applied before (its key in `iwmo_message`) is a duplicate and changes nothing. The team lead
/// imports; one access-log row per file applied, with counts only.
extension TransactionalStore {
    public func importIwmo(_ files: [IwmoFile], dryRun: Bool, today: Day) throws -> IwmoReport {
        // The files in order in one transaction (a 305 finds the 301 read before it), each file
        // behind a savepoint: a refused file is undone whole, the others stay. One commit for
        // the batch: a day's 5,000 messages in one transaction instead of 5,000 (issue 27's
        // budget); a run that dies half-way writes nothing, so no file is ever half-applied.
        // A dry run rolls everything back at the end.
        func run(_ work: StoreWork<Runner>) throws -> IwmoReport {
            var report = IwmoReport(dryRun: dryRun)
            for file in files {
                try work.db.execute("SAVEPOINT iwmo_file", [])
                if try !report.add(file, { try work.applyIwmo($0, today: today) }) {
                    try work.db.execute("ROLLBACK TO SAVEPOINT iwmo_file", [])
                }
                try work.db.execute("RELEASE SAVEPOINT iwmo_file", [])
            }
            return report
        }
        guard dryRun else { return try writing(run) }
        do {
            _ = try writing { work -> Int in throw IwmoDryRun(report: try run(work)) }
        } catch let done as IwmoDryRun {
            return done.report
        }
        preconditionFailure("a dry run always rolls back")
    }
}

extension IwmoReport {
    /// One file's outcomes; false when it was refused whole (its writes are to be undone).
    @discardableResult
    mutating func add(_ file: IwmoFile, _ apply: (IwmoFile) throws -> [IwmoOutcome]) throws -> Bool {
        if let problem = file.problem {
            outcomes.append(IwmoOutcome(problem))
            filesRefused += 1
            return false
        }
        do {
            outcomes += try apply(file)
            filesApplied += 1
            return true
        } catch let undone as IwmoUndone {
            outcomes += undone.outcomes
            filesRefused += 1
            return false
        }
    }
}

struct IwmoDryRun: Error {
    var report: IwmoReport
}

/// Thrown to roll a file's transaction back when a message in it is refused.
struct IwmoUndone: Error {
    var outcomes: [IwmoOutcome]
}

extension IwmoOutcome {
    init(_ p: IwmoProblem, code: String? = nil) {
        self.init(file: p.file, message: p.message, code: code, result: .refused, reason: p.description)
    }
}

extension StoreWork {
    /// One file inside the caller's transaction. Throws `IwmoUndone` when a message is refused,
    /// so the transaction (or the dry run's savepoint) rolls back.
    package func applyIwmo(_ file: IwmoFile, today: Day) throws -> [IwmoOutcome] {
        try requireIwmoLead(today: today)
        var outcomes: [IwmoOutcome] = []
        for m in file.messages {
            if try db.fetchOne("SELECT message_key FROM iwmo_message WHERE message_key = ?", [m.key]) != nil {
                outcomes.append(IwmoOutcome(file: file.path, message: m.identification, code: m.type.name, result: .duplicate))
                continue
            }
            do {
                outcomes.append(try apply(m, file: file.path, today: today))
            } catch let p as IwmoProblem {
                outcomes.append(IwmoOutcome(p, code: m.type.name))
                throw IwmoUndone(outcomes: outcomes)
            }
        }
        let applied = outcomes.filter { $0.result == .applied }.count
        if applied > 0 {
            let detail = "import iwmo \(Self.basename(file.path)): \(applied) applied, \(outcomes.count - applied) duplicate"
            try AuditRows.insert(db, AuditEvent(.change, detail: detail), actor: actor)
        }
        return outcomes
    }

    /// The team lead imports (maintenance scripts without a staff record too): the messages
    /// change provisions on any household's case.
    private func requireIwmoLead(today: Day) throws {
        let me = try AuditRows.viewer(db, actor)
        guard actor.staffID == nil || (me.role == .teamLead && !me.hasLeft(on: today)) else {
            throw AccessDenied(
                event: AuditEvent(.change, detail: "import iwmo", result: .denied), error: .accessDenied(tr("iwmo.apply.lead")))
        }
    }

    /// The provider a message is from or for, by AGB code, and its products.
    private struct CatalogueEntry {
        var id: Int
        var name: String
        var law: ProviderLaw
        var products: [String: String]  // "category/code" → name
    }

    private func provider(_ m: IwmoMessage, file: String) throws -> CatalogueEntry {
        let element = m.type.kind == .allocation ? "Header/Ontvanger" : "Header/Afzender"
        guard let r = try db.fetchOne("SELECT id, name, law FROM provider WHERE agb_code = ? AND active = 1", [m.providerAGB]) else {
            throw IwmoProblem(file: file, message: m.identification, element: element, reason: tr("iwmo.apply.provider", m.providerAGB))
        }
        let law = Rows.vocab(r, "law", ProviderLaw.wmo)
        guard law == .both || (law == .wmo) == (m.type.standard == .iwmo) else {
            throw IwmoProblem(file: file, message: m.identification, element: element, reason: tr("iwmo.apply.law", r["name"] as String))
        }
        var products: [String: String] = [:]
        for p in try db.fetchAll("SELECT category, code, name FROM provider_product WHERE provider_id = ?", [r["id"] as Int]) {
            products[(p["category"] as String) + "/" + (p["code"] as String)] = p["name"]
        }
        return CatalogueEntry(id: r["id"], name: r["name"], law: law, products: products)
    }

    private func apply(_ m: IwmoMessage, file: String, today: Day) throws -> IwmoOutcome {
        let catalogue = try provider(m, file: file)
        let refuse = IwmoRefusal(file: file, message: m)
        for (i, p) in m.products.enumerated() {
            if let category = p.category, let code = p.code, catalogue.products[category + "/" + code] == nil {
                throw refuse.at(m, i, "Product/Code", tr("iwmo.apply.product", category + "/" + code, catalogue.name))
            }
        }
        var household: Int?, caseID: Int?, provisions: [Int] = []
        switch m.type.kind {
        case .allocation:
            let (h, c) = try openCase(of: m, refuse)
            household = h
            caseID = c
            for (i, p) in m.products.enumerated() {
                provisions.append(try allocate(p, index: i, caseID: c, catalogue: catalogue, message: m, refuse))
            }
        case .start, .stop:
            for (i, p) in m.products.enumerated() {
                let (h, c, id) = try deliver(p, index: i, message: m, refuse)
                household = h
                caseID = c
                provisions.append(id)
            }
        }
        try db.execute(
            "INSERT INTO iwmo_message (message_key, code, file, applied_on, case_id, provision_id) VALUES (?, ?, ?, ?, ?, ?)",
            [m.key, m.type.name, Self.basename(file), today.description, caseID, provisions.first])
        return IwmoOutcome(
            file: file, message: m.identification, code: m.type.name, result: .applied, householdID: household, provisions: provisions)
    }

    /// The household whose current member was born on the client's birth day at its postcode and
    /// house number, and its open case (the newest). None or several: refused.
    private func openCase(of m: IwmoMessage, _ refuse: IwmoRefusal) throws -> (Int, Int) {
        let postcode = Postcode(m.postcode ?? "")?.description ?? (m.postcode ?? "")
        let ids = try db.fetchColumn(
            """
            SELECT DISTINCT h.id FROM household h JOIN person p ON p.household_id = h.id
            WHERE h.postcode = ? AND h.number = ? AND p.birth_date = ? AND p.left_on IS NULL ORDER BY h.id
            """, [postcode, m.houseNumber ?? "", m.birthDate.description], "id", as: Int.self)
        guard let household = ids.first else { throw refuse.client(tr("iwmo.apply.nomatch")) }
        guard ids.count == 1 else { throw refuse.client(tr("iwmo.apply.ambiguous", ids.map { "#\($0)" }.joined(separator: ", "))) }
        guard
            let c = try db.fetchOne(
                "SELECT id FROM care_case WHERE household_id = ? AND phase <> 'afgesloten' ORDER BY id DESC LIMIT 1", [household])
        else { throw refuse.client(tr("iwmo.apply.nocase", household)) }
        return (household, c["id"])
    }

    /// 301: the open case's provision for this product without an allocation number gets it;
    /// else a tailored provision is made. Waiting from the allocation day (`Toewijzingsdatum`)
    /// unless it was on the list earlier.
    private func allocate(
        _ p: IwmoProduct, index: Int, caseID: Int, catalogue: CatalogueEntry, message m: IwmoMessage, _ refuse: IwmoRefusal
    ) throws -> Int {
        let day = (p.allocatedOn ?? m.dated).description
        if let known = try db.fetchOne("SELECT id FROM provision WHERE allocation_number = ?", [p.allocationNumber]) {
            throw refuse.at(m, index, "ToewijzingNummer", tr("iwmo.apply.allocated", p.allocationNumber, known["id"] as Int))
        }
        let found = try db.fetchOne(
            """
            SELECT id, status, version FROM provision WHERE case_id = ? AND product_category = ? AND product_code = ?
            AND allocation_number IS NULL AND status IN ('requested', 'waiting') ORDER BY id LIMIT 1
            """, [caseID, p.category, p.code])
        if let found {
            let id: Int = found["id"]
            let status = Rows.vocab(found, "status", ProvisionStatus.requested)
            try db.execute(
                """
                UPDATE provision SET allocation_number = ?, waiting_since = COALESCE(waiting_since, ?), status = 'waiting',
                provider_id = COALESCE(provider_id, ?), version = version + 1 WHERE id = ? AND version = ?
                """, [p.allocationNumber, day, catalogue.id, id, found["version"] as Int])
            if status != .waiting { try step(id, caseID: caseID, .waiting, day: day, reason: nil, key: m.key) }
            return id
        }
        let name = catalogue.products[(p.category ?? "") + "/" + (p.code ?? "")] ?? ""
        let id = try db.insertReturningID(
            """
            INSERT INTO provision (case_id, kind, provider, description, status, provider_id, product_category, product_code,
            allocation_number, requested_on, waiting_since) VALUES (?, 'tailored', ?, ?, 'waiting', ?, ?, ?, ?, ?, ?)
            """, [caseID, catalogue.name, name, catalogue.id, p.category, p.code, p.allocationNumber, day, day])
        try step(id, caseID: caseID, .waiting, day: day, reason: nil, key: m.key)
        return id
    }

    /// 305/307: the provision with this allocation number starts or ends; the client must be a
    /// current member of its household; its status only goes forward.
    private func deliver(_ p: IwmoProduct, index: Int, message m: IwmoMessage, _ refuse: IwmoRefusal) throws -> (Int, Int, Int) {
        let rows = try db.fetchAll(
            """
            SELECT pr.id, pr.case_id, pr.status, pr.start, pr.version, c.household_id FROM provision pr
            JOIN care_case c ON c.id = pr.case_id WHERE pr.allocation_number = ?
            """, [p.allocationNumber])
        guard let r = rows.first else { throw refuse.at(m, index, "ToewijzingNummer", tr("iwmo.apply.unknown", p.allocationNumber)) }
        let id: Int = r["id"], caseID: Int = r["case_id"], household: Int = r["household_id"]
        let member = try db.fetchOne(
            "SELECT id FROM person WHERE household_id = ? AND birth_date = ? AND left_on IS NULL", [household, m.birthDate.description])
        guard member != nil else { throw refuse.client(tr("iwmo.apply.notmember", household)) }
        let status = Rows.vocab(r, "status", ProvisionStatus.requested)
        let target: ProvisionStatus = m.type.kind == .start ? .active : .ended
        guard IwmoRules.mayMove(from: status, to: target) else {
            throw refuse.at(m, index, "ToewijzingNummer", tr("iwmo.apply.backwards", status.rawValue, target.rawValue))
        }
        let begins = p.begins?.description
        if target == .active {
            try db.execute(
                "UPDATE provision SET start = ?, status = 'active', version = version + 1 WHERE id = ? AND version = ?",
                [begins, id, r["version"] as Int])
            try step(id, caseID: caseID, .active, day: begins ?? m.dated.description, reason: nil, key: m.key)
        } else {
            let start = Rows.optionalDay(r, "start") ?? p.begins
            if let start, let ends = p.ends, ends < start { throw refuse.at(m, index, "Einddatum", tr("iwmo.parse.order")) }
            let label = IwmoRules.endReasons[p.reasonCode ?? ""] ?? p.reasonCode ?? ""
            try db.execute(
                """
                UPDATE provision SET start = ?, ended_on = ?, end_reason = ?, status = 'ended', version = version + 1
                WHERE id = ? AND version = ?
                """, [start?.description, p.ends?.description, label, id, r["version"] as Int])
            if status != .active, let start { try step(id, caseID: caseID, .active, day: start.description, reason: nil, key: m.key) }
            try step(id, caseID: caseID, .ended, day: (p.ends ?? m.dated).description, reason: label, key: m.key)
        }
        return (household, caseID, id)
    }

    private func step(_ id: Int, caseID: Int, _ status: ProvisionStatus, day: String, reason: String?, key: String) throws {
        try db.execute(
            """
            INSERT INTO provision_step (provision_id, case_id, status, on_day, reason, source, message_key, recorded_by)
            VALUES (?, ?, ?, ?, ?, 'iwmo', ?, ?)
            """, [id, caseID, status.rawValue, day, reason, key, actor.staffID])
    }
}

/// Builds the problems a message is refused with, naming its file, identification and element.
struct IwmoRefusal {
    var file: String
    var message: IwmoMessage

    func client(_ reason: String) -> IwmoProblem {
        IwmoProblem(file: file, message: message.identification, element: "Client", reason: reason)
    }

    func at(_ m: IwmoMessage, _ index: Int, _ element: String, _ reason: String) -> IwmoProblem {
        let group: String
        switch m.type.kind {
        case .allocation: group = "Client/ToegewezenProducten/ToegewezenProduct"
        case .start: group = "Client/StartProducten/StartProduct"
        case .stop: group = "Client/StopProducten/StopProduct"
        }
        let nth = m.products.count > 1 ? "[\(index + 1)]" : ""
        return IwmoProblem(file: file, message: m.identification, element: group + nth + "/" + element, reason: reason)
    }
}
