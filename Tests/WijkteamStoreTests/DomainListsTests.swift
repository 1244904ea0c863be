import Foundation
import GRDB
import Testing
import Wijkteam
@testable import WijkteamStore

/// A statement's rows share each distinct list of life domains (`Rows.DomainLists`): the
/// domains are what splitting each row's own text gives, in its order, and rows with the same
/// text hold one array.
@Suite struct DomainListsTests {
    @Test func eachDistinctListIsMadeOnceAndSharedInItsOrder() {
        let lists = Rows.DomainLists()
        let texts = [
            "financien,huisvesting", "huisvesting,financien", "", "financien,onbekend,justitie", "financien,huisvesting", "justitie",
        ]
        let made = texts.map { lists($0) }
        #expect(made == texts.map { Rows.list($0, as: LifeDomain.self) })
        #expect(made[0] == [.financien, .huisvesting] && made[1] == [.huisvesting, .financien])
        // A word that is no domain is left out, as a row's own split left it out.
        #expect(made[3] == [.financien, .justitie] && made[2].isEmpty)
        #expect(storage(made[0]) == storage(made[4]))
        #expect(lists.count == 5)
        // A row read alone has its own, the same domains.
        #expect(Rows.DomainLists.domains("huisvesting,financien", sharedIn: nil) == [.huisvesting, .financien])
    }

    /// Past the limit a new list is still made right for its row (it is only not kept), and the
    /// lists kept before it are still shared.
    @Test func pastTheLimitEveryListIsStillRight() {
        let lists = Rows.DomainLists()
        let all = LifeDomain.allCases.map(\.rawValue)
        var texts: [String] = []
        outer: for a in all {
            for b in all where b != a {
                for c in all where c != a && c != b {
                    for d in all where ![a, b, c].contains(d) {
                        texts.append([a, b, c, d].joined(separator: ","))
                        if texts.count == Rows.DomainLists.limit + 100 { break outer }
                    }
                }
            }
        }
        #expect(texts.count == Rows.DomainLists.limit + 100)
        let first = lists(texts[0])
        for text in texts { #expect(lists(text) == Rows.list(text, as: LifeDomain.self)) }
        #expect(storage(lists(texts[0])) == storage(first))
        #expect(lists.count == Rows.DomainLists.limit)
        #expect(lists(texts.last!) == Rows.list(texts.last!, as: LifeDomain.self))
    }

    /// The store's cases and signals have the domains their rows hold, each row's as before.
    @Test func casesAndSignalsReadFromTheStoreHaveTheirRowsDomains() throws {
        let store = try Fixtures.sampleStore()
        func texts(_ table: String) throws -> [Int: String] {
            try store.pool.read { db in
                let rows = try Row.fetchAll(db, sql: "SELECT id, domains FROM \(table)")
                return Dictionary(uniqueKeysWithValues: rows.map { ($0["id"] as Int, $0["domains"] as String) })
            }
        }
        let (caseTexts, signalTexts) = (try texts("care_case"), try texts("signal"))
        let cases = try store.cases(includeClosed: true)
        #expect(cases.count == caseTexts.count && Set(caseTexts.values).count < caseTexts.count)
        for c in cases { #expect(c.domains == Rows.list(try #require(caseTexts[c.id]), as: LifeDomain.self)) }
        // Two cases read in one statement with the same text hold one array.
        let byText = Dictionary(grouping: cases.filter { !$0.domains.isEmpty }) { caseTexts[$0.id]! }
        let alike = try #require(byText.values.first { $0.count > 1 })
        #expect(storage(alike[0].domains) == storage(alike[1].domains))
        let signals = try store.openSignals()
        #expect(!signals.isEmpty)
        for s in signals { #expect(s.domains == Rows.list(try #require(signalTexts[s.id]), as: LifeDomain.self)) }
    }

    private func storage(_ domains: [LifeDomain]) -> UnsafePointer<LifeDomain>? {
        domains.withUnsafeBufferPointer { $0.baseAddress }
    }
}
