import Foundation
import Testing
import Wijkteam
@testable import WijkteamStore

/// The hostile fixture district loads as normal data and every text comes back byte for byte.
@Suite struct HostileDistrictTests {
    @Test func loadsEveryFileOfTheHostileDistrict() throws {
        let d = try DistrictLoader.load(folder: Fixtures.hostileDistrict)
        #expect(d.info.demo)
        #expect(d.households.map(\.id) == [1, 2, 3, 4, 5])
        #expect(d.staff.count == 7)
        // A staff member with capacity 0 who still holds a case.
        #expect(d.staff.first { $0.id == "ilse" }?.capacity == 0)
        #expect(d.cases.first { $0.id == 5 }?.regisseurID == "ilse")
        // A household with an empty network.
        #expect(d.ties.filter { $0.householdID == 2 }.isEmpty)
        let names = d.households.flatMap(\.members).map(\.name)
        for expected in ["مُحَمَّد الرَّاشِد", "שָׂרָה כֹּהֵן", "王小明", "li", "Işıl Yılmaz", "İpek Yılmaz", "Łukasz Nowak",
                         "Zoe\u{0308} de Boer", "Bo الرَّاشِد"] {
            #expect(names.contains(expected), "\(expected)")
        }
        let long = try #require(names.first { $0.hasPrefix("Anna-Maria") })
        #expect(long.count == 80)
        // A safety signal that names its reporter, who is a tie of the household.
        let safety = try #require(d.signals.first { $0.safety })
        #expect(safety.description.contains("Hanna Østergård"))
        #expect(d.ties.contains { $0.householdID == safety.householdID && $0.name == "Hanna Østergård" })
        // Relations that name members; emoji with ZWJ, skin tones and flags.
        #expect(d.ties.contains { $0.relation == "moeder van Kim, oma van Jayden" })
        #expect(d.ties.contains { $0.name == "Sjaak 🇸🇷 Pinas" })
        #expect(d.ties.contains { $0.name.contains("👵🏼") })
    }

    @Test func controlCharactersAndClustersSurviveTheStoreUnchanged() throws {
        let store = try Fixtures.hostileStore()
        let deBoer = try store.household(id: 5)
        let visit = try #require(deBoer.journal.first { $0.date.description == "2026-09-05" })
        #expect(visit.text == "Demi's\tnachtdienst, Kim alleen met Jayden en Zoe\u{0308}. 👨‍👩‍👧‍👦❤️‍🔥 \u{1B}[2J\u{1B}[H")
        #expect(deBoer.household.members.map(\.name).contains("Zoe\u{0308} de Boer"))
        #expect(deBoer.cases.first?.discussion?.contains("\t") == true)
        #expect(deBoer.cases.first?.discussion?.contains("\u{1B}[2J") == true)
        let wang = try store.household(id: 3)
        #expect(wang.journal.contains { $0.text.contains("\u{1B}]0;pwned\u{07}") })
        let cohen = try store.household(id: 2)
        #expect(cohen.ties.isEmpty)
        #expect(Set(cohen.household.members.map(\.name)) == ["שָׂרָה כֹּהֵן", "יוֹסֵף כֹּהֵן"])
        let staff = try store.staff()
        #expect(staff.first { $0.id == "ilse" }?.capacity == 0)
        #expect(staff.first { $0.id == "mei" }?.name == "陈美玲")
        // The board's cards read back too (capacity 0 must not break the loads).
        let cards = try store.caseCards()
        #expect(Set(cards.map(\.case.id)) == [1, 2, 3, 4, 5])
        #expect(try store.openSignals().count == 3)
    }
}
