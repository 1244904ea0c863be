import Foundation
import Wijkteam

/// Reads the household files of a district one by one into one `DistrictData`, keeping the ids
/// seen so far (unique over the whole district) and the counters that number ties, follow-ups,
/// goals, provisions, journal entries and signals.
struct HouseholdLoading {
    let district: DistrictFile
    let roles: [StaffID: StaffRole]
    var data: DistrictData
    var householdIDs = Set<Int>(), personIDs = Set<Int>(), caseIDs = Set<Int>()
    var tieID = 0, followUpID = 0, goalID = 0, provisionID = 0, journalID = 0, signalID = 0

    init(district: DistrictFile, roles: [StaffID: StaffRole], data: DistrictData) {
        self.district = district; self.roles = roles; self.data = data
    }

    var today: Day { district.reference_date }

    /// Checks one household file and adds all it holds.
    mutating func load(_ h: HouseholdFile, from doc: YAMLDocument) throws {
        guard h.id > 0, householdIDs.insert(h.id).inserted else {
            throw doc.error([.key("id")], "household id \(h.id) is not a positive, unique number")
        }
        guard !h.members.isEmpty else { throw doc.error([.key("members")], "a household needs at least one member") }
        try doc.check([.key("name")]) { try Validation.name(h.name) }
        try doc.check([.key("address"), .key("street")]) { try Validation.name(h.address.street) }
        try doc.check([.key("address"), .key("number")]) { try Validation.name(h.address.number) }
        if let addition = h.address.addition {
            try doc.check([.key("address"), .key("addition")]) { try Validation.houseNumber(h.address.number, addition) }
        }
        var postcode = ""
        try doc.check([.key("address"), .key("postcode")]) { postcode = try Postcode.validated(h.address.postcode ?? "") }
        try doc.check([.key("address"), .key("buurt")]) { try Validation.buurt(h.address.buurt, of: district.buurten) }
        if let note = h.note {
            try doc.check([.key("note")]) {
                try Validation.text(note, what: tr("validation.what.learning_note"), max: Validation.learningNoteLength)
            }
        }
        let members = try loadMembers(of: h, from: doc)
        let memberIDs = Set(members.map(\.id))
        let memberByID = Dictionary(uniqueKeysWithValues: members.map { ($0.id, $0) })
        data.households.append(
            Household(
                id: h.id, name: h.name,
                address: Address(
                    street: h.address.street, number: h.address.number, addition: h.address.addition ?? "", postcode: postcode,
                    buurt: h.address.buurt, wijk: district.wijk),
                language: h.language ?? "nl", learningNote: h.note, members: members))

        try loadTies(of: h, from: doc)
        for (ci, c) in (h.cases ?? []).enumerated() {
            try loadCase(c, at: [.key("cases"), .index(ci)], of: h, memberIDs: memberIDs, from: doc)
        }
        try loadZRM(of: h, memberByID: memberByID, from: doc)
        try loadSignals(of: h, from: doc, householdCases: Set((h.cases ?? []).map(\.id)))
    }

    mutating func loadMembers(of h: HouseholdFile, from doc: YAMLDocument) throws -> [Person] {
        var members: [Person] = []
        for (i, m) in h.members.enumerated() {
            guard m.id > 0, personIDs.insert(m.id).inserted else {
                throw doc.error([.key("members"), .index(i), .key("id")], "person id \(m.id) is not a positive, unique number")
            }
            try doc.check([.key("members"), .index(i), .key("name")]) { try Validation.name(m.name) }
            // A year (older files) or a full date.
            let date = Day(m.born)
            let year = date?.year ?? Int(m.born) ?? 0
            try doc.check([.key("members"), .index(i), .key("born")]) {
                guard date != nil || Int(m.born) != nil else { throw WijkteamError.invalid(tr("validation.born", m.born)) }
                try Validation.birthYear(year, today: today)
                if let date, date > today { throw WijkteamError.invalid(tr("validation.birth_date.future", date)) }
            }
            if let left = m.leftOn {
                try doc.check([.key("members"), .index(i), .key("left_on")]) {
                    try Validation.happened(left, what: tr("validation.what.date"), today: today)
                }
            } else if m.leftReason != nil {
                throw doc.error([.key("members"), .index(i), .key("left_reason")], "left_reason belongs with left_on (the day they left)")
            }
            members.append(
                Person(
                    id: m.id, householdID: h.id, name: m.name, birthYear: year, role: m.role,
                    isClient: m.client ?? false, birthDate: date, leftOn: m.leftOn,
                    leftReason: m.leftOn == nil ? nil : m.leftReason ?? .movedOut))
        }
        return members
    }

