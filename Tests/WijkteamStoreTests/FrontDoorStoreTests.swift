import Foundation
import GRDB
import Testing
import Wijkteam
@testable import WijkteamStore

/// The front door in the store: registrations, new households and people, changes, desk cases.
@Suite struct FrontDoorStoreTests {
    static let today = Day("2026-11-20")!
    static func actor(_ staff: StaffID) -> AuditActor { AuditActor(staffID: staff, account: "test-\(staff)", origin: "tests") }
    static func person(_ name: String, _ born: String, _ role: MemberRole = .adult) -> NewPerson {
        NewPerson(name: name, birthDate: Day(born)!, role: role, isClient: true)
    }
    static func newHousehold(number: String = "99", members: [NewPerson] = [person("Aylin Doğan", "1990-04-02")]) -> NewHousehold {
        NewHousehold(street: "Wiekstraat", number: number, postcode: "7293kd", buurt: "Molenkwartier", language: "tr", members: members)
    }

    @Test func searchFoldsDiacriticsCaseAndPostcodeSpacing() throws {
        let store = try Fixtures.sampleStore().acting(as: Self.actor("fatima"))
        #expect(try store.findHouseholds("yilmaz", limit: 10).map(\.id).contains(2))
        #expect(try store.findHouseholds("de vries", limit: 10).first?.id == 1)
        let byPostcode = try store.findHouseholds("7297tl", limit: 10).map(\.id)
        #expect(Set(byPostcode) == [6, 43])
        #expect(Set(try store.findHouseholds("7297 TL", limit: 10).map(\.id)) == [6, 43])
        #expect(try store.findHouseholds("sluiswachterstraat 3", limit: 10).map(\.id).contains(6))
        #expect(try store.findHouseholds("zzzqqq", limit: 10).isEmpty)
    }

    @Test func outsideTeamStaffFindOnlyTheirHouseholds() throws {
        let base = try Fixtures.sampleStore()
        let shared = try base.acting(as: Self.actor("karin")).findHouseholds("huishouden", limit: 100).map(\.id)
        let all = try base.acting(as: Self.actor("fatima")).findHouseholds("huishouden", limit: 100).map(\.id)
        #expect(!shared.isEmpty && shared.count < all.count)
        #expect(!shared.contains(2))
    }

