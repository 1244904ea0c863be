/// The Zelfredzaamheid-Matrix (ZRM 2017, GGD Amsterdam): an adult's self-reliance on 13 domains,
/// each scored 1 (acuut) … 5 (volledig zelfredzaam). A measurement is one adult on one date over
/// all 13 domains, each scored or explicitly not assessed; nothing is copied forward. Before v15
/// a measurement copied every domain not typed from the latest score ("carried forward"): such
/// scores stay, marked, and count neither as measured nor towards a complete measurement.

/// One measurement as a whole: whose, when, which domains were explicitly not assessed.
public struct ZRMMeasurementRecord: Hashable, Sendable, Codable {
    public var personID: Int
    public var date: Day
    public var notAssessed: Set<LifeDomain>
    /// Recorded before v15 (its unnamed domains may be carried forward).
    public var legacy: Bool
    public var recordedBy: StaffID?
    public init(personID: Int, date: Day, notAssessed: Set<LifeDomain> = [], legacy: Bool = false, recordedBy: StaffID? = nil) {
        self.personID = personID; self.date = date; self.notAssessed = notAssessed; self.legacy = legacy; self.recordedBy = recordedBy
    }
}

public enum ZRMMeasurement {
    /// The latest score per domain (the form's hint; never pre-filled).
    public static func latest(_ scores: [ZRMScore], person: Int) -> [LifeDomain: ZRMScore] {
        var out: [LifeDomain: ZRMScore] = [:]
        for s in scores where s.personID == person {
            if let have = out[s.domain], have.date >= s.date { continue }
            out[s.domain] = s
        }
        return out
    }

    /// The domains a measurement leaves neither scored nor marked not assessed, in ZRM order.
    public static func unaccounted(scored: some Collection<LifeDomain>, notAssessed: Set<LifeDomain>) -> [LifeDomain] {
        let scored = Set(scored)
        return LifeDomain.zrmDomains.filter { !scored.contains($0) && !notAssessed.contains($0) }
    }

    /// The scores to save: every one of the 13 domains scored 1–5 or marked not assessed, at
    /// least one scored, none both; the refusal names the domains left open.
    public static func scores(
        for person: Person, on date: Day, today: Day, scores: [LifeDomain: Int],
        notAssessed: Set<LifeDomain>
    ) throws -> [ZRMScore] {
        guard person.isAdult(on: date) else {
            throw WijkteamError.invalid(tr("invalid.zrm.not_adult", person.name, person.age(on: date)))
        }
        guard date <= today else { throw WijkteamError.invalid(tr("invalid.zrm.future", date, today)) }
        if let bad = (Array(scores.keys) + Array(notAssessed)).first(where: { !$0.isZRM }) {
            throw WijkteamError.invalid(tr("invalid.zrm.not_a_zrm_domain", bad.label))
        }
        if let bad = scores.first(where: { !ZRMScore.range.contains($0.value) }) {
            throw WijkteamError.invalid(tr("invalid.zrm.score", bad.key.label, bad.value))
        }
        if let both = LifeDomain.zrmDomains.first(where: { scores[$0] != nil && notAssessed.contains($0) }) {
            throw WijkteamError.invalid(tr("invalid.zrm.both", both.label))
        }
        let open = unaccounted(scored: scores.keys, notAssessed: notAssessed)
        guard open.isEmpty else {
            throw WijkteamError.invalid(tr("invalid.zrm.unaccounted", open.map(\.label).joined(separator: ", ")))
        }
        guard !scores.isEmpty else { throw WijkteamError.invalid(tr("invalid.zrm.nothing_scored")) }
        return LifeDomain.zrmDomains.compactMap { d in scores[d].map { ZRMScore(personID: person.id, domain: d, date: date, score: $0) } }
    }

    /// Every domain measured (a score not carried forward) or marked not assessed.
    public static func isComplete(_ m: ZRMMeasurementRecord, scores: [ZRMScore]) -> Bool {
        let measured = scores.filter { $0.personID == m.personID && $0.date == m.date && !$0.carriedForward }.map(\.domain)
        return unaccounted(scored: measured, notAssessed: m.notAssessed).isEmpty
    }

