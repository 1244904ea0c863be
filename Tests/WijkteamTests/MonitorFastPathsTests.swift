import Testing

@testable import Wijkteam

/// The monitor's figures do not depend on how ids are numbered: small dense ids take the fast
/// paths (a table per id, a bit per household and month), large, sparse or negative ids the
/// dictionaries and sets beside them. And the ZRM outcome of a closed case, computed member by
/// member in one sorted pass, is what grouping by member and domain gives.
struct MonitorFastPathsTests {
    static func d(_ text: String) -> Day { Day(text)! }
    static let ends = ["2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30", "2026-05-31", "2026-06-30"].map(d)
    static let months = ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"].map { Month($0)! }

    /// A deterministic district: `n` cases over `n / 2` households, opened and closed on
    /// different days, some with a regisseur change; contacts and follow-ups on every tenth day.
    static func district(n: Int, caseID: (Int) -> Int, householdID: (Int) -> Int)
        -> (cases: MonitorCaseSet, contacts: [ProactiveContact], followUps: [MonitorFollowUp])
    {
        var cases: [MonitorCaseFacts] = []
        var contacts: [ProactiveContact] = []
        var followUps: [MonitorFollowUp] = []
        for i in 0..<n {
            let id = caseID(i)
            let opened = d("2026-01-01").adding(days: (i * 7) % 120)
            let closed = i % 3 == 0 ? opened.adding(days: 20 + i % 40) : nil
            var history = [CaseHistoryEvent(caseID: id, entered: .aanmelding, on: opened, source: .app)]
            history.append(CaseHistoryEvent(caseID: id, kind: .regisseur, value: i % 2 == 0 ? "daan" : "emre", on: opened, source: .app))
            history.append(CaseHistoryEvent(caseID: id, entered: .uitvoering, on: opened.adding(days: 9), source: .estimated))
            if i % 4 == 1 {
                history.append(CaseHistoryEvent(caseID: id, kind: .regisseur, value: "fatima", on: opened.adding(days: 30), source: .app))
            }
            if let closed { history.append(CaseHistoryEvent(caseID: id, entered: .afgesloten, on: closed, source: .app)) }
            history.sort { $0.on < $1.on }
            cases.append(
                MonitorCaseFacts(
                    caseID: id, householdID: householdID(i / 2), opened: opened, closedOn: closed,
                    phase: closed == nil ? .uitvoering : .afgesloten,
                    regisseurID: "daan", complexity: 1 + i % 3, history: history))
            for k in stride(from: 0, to: 150, by: 10) where (i + k) % 3 != 2 {
                let day = d("2026-01-01").adding(days: k + i % 10)
                contacts.append(ProactiveContact(caseID: id, day: day, kind: k % 20 == 0 ? .homeVisit : .followUp))
                followUps.append(MonitorFollowUp(caseID: id, due: day, doneOn: k % 30 == 0 ? day.adding(days: -1) : nil))
            }
        }
        return (MonitorCaseSet(cases), contacts, followUps)
    }

    static func figures(_ district: (cases: MonitorCaseSet, contacts: [ProactiveContact], followUps: [MonitorFollowUp]))
        -> (proactive: [MonitorProactive], open: [Int], load: [MonitorLoad], over: [[StaffID]])
    {
        let staff = [
            Staff(id: "daan", name: "Daan", role: .generalist, capacity: 3),
            Staff(id: "emre", name: "Emre", role: .generalist, capacity: 40),
            Staff(id: "fatima", name: "Fatima", role: .generalist, capacity: 2),
        ]
        let proactive = MonitorCare.proactive(
            months: zip(months, ends).map { (month: $0, end: $1) }, cases: district.cases, contacts: district.contacts,
            followUps: district.followUps)
        let load = MonitorCare.load(ends: ends, cases: district.cases, staff: staff, changes: [])
        return (proactive, MonitorCare.openHouseholds(at: ends, cases: district.cases), load.map(\.load), load.map(\.over))
    }

    @Test func theFiguresAreTheSameWhateverTheIDsLookLike() {
        let dense = Self.figures(Self.district(n: 80, caseID: { $0 + 1 }, householdID: { $0 + 1 }))
        // Not vacuous: households reached and open, load over capacity in some month.
        #expect(dense.proactive.contains { $0.householdsReached > 3 } && dense.open.contains { $0 > 10 })
        #expect(dense.over.contains { !$0.isEmpty } && dense.load.contains { $0.weighted > 0 })
        let layouts: [(String, (Int) -> Int, (Int) -> Int)] = [
            ("sparse, large", { $0 * 1_000_003 + 7_000_000_000 }, { $0 * 5_000_011 + 9_000_000 }),
            ("negative households", { $0 + 1 }, { -$0 - 1 }),
            ("one very large household id", { $0 + 1 }, { $0 == 7 ? 1 << 40 : $0 + 1 }),
            ("case ids in reverse", { 1_000 - $0 }, { $0 + 1 }),
        ]
        for (name, caseID, householdID) in layouts {
            let other = Self.figures(Self.district(n: 80, caseID: caseID, householdID: householdID))
            #expect(other.proactive == dense.proactive, "\(name)")
            #expect(other.open == dense.open, "\(name)")
            #expect(other.load == dense.load && other.over == dense.over, "\(name)")
        }
    }