    mutating func loadTies(of h: HouseholdFile, from doc: YAMLDocument) throws {
        for (i, t) in (h.ties ?? []).enumerated() {
            if let hours = t.carerHours, !(0...168).contains(hours) {
                throw doc.error([.key("ties"), .index(i), .key("carer_hours")], "carer hours \(hours) must be 0…168 per week")
            }
            try doc.check([.key("ties"), .index(i), .key("carer_burden")]) { try CarerLoad.validate(burden: t.carerBurden) }
            try doc.check([.key("ties"), .index(i), .key("carer_since")]) { try CarerLoad.validate(since: t.carerSince, today: today) }
            try doc.check([.key("ties"), .index(i), .key("name")]) { try Validation.name(t.name) }
            try doc.check([.key("ties"), .index(i), .key("relation")]) { try Validation.text(t.relation, what: tr("validation.what.text"), max: Validation.nameLength) }
            tieID += 1
            data.ties.append(
                NetworkTie(
                    id: tieID, householdID: h.id, name: t.name, sector: t.sector, relation: t.relation,
                    isOrganisation: t.organisation ?? false, strength: t.strength, support: Array(Set(t.support ?? [])),
                    carerHoursPerWeek: t.carerHours, exhausted: t.exhausted ?? false,
                    professionalSecrecy: t.secrecy ?? false, consentToShare: t.consent ?? false,
                    carerSince: t.carerSince, carerBurden: t.carerBurden))
        }
    }

    /// Throws unless `id` (when given) is a staff member of staff.yaml, and with `regie` one who may be regisseur.
    func checkStaff(_ id: String?, _ path: [PathKey], regie: Bool = false, in doc: YAMLDocument) throws {
        guard let id else { return }
        guard let role = roles[id] else { throw doc.error(path, "unknown staff id '\(id)' (not in staff.yaml)") }
        if regie && !role.canBeRegisseur { throw doc.error(path, WijkteamError.notARegisseur(id, role).description) }
    }

    mutating func loadCase(_ c: CaseEntry, at: [PathKey], of h: HouseholdFile, memberIDs: Set<Int>, from doc: YAMLDocument) throws {
        guard c.id > 0, caseIDs.insert(c.id).inserted else {
            throw doc.error(at + [.key("id")], "case id \(c.id) is not a positive, unique number")
        }
        try checkStaff(c.regisseur, at + [.key("regisseur")], regie: true, in: doc)
        let complexity = c.complexity ?? 2
        guard (1...3).contains(complexity) else {
            throw doc.error(at + [.key("complexity")], "complexity \(complexity) must be 1, 2 or 3")
        }
        guard !c.domains.isEmpty else { throw doc.error(at + [.key("domains")], "a case needs at least one life domain") }
        if c.phase == .afgesloten, c.closedReason == nil {
            throw doc.error(at + [.key("phase")], "a closed case (afgesloten) needs a closed_reason")
        }
        if let closedOn = c.closedOn {
            guard c.phase == .afgesloten, c.opened <= closedOn else {
                throw doc.error(at + [.key("closed_on")], "closed_on belongs to a closed case (afgesloten), on or after opened")
            }
            try doc.check(at + [.key("closed_on")]) { try Validation.happened(closedOn, what: tr("validation.what.date"), today: today) }
            data.caseClosedOn[c.id] = closedOn
        }
        try doc.check(at + [.key("opened")]) { try Validation.happened(c.opened, what: tr("validation.what.date"), today: today) }
        for (key, text) in [
            ("presenting", c.presenting), ("behind", c.behind), ("discussion", c.discussion), ("closed_reason", c.closedReason),
        ] {
            guard let text else { continue }
            try doc.check(at + [.key(key)]) { try Validation.text(text, what: tr("validation.what.text"), required: key == "presenting") }
        }
        data.cases.append(
            Case(
                id: c.id, householdID: h.id, opened: c.opened, source: c.source, presentingQuestion: c.presenting,
                questionBehind: c.behind, domains: c.domains, phase: c.phase, regisseurID: c.regisseur,
                complexity: complexity, safety: c.safety ?? false, discussion: c.discussion,
                closedReason: c.closedReason))
        try loadFollowUps(of: c, at: at, from: doc)
        try loadGoals(of: c, at: at, memberIDs: memberIDs, from: doc)
        try loadPlan(of: c, at: at, householdID: h.id, from: doc)
        try loadProvisions(of: c, at: at, from: doc)
        for (i, m) in (c.members ?? []).enumerated() {
            try checkStaff(m, at + [.key("members"), .index(i)], in: doc)
            data.caseMembers[c.id, default: []].append(m)
        }
        if let cover = c.cover {
            try checkStaff(cover, at + [.key("cover")], in: doc)
            let away = data.staff.first { $0.id == c.regisseur }?.absence(on: data.referenceDate)
            guard let away, cover != c.regisseur else {
                throw doc.error(at + [.key("cover")], "a cover is for a case whose regisseur is away on the reference date")
            }
            data.caseCovers[c.id] = (cover, away.id)
        }
        try loadJournal(of: c, at: at, memberIDs: memberIDs, from: doc)
        try loadHistory(of: c, at: at, from: doc)
        if let k = c.kindcheck {
            try checkStaff(k.by, at + [.key("kindcheck"), .key("by")], in: doc)
            let on = at + [.key("kindcheck"), .key("on")]
            guard k.on >= c.opened else { throw doc.error(on, "a Kindcheck on \(k.on) is before the case opened") }
            try doc.check(on) { try Validation.happened(k.on, what: tr("validation.what.date"), today: today) }
            try doc.check(at + [.key("kindcheck"), .key("note")]) { try Kindcheck.validate(note: k.note) }
            data.kindchecks.append(
                KindcheckRecord(id: data.kindchecks.count + 1, caseID: c.id, doneBy: k.by, doneOn: k.on, worry: k.worry, note: k.note))
        }
    }

