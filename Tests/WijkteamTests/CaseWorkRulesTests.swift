import Testing
@testable import Wijkteam

/// The rules for keeping a case current (Access, AuditChain, PhaseRules, ZRMMeasurement,
/// validation, CaseNeed): pure functions, tested on small hand-made records.
@Suite struct CaseWorkRulesTests {
    let today = Day("2026-11-20")!

    let lead = Staff(id: "lead", name: "Lia Leiding", role: .teamLead, capacity: 2)
    let regisseur = Staff(id: "reg", name: "Rik Regie", role: .generalist, capacity: 10)
    let other = Staff(id: "ann", name: "Ann Algemeen", role: .generalist, capacity: 10)
    let member = Staff(id: "mem", name: "Mo Lid", role: .specialist, capacity: 5)
    let author = Staff(id: "auth", name: "Aad Auteur", role: .generalist, capacity: 10)
    let outsider = Staff(id: "out", name: "Olga Buiten", role: .outsideTeam, capacity: 0)

    let adult = Person(id: 11, householdID: 1, name: "Ayşe Yılmaz", birthYear: 1980, role: .parent, isClient: true)
    let child = Person(id: 12, householdID: 1, name: "Emre Yılmaz", birthYear: 2015, role: .child, isClient: false)

    // MARK: - Helpers

    func makeCase(_ id: Int = 1, phase: Phase = .uitvoering, regisseur: StaffID? = "reg", openedDaysAgo: Int = 200) -> Case {
        Case(
            id: id, householdID: 1, opened: today.adding(days: -openedDaysAgo), source: .selfReferral, presentingQuestion: "q",
            domains: [.financien], phase: phase, regisseurID: regisseur)
    }

    func household(members: [Person]? = nil) -> Household {
        Household(
            id: 1, name: "Huishouden Yılmaz", address: Address(street: "Kade", number: "1", buurt: "B", wijk: "W"),
            members: members ?? [adult, child])
    }

    /// The message of the `WijkteamError.invalid` that `body` throws; nil when it does not throw.
    func refusal(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch let WijkteamError.invalid(message) {
            return message
        } catch {
            return "unexpected error: \(error)"
        }
    }

    // MARK: - 1. Access

    @Test func teamMembersSeeEveryHouseholdOutsidersOnlyTheirCases() {
        let cases = [makeCase(1), makeCase(2)]
        #expect(Access.canSeeHousehold(other, cases: cases, members: [:]))
        #expect(Access.canSeeHousehold(other, cases: [], members: [:]))
        #expect(!Access.canSeeHousehold(outsider, cases: cases, members: [:]))
        // Listed on another household's case (id 3) is not enough.
        #expect(!Access.canSeeHousehold(outsider, cases: cases, members: [3: ["out"]]))
        // Listed on one of this household's cases is.
        #expect(Access.canSeeHousehold(outsider, cases: cases, members: [2: ["out"]]))
        #expect(!Access.canSeeHousehold(outsider, cases: cases, members: [2: ["someone"]]))
    }

    @Test func sensitiveEntriesAreForRegisseurLeadMembersAndTheAuthor() {
        let c = makeCase(1)
        let members: [Int: [StaffID]] = [1: ["mem"]]
        #expect(Access.canReadSensitive(regisseur, of: c, members: members, author: "auth"))
        #expect(Access.canReadSensitive(lead, of: c, members: members, author: "auth"))
        #expect(Access.canReadSensitive(member, of: c, members: members, author: "auth"))
        #expect(Access.canReadSensitive(author, of: c, members: members, author: "auth"))
        #expect(!Access.canReadSensitive(other, of: c, members: members, author: "auth"))
        #expect(!Access.canReadSensitive(other, of: c, members: members))
        // Membership of another case does not count.
        #expect(!Access.canReadSensitive(member, of: c, members: [2: ["mem"]]))
        // Without a case only the team lead and the author may read it.
        #expect(Access.canReadSensitive(lead, of: nil, members: members))
        #expect(Access.canReadSensitive(author, of: nil, members: members, author: "auth"))
        #expect(!Access.canReadSensitive(regisseur, of: nil, members: members))
    }

