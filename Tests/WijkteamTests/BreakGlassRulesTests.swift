import Testing
@testable import Wijkteam

/// Break-the-glass (issue #23): access given to oneself opens what is written after it; the
/// history before it, safety signals and safety questions open with a standing reason.
@Suite struct BreakGlassRulesTests {
    let today = Day("2026-11-20")!
    let lead = Staff(id: "lead", name: "Lia Leiding", role: .teamLead, capacity: 2)
    let reg = Staff(id: "reg", name: "Rik Regie", role: .generalist, capacity: 10)
    let mem = Staff(id: "mem", name: "Mo Lid", role: .specialist, capacity: 5)
    let auth = Staff(id: "auth", name: "Aad Auteur", role: .generalist, capacity: 10)
    let other = Staff(id: "ann", name: "Ann Algemeen", role: .generalist, capacity: 10)

    func safetyCase() -> Case {
        Case(
            id: 1, householdID: 1, opened: today.adding(days: -100), source: .police, presentingQuestion: "Zorgen om veiligheid",
            domains: [.huiselijkeRelaties], phase: .uitvoering, regisseurID: "reg", safety: true)
    }

    /// The regisseur and the member gave themselves access when entry 20 was the newest.
    func grants(brokenBy: [StaffID] = []) -> SelfGrants {
        SelfGrants(afterEntry: [1: ["reg": 20, "mem": 20]], brokenGlass: brokenBy.isEmpty ? [:] : [1: brokenBy])
    }

    /// viewer, author, entry id, grants → why withheld (nil: readable).
    @Test func theRuleTable() {
        let c = safetyCase()
        let members: [Int: [StaffID]] = [1: ["mem"]]
        struct Row {
            var viewer: Staff, author: StaffID?, entry: Int?, grants: SelfGrants, expected: WithheldBecause?
            init(_ v: Staff, _ a: StaffID?, _ e: Int?, _ g: SelfGrants, _ x: WithheldBecause?) {
                viewer = v; author = a; entry = e; grants = g; expected = x
            }
        }
        let rows: [Row] = [
            // As before: given access reads everything.
            Row(reg, nil, 5, SelfGrants(), nil),
            Row(mem, nil, 5, SelfGrants(), nil),
            Row(lead, nil, 5, grants(), nil),
            Row(other, nil, 5, grants(), .notOnCase),
            // Given to oneself: older entries, and what is not an entry, are closed…
            Row(reg, nil, 5, grants(), .selfGranted),
            Row(reg, nil, 20, grants(), .selfGranted),
            Row(mem, nil, 5, grants(), .selfGranted),
            Row(reg, nil, nil, grants(), .selfGranted),
            // … newer ones are open, one's own entries always.
            Row(reg, nil, 21, grants(), nil),
            Row(reg, "reg", 5, grants(), nil),
            // A standing reason opens the history: only for whoever gave it.
            Row(reg, nil, 5, grants(brokenBy: ["reg"]), nil),
            Row(reg, nil, nil, grants(brokenBy: ["reg"]), nil),
            Row(mem, nil, 5, grants(brokenBy: ["reg"]), .selfGranted),
            // A self-grant row does not put someone on the case.
            Row(auth, nil, 5, SelfGrants(afterEntry: [1: ["auth": 0]]), .notOnCase),
        ]
        for row in rows {
            let (viewer, author, entry, g, expected) = (row.viewer, row.author, row.entry, row.grants, row.expected)
            let why = Access.sensitiveAccess(viewer, of: c, members: members, author: author, entry: entry, grants: g)
            let readable = Access.canReadSensitive(viewer, of: c, members: members, author: author, entry: entry, grants: g)
            let label = "\(viewer.id) entry \(String(describing: entry))"
            #expect(why == expected, Comment(rawValue: label))
            #expect(readable == (expected == nil), Comment(rawValue: label))
        }
        // The old call still answers as it always did.
        #expect(Access.canReadSensitive(reg, of: c, members: members))
    }

    func record() -> HouseholdRecord {
        var r = HouseholdRecord(
            household: Household(
                id: 1, name: "Huishouden Łukasiewicz", address: Address(street: "Kade", number: "1", buurt: "B", wijk: "W")),
            cases: [safetyCase()],
            journal: [
                JournalEntry(
                    id: 12, caseID: 1, date: today.adding(days: -9), kind: .homeVisit, authorID: "auth", text: "oud en gevoelig",
                    sensitive: true),
                JournalEntry(
                    id: 25, caseID: 1, date: today.adding(days: -1), kind: .phone, authorID: "auth", text: "nieuw en gevoelig",
                    sensitive: true),
            ],
            signals: [
                Signal(
                    id: 31, householdID: 1, date: today.adding(days: -50), source: .police, description: "Melding",
                    domains: [.huiselijkeRelaties], safety: true)
            ],
            caseMembers: [1: ["mem"]])
        r.selfGrants = grants()
        return r
    }

    @Test func redactSaysWhyAndWhichCaseOpensWithAReason() {
        var r = record()
        let withheld = Access.redact(&r, for: reg)
        #expect(withheld.journalIDs == [12])
        #expect(withheld.signalIDs == [31])
        #expect(withheld.caseIDs == [1])
        #expect(r.journal[0].withheldBecause == .selfGranted && r.journal[0].text.isEmpty)
        #expect(r.journal[1].text == "nieuw en gevoelig" && r.journal[1].withheldBecause == nil)
        #expect(r.cases[0].presentingQuestion.isEmpty)
        #expect(r.glassCases == [1])
        // Who gave themselves access is not handed on with the record.
        #expect(r.selfGrants == SelfGrants())

        var stranger = record()
        _ = Access.redact(&stranger, for: other)
        #expect(stranger.journal.allSatisfy { $0.withheldBecause == .notOnCase })
        #expect(stranger.glassCases.isEmpty)

        var broken = record()
        broken.selfGrants = grants(brokenBy: ["reg"])
        #expect(Access.redact(&broken, for: reg).isEmpty)
        #expect(broken.glassCases.isEmpty)
        #expect(broken.signals[0].description == "Melding")
    }

    @Test func aReasonIsOneTrimmedLine() throws {
        #expect(try BreakGlassUse.reason("  crisis call from the school, مدرسة 🚨 ") == "crisis call from the school, مدرسة 🚨")
        for bad in ["", "   ", "two\nlines", "esc\u{1B}[31m", "tab\there", String(repeating: "x", count: 201)] {
            #expect(throws: WijkteamError.self, "\(bad.debugDescription)") { try BreakGlassUse.reason(bad) }
        }
    }
}
