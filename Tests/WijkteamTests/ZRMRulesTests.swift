import Testing
@testable import Wijkteam

/// ZRM measurements as wholes (issue 26): all 13 domains scored or marked not assessed, nothing
/// copied forward; the baseline and the final measurement of a case; the outcome within it.
@Suite struct ZRMRulesTests {
    let today = Day("2026-11-20")!
    let adult = Person(id: 11, householdID: 1, name: "Ayşe Yılmaz", birthYear: 1980, role: .parent, isClient: true)
    let partner = Person(id: 13, householdID: 1, name: "Mehmet Yılmaz", birthYear: 1978, role: .partner, isClient: false)
    let child = Person(id: 12, householdID: 1, name: "Emre Yılmaz", birthYear: 2015, role: .child, isClient: false)

    /// The domains `scored` leaves open: what a measurement marks not assessed to be complete.
    static func rest(_ scored: [LifeDomain: Int]) -> Set<LifeDomain> {
        Set(ZRMMeasurement.unaccounted(scored: scored.keys, notAssessed: []))
    }

    func record(opened: Day, scores: [ZRMScore], measurements: [ZRMMeasurementRecord] = []) -> HouseholdRecord {
        var r = HouseholdRecord(
            household: Household(
                id: 1, name: "Huishouden Yılmaz", address: Address(street: "Kade", number: "1", buurt: "B", wijk: "W"),
                members: [adult, partner, child]),
            cases: [
                Case(
                    id: 1, householdID: 1, opened: opened, source: .selfReferral, presentingQuestion: "q", domains: [.financien],
                    phase: .uitvoering, regisseurID: "reg")
            ],
            zrm: scores)
        r.zrmMeasurements = measurements
        return r
    }

    func s(_ p: Person, _ d: LifeDomain, _ date: Day, _ score: Int, carried: Bool = false) -> ZRMScore {
        ZRMScore(personID: p.id, domain: d, date: date, score: score, carriedForward: carried)
    }