    @Test func aRegistrationWithANewHouseholdLandsInTheTriageQueue() throws {
        let store = try Fixtures.sampleStore().acting(as: Self.actor("fatima"))
        let before = try store.openSignals().count
        let intake = Intake(
            reporterName: "Mw. Bakker", reporterOrganisation: "Woonstede", reporterPhone: "+31 6 0000 0000",
            hardDate: Day("2026-12-01"), hardDateKind: .eviction)
        let signal = try store.registerSignal(
            Registration(
                source: .woningcorporatie, received: Self.today, household: .new(Self.newHousehold(), confirmedDuplicate: false),
                question: "Huurachterstand, ontruiming aangezegd", domains: [.financien, .huisvesting], intake: intake),
            today: Self.today)
        let open = try store.openSignals()
        #expect(open.count == before + 1)
        let stored = try #require(open.first { $0.id == signal.id })
        #expect(stored.intake?.hardDateKind == .eviction && stored.intake?.registeredBy == "fatima")
        #expect(stored.intake?.reporterOrganisation == "Woonstede")
        let household = try store.household(id: try #require(signal.householdID)).household
        #expect(household.name == "Huishouden Doğan" && household.address.postcode == "7293 KD")
        #expect(household.members.first?.birthDate == Day("1990-04-02"))
        #expect(try store.triageContexts(today: Self.today)[household.id] != nil)
        let log = try store.auditLog(householdID: household.id).map(\.detail)
        #expect(log.contains("household created with 1 members") && log.contains { $0.hasPrefix("signal #\(signal.id) registered") })
    }

    @Test func aNewHouseholdAtAKnownAddressNeedsAConfirmation() throws {
        let store = try Fixtures.sampleStore().acting(as: Self.actor("fatima"))
        let households = try store.findHouseholds("huishouden", limit: 1000).count
        // Wiekstraat 27, 7293 KD is the Yılmaz family's address.
        let same = Self.newHousehold(number: "27")
        do {
            try store.createHousehold(same, confirmDuplicate: false, today: Self.today)
            Issue.record("a duplicate address was accepted")
        } catch WijkteamError.possibleDuplicate(let matches) {
            #expect(matches.map(\.id) == [2] && matches[0].reason == .address)
        }
        #expect(try store.findHouseholds("huishouden", limit: 1000).count == households)
        let made = try store.createHousehold(same, confirmDuplicate: true, today: Self.today)
        #expect(try store.auditLog(householdID: made.id).contains { $0.detail.hasSuffix("despite possible duplicate of #2") })
    }

    @Test func aKnownPersonElsewhereIsADuplicateToo() throws {
        let store = try Fixtures.sampleStore().acting(as: Self.actor("fatima"))
        let yonas = try #require(try store.household(id: 6).household.members.first { $0.name == "Yonas Tesfay" })
        let moved = Self.newHousehold(number: "101", members: [Self.person("yonas TESFAY", try #require(yonas.birthDate).description)])
        #expect(try store.possibleDuplicates(of: moved).map(\.id) == [6])
        #expect(throws: WijkteamError.self) {
            try store.addPerson(
                householdID: 2, Self.person("Yonas Tesfay", yonas.birthDate!.description), confirmDuplicate: false, today: Self.today)
        }
    }

    @Test func membersJoinLeaveAndAreCorrectedWithVersions() throws {
        let store = try Fixtures.sampleStore().acting(as: Self.actor("daan"))
        let version = try store.household(id: 2).household.version
        let baby = try store.addPerson(
            householdID: 2, Self.person("Deniz Yılmaz", "2026-11-01", .child), confirmDuplicate: false, today: Self.today)
        #expect(try store.household(id: 2).household.version == version + 1)
        var corrected = baby
        corrected.name = "Deniz Can Yılmaz"
        let saved = try store.updatePerson(corrected, expectedVersion: 1, today: Self.today)
        #expect(saved.name == "Deniz Can Yılmaz" && saved.version == 2)
        #expect(throws: WijkteamError.self) { try store.updatePerson(corrected, expectedVersion: 1, today: Self.today) }
        let left = try store.personLeaves(personID: baby.id, on: Self.today, reason: .movedOut, expectedVersion: 2, today: Self.today)
        #expect(!left.isCurrent && left.leftReason == .movedOut)
        let record = try store.household(id: 2).household
        #expect(record.members.contains { $0.id == baby.id } && !record.currentMembers.contains { $0.id == baby.id })
        #expect(throws: WijkteamError.self) {
            try store.personLeaves(personID: baby.id, on: Self.today, reason: .died, expectedVersion: nil, today: Self.today)
        }
        // Birth dates after today and empty names are refused.
        #expect(throws: WijkteamError.self) {
            try store.addPerson(householdID: 2, Self.person("X", "2027-01-01"), confirmDuplicate: false, today: Self.today)
        }
        #expect(throws: WijkteamError.self) {
            try store.addPerson(householdID: 2, Self.person(" ", "2000-01-01"), confirmDuplicate: false, today: Self.today)
        }
    }

    @Test func theAddressChangesVersionCheckedAndLogsOnlyFieldNames() throws {
        let store = try Fixtures.sampleStore().acting(as: Self.actor("fatima"))
        var h = try store.household(id: 2).household
        h.address.street = "Graanpad"
        h.address.number = "70"
        h.address.postcode = "7293 ab"
        let saved = try store.updateHousehold(h, expectedVersion: h.version, today: Self.today)
        #expect(saved.address.line == "Graanpad 70" && saved.address.postcode == "7293 AB" && saved.version == h.version + 1)
        #expect(throws: WijkteamError.self) { try store.updateHousehold(h, expectedVersion: h.version, today: Self.today) }
        var bad = saved
        bad.address.postcode = "0123 AB"
        #expect(throws: WijkteamError.self) { try store.updateHousehold(bad, expectedVersion: saved.version, today: Self.today) }
        let detail = try #require(try store.auditLog(householdID: 2).last?.detail)
        #expect(detail == "household changed (address)")
        #expect(!detail.contains("Graanpad"))
    }

