import Testing

@testable import Wijkteam

/// The inzage's rules one by one, on hand-made records (the store tests run them on the sample).
@Suite struct InzageRulesTests {
    let day = Day("2026-11-20")!

    func entry(_ id: Int, sensitive: Bool) -> JournalEntry {
        JournalEntry(id: id, caseID: 1, date: day, kind: .phone, authorID: "fatima", text: "t\(id)", sensitive: sensitive)
    }

    @Test func anotherMembersSensitiveEntryIsLeftOutTheRestStays() {
        #expect(InzageRules.journalIncluded(entry(1, sensitive: true), about: 10, subject: 10))
        #expect(InzageRules.journalIncluded(entry(2, sensitive: true), about: nil, subject: 10))
        #expect(!InzageRules.journalIncluded(entry(3, sensitive: true), about: 11, subject: 10))
        #expect(InzageRules.journalIncluded(entry(4, sensitive: false), about: 11, subject: 10))
    }

    /// In a safety case the one who asks may be the danger: a sensitive entry about nobody in
    /// particular (what the Meldcode's steps record) and a safety step still to do stay out.
    @Test func aSafetyCasesSensitiveHouseholdEntriesAndPlannedStepsAreLeftOut() {
        #expect(!InzageRules.journalIncluded(entry(1, sensitive: true), about: nil, subject: 10, safetyCase: true))
        #expect(InzageRules.journalIncluded(entry(2, sensitive: false), about: nil, subject: 10, safetyCase: true))
        #expect(InzageRules.journalIncluded(entry(3, sensitive: true), about: 10, subject: 10, safetyCase: true))
        #expect(!InzageRules.journalIncluded(entry(4, sensitive: true), about: 11, subject: 10, safetyCase: true))
        #expect(!InzageRules.followUpNoteShown(done: false, safetyCase: true))
        #expect(InzageRules.followUpNoteShown(done: true, safetyCase: true))
        #expect(InzageRules.followUpNoteShown(done: false, safetyCase: false))
    }

    @Test func aReporterIsNamedOnlyForAnOrganisationNotInConfidenceAndNotOnSafety() {
        func signal(_ source: SignalSource, safety: Bool = false) -> Signal {
            Signal(
                id: 1, householdID: 1, date: day, source: source, description: "", domains: [], safety: safety,
                intake: Intake(reporterName: "Ans"))
        }
        #expect(InzageRules.reporterShown(signal(.school), confidential: false))
        #expect(InzageRules.reporterShown(signal(.selfReferral), confidential: false))
        #expect(!InzageRules.reporterShown(signal(.school), confidential: true))
        #expect(!InzageRules.reporterShown(signal(.police, safety: true), confidential: false))
        #expect(!InzageRules.reporterShown(signal(.neighbour), confidential: false))
        #expect(!InzageRules.reporterShown(signal(.other), confidential: false))
    }

    @Test func tiesBoundBySecrecyAreLeftOutPrivatePeopleNamedOnlyWithConsent() {
        func tie(organisation: Bool = false, secrecy: Bool = false, consent: Bool = false) -> NetworkTie {
            NetworkTie(
                id: 1, householdID: 1, name: "Marja", sector: .family, relation: "moeder", isOrganisation: organisation,
                strength: .normal, professionalSecrecy: secrecy, consentToShare: consent)
        }
        #expect(!InzageRules.tieIncluded(tie(organisation: true, secrecy: true)))
        #expect(InzageRules.tieName(tie(organisation: true)) == "Marja")
        #expect(InzageRules.tieName(tie(consent: true)) == "Marja")
        #expect(InzageRules.tieName(tie()) == nil)
    }

    @Test func accessRowsOfOtherHouseholdsAreLeftOut() {
        func row(household: Int?, caseID: Int?) -> AuditRecord {
            AuditRecord(
                id: 1, at: "", account: "", staffID: "daan", householdID: household, caseID: caseID, action: .openHousehold,
                detail: "", result: .allowed, origin: "", previousHash: "", hash: "")
        }
        #expect(InzageRules.accessIncluded(row(household: 7, caseID: nil), household: 7, cases: [8]))
        #expect(InzageRules.accessIncluded(row(household: nil, caseID: 8), household: 7, cases: [8]))
        #expect(!InzageRules.accessIncluded(row(household: 3, caseID: 4), household: 7, cases: [8]))
        #expect(!InzageRules.accessIncluded(row(household: nil, caseID: nil), household: 7, cases: [8]))
    }

    @Test func hiddenNamesKeepTheMembersOwnNames() {
        let h = Household(
            id: 1, name: "Huishouden Visser", address: Address(street: "", number: "1", postcode: "", buurt: "", wijk: ""),
            language: "nl", members: [Person(id: 10, householdID: 1, name: "Demi Visser", birthYear: 1996, role: .parent, isClient: true)])
        let record = HouseholdRecord(
            household: h,
            ties: [
                NetworkTie(
                    id: 1, householdID: 1, name: "Marja Visser", sector: .family,
                    relation: "moeder", strength: .normal)
            ])
        let names = InzageRules.hiddenNames(InzageSource(team: "T", personID: 10, record: record, madeOn: day))
        #expect(names == ["Marja"])
    }

    @Test func markdownValuesCannotSendControlsNorBecomeMarkup() {
        #expect(InzageReport.safe("a\u{1B}[2Jb") == "a\u{FFFD}\\[2Jb")
        #expect(InzageReport.safe("x\ty\nz") == "x y z")
        #expect(InzageReport.safe("\u{202E}evil") == "\u{FFFD}evil")
        #expect(InzageReport.safe("# [link](x) *b*") == "\\# \\[link\\](x) \\*b\\*")
        #expect(InzageReport.safe("👩‍👩‍👧 ı İ Ł مُحَمَّد") == "👩‍👩‍👧 ı İ Ł مُحَمَّد")
    }
}