    func sensitiveRecord() -> HouseholdRecord {
        HouseholdRecord(
            household: household(),
            cases: [makeCase(1)],
            journal: [
                JournalEntry(
                    id: 21, caseID: 1, date: today.adding(days: -3), kind: .homeVisit, authorID: "auth",
                    text: "Vermoeden van huiselijk geweld", sensitive: true),
                JournalEntry(
                    id: 22, caseID: 1, date: today.adding(days: -2), kind: .phone, authorID: "auth",
                    text: "Afspraak gemaakt", sensitive: false),
            ],
            signals: [
                Signal(
                    id: 31, householdID: 1, date: today.adding(days: -5), source: .police, description: "Melding politie",
                    domains: [.huiselijkeRelaties], safety: true),
                Signal(
                    id: 32, householdID: 1, date: today.adding(days: -5), source: .neighbour, description: "Lawaai",
                    domains: [.huisvesting], safety: false),
            ],
            caseMembers: [1: ["mem"]])
    }

    @Test func redactWithholdsSensitiveTextFromAnotherGeneralist() {
        var r = sensitiveRecord()
        let withheld = Access.redact(&r, for: other)

        #expect(withheld.journalIDs == [21])
        #expect(withheld.signalIDs == [31])
        #expect(!withheld.isEmpty)
        #expect(withheld.summary == "sensitive journal #21; safety signal #31")

        #expect(r.journal[0].text == "")
        #expect(r.journal[0].withheld)
        // What may be known stays: date, kind, author.
        #expect(r.journal[0].date == today.adding(days: -3))
        #expect(r.journal[0].kind == .homeVisit)
        #expect(r.journal[0].authorID == "auth")
        // The non-sensitive entry is untouched.
        #expect(r.journal[1] == sensitiveRecord().journal[1])

        #expect(r.signals[0].description == "")
        #expect(r.signals[0].withheld)
        #expect(r.signals[1] == sensitiveRecord().signals[1])
    }

    @Test func redactLeavesEverythingForThoseWhoMayRead() {
        for viewer in [regisseur, lead, member] {
            var r = sensitiveRecord()
            let withheld = Access.redact(&r, for: viewer)
            #expect(withheld.isEmpty, "viewer \(viewer.id)")
            #expect(r == sensitiveRecord(), "viewer \(viewer.id)")
        }
        // The author reads their own entry, but is not on the case: the safety signal stays withheld.
        var r = sensitiveRecord()
        let withheld = Access.redact(&r, for: author)
        #expect(withheld.journalIDs.isEmpty)
        #expect(r.journal[0].text == "Vermoeden van huiselijk geweld")
        #expect(withheld.signalIDs == [31])
    }

    @Test func aSafetySignalIsReadThroughAnOpenCaseOnly() {
        // The regisseur of a closed case alone may no longer read the household's safety signal.
        var r = sensitiveRecord()
        r.cases = [makeCase(1, phase: .afgesloten)]
        let withheld = Access.redact(&r, for: regisseur)
        #expect(withheld.signalIDs == [31])
        #expect(withheld.journalIDs.isEmpty)  // the journal rule does not look at the phase
        // The team lead still may.
        var r2 = sensitiveRecord()
        r2.cases = [makeCase(1, phase: .afgesloten)]
        #expect(Access.redact(&r2, for: lead).isEmpty)
        #expect(Access.canReadSignal(regisseur, householdCases: [makeCase(1)], members: [:]))
        #expect(!Access.canReadSignal(other, householdCases: [makeCase(1)], members: [:]))
        #expect(Access.canReadSignal(other, householdCases: [makeCase(1)], members: [1: ["ann"]]))
    }

    // MARK: - 2. AuditChain