    mutating func loadFollowUps(of c: CaseEntry, at: [PathKey], from doc: YAMLDocument) throws {
        for (i, f) in (c.followUps ?? []).enumerated() {
            try checkStaff(f.owner, at + [.key("follow_ups"), .index(i), .key("owner")], in: doc)
            try doc.check(at + [.key("follow_ups"), .index(i), .key("due")]) {
                try Validation.recordedDue(f.due, today: today, caseOpened: c.opened)
            }
            for (key, text) in [("note", f.note), ("outcome", f.outcome)] {
                guard let text else { continue }
                try doc.check(at + [.key("follow_ups"), .index(i), .key(key)]) { try Validation.text(text, what: tr("validation.what.note")) }
            }
            if let doneOn = f.doneOn {
                let path = at + [.key("follow_ups"), .index(i), .key("done_on")]
                guard f.done == true, doneOn >= c.opened else {
                    throw doc.error(path, "done_on belongs to a done follow-up (done: true), on or after the case opened")
                }
                try doc.check(path) { try Validation.happened(doneOn, what: tr("validation.what.date"), today: today) }
            }
            followUpID += 1
            if let doneOn = f.doneOn { data.followUpDoneOn[followUpID] = doneOn }
            data.followUps.append(FollowUp(id: followUpID, caseID: c.id, kind: f.kind, due: f.due, ownerID: f.owner,
                                           note: f.note ?? "", done: f.done ?? false, outcome: f.outcome))
        }
    }

    mutating func loadGoals(of c: CaseEntry, at: [PathKey], memberIDs: Set<Int>, from doc: YAMLDocument) throws {
        for (i, g) in (c.goals ?? []).enumerated() {
            if let p = g.person, !memberIDs.contains(p) {
                throw doc.error(at + [.key("goals"), .index(i), .key("person")], "person \(p) is not a member of this household")
            }
            guard ZRMScore.range.contains(g.target) else {
                throw doc.error(at + [.key("goals"), .index(i), .key("target")], "target score \(g.target) must be 1…5")
            }
            try doc.check(at + [.key("goals"), .index(i), .key("text")]) { try Validation.text(g.text, what: tr("validation.what.text"), required: true) }
            goalID += 1
            data.goals.append(PlanGoal(id: goalID, caseID: c.id, domain: g.domain, personID: g.person,
                                       targetScore: g.target, text: g.text))
        }
    }