    @Test func aCaseOpensAtTheDeskAndAClosedOneReopens() throws {
        let store = try Fixtures.sampleStore().acting(as: Self.actor("fatima"))
        let household = try store.createHousehold(Self.newHousehold(number: "120"), confirmDuplicate: false, today: Self.today)
        let opened = try store.openCase(
            NewCase(householdID: household.id, question: "Hulp bij formulieren", regisseurID: "emre"), today: Self.today)
        #expect(opened.phase == .aanmelding && opened.regisseurID == "emre")
        #expect(try store.cases(includeClosed: false).contains { $0.id == opened.id })
        #expect(throws: WijkteamError.self) {
            try store.openCase(NewCase(householdID: household.id, question: "Nog een"), today: Self.today)
        }
        #expect(throws: WijkteamError.self) {
            try store.reopenCase(caseID: opened.id, reason: "terug", expectedVersion: nil, today: Self.today)
        }
        let closed = try store.closeCase(
            caseID: opened.id, reason: "Formulieren ingevuld", noFinalZRMReason: "geen eindmeting", expectedVersion: nil, today: Self.today
        ).case
        let reopened = try store.reopenCase(
            caseID: closed.id, reason: "Nieuwe brief van de Belastingdienst", expectedVersion: closed.version,
            today: Self.today)
        #expect(reopened.isOpen && reopened.phase == .aanmelding && reopened.closedReason == nil)
        #expect(try store.household(id: household.id).journal.contains { $0.text.contains("Nieuwe brief van de Belastingdienst") })
        #expect(throws: WijkteamError.self) { try store.openCase(NewCase(householdID: household.id, question: " "), today: Self.today) }
    }

    @Test func outsideTeamAndNewStaffCannotRegister() throws {
        let base = try Fixtures.sampleStore()
        let registration = Registration(
            source: .neighbour, received: Self.today, household: .existing(2), question: "Zorgen om de kinderen")
        let karin = base.acting(as: Self.actor("karin"))
        #expect(throws: WijkteamError.self) { try karin.registerSignal(registration, today: Self.today) }
        #expect(
            try base.auditLog(householdID: nil).contains { $0.staffID == "karin" && $0.result == .denied && $0.detail == "register signal" }
        )
        let sanne = base.acting(as: Self.actor("sanne")).refusingChanges()
        #expect(throws: (any Error).self) { try sanne.registerSignal(registration, today: Self.today) }
        #expect(throws: (any Error).self) {
            try sanne.createHousehold(Self.newHousehold(number: "130"), confirmDuplicate: false, today: Self.today)
        }
        #expect(try base.openSignals().allSatisfy { $0.description != "Zorgen om de kinderen" })
    }

    @Test func badRegistrationsWriteNothing() throws {
        let store = try Fixtures.sampleStore().acting(as: Self.actor("fatima"))
        let before = try store.openSignals().count
        let bad: [Registration] = [
            Registration(source: .vroegsignalering, received: Self.today, household: .existing(2), question: "Achterstand"),  // no partner
            Registration(source: .school, received: Self.today, household: .existing(2), question: "  "),
            Registration(source: .school, received: Day("2026-12-30")!, household: .existing(2), question: "Later"),
            Registration(
                source: .school, received: Self.today, household: .existing(2), question: "x",
                intake: Intake(reporterPhone: "06-1234\u{1B}[31m")),
            Registration(source: .school, received: Self.today, household: .existing(9_999), question: "x"),
            Registration(
                source: .school, received: Self.today,
                household: .new(
                    NewHousehold(
                        street: "Wiekstraat", number: "5b", postcode: "7293 KD", buurt: "Molenkwartier",
                        members: [Self.person("A", "2000-01-01")]), confirmedDuplicate: false),
                question: "x"),
            Registration(
                source: .school, received: Self.today,
                household: .new(
                    NewHousehold(
                        street: "Wiekstraat", number: "5", postcode: "7293 SS", buurt: "Molenkwartier",
                        members: [Self.person("A", "2000-01-01")]), confirmedDuplicate: false),
                question: "x"),
        ]
        for r in bad { #expect(throws: WijkteamError.self) { try store.registerSignal(r, today: Self.today) } }
        #expect(try store.openSignals().count == before)
    }
}