    /// The record's measurements: its measurement rows, and any dated scores without one (as legacy).
    public static func all(in r: HouseholdRecord) -> [ZRMMeasurementRecord] {
        var out = r.zrmMeasurements
        var seen = Set(out.map { "\($0.personID)|\($0.date)" })
        for s in r.zrm where seen.insert("\(s.personID)|\(s.date)").inserted {
            out.append(ZRMMeasurementRecord(personID: s.personID, date: s.date, legacy: true))
        }
        return out.sorted { ($0.date, $0.personID) < ($1.date, $1.personID) }
    }

    /// Says what differs between the measurement a form was filled from and the latest one now
    /// (nil when nothing did): someone else measured meanwhile.
    public static func changedMeanwhile(expected: [LifeDomain: Int], current: [LifeDomain: ZRMScore]) -> String? {
        let now = current.mapValues(\.score)
        guard now != expected else { return nil }
        let diffs = LifeDomain.zrmDomains.compactMap { d -> String? in
            guard expected[d] != now[d] else { return nil }
            let was = expected[d].map { String($0) } ?? "–", isNow = now[d].map { String($0) } ?? "–"
            return "\(d.label) \(was)→\(isNow)"
        }
        let list = diffs.joined(separator: ", ")
        return current.values.map(\.date).max().map { tr("casework.zrm_changed_meanwhile.on", $0, list) }
            ?? tr("casework.zrm_changed_meanwhile", list)
    }
}

/// The ZRM of one case: its baseline (opens the plan phase), its final measurement (closes it),
/// and the measurements in between. A case's measurements are those dated from its opening to
/// today, of adults who are members now.
public enum ZRMCase {
    /// The complete measurements of current adults dated on or after the case opened, oldest first.
    public static func complete(in r: HouseholdRecord, caseID: Int, today: Day) -> [ZRMMeasurementRecord] {
        guard let c = r.cases.first(where: { $0.id == caseID }) else { return [] }
        let adults = Set(r.household.currentMembers.filter { $0.isAdult(on: today) }.map(\.id))
        return ZRMMeasurement.all(in: r).filter {
            adults.contains($0.personID) && $0.date >= c.opened && $0.date <= today && ZRMMeasurement.isComplete($0, scores: r.zrm)
        }
    }

    /// The first complete measurement of the case: the baseline the plan steers on.
    public static func baseline(in r: HouseholdRecord, caseID: Int, today: Day) -> ZRMMeasurementRecord? {
        complete(in: r, caseID: caseID, today: today).first
    }

    /// A complete measurement of an adult dated after that same adult's first complete one in the
    /// case: the final measurement closing asks for (another adult's first one is no outcome).
    public static func final(in r: HouseholdRecord, caseID: Int, today: Day) -> ZRMMeasurementRecord? {
        let all = complete(in: r, caseID: caseID, today: today)
        return all.last { m in all.contains { $0.personID == m.personID && $0.date < m.date } }
    }

    /// Why the case cannot close as asked (nil when it can): it needs a final measurement or a
    /// reason why there is none.
    public static func closeBlocker(in r: HouseholdRecord, caseID: Int, today: Day, noFinalReason: String?) throws -> String? {
        if let why = noFinalReason, !why.trimmed.isEmpty {
            try Validation.text(why, what: tr("validation.what.text"))
            return nil
        }
        guard final(in: r, caseID: caseID, today: today) == nil else { return nil }
        return baseline(in: r, caseID: caseID, today: today) == nil
            ? tr("casework.close.no_zrm_at_all", caseID) : tr("casework.close.no_final_zrm", caseID)
    }
}