    mutating func loadProvisions(of c: CaseEntry, at: [PathKey], from doc: YAMLDocument) throws {
        for (i, p) in (c.provisions ?? []).enumerated() {
            provisionID += 1
            let provision = Provision(
                id: provisionID, caseID: c.id, kind: p.kind, provider: p.provider, description: p.description, status: p.status,
                waitingWeeks: p.waitingWeeks, start: p.start, networkReason: p.networkReason)
            // As Provision.validate, less the reason for maatwerk: a district's history may predate that rule.
            let pAt = at + [.key("provisions"), .index(i)]
            try doc.check(pAt + [.key("provider")]) { try Validation.name(p.provider) }
            try doc.check(pAt + [.key("description")]) { try Validation.text(p.description, what: tr("validation.what.text"), required: true) }
            if let w = p.waitingWeeks { try doc.check(pAt + [.key("waiting_weeks")]) { try Validation.waitingWeeks(w) } }
            if let r = p.networkReason {
                try doc.check(pAt + [.key("network_reason")]) { try Validation.text(r, what: tr("validation.what.text")) }
            }
            let goals = data.goals.filter { $0.caseID == c.id }
            var lived = try ProvisionRows.life(of: provision, p, goals: goals, at: pAt, in: doc)
            // The catalogue's provider of that name, as the insert links it.
            lived.providerID = lived.providerID ?? data.providers.first { $0.name == p.provider }?.id
            data.provisions.append(lived)
        }
    }

    mutating func loadJournal(of c: CaseEntry, at: [PathKey], memberIDs: Set<Int>, from doc: YAMLDocument) throws {
        for (i, j) in (c.journal ?? []).enumerated() {
            try checkStaff(j.author, at + [.key("journal"), .index(i), .key("author")], in: doc)
            journalID += 1
            let entry = JournalEntry(id: journalID, caseID: c.id, date: j.date, kind: j.kind,
                                     authorID: j.author, text: j.text, sensitive: j.sensitive ?? false)
            try doc.check(at + [.key("journal"), .index(i), .key("text")]) {
                try Validation.text(j.text, what: tr("validation.what.text"))
            }
            try doc.check(at + [.key("journal"), .index(i), .key("date")]) { try entry.validate(today: today, caseOpened: c.opened) }
            if let about = j.about {
                guard memberIDs.contains(about) else {
                    throw doc.error(at + [.key("journal"), .index(i), .key("about")], "person \(about) is not a member of this household")
                }
                data.journalAbout[journalID] = about
            }
            data.journal.append(entry)
        }
    }

    mutating func loadZRM(of h: HouseholdFile, memberByID: [Int: Person], from doc: YAMLDocument) throws {
        for (zi, z) in (h.zrm ?? []).enumerated() {
            let at: [PathKey] = [.key("zrm"), .index(zi)]
            guard let person = memberByID[z.person] else {
                throw doc.error(at + [.key("person")], "person \(z.person) is not a member of this household")
            }
            try doc.check(at + [.key("person")]) { try Validation.zrmPerson(person, on: z.date) }
            try doc.check(at + [.key("date")]) { try Validation.happened(z.date, what: tr("validation.what.date"), today: today) }
            for (key, score) in z.scores.sorted(by: { $0.key < $1.key }) {
                guard let domain = LifeDomain(rawValue: key), domain.isZRM else {
                    throw doc.error(at + [.key("scores"), .key(key)],
                                    "'\(key)' is not a ZRM domain (expected one of: \(LifeDomain.zrmDomains.map(\.rawValue).joined(separator: ", ")))")
                }
                guard ZRMScore.range.contains(score) else {
                    throw doc.error(at + [.key("scores"), .key(key)], "ZRM score \(score) must be 1…5")
                }
                guard !data.zrm.contains(where: { $0.personID == z.person && $0.domain == domain && $0.date == z.date }) else {
                    throw doc.error(at + [.key("scores"), .key(key)], "person \(z.person) already has a \(domain.label) score on \(z.date)")
                }
                data.zrm.append(ZRMScore(personID: z.person, domain: domain, date: z.date, score: score))
            }
            try loadNotAssessed(z, at: at, from: doc)
        }
    }

    /// The domains a file's measurement marks not assessed (none scored and marked both).
    private mutating func loadNotAssessed(_ z: ZRMEntry, at: [PathKey], from doc: YAMLDocument) throws {
        var skipped = Set<LifeDomain>()
        for (i, key) in (z.notAssessed ?? []).enumerated() {
            guard let domain = LifeDomain(rawValue: key), domain.isZRM else {
                throw doc.error(
                    at + [.key("not_assessed"), .index(i)],
                    "'\(key)' is not a ZRM domain (expected one of: \(LifeDomain.zrmDomains.map(\.rawValue).joined(separator: ", ")))")
            }
            guard z.scores[key] == nil else {
                throw doc.error(at + [.key("not_assessed"), .index(i)], "\(key) is both scored and not assessed")
            }
            skipped.insert(domain)
        }
        if z.restNotAssessed == true {
            skipped.formUnion(
                ZRMMeasurement.unaccounted(scored: z.scores.keys.compactMap(LifeDomain.init(rawValue:)), notAssessed: skipped))
        }
        guard !skipped.isEmpty else { return }
        data.zrmMeasurements.append(ZRMMeasurementRecord(personID: z.person, date: z.date, notAssessed: skipped))
    }

