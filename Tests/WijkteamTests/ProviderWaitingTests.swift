import Testing

@testable import Wijkteam

/// A provider's waiting times computed from the team's own referrals (issue 27): median and
/// longest of those waiting now, and of those started in the last 90 days, per provider over
/// all its products and per product; and the catalogue's rules.
@Suite struct ProviderWaitingTests {
    let today = Day("2026-11-20")!

    func referral(_ provider: Int, _ status: ProvisionStatus, from daysAgo: Int?, startedDaysAgo: Int? = nil) -> ProviderWaiting.Referral {
        referral(provider, "02A01", status, from: daysAgo, startedDaysAgo: startedDaysAgo)
    }

    func referral(
        _ provider: Int, _ code: String?, _ status: ProvisionStatus, from daysAgo: Int?, startedDaysAgo: Int? = nil
    ) -> ProviderWaiting.Referral {
        ProviderWaiting.Referral(
            providerID: provider, category: code.map { String($0.prefix(2)) }, code: code, status: status,
            waitingFrom: daysAgo.map { today.adding(days: -$0) }, start: startedDaysAgo.map { today.adding(days: -$0) })
    }

    func overall(_ rows: [ProviderWaiting], _ provider: Int) -> ProviderWaiting? {
        rows.first { $0.providerID == provider && $0.code == nil }
    }

    @Test func waitingNowHasTheLowerMiddleAsMedianAndTheLongest() throws {
        let odd = ProviderWaiting.compute(
            [10, 30, 20].map { referral(1, .waiting, from: $0) }, today: today)
        let w = try #require(overall(odd, 1))
        #expect(w.waitingNow == 3 && w.medianWaitingDays == 20 && w.longestWaitingDays == 30)
        // An even count: the lower of the two middle ones, whole days.
        let even = ProviderWaiting.compute(
            [10, 40, 20, 30].map { referral(1, .requested, from: $0) }, today: today)
        #expect(overall(even, 1)?.medianWaitingDays == 20)
        #expect(overall(even, 1)?.longestWaitingDays == 40)
        #expect(overall(even, 1)?.startedRecently == 0 && overall(even, 1)?.medianStartedDays == nil)
    }

    @Test func startedCountsFromWaitingToStartWithinNinetyDays() throws {
        let rows = ProviderWaiting.compute(
            [
                referral(1, .active, from: 100, startedDaysAgo: 90),  // 10 days' wait, on the window's first day
                referral(1, .ended, from: 150, startedDaysAgo: 60),  // 90 days' wait; ended since: still started
                referral(1, .active, from: 200, startedDaysAgo: 91),  // outside the window
                referral(1, .active, from: 5, startedDaysAgo: -3),  // starts after today: not started yet
            ], today: today)
        let w = try #require(overall(rows, 1))
        #expect(w.startedRecently == 2)
        #expect(w.medianStartedDays == 10 && w.longestStartedDays == 90)
        #expect(w.waitingNow == 0)
    }

    @Test func onlyRequestedAndWaitingWaitNow() throws {
        let rows = ProviderWaiting.compute(
            [
                referral(1, .waiting, from: 14), referral(1, .refused, from: 300), referral(1, .withdrawn, from: 200),
                referral(1, .ended, from: 100),
                // No day to count from: left out rather than counted as zero.
                referral(1, .waiting, from: nil),
            ], today: today)
        #expect(overall(rows, 1)?.waitingNow == 1)
        #expect(overall(rows, 1)?.longestWaitingDays == 14)
    }

    @Test func perProviderOverAllProductsAndPerProduct() throws {
        let rows = ProviderWaiting.compute(
            [
                referral(1, "02A01", .waiting, from: 10), referral(1, "02A01", .waiting, from: 50),
                referral(1, "04A02", .waiting, from: 70),
                referral(1, nil, .waiting, from: 5),  // names no product: only in the provider's figures
                referral(2, "45A07", .waiting, from: 21),
            ], today: today)
        #expect(overall(rows, 1)?.waitingNow == 4 && overall(rows, 1)?.longestWaitingDays == 70)
        #expect(overall(rows, 1)?.medianWaitingDays == 10)
        let begeleiding = try #require(rows.first { $0.providerID == 1 && $0.code == "02A01" })
        #expect(begeleiding.category == "02" && begeleiding.waitingNow == 2 && begeleiding.medianWaitingDays == 10)
        #expect(begeleiding.longestWaitingDays == 50)
        #expect(rows.first { $0.providerID == 1 && $0.code == "04A02" }?.waitingNow == 1)
        #expect(overall(rows, 2)?.waitingNow == 1)
        #expect(rows.map(\.providerID) == [1, 1, 1, 2, 2], "sorted by provider, overall first")
    }

    @Test func theOverviewListsEveryProductAndMarksWhoWaitsBeyondTheNorm() throws {
        let zorg = Provider(
            id: 1, name: "Zorgkring", law: .wmo, normWeeks: 6,
            products: [
                ProviderProduct(category: "04", code: "04A02", name: "Dagbesteding", domain: .tijdsbesteding),
                ProviderProduct(category: "02", code: "02A01", name: "Individuele begeleiding", domain: .geestelijkeGezondheid),
            ])
        let quiet = Provider(id: 2, name: "Stil", law: .jeugdwet)
        let waiting = ProviderWaiting.compute(
            [referral(1, "02A01", .waiting, from: 43), referral(1, "99X99", .waiting, from: 3)], today: today)
        let o = ProviderOverview.build([zorg, quiet], waiting: waiting)
        #expect(o.map(\.provider.id) == [1, 2])
        // The catalogue's order, then a code only a referral names.
        #expect(o[0].products.map(\.key) == ["04/04A02", "02/02A01", "99/99X99"])
        #expect(o[0].products[0].waiting.waitingNow == 0 && o[0].products[2].product == nil)
        // 43 days is past 6 weeks (42 days); 42 would not be.
        #expect(o[0].overNorm && ProviderOverview.overNorm(o[0].products[1].waiting, normDays: 42))
        #expect(!ProviderOverview.overNorm(ProviderWaiting(providerID: 1, waitingNow: 1, longestWaitingDays: 42), normDays: 42))
        #expect(!o[1].overNorm && o[1].overall.waitingNow == 0)
    }

    @Test func theCatalogueRefusesWhatTheStandardCannotHold() {
        func refused(_ p: Provider) -> Bool { (try? p.validate()) == nil }
        let product = ProviderProduct(category: "02", code: "02A01", name: "Begeleiding", domain: .financien)
        let ok = Provider(id: 1, name: "Zorgkring", law: .wmo, agbCode: "98000001", normWeeks: 6, products: [product])
        #expect(!refused(ok))
        var p = ok
        p.products[0].category = "2"
        #expect(refused(p))
        p = ok
        p.products[0].code = "02A0!"
        #expect(refused(p))
        p = ok
        p.agbCode = "9800000"
        #expect(refused(p))
        p = ok
        p.normWeeks = 105
        #expect(refused(p))
        p = ok
        p.products.append(product)
        #expect(refused(p), "a product twice")
        p = ok
        p.name = "Zorg\u{1B}[31m"
        #expect(refused(p), "a control character in a name")
        #expect(ProviderProduct.parseKey("02/02A01").map { $0.category + "|" + $0.code } == "02|02A01")
        #expect(ProviderProduct.parseKey("02A01") == nil)
    }
}
