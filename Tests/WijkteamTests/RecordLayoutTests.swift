import Foundation
import Testing
@testable import Wijkteam

/// The records held by the tens of thousands keep their one-byte fields last, so Swift packs
/// them together instead of padding each to eight bytes (the peak memory at 100,000 households,
/// issue 28). A record that grows, or a one-byte field put between wider ones, shows here; the
/// sizes are for a 64-bit machine. (A card's fields are as they were: their size follows the
/// case's and the follow-up's.)
@Suite struct RecordLayoutTests {
    @Test func theRecordsHeldByTheThousandsArePacked() {
        #expect(MemoryLayout<Case>.stride == 136)
        #expect(MemoryLayout<FollowUp>.stride == 88)
        #expect(MemoryLayout<FollowUp?>.stride == 88)
        #expect(MemoryLayout<CaseCard.Fields>.stride == 296)
        #expect(MemoryLayout<CaseHistoryEvent>.stride == 40)
    }

    /// Their order in memory is not their JSON: the keys and values are as before.
    @Test func aCardEncodesAsBefore() throws {
        let c = Case(
            id: 3, householdID: 7, opened: Day("2026-01-02")!, source: .huisarts, presentingQuestion: "Schulden",
            questionBehind: "Rust", domains: [.financien], phase: .uitvoering, regisseurID: "daan", complexity: 3, safety: true,
            discussion: "Vraag", closedReason: nil, version: 4)
        let f = FollowUp(id: 9, caseID: 3, kind: .preventive, due: Day("2026-02-03")!, ownerID: "daan", note: "Bellen", outcome: "ok")
        let card = CaseCard(
            case: c, householdName: "Yılmaz", buurt: "Noord", street: "Kersenlaan", lastContact: Day("2026-01-20")!, nextFollowUp: f,
            proactiveKinds: [.preventive])
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(card), as: UTF8.self)
        let expected = """
            {"buurt":"Noord","case":{"complexity":3,"discussion":"Vraag","domains":["financien"],"householdID":7,"id":3,\
            "opened":"2026-01-02","phase":"uitvoering","presentingQuestion":"Schulden","questionBehind":"Rust",\
            "regisseurID":"daan","safety":true,"source":"huisarts","version":4,"withheld":false},"householdName":"Yılmaz",\
            "lastContact":"2026-01-20","nextFollowUp":{"caseID":3,"done":false,"due":"2026-02-03","id":9,"kind":"preventive",\
            "note":"Bellen","outcome":"ok","ownerID":"daan","version":1,"withheld":false},"proactiveKinds":["preventive"],\
            "street":"Kersenlaan"}
            """
        #expect(json == expected)
        #expect(try JSONDecoder().decode(CaseCard.self, from: Data(json.utf8)) == card)
    }
}
