import Testing
import Wijkteam

/// The rules of the iWmo/iJw import that need no database (issue 27, item 5).
@Suite struct IwmoTests {
    @Test func messageTypesHaveTheCodesAndNamespacesOfTheStandard() {
        let wmo301 = IwmoMessageType(standard: .iwmo, kind: .allocation)
        #expect(wmo301.name == "WMO301" && wmo301.berichtCode == "414")
        #expect(wmo301.namespace(subversion: "2") == "http://www.istandaarden.nl/iwmo/3_2/wmo301/schema")
        #expect(IwmoMessageType(standard: .iwmo, kind: .start).berichtCode == "418")
        #expect(IwmoMessageType(standard: .iwmo, kind: .stop).berichtCode == "420")
        #expect(IwmoMessageType(standard: .ijw, kind: .allocation).berichtCode == "436")
        #expect(IwmoMessageType(standard: .ijw, kind: .start).berichtCode == "438")
        #expect(IwmoMessageType(standard: .ijw, kind: .stop).berichtCode == "440")
        let found = IwmoMessageType.from(namespace: "http://www.istandaarden.nl/ijw/3_0/jw305/schema")
        #expect(found?.0 == IwmoMessageType(standard: .ijw, kind: .start) && found?.1 == "0")
        #expect(IwmoMessageType.from(namespace: "http://www.istandaarden.nl/iwmo/2_4/wmo301/schema") == nil)
        #expect(IwmoMessageType.from(namespace: "http://www.istandaarden.nl/iwmo/3_2/wmo302/schema") == nil)
    }

    @Test func aStatusOnlyGoesForward() {
        #expect(IwmoRules.mayMove(from: .requested, to: .waiting))
        #expect(IwmoRules.mayMove(from: .waiting, to: .waiting))
        #expect(IwmoRules.mayMove(from: .waiting, to: .active))
        #expect(IwmoRules.mayMove(from: .active, to: .ended))
        #expect(!IwmoRules.mayMove(from: .active, to: .active))
        #expect(!IwmoRules.mayMove(from: .ended, to: .active))
        #expect(!IwmoRules.mayMove(from: .active, to: .waiting))
        #expect(!IwmoRules.mayMove(from: .refused, to: .active))
        #expect(!IwmoRules.mayMove(from: .withdrawn, to: .waiting))
    }

    @Test func anEndBeforeTheStartCannotBe() {
        var p = IwmoProduct(allocationNumber: "1")
        p.validFrom = Day("2026-10-12")
        p.validTo = Day("2026-10-01")
        #expect(IwmoRules.impossibleDate(p) == "Einddatum")
        p.validTo = Day("2026-10-12")
        #expect(IwmoRules.impossibleDate(p) == nil)
        p.begins = Day("2026-11-02")
        p.ends = Day("2026-11-01")
        #expect(IwmoRules.impossibleDate(p) == "Einddatum")
    }

    @Test func theKeyIsSenderIdentificationAndCode() {
        let m = IwmoMessage(
            type: IwmoMessageType(standard: .iwmo, kind: .start), release: "3.2", sender: "98000001", receiver: "9999",
            identification: "ST-1", dated: Day("2026-11-03")!, birthDate: Day("1944-03-08")!, products: [])
        #expect(m.key == "98000001/ST-1/WMO305")
        #expect(m.providerAGB == "98000001")
    }
}