/// The outcome per adult and domain within a case: the first and the latest measured score
/// (carried-forward and not-assessed values are not measured), their change, and the last step.
public struct ZRMOutcome: Hashable, Sendable, Codable {
    /// What the latest measurement of the case says about this domain.
    public enum Mark: String, Hashable, Sendable, Codable {
        case scored, carriedForward = "carried_forward", notAssessed = "not_assessed", notNamed = "not_named"
    }
    public var personID: Int
    public var domain: LifeDomain
    public var firstScore: Int?
    public var firstDate: Day?
    public var latest: Int?
    public var latestDate: Day?
    /// latest − first, when measured on two dates or more.
    public var change: Int?
    public var previous: Int?
    /// latest − the measured score before it.
    public var lastStep: Int?
    /// The measured scores in date order (the sparkline).
    public var history: [Int]
    public var latestMeasurement: Day
    public var atLatest: Mark
    /// The score the latest measurement holds (carried forward or measured).
    public var atLatestScore: Int?

    /// Per adult with a measurement in the case (the open case, else the newest) and domain.
    public static func of(_ r: HouseholdRecord, today: Day) -> [ZRMOutcome] {
        guard let c = r.openCase ?? r.cases.last else { return [] }
        return of(r, from: c.opened, to: today)
    }

    public static func of(_ r: HouseholdRecord, from: Day, to: Day) -> [ZRMOutcome] {
        let measurements = ZRMMeasurement.all(in: r).filter { $0.date >= from && $0.date <= to }
        let people = r.household.members.map(\.id).filter { p in measurements.contains { $0.personID == p } }
        return people.flatMap { p in
            let last = measurements.last { $0.personID == p }!
            return LifeDomain.zrmDomains.map { d in
                let scores = r.zrm.filter { $0.personID == p && $0.domain == d && $0.date >= from && $0.date <= to }.sorted {
                    $0.date < $1.date
                }
                let measured = scores.filter { !$0.carriedForward }
                let atLast = scores.last { $0.date == last.date }
                let mark: Mark =
                    atLast.map { $0.carriedForward ? .carriedForward : .scored }
                    ?? (last.notAssessed.contains(d) ? .notAssessed : .notNamed)
                let first = measured.first, latest = measured.last
                let before = measured.count > 1 ? measured[measured.count - 2] : nil
                return ZRMOutcome(
                    personID: p, domain: d, firstScore: first?.score, firstDate: first?.date, latest: latest?.score,
                    latestDate: latest?.date, change: measured.count > 1 ? latest!.score - first!.score : nil,
                    previous: before?.score, lastStep: before.map { latest!.score - $0.score }, history: measured.map(\.score),
                    latestMeasurement: last.date, atLatest: mark, atLatestScore: atLast?.score)
            }
        }
    }
}

/// Progress per adult and domain over every measured score: the latest and the change since the
/// measured score before (carried-forward copies are not measurements).
public struct ZRMTrend: Hashable, Sendable, Codable {
    public var personID: Int
    public var domain: LifeDomain
    public var latest: Int
    public var latestDate: Day
    public var previous: Int?
    public var change: Int?
    /// Every score in date order (the sparkline).
    public var history: [Int]

    public static func of(_ scores: [ZRMScore]) -> [ZRMTrend] {
        var byKey: [String: [ZRMScore]] = [:]
        for s in scores where !s.carriedForward { byKey["\(s.personID)|\(s.domain.rawValue)", default: []].append(s) }
        return byKey.values.map { list in
            let sorted = list.sorted { $0.date < $1.date }
            let last = sorted.last!
            let before = sorted.count > 1 ? sorted[sorted.count - 2].score : nil
            return ZRMTrend(
                personID: last.personID, domain: last.domain, latest: last.score, latestDate: last.date,
                previous: before, change: before.map { last.score - $0 }, history: sorted.map(\.score))
        }.sorted {
            ($0.personID, LifeDomain.zrmDomains.firstIndex(of: $0.domain) ?? 99) < (
                $1.personID, LifeDomain.zrmDomains.firstIndex(of: $1.domain) ?? 99
            )
        }
    }
}