    mutating func loadSignals(of h: HouseholdFile, from doc: YAMLDocument, householdCases: Set<Int>) throws {
        for (i, s) in (h.signals ?? []).enumerated() {
            try doc.check([.key("signals"), .index(i), .key("date")]) { try Validation.happened(s.date, what: tr("validation.what.date"), today: today) }
            try doc.check([.key("signals"), .index(i), .key("description")]) {
                try Validation.text(s.description, what: tr("validation.what.text"), required: true)
            }
            if let reporter = s.reporter {
                try doc.check([.key("signals"), .index(i), .key("reporter")]) {
                    try Validation.name(reporter, what: tr("validation.what.reporter"))
                }
            }
            if let caseID = s.caseID, !householdCases.contains(caseID) {
                throw doc.error([.key("signals"), .index(i), .key("case")], "case \(caseID) is not a case of this household")
            }
            if (s.hardDate == nil) != (s.hardDateKind == nil) {
                throw doc.error(
                    [.key("signals"), .index(i), .key(s.hardDate == nil ? "hard_date_kind" : "hard_date")], tr("store.loader.hard_date"))
            }
            signalID += 1
            let intake =
                s.reporter != nil || s.hardDate != nil
                ? Intake(reporterName: s.reporter, hardDate: s.hardDate, hardDateKind: s.hardDateKind) : nil
            data.signals.append(
                Signal(
                    id: signalID, householdID: h.id, date: s.date, source: s.source, description: s.description, domains: s.domains,
                    safety: s.safety ?? false, intake: intake))
            if s.reporterConfidential == true { data.confidentialReporters.insert(signalID) }
            if let caseID = s.caseID { data.signalCases[signalID] = caseID }
            try loadMeldcode(s, at: [.key("signals"), .index(i)], from: doc)
        }
    }

    /// A safety signal's recorded steps, checked with the Meldcode's own rules, each at its line.
    mutating func loadMeldcode(_ s: SignalEntry, at: [PathKey], from doc: YAMLDocument) throws {
        guard let entries = s.meldcode, !entries.isEmpty else { return }
        guard s.safety == true else { throw doc.error(at + [.key("meldcode")], "only a safety signal has Meldcode steps") }
        var records: [MeldcodeRecord] = []
        for (j, e) in entries.enumerated() {
            let path = at + [.key("meldcode"), .index(j)]
            let acute = e.acute ?? false
            guard let step = MeldcodeStep(rawValue: e.step ?? (acute ? 5 : 0)) else {
                throw doc.error(path + [.key("step")], "step must be 1–5")
            }
            try checkStaff(e.by, path + [.key("by")], in: doc)
            guard e.on >= s.date else {
                throw doc.error(path + [.key("on")], "step \(step.rawValue) on \(e.on) is before the signal (\(s.date))")
            }
            try doc.check(path + [.key("on")]) { try Validation.happened(e.on, what: tr("validation.what.date"), today: today) }
            let consulted = try (e.consulted ?? []).map {
                guard let c = MeldcodeConsultee(rawValue: $0) else {
                    throw doc.error(path + [.key("consulted")], "'\($0)' is not one of \(MeldcodeConsultee.keys)")
                }
                return c
            }
            let answers = [e.violenceSuspected, e.unsafety, e.helpPossible, e.clientAccepts, e.lastingSafety]
            var afweging: Afweging?
            if answers.contains(where: { $0 != nil }) {
                let a = answers.compactMap { $0 }
                guard a.count == 5 else { throw doc.error(path, tr("meldcode.afweging_needed")) }
                afweging = Afweging(violenceSuspected: a[0], unsafety: a[1], helpPossible: a[2], clientAccepts: a[3], lastingSafety: a[4])
            }
            let ending = try e.endsWith.map {
                guard let v = MeldcodeEnding(rawValue: $0) else {
                    throw doc.error(path + [.key("ends_with")], "'\($0)' is not one of \(MeldcodeEnding.keys)")
                }
                return v
            }
            let r = MeldcodeRecord(
                step: step, doneBy: e.by, doneOn: e.on, note: e.note, consulted: consulted, afweging: afweging,
                reportToVeiligThuis: e.reportVT, helpOrganised: e.helpOrganised, acute: acute, endsWith: ending)
            try doc.check(path) { try Meldcode.check(r, after: records) }
            records.append(r)
        }
        data.meldcode[signalID] = records
    }
}