    /// FNV-1a, 64 bits, over the UTF-8 bytes; as 16 hex digits.
    static func fnv1a(_ s: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s.utf8 {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01b3
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    func record(_ id: Int, detail: String = "", origin: String = "pts/1@wijkpc", previousHash: String = AuditChain.genesis) -> AuditRecord {
        AuditRecord(
            id: id, at: "2026-11-20T09:00:0\(id % 10)Z", account: "ann", staffID: "ann", householdID: 100 + id, caseID: id,
            action: .openHousehold, detail: detail.isEmpty ? "row \(id)" : detail, result: .allowed, origin: origin,
            previousHash: previousHash, hash: "")
    }

    /// Rows 1…n chained correctly.
    func chain(_ n: Int = 5) -> [AuditRecord] {
        var rows: [AuditRecord] = []
        for id in 1...n {
            var r = record(id, previousHash: rows.last?.hash ?? AuditChain.genesis)
            r.hash = Self.fnv1a(AuditChain.canonical(r))
            rows.append(r)
        }
        return rows
    }

    func verify(_ rows: [AuditRecord], head: (id: Int, hash: String)?) -> AuditChain.Verification {
        AuditChain.verify(rows, head: head, hash: Self.fnv1a)
    }

    @Test func anIntactChainVerifies() throws {
        let rows = chain()
        #expect(rows[0].previousHash == AuditChain.genesis)
        #expect(rows[3].previousHash == rows[2].hash)
        let last = try #require(rows.last)
        let v = verify(rows, head: (last.id, last.hash))
        #expect(v.ok)
        #expect(v.rows == 5)
        // Rows without the record of the last one written: the newest may have been cut off.
        #expect(verify(rows, head: nil).broken?.id == 5)
        #expect(verify([], head: nil).ok)
    }

    @Test func anAlteredRowIsNamed() {
        var rows = chain()
        rows[2].detail = "row 3, edited afterwards"
        let v = verify(rows, head: (5, rows[4].hash))
        #expect(v.broken?.id == 3)
        #expect(v.broken?.reason.contains("altered") == true)
        #expect(!v.ok)
    }

    @Test func aRemovedRowIsNamed() {
        var rows = chain()
        rows.remove(at: 2)
        let v = verify(rows, head: (5, rows[3].hash))
        #expect(v.broken?.id == 3)
        #expect(v.broken?.reason.contains("missing") == true)
    }

    @Test func removingTheNewestRowShowsAgainstTheHead() {
        let full = chain()
        let rows = Array(full.dropLast())
        // Without the head the chain itself looks whole, but a missing head is reported.
        #expect(verify(rows, head: nil).broken?.reason.contains("record of the last row written is missing") == true)
        let v = verify(rows, head: (5, full[4].hash))
        #expect(v.broken?.id == 5)
        #expect(v.broken?.reason.contains("missing") == true)
        #expect(v.broken?.reason == "row 5 is missing (removed)")
        // Every row removed.
        #expect(verify([], head: (5, full[4].hash)).broken?.id == 5)
    }

    @Test func rehashingAnAlteredRowBreaksTheNextLink() {
        var rows = chain()
        rows[2].detail = "row 3, edited afterwards"
        rows[2].hash = Self.fnv1a(AuditChain.canonical(rows[2]))
        let v = verify(rows, head: (5, rows[4].hash))
        #expect(v.broken?.id == 4)
        #expect(v.broken?.reason.contains("does not follow") == true)
        #expect(v.broken?.reason.contains("row 3") == true)
    }

    @Test func rehashingTheLastRowShowsAgainstTheHead() {
        let full = chain()
        var rows = full
        rows[4].detail = "row 5, edited afterwards"
        rows[4].hash = Self.fnv1a(AuditChain.canonical(rows[4]))
        #expect(verify(rows, head: nil).broken?.id == 5)
        let v = verify(rows, head: (5, full[4].hash))
        #expect(v.broken?.id == 5)
        #expect(v.broken?.reason.contains("altered") == true)
    }

    @Test func canonicalDoesNotDependOnWhereASeparatorFalls() {
        let a = record(1, detail: "a|b", origin: "c")
        let b = record(1, detail: "a", origin: "b|c")
        #expect(a != b)
        #expect(AuditChain.canonical(a) != AuditChain.canonical(b))
        // Deterministic, and every field counts (here the id).
        #expect(AuditChain.canonical(record(1)) == AuditChain.canonical(record(1)))
        #expect(AuditChain.canonical(record(1, detail: "x")) != AuditChain.canonical(record(2, detail: "x")))
        // The hash field itself is not part of what is hashed.
        var c = record(1)
        c.hash = "anything"
        #expect(AuditChain.canonical(c) == AuditChain.canonical(record(1)))
    }

    // MARK: - 3. PhaseRules

    let allFacts = PhaseFacts(hasRegisseur: true, hasKeukentafelgesprek: true, hasZRMBaseline: true, goals: 2)
    let noFacts = PhaseFacts(hasRegisseur: false, hasKeukentafelgesprek: false, hasZRMBaseline: false, goals: 0)

    @Test func onlyTheNextPhaseIsAllowed() {
        let c = makeCase(phase: .triage)
        #expect(PhaseRules.blockers(moving: c, to: .keukentafelgesprek, facts: allFacts).isEmpty)
        // Skipping ahead.
        let skip = PhaseRules.blockers(moving: c, to: .plan, facts: allFacts)
        #expect(skip.count == 1)
        #expect(skip.first?.contains("next phase is Keukentafelgesprek") == true)
        // Going back, and staying.
        #expect(!PhaseRules.blockers(moving: c, to: .aanmelding, facts: allFacts).isEmpty)
        #expect(!PhaseRules.blockers(moving: c, to: .triage, facts: allFacts).isEmpty)
        #expect(!PhaseRules.blockers(moving: makeCase(phase: .evaluatie), to: .uitvoering, facts: allFacts).isEmpty)
    }

    @Test func everyStepForwardIsFreeWhenEverythingIsRecorded() {
        for phase in Phase.allCases where phase.isOpen {
            guard let next = phase.next, next != .afgesloten else { continue }
            #expect(PhaseRules.blockers(moving: makeCase(phase: phase), to: next, facts: allFacts).isEmpty, "\(phase) → \(next)")
        }
        // Aanmelding → triage needs nothing.
        #expect(PhaseRules.blockers(moving: makeCase(phase: .aanmelding), to: .triage, facts: noFacts).isEmpty)
    }

    @Test func keukentafelgesprekNeedsARegisseur() {
        var f = allFacts
        f.hasRegisseur = false
        let b = PhaseRules.blockers(moving: makeCase(phase: .triage, regisseur: nil), to: .keukentafelgesprek, facts: f)
        #expect(b.count == 1)
        #expect(b.first?.contains("regisseur") == true)
    }

    @Test func planNeedsAKeukentafelgesprekAndAZRMBaseline() {
        let c = makeCase(phase: .keukentafelgesprek)
        var f = allFacts
        f.hasKeukentafelgesprek = false
        let noTalk = PhaseRules.blockers(moving: c, to: .plan, facts: f)
        #expect(noTalk.count == 1)
        #expect(noTalk.first?.contains("keukentafelgesprek in the journal") == true)
        #expect(noTalk.first?.contains("ZRM") == false)

        f = allFacts
        f.hasZRMBaseline = false
        let noBaseline = PhaseRules.blockers(moving: c, to: .plan, facts: f)
        #expect(noBaseline.count == 1)
        #expect(noBaseline.first?.contains("ZRM") == true)
        #expect(noBaseline.first?.contains("keukentafelgesprek in the journal") == false)

        let neither = PhaseRules.blockers(moving: c, to: .plan, facts: noFacts)
        #expect(neither.count == 1)
        #expect(neither.first?.contains("keukentafelgesprek in the journal") == true)
        #expect(neither.first?.contains("ZRM") == true)
    }

    @Test func uitvoeringAndEvaluatieNeedAGoal() {
        var f = allFacts
        f.goals = 0
        let u = PhaseRules.blockers(moving: makeCase(phase: .plan), to: .uitvoering, facts: f)
        #expect(u.count == 1)
        #expect(u.first?.contains("plan goal") == true)
        #expect(!PhaseRules.blockers(moving: makeCase(phase: .uitvoering), to: .evaluatie, facts: f).isEmpty)
        f.goals = 1
        #expect(PhaseRules.blockers(moving: makeCase(phase: .plan), to: .uitvoering, facts: f).isEmpty)
    }

    @Test func closingHasItsOwnStepAndAClosedCaseIsBlocked() {
        for phase in [Phase.triage, .uitvoering, .evaluatie] {
            let b = PhaseRules.blockers(moving: makeCase(phase: phase), to: .afgesloten, facts: allFacts)
            #expect(b.count == 1)
            #expect(b.first?.contains("closing needs a reason") == true, "from \(phase)")
        }
        let closed = makeCase(7, phase: .afgesloten)
        for target in Phase.allCases {
            let b = PhaseRules.blockers(moving: closed, to: target, facts: allFacts)
            #expect(b == ["case #7 is closed (afgesloten)"], "to \(target)")
        }
        #expect(throws: WijkteamError.self) { try Case.validateCloseReason("  \n") }
        #expect(throws: Never.self) { try Case.validateCloseReason("doelen bereikt") }
    }

    @Test func phaseFactsComeFromTheRecord() {
        let base = HouseholdRecord(
            household: household(),
            cases: [makeCase(1, phase: .keukentafelgesprek, regisseur: "reg"), makeCase(2, phase: .triage, regisseur: nil)],
            zrm: [ZRMScore(personID: child.id, domain: .financien, date: today, score: 2)],
            goals: [
                PlanGoal(id: 1, caseID: 1, domain: .financien, personID: adult.id, targetScore: 4, text: "rondkomen"),
                PlanGoal(id: 2, caseID: 1, domain: .huisvesting, personID: nil, targetScore: 3, text: "woning"),
                PlanGoal(id: 3, caseID: 2, domain: .financien, personID: nil, targetScore: 3, text: "x"),
            ],
            journal: [
                JournalEntry(id: 1, caseID: 1, date: today, kind: .keukentafelgesprek, authorID: "reg", text: "gesprek"),
                JournalEntry(id: 2, caseID: 2, date: today, kind: .phone, authorID: "reg", text: "gebeld"),
            ])

        let f1 = PhaseFacts(record: base, caseID: 1, today: today)
        #expect(f1 == PhaseFacts(hasRegisseur: true, hasKeukentafelgesprek: true, hasZRMBaseline: false, goals: 2))
        let f2 = PhaseFacts(record: base, caseID: 2, today: today)
        #expect(f2 == PhaseFacts(hasRegisseur: false, hasKeukentafelgesprek: false, hasZRMBaseline: false, goals: 1))

        // An adult's complete measurement is the baseline; the child's is not; one domain alone is not.
        var withAdult = base
        withAdult.zrm.append(ZRMScore(personID: adult.id, domain: .financien, date: today, score: 2))
        #expect(!PhaseFacts(record: withAdult, caseID: 1, today: today).hasZRMBaseline)
        withAdult.zrmMeasurements.append(
            ZRMMeasurementRecord(personID: adult.id, date: today, notAssessed: ZRMRulesTests.rest([.financien: 2])))
        #expect(PhaseFacts(record: withAdult, caseID: 1, today: today).hasZRMBaseline)
        // A score for someone not in the household is no baseline either.
        var stranger = base
        stranger.zrm.append(ZRMScore(personID: 999, domain: .financien, date: today, score: 2))
        #expect(!PhaseFacts(record: stranger, caseID: 1, today: today).hasZRMBaseline)
    }

    // MARK: - 4. ZRMMeasurement

    @Test func scoresRefuseWhatIsNoMeasurement() {
        let ok: [LifeDomain: Int] = [.financien: 3]
        let childMessage = refusal {
            _ = try ZRMMeasurement.scores(for: child, on: today, today: today, scores: ok, notAssessed: ZRMRulesTests.rest(ok))
        }
        #expect(childMessage?.contains("adults") == true)
        let future = refusal {
            _ = try ZRMMeasurement.scores(
                for: adult, on: today.adding(days: 1), today: today, scores: ok, notAssessed: ZRMRulesTests.rest(ok))
        }
        #expect(future?.contains("after today") == true)
        for bad in [0, 6, -1] {
            let m = refusal {
                _ = try ZRMMeasurement.scores(
                    for: adult, on: today, today: today, scores: [.financien: bad], notAssessed: ZRMRulesTests.rest([.financien: bad]))
            }
            #expect(m?.contains("is not a ZRM score") == true, "score \(bad)")
        }
        let opvoeding = refusal {
            _ = try ZRMMeasurement.scores(
                for: adult, on: today, today: today, scores: [.opvoeding: 3], notAssessed: ZRMRulesTests.rest([.opvoeding: 3]))
        }
        #expect(opvoeding?.contains("not one of the 13 ZRM domains") == true)
        let empty = refusal {
            _ = try ZRMMeasurement.scores(for: adult, on: today, today: today, scores: [:], notAssessed: ZRMRulesTests.rest([:]))
        }
        #expect(empty?.contains("at least one domain") == true)
        // The bounds themselves are scores.
        #expect(
            refusal {
                _ = try ZRMMeasurement.scores(
                    for: adult, on: today, today: today, scores: [.financien: 1, .huisvesting: 5],
                    notAssessed: ZRMRulesTests.rest([.financien: 1, .huisvesting: 5]))
            } == nil)
    }

    @Test func aPersonTurningEighteenThisYearIsScored() {
        // Age is by birth year: someone born in 2008 counts as 18 throughout 2026.
        let young = Person(id: 13, householdID: 1, name: "Deniz", birthYear: 2008, role: .adult, isClient: false)
        #expect(
            refusal {
                _ = try ZRMMeasurement.scores(
                    for: young, on: today, today: today, scores: [.financien: 3], notAssessed: ZRMRulesTests.rest([.financien: 3]))
            } == nil)
        let younger = Person(id: 14, householdID: 1, name: "Elif", birthYear: 2009, role: .child, isClient: false)
        #expect(
            refusal {
                _ = try ZRMMeasurement.scores(
                    for: younger, on: today, today: today, scores: [.financien: 3], notAssessed: ZRMRulesTests.rest([.financien: 3]))
            } != nil)
    }

    @Test func latestPicksTheNewestPerDomain() {
        let d1 = today.adding(days: -60), d2 = today.adding(days: -10), d3 = today.adding(days: -1)
        let scores = [
            ZRMScore(personID: 11, domain: .financien, date: d2, score: 4),  // newest first in the list
            ZRMScore(personID: 11, domain: .financien, date: d1, score: 2),
            ZRMScore(personID: 11, domain: .huisvesting, date: d1, score: 3),
            ZRMScore(personID: 12, domain: .financien, date: d3, score: 1),  // another person
            ZRMScore(personID: 11, domain: .justitie, date: d1, score: 5),
            ZRMScore(personID: 11, domain: .justitie, date: d3, score: 4),  // newest last in the list
        ]
        let latest = ZRMMeasurement.latest(scores, person: 11)
        #expect(latest.count == 3)
        #expect(latest[.financien] == ZRMScore(personID: 11, domain: .financien, date: d2, score: 4))
        #expect(latest[.huisvesting]?.score == 3)
        #expect(latest[.justitie] == ZRMScore(personID: 11, domain: .justitie, date: d3, score: 4))
        #expect(ZRMMeasurement.latest(scores, person: 99).isEmpty)
    }

    @Test func changedMeanwhileNamesWhatDiffers() throws {
        let d = today.adding(days: -2)
        let current: [LifeDomain: ZRMScore] = [
            .financien: ZRMScore(personID: 11, domain: .financien, date: d, score: 3),
            .huisvesting: ZRMScore(personID: 11, domain: .huisvesting, date: d, score: 2),
        ]
        #expect(ZRMMeasurement.changedMeanwhile(expected: [.financien: 3, .huisvesting: 2], current: current) == nil)
        #expect(ZRMMeasurement.changedMeanwhile(expected: [:], current: [:]) == nil)

        let changed = try #require(ZRMMeasurement.changedMeanwhile(expected: [.financien: 4, .huisvesting: 2], current: current))
        #expect(changed.contains("Financiën 4→3"))
        #expect(!changed.contains("Huisvesting"))
        #expect(changed.contains("\(d)"))

        // A domain scored meanwhile that the form did not have.
        let added = try #require(ZRMMeasurement.changedMeanwhile(expected: [.financien: 3], current: current))
        #expect(added.contains("Huisvesting –→2"))
        #expect(!added.contains("Financiën"))
    }

    // MARK: - 5. Validation

    func entry(_ text: String = "Huisbezoek, afspraken gemaakt", daysAgo: Int = 1) -> JournalEntry {
        JournalEntry(id: 1, caseID: 1, date: today.adding(days: -daysAgo), kind: .homeVisit, authorID: "reg", text: text)
    }

    @Test func journalEntriesNeedTextAPastDateAndAReasonableLength() {
        let opened = today.adding(days: -30)
        #expect(refusal { try entry().validate(today: today, caseOpened: opened) } == nil)
        #expect(refusal { try entry(daysAgo: 0).validate(today: today, caseOpened: opened) } == nil)
        #expect(refusal { try entry(daysAgo: 30).validate(today: today, caseOpened: opened) } == nil)
        #expect(refusal { try entry(daysAgo: 400).validate(today: today, caseOpened: nil) } == nil)

        #expect(refusal { try entry("").validate(today: today, caseOpened: opened) }?.contains("needs text") == true)
        #expect(refusal { try entry("  \n\t ").validate(today: today, caseOpened: opened) }?.contains("needs text") == true)
        #expect(refusal { try entry(daysAgo: -1).validate(today: today, caseOpened: opened) }?.contains("after today") == true)
        #expect(
            refusal { try entry(daysAgo: 31).validate(today: today, caseOpened: opened) }?.contains("before the case was opened") == true)

        let max = String(repeating: "x", count: JournalEntry.maxLength)
        #expect(refusal { try entry(max).validate(today: today, caseOpened: opened) } == nil)
        #expect(
            refusal { try entry(max + "x").validate(today: today, caseOpened: opened) }?.contains("at most \(JournalEntry.maxLength)")
                == true)
    }

    @Test func planGoalsNeedTextATargetAndAMember() {
        func goal(text: String = "Rondkomen zonder nieuwe schulden", target: Int = 4, person: Int? = 11) -> PlanGoal {
            PlanGoal(id: 1, caseID: 1, domain: .financien, personID: person, targetScore: target, text: text)
        }
        let members = [adult, child]
        #expect(refusal { try goal().validate(members: members) } == nil)
        #expect(refusal { try goal(person: nil).validate(members: members) } == nil)
        #expect(refusal { try goal(target: 1).validate(members: members) } == nil)
        #expect(refusal { try goal(target: 5).validate(members: members) } == nil)

        #expect(refusal { try goal(text: "   ").validate(members: members) }?.contains("say what the goal is") == true)
        #expect(refusal { try goal(target: 0).validate(members: members) }?.contains("1–5") == true)
        #expect(refusal { try goal(target: 6).validate(members: members) }?.contains("1–5") == true)
        #expect(refusal { try goal(person: 99).validate(members: members) }?.contains("person 99") == true)
        #expect(refusal { try goal(person: 11).validate(members: []) } != nil)
    }

    // MARK: - 6. CaseNeed

    func card(_ id: Int, lastContactDaysAgo: Int?, openedDaysAgo: Int = 200) -> CaseCard {
        CaseCard(
            case: makeCase(id, openedDaysAgo: openedDaysAgo), householdName: "H\(id)", buurt: "B", street: "S",
            lastContact: lastContactDaysAgo.map { today.adding(days: -$0) }, nextFollowUp: nil, proactiveKinds: [])
    }

    func followUp(_ id: Int, caseID: Int, kind: FollowUpKind, dueInDays: Int, done: Bool = false) -> FollowUp {
        FollowUp(id: id, caseID: caseID, kind: kind, due: today.adding(days: dueInDays), ownerID: "reg", done: done)
    }

    /// Each card gets its first open follow-up in the order given and its open preventive and
    /// outreaching kinds, by name; a done one counts for neither; a card without any keeps none.
    @Test func attachPutsTheNextOpenFollowUpAndTheProactiveKindsOnEachCard() {
        var cards = [card(1, lastContactDaysAgo: 2), card(2, lastContactDaysAgo: 2), card(3, lastContactDaysAgo: 2)]
        let followUps = [
            followUp(10, caseID: 2, kind: .checkIn, dueInDays: -3, done: true),
            followUp(11, caseID: 1, kind: .preventive, dueInDays: -2),
            followUp(12, caseID: 2, kind: .outreaching, dueInDays: 1),
            followUp(13, caseID: 1, kind: .evaluation, dueInDays: 2),
            followUp(14, caseID: 1, kind: .outreaching, dueInDays: 3),
            followUp(15, caseID: 2, kind: .preventive, dueInDays: 4, done: true),
            followUp(16, caseID: 1, kind: .preventive, dueInDays: 5),
        ]
        CaseCard.attach(followUps, to: &cards)
        #expect(cards.map { $0.nextFollowUp?.id } == [11, 12, nil])
        #expect(cards.map(\.proactiveKinds) == [[.outreaching, .preventive], [.outreaching], []])
    }

    @Test func needsNameTheRightKindPerCase() {
        let cards = [
            card(1, lastContactDaysAgo: 2),  // overdue check-in
            card(2, lastContactDaysAgo: 1),  // evaluation in 5 days
            card(3, lastContactDaysAgo: 40),  // no contact for 40 days
            card(4, lastContactDaysAgo: 3),
        ]  // nothing
        let followUps = [
            followUp(1, caseID: 1, kind: .checkIn, dueInDays: -3),
            followUp(2, caseID: 2, kind: .evaluation, dueInDays: 5),
            followUp(3, caseID: 4, kind: .checkIn, dueInDays: -10, done: true),
            followUp(4, caseID: 4, kind: .checkIn, dueInDays: 2),
        ]
        let needs = CaseNeed.needs(of: cards, followUps: followUps, today: today)

        #expect(needs.map(\.caseID) == [1, 2, 3])
        #expect(needs.map(\.kind) == [.overdueFollowUp, .evaluationDue, .noContact])
        #expect(needs[0].text == "check-in overdue since \(today.adding(days: -3))")
        #expect(needs[1].text == "evaluation due \(today.adding(days: 5))")
        #expect(needs[2].text == "no contact for 5 weeks")
        #expect(needs.allSatisfy { $0.caseID != 4 })
    }

    @Test func aQuietCaseWithRecentContactHasNoNeeds() {
        #expect(CaseNeed.needs(of: [card(1, lastContactDaysAgo: 0)], followUps: [], today: today).isEmpty)
        // Follow-ups of other cases do not count.
        #expect(
            CaseNeed.needs(
                of: [card(1, lastContactDaysAgo: 0)],
                followUps: [followUp(1, caseID: 9, kind: .checkIn, dueInDays: -5)], today: today
            ).isEmpty)
        // Due today is not yet overdue: it is due today.
        #expect(
            CaseNeed.needs(
                of: [card(1, lastContactDaysAgo: 0)],
                followUps: [followUp(1, caseID: 1, kind: .checkIn, dueInDays: 0)], today: today
            ).map(\.kind) == [.dueToday])
    }

    @Test func evaluationWindowAndStuckThreshold() {
        let c = [card(1, lastContactDaysAgo: 1)]
        // Seven days ahead is within the week; eight is not.
        #expect(
            CaseNeed.needs(of: c, followUps: [followUp(1, caseID: 1, kind: .evaluation, dueInDays: 7)], today: today).map(\.kind) == [
                .evaluationDue
            ])
        #expect(CaseNeed.needs(of: c, followUps: [followUp(1, caseID: 1, kind: .evaluation, dueInDays: 8)], today: today).isEmpty)
        // Past due evaluation says so, once (not also as an overdue follow-up).
        let overdue = CaseNeed.needs(of: c, followUps: [followUp(1, caseID: 1, kind: .evaluation, dueInDays: -4)], today: today)
        #expect(overdue == [CaseNeed(caseID: 1, kind: .evaluationDue, text: "evaluation overdue since \(today.adding(days: -4))")])

        // Exactly five weeks is not yet stuck; one day more is.
        #expect(CaseNeed.needs(of: [card(1, lastContactDaysAgo: 35)], followUps: [], today: today).isEmpty)
        #expect(CaseNeed.needs(of: [card(1, lastContactDaysAgo: 36)], followUps: [], today: today).map(\.kind) == [.noContact])
        // No journal entry at all counts from the day the case opened.
        #expect(CaseNeed.needs(of: [card(1, lastContactDaysAgo: nil, openedDaysAgo: 10)], followUps: [], today: today).isEmpty)
        #expect(
            CaseNeed.needs(of: [card(1, lastContactDaysAgo: nil, openedDaysAgo: 50)], followUps: [], today: today).map(\.kind) == [
                .noContact
            ])
        // The threshold is the agenda's setting.
        var s = AgendaSettings()
        s.stuckAfterWeeks = 2
        #expect(CaseNeed.needs(of: [card(1, lastContactDaysAgo: 20)], followUps: [], today: today, settings: s).map(\.kind) == [.noContact])
    }

    @Test func everyOverdueFollowUpOfACaseIsListedInDueOrder() {
        let needs = CaseNeed.needs(
            of: [card(1, lastContactDaysAgo: 1)],
            followUps: [
                followUp(2, caseID: 1, kind: .outreaching, dueInDays: -2),
                followUp(1, caseID: 1, kind: .preventive, dueInDays: -9),
            ],
            today: today)
        #expect(
            needs.map(\.text) == [
                "preventive overdue since \(today.adding(days: -9))",
                "outreaching overdue since \(today.adding(days: -2))",
            ])
    }
}