/// A household's folded words (`search_text`): what the store writes with each change is what
/// the migration's SQL fills for the households there were, and every change keeps them current.
@Suite struct HouseholdSearchTextTests {
    @Test func theMigrationFillsWhatTheStoreWrites() throws {
        let store = try Fixtures.sampleStore()
        // A member who left is not in it: the fill leaves them out as the store does.
        _ = try store.acting(as: FrontDoorStoreTests.actor("fatima")).personLeaves(
            personID: 204, on: FrontDoorStoreTests.today, reason: .movedOut, expectedVersion: nil, today: FrontDoorStoreTests.today)
        let written = try store.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT id, search_text FROM household ORDER BY id").map { "\($0[0] as Int) \($0[1] as String)" }
        }
        #expect(written.contains { $0.hasPrefix("2 huishouden yilmaz wiekstraat 27 7293 kd 7293kd mehmet yilmaz") })
        #expect(!written.contains { $0.contains("emir") }, "Emir moved out")
        try store.pool.write { db in
            try db.execute(sql: "UPDATE household SET search_text = ''")
            try Schema.fill(
                Schema.Fold(table: "household", column: Schema.householdSearchSource(.sqlite(fullTextSearch: false)), into: "search_text"),
                db)
        }
        let filled = try store.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT id, search_text FROM household ORDER BY id").map { "\($0[0] as Int) \($0[1] as String)" }
        }
        #expect(filled == written)
    }

    @Test func everyChangeKeepsTheWordsCurrent() throws {
        let store = try Fixtures.sampleStore().acting(as: FrontDoorStoreTests.actor("fatima"))
        let baby = try store.addPerson(
            householdID: 2, FrontDoorStoreTests.person("Xiomara Yılmaz", "2026-11-01", .child), confirmDuplicate: false,
            today: FrontDoorStoreTests.today)
        #expect(try store.findHouseholds("xiomara", limit: 5).map(\.id) == [2])
        var renamed = baby
        renamed.name = "Defne Yılmaz"
        _ = try store.updatePerson(renamed, expectedVersion: nil, today: FrontDoorStoreTests.today)
        #expect(try store.findHouseholds("xiomara", limit: 5).isEmpty)
        #expect(try store.findHouseholds("defne", limit: 5).map(\.id) == [2])
        _ = try store.personLeaves(
            personID: baby.id, on: FrontDoorStoreTests.today, reason: .movedOut, expectedVersion: nil,
            today: FrontDoorStoreTests.today)
        #expect(try store.findHouseholds("defne", limit: 5).isEmpty)
        var h = try store.household(id: 2).household
        h.address.street = "Graanpad"
        h.address.postcode = "7293 AB"
        _ = try store.updateHousehold(h, expectedVersion: nil, today: FrontDoorStoreTests.today)
        #expect(try store.findHouseholds("graanpad 27", limit: 5).map(\.id) == [2])
        #expect(try store.findHouseholds("7293a", limit: 5).map(\.id).contains(2))
        let made = try store.createHousehold(
            FrontDoorStoreTests.newHousehold(number: "150"), confirmDuplicate: false, today: FrontDoorStoreTests.today)
        #expect(try store.findHouseholds("dogan", limit: 5).map(\.id) == [made.id])
    }
}