    @Test func positionsMoveToADictionaryForAnIDTheTableWasNotMadeFor() {
        var positions = IDPositions(ids: [1, 2, 3])
        positions[2] = 0
        positions[3] = 1
        #expect(positions[2] == 0 && positions[3] == 1 && positions[1] == nil && positions[-4] == nil && positions[99] == nil)
        positions[1 << 50] = 2
        positions[-7] = 3
        #expect(positions[2] == 0 && positions[3] == 1 && positions[1 << 50] == 2 && positions[-7] == 3 && positions[1] == nil)
        positions[3] = nil
        #expect(positions[3] == nil)

        var distinct = DistinctIDs(slots: 2, maxID: 100)
        for id in [5, 5, 64, 100, 101, -3, -3, 1 << 40] { distinct.insert(id, in: 1) }
        distinct.insert(5, in: 0)
        #expect(distinct.count(in: 0) == 1 && distinct.count(in: 1) == 6)
        for id in [5, 64, 100, 101, -3, 1 << 40] { #expect(distinct.contains(id, in: 1) && !distinct.contains(id, in: 0) == (id != 5)) }
        for id in [0, 4, 6, 63, 65, 99, 102, -2, 1 << 41] { #expect(!distinct.contains(id, in: 1) && !distinct.contains(id, in: 0)) }
        // Ids far sparser than their count say are kept in the sets: the same answers.
        var sparse = DistinctIDs(slots: 1, maxID: 4_000_000, count: 3)
        for id in [7, 2_000_000, 4_000_000, 7] { sparse.insert(id, in: 0) }
        #expect(sparse.count(in: 0) == 3 && sparse.contains(2_000_000, in: 0) && !sparse.contains(8, in: 0))
    }

    /// The rule as the first version wrote it, grouping by member and by domain.
    static func grouped(_ c: MonitorClosing, _ scores: [MonitorMemberScore]) -> (changes: [LifeDomain: Double], hasFinal: Bool) {
        let within = scores.filter { s in s.date >= c.opened && s.date <= c.day && (s.leftOn.map { s.date <= $0 } ?? true) }
        let days = Dictionary(grouping: within, by: \.personID).mapValues { Set($0.map(\.date)) }
        var changes: [LifeDomain: Double] = [:]
        for (domain, inDomain) in Dictionary(grouping: within, by: \.domain) {
            let perMember = Dictionary(grouping: inDomain, by: \.personID).values.compactMap { s -> Int? in
                let sorted = s.sorted { $0.date < $1.date }
                guard let first = sorted.first, let last = sorted.last, last.date > first.date else { return nil }
                return last.score - first.score
            }
            if !perMember.isEmpty { changes[domain] = Double(perMember.reduce(0, +)) / Double(perMember.count) }
        }
        return (changes, days.values.contains { $0.count >= 2 })
    }

    @Test func theOutcomeOfACaseIsWhatGroupingByMemberAndDomainGives() {
        // A small linear congruential generator: the same scores every run.
        var seed: UInt64 = 20_261_205
        func next(_ n: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(n))
        }
        let closing = MonitorClosing(caseID: 1, day: Self.d("2026-06-30"), reason: "", opened: Self.d("2026-01-15"))
        var differentResults = Set<String>()
        for _ in 0..<300 {
            // Few members, domains and days: ties on a day, one measurement only, a member who left.
            let scores = (0..<next(14)).map { _ in
                MonitorMemberScore(
                    personID: next(3), domain: LifeDomain.allCases[next(3) * 4], date: Self.d("2026-01-01").adding(days: next(8) * 25),
                    score: 1 + next(5), leftOn: next(6) == 0 ? Self.d("2026-03-01") : nil)
            }
            let expected = Self.grouped(closing, scores)
            let got = MonitorFlowFigures.caseChange(closing, scores)
            #expect(got.changes == expected.changes && got.hasFinal == expected.hasFinal, "\(scores)")
            differentResults.insert("\(expected.changes.sorted { $0.key.rawValue < $1.key.rawValue }) \(expected.hasFinal)")
        }
        // Not one answer over and over: the cases differ.
        #expect(differentResults.count > 50)
    }
}