    func refusal(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func aMeasurementAccountsForEveryDomainAndCopiesNothing() throws {
        // One domain alone is refused, naming the twelve left open.
        let partial = refusal {
            _ = try ZRMMeasurement.scores(for: adult, on: today, today: today, scores: [.financien: 2], notAssessed: [])
        }
        #expect(partial?.contains("all 13 domains") == true, "\(partial ?? "")")
        #expect(partial?.contains(LifeDomain.justitie.label) == true && partial?.contains(LifeDomain.financien.label) == false)
        // Marked not assessed, the same measurement is whole: only the scored domain is saved.
        let saved = try ZRMMeasurement.scores(
            for: adult, on: today, today: today, scores: [.financien: 2], notAssessed: Self.rest([.financien: 2]))
        #expect(saved == [s(adult, .financien, today, 2)])
        // All 13 scored, in the matrix's order.
        let all = Dictionary(uniqueKeysWithValues: LifeDomain.zrmDomains.map { ($0, 3) })
        let full = try ZRMMeasurement.scores(for: adult, on: today, today: today, scores: all, notAssessed: [])
        #expect(full.map(\.domain) == LifeDomain.zrmDomains)
        // Scored and not assessed at once is refused; so is nothing scored at all.
        var both = Self.rest([.financien: 2])
        both.insert(.financien)
        #expect(
            refusal { _ = try ZRMMeasurement.scores(for: adult, on: today, today: today, scores: [.financien: 2], notAssessed: both) }?
                .contains("both scored and marked not assessed") == true)
        #expect(
            refusal {
                _ = try ZRMMeasurement.scores(for: adult, on: today, today: today, scores: [:], notAssessed: Set(LifeDomain.zrmDomains))
            }?
            .contains("at least one domain") == true)
    }

    @Test func aPartialMeasurementRefusesToCountAsABaseline() {
        let opened = today.adding(days: -60), d = today.adding(days: -50)
        // One domain of one adult (the old rule's baseline): no baseline.
        let one = record(opened: opened, scores: [s(adult, .financien, d, 2)])
        #expect(ZRMCase.baseline(in: one, caseID: 1, today: today) == nil)
        #expect(!PhaseFacts(record: one, caseID: 1, today: today).hasZRMBaseline)
        // The same, the rest marked not assessed: the baseline.
        let whole = record(
            opened: opened, scores: [s(adult, .financien, d, 2)],
            measurements: [ZRMMeasurementRecord(personID: adult.id, date: d, notAssessed: Self.rest([.financien: 2]))])
        #expect(ZRMCase.baseline(in: whole, caseID: 1, today: today)?.date == d)
        // Dated before the case opened (an earlier case's), it is not this case's baseline.
        let before = record(
            opened: opened, scores: [s(adult, .financien, opened.adding(days: -1), 2)],
            measurements: [ZRMMeasurementRecord(personID: adult.id, date: opened.adding(days: -1), notAssessed: Self.rest([.financien: 2]))]
        )
        #expect(ZRMCase.baseline(in: before, caseID: 1, today: today) == nil)
        // A legacy measurement of 13 scores, 12 of them carried forward, is partial.
        let copied = LifeDomain.zrmDomains.map { s(adult, $0, d, 3, carried: $0 != .financien) }
        let legacy = record(opened: opened, scores: copied, measurements: [ZRMMeasurementRecord(personID: adult.id, date: d, legacy: true)])
        #expect(ZRMCase.baseline(in: legacy, caseID: 1, today: today) == nil)
        // All 13 typed in a legacy measurement: complete.
        let typed = record(
            opened: opened, scores: LifeDomain.zrmDomains.map { s(adult, $0, d, 3) },
            measurements: [ZRMMeasurementRecord(personID: adult.id, date: d, legacy: true)])
        #expect(ZRMCase.baseline(in: typed, caseID: 1, today: today) != nil)
        // A child's complete measurement is no baseline.
        let ofChild = record(
            opened: opened, scores: [s(child, .financien, d, 2)],
            measurements: [ZRMMeasurementRecord(personID: child.id, date: d, notAssessed: Self.rest([.financien: 2]))])
        #expect(ZRMCase.baseline(in: ofChild, caseID: 1, today: today) == nil)
    }

    @Test func closingNeedsAFinalMeasurementOrAReason() throws {
        let opened = today.adding(days: -90), d1 = today.adding(days: -80), d2 = today.adding(days: -5)
        let rest = Self.rest([.financien: 2])
        let nothing = record(opened: opened, scores: [])
        #expect(
            try ZRMCase.closeBlocker(in: nothing, caseID: 1, today: today, noFinalReason: nil)?.contains("no complete ZRM measurement")
                == true)
        let baselineOnly = record(
            opened: opened, scores: [s(adult, .financien, d1, 2)],
            measurements: [ZRMMeasurementRecord(personID: adult.id, date: d1, notAssessed: rest)])
        let refused = try ZRMCase.closeBlocker(in: baselineOnly, caseID: 1, today: today, noFinalReason: nil)
        #expect(refused?.contains("no final ZRM measurement") == true, "\(refused ?? "")")
        #expect(try ZRMCase.closeBlocker(in: baselineOnly, caseID: 1, today: today, noFinalReason: "   ") != nil)
        #expect(try ZRMCase.closeBlocker(in: baselineOnly, caseID: 1, today: today, noFinalReason: "verhuisd, niet meer bereikbaar") == nil)
        // A partial later measurement is no final one; a complete one is.
        var later = baselineOnly
        later.zrm.append(s(adult, .financien, d2, 4))
        #expect(try ZRMCase.closeBlocker(in: later, caseID: 1, today: today, noFinalReason: nil) != nil)
        later.zrmMeasurements.append(ZRMMeasurementRecord(personID: adult.id, date: d2, notAssessed: rest))
        #expect(try ZRMCase.closeBlocker(in: later, caseID: 1, today: today, noFinalReason: nil) == nil)
        #expect(ZRMCase.final(in: later, caseID: 1, today: today)?.date == d2)
        // Another adult's first measurement is no final one (review of issue 26): no outcome to read.
        var other = baselineOnly
        other.zrm.append(s(partner, .financien, d2, 4))
        other.zrmMeasurements.append(ZRMMeasurementRecord(personID: partner.id, date: d2, notAssessed: rest))
        #expect(ZRMCase.final(in: other, caseID: 1, today: today) == nil)
        #expect(try ZRMCase.closeBlocker(in: other, caseID: 1, today: today, noFinalReason: nil) != nil)
    }

    @Test func theOutcomeIsFirstToLatestWithinTheCase() throws {
        let opened = today.adding(days: -100)
        let old = opened.adding(days: -30), d1 = opened.adding(days: 7), d2 = opened.adding(days: 40), d3 = opened.adding(days: 80)
        let scores = [
            s(adult, .financien, old, 5),  // an earlier case: not counted
            s(adult, .financien, d1, 1), s(adult, .huisvesting, d1, 2),
            s(adult, .financien, d2, 2), s(adult, .huisvesting, d2, 2, carried: true),  // copied by the old rule
            s(adult, .financien, d3, 4),
        ]
        let r = record(
            opened: opened, scores: scores,
            measurements: [
                ZRMMeasurementRecord(personID: adult.id, date: old, legacy: true),
                ZRMMeasurementRecord(personID: adult.id, date: d1, notAssessed: Self.rest([.financien: 1, .huisvesting: 2])),
                ZRMMeasurementRecord(personID: adult.id, date: d2, legacy: true),
                ZRMMeasurementRecord(personID: adult.id, date: d3, notAssessed: Self.rest([.financien: 4])),
            ])
        let out = ZRMOutcome.of(r, today: today)
        #expect(Set(out.map(\.personID)) == [adult.id])
        #expect(out.count == 13)
        let fin = try #require(out.first { $0.domain == .financien })
        #expect(fin.firstScore == 1 && fin.firstDate == d1 && fin.latest == 4 && fin.latestDate == d3)
        #expect(fin.change == 3)
        #expect(fin.lastStep == 2 && fin.previous == 2)
        #expect(fin.history == [1, 2, 4])
        #expect(fin.atLatest == .scored)
        // Huisvesting: measured once (the copy is not a measurement), not assessed at the latest.
        let house = try #require(out.first { $0.domain == .huisvesting })
        #expect(house.history == [2] && house.change == nil && house.lastStep == nil)
        #expect(house.atLatest == .notAssessed)
        // Seen at the legacy measurement, the copy is marked as such.
        let atD2 = ZRMOutcome.of(r, from: opened, to: d2).first { $0.domain == .huisvesting }
        #expect(atD2?.atLatest == .carriedForward && atD2?.atLatestScore == 2)
        // The trend over everything skips carried-forward copies too.
        #expect(ZRMTrend.of(scores).first { $0.domain == .huisvesting }?.history == [2])
    }
}