/// What the adversarial read of the change found, each with the test that shows it fixed.
@Suite struct FrontDoorReviewTests {
    static let today = FrontDoorStoreTests.today

    @Test func aPartnerRowFindsAPersonWhereTheyLiveNowNotWhereTheyLeft() {
        let left = HouseholdIndex.Member(personID: 1, name: "Anna Bakker", birthDate: Day("1980-01-01"), birthYear: 1980, isCurrent: false)
        let now = HouseholdIndex.Member(personID: 2, name: "Anna Bakker", birthDate: Day("1980-01-01"), birthYear: 1980, isCurrent: true)
        let index = HouseholdIndex([
            HouseholdIndex.Entry(
                id: 1, name: "A", street: "S", number: "1", addition: "", postcode: "1234 AB", buurt: "", leftDistrict: false,
                members: [left]),
            HouseholdIndex.Entry(
                id: 2, name: "B", street: "S", number: "2", addition: "", postcode: "1234 AB", buurt: "", leftDistrict: false,
                members: [now]),
            HouseholdIndex.Entry(
                id: 3, name: "C", street: "S", number: "3", addition: "", postcode: "1234 AB", buurt: "", leftDistrict: true,
                members: [
                    HouseholdIndex.Member(
                        personID: 3, name: "Anna Bakker", birthDate: Day("1980-01-01"), birthYear: 1980,
                        isCurrent: true)
                ]),
        ])
        #expect(
            index.match(name: "anna bakker", birthDate: Day("1980-01-01"), postcode: "9999 ZZ", number: "1", addition: "")
                == .matched(2, by: .nameAndBirthDate))
    }

    @Test func whoReportedASafetySignalIsWithheldWithIt() throws {
        let base = try Fixtures.sampleStore()
        let lead = base.acting(as: FrontDoorStoreTests.actor("fatima"))
        let signal = try lead.registerSignal(
            Registration(
                source: .neighbour, received: Self.today, household: .existing(2), question: "Geschreeuw 's nachts", safety: true,
                intake: Intake(reporterName: "Buurvrouw Gül", reporterPhone: "06 1234 5678")),
            today: Self.today)
        #expect(try lead.openSignals().first { $0.id == signal.id }?.intake?.reporterName == "Buurvrouw Gül")
        let other = try #require(try base.acting(as: FrontDoorStoreTests.actor("ingrid")).openSignals().first { $0.id == signal.id })
        #expect(other.withheld && other.description.isEmpty && other.intake == nil)
    }

    @Test func anImportedHouseholdWithoutAStreetCanStillBeChanged() throws {
        let store = try Fixtures.sampleStore().acting(as: FrontDoorStoreTests.actor("fatima"))
        // The front door's forms ask for a street; an import brings none.
        var h = try store.writing { work in
            try work.createHousehold(
                NewHousehold(
                    street: "", number: "8", postcode: "7299 AA", buurt: "", members: [FrontDoorStoreTests.person("Lan Zhou", "1977-07-07")]
                ),
                confirmDuplicate: false, today: Self.today, buurtRequired: false)
        }
        h.language = "zh"
        #expect(throws: Never.self) { try store.updateHousehold(h, expectedVersion: nil, today: Self.today) }
    }
}

@Suite struct PostcodeTests {
    @Test func postcodesAreReadAnyWayTypedAndRefusedWhenImpossible() {
        #expect(Postcode("1234ab")?.description == "1234 AB")
        #expect(Postcode(" 1234  Ab ")?.description == "1234 AB")
        for bad in ["0123 AB", "1234 SS", "1234 SA", "1234 SD", "123 AB", "12345", "1234 A1", "１２３４ AB", "1234 ÄB"] {
            #expect(Postcode(bad) == nil, "\(bad)")
        }
    }
}
