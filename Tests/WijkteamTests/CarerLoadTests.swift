import Testing
@testable import Wijkteam

/// Carer load as the SCP counts it (more than 8 hours a week for more than 3 months is long and
/// intensive) and as the carer feels it (their own 4 or 5 of 5, or exhausted).
@Suite struct CarerLoadTests {
    let today = Day("2026-11-20")!

    func load(_ hours: Int?, since: String? = nil, burden: Int? = nil, exhausted: Bool = false) -> CarerLoad {
        CarerLoad(hoursPerWeek: hours, since: since.flatMap(Day.init), burden: burden, exhausted: exhausted)
    }

    @Test func eightHoursAWeekIsNotIntensiveNine() {
        #expect(!load(8, since: "2020-01-01").isIntensive)
        #expect(!load(8, since: "2020-01-01").isLongAndIntensive(on: today))
        #expect(load(9, since: "2020-01-01").isIntensive)
        #expect(load(9, since: "2020-01-01").isLongAndIntensive(on: today))
    }

    @Test func threeMonthsExactlyIsNotLongADayMoreIs() {
        #expect(CarerLoad.longSinceBefore(today).description == "2026-08-20")
        #expect(!load(9, since: "2026-08-20").isLongAndIntensive(on: today))
        #expect(load(9, since: "2026-08-20").signs(on: today) == [.intensiveNotYetLong])
        #expect(load(9, since: "2026-08-19").isLongAndIntensive(on: today))
        #expect(load(9, since: "2026-08-19").signs(on: today) == [.longAndIntensive])
    }

    @Test func threeMonthsBackFromAMonthsLastDayIsTheShorterMonthsLastDay() {
        let may31 = Day("2026-05-31")!
        #expect(CarerLoad.longSinceBefore(may31).description == "2026-02-28")
        #expect(!load(9, since: "2026-02-28").isLongAndIntensive(on: may31))
        #expect(load(9, since: "2026-02-27").isLongAndIntensive(on: may31))
        #expect(CarerLoad.longSinceBefore(Day("2026-02-15")!).description == "2025-11-15")
    }

    @Test func intensiveOfUnknownDurationIsNotLongButSaysSo() {
        let l = load(30)
        #expect(l.isLong(on: today) == nil)
        #expect(!l.isLongAndIntensive(on: today))
        #expect(l.signs(on: today) == [.intensiveDurationUnknown])
        #expect(l.reasons(on: today).first?.contains("unknown") == true)
    }

    @Test func theOldTwentyHourRuleIsGone() {
        // 21 h a week, felt as not heavy, for a month: neither long and intensive nor heavy.
        let l = load(21, since: "2026-10-20", burden: 2)
        #expect(!l.isHeavy && !l.isLongAndIntensive(on: today) && !l.needsAttention(on: today))
    }

    @Test func feltBurdenMakesItHeavyWhateverTheHours() {
        let l = load(4, since: "2026-11-01", burden: 4)
        #expect(l.isHeavy && !l.isIntensive)
        #expect(l.signs(on: today) == [.feelsHeavy(4)])
        #expect(l.needsAttention(on: today))
        #expect(!load(4, burden: 3).isHeavy)
        #expect(load(nil, burden: 5).isHeavy)
    }

    @Test func exhaustedIsHeavy() {
        let l = load(2, exhausted: true)
        #expect(l.isHeavy)
        #expect(l.signs(on: today) == [.exhausted])
        #expect(
            load(28, since: "2018-09-01", burden: 5, exhausted: true).signs(on: today) == [.longAndIntensive, .feelsHeavy(5), .exhausted])
    }

    @Test func longAndIntensiveWithoutFeelingItHeavy() {
        let l = load(10, since: "2024-09-01", burden: 2)
        #expect(l.isLongAndIntensive(on: today) && !l.isHeavy)
        #expect(l.reasons(on: today) == [tr("carer.reason.long_intensive", 10, "2024-09-01", 8, 3)])
    }

    @Test func burdenOutsideTheScaleAndASinceAfterTodayAreRefused() throws {
        #expect(throws: WijkteamError.self) { try load(4, burden: 6).validate() }
        #expect(throws: WijkteamError.self) { try load(4, burden: 0).validate() }
        #expect(throws: WijkteamError.self) { try load(4, since: "2026-11-21").validate(today: today) }
        try load(4, since: "2026-11-20", burden: 1).validate(today: today)
        try load(4, burden: 5).validate()
        let tie = NetworkTie(id: 0, householdID: 1, name: "Oma", sector: .family, relation: "", strength: .strong, carerBurden: 6)
        #expect(throws: WijkteamError.self) { try tie.validate() }
        #expect(CarerLoad.burdenLabel(4).hasPrefix("4 "))
    }
}
