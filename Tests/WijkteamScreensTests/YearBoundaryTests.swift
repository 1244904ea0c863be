import Foundation
import Testing
import TerminalKit
import Wijkteam
import WijkteamRuntime
@testable import WijkteamScreens

/// Issue #20, item 12: dates from last year show their year, whole, and every column keeps its
/// gap ("367d overdue31-12-25" was one word).
@Suite struct YearBoundaryTests {
    /// The sample district seen `days` after its reference day: its dates are then in the past,
    /// most of them in another year.
    static func shell(daysLater days: Int, width: Int = 120, height: Int = 40) throws -> ShellDriver {
        let store = try Sample.store()
        var driver = ShellDriver(store: store, shell: Shell(session: SessionInfo(identity: try Sample.identity(store), databaseName: "sample.sqlite"),
                                                           size: Size(width: width, height: height)))
        driver.send(.clock("vr 20 nov 09:00"))
        driver.send(.snapshot(try DistrictSnapshot.load(from: store, today: Sample.today.adding(days: days))))
        return driver
    }

    @Test func followUpsFromLastYearShowTheYearAfterAGap() throws {
        var d = try Self.shell(daysLater: 400)  // today 2027-12-25
        d.press(.char("5"))
        let lines = d.render().lines()
        let rows = lines.filter { $0.contains("d overdue") }
        #expect(rows.count == d.shell.followUps.rows.count && rows.count > 3)
        // "392d overdue 24-11-26 preventive …": the status, a space, the date with last year's year.
        #expect(rows.filter { $0.range(of: #"\d{3}d overdue \d\d-\d\d-26 "#, options: .regularExpression) != nil }.count > 3, "\(rows)")
        for row in rows {
            // This year's dates (early 2027) stay short, still after a space.
            #expect(row.range(of: #"\d+d overdue +\d\d-\d\d(-26)? "#, options: .regularExpression) != nil, "\(row)")
            #expect(!row.contains("overdue2") && !row.contains("overdue1") && !row.contains("overdue0"), "\(row)")
        }
    }

    @Test func triageDatesFromLastYearAreWholeWithTheirYear() throws {
        for width in [120, 80] {
            var d = try Self.shell(daysLater: 60, width: width, height: 40)  // today 2027-01-19
            d.press(.char("2"))
            let text = d.render().text()
            // Every signal is from 2026: each row on screen ends in its date with the year.
            let shown = text.matches(of: #/ \d\d-\d\d-26 /#).count
            #expect(shown >= 5, "\(text)")
            #expect(!text.contains(#/\d\d-\d\d…/#), "a date cut off at \(width) columns")
        }
    }
}

/// Issue #20, item 15: the hint under a list that goes on ("↓ 3 more") is in the screen's language.
@Suite struct WidgetLanguageTests {
    @Test func theMoreHintUnderAListIsDutchOnDutchScreens() throws {
        for (language, hint, other) in [(Language.nl, "↓ nog ", "more"), (Language.en, "↓ ", "nog")] {
            try Language.$scoped.withValue(language) {
                var d = try Sample.shell(width: 80, height: 12)
                d.press(.char("5"))
                let text = d.render().text()
                let line = try #require(text.split(separator: "\n").first { $0.contains("↓ ") }, "\(text)")
                #expect(line.contains(hint) && !line.contains(other), "\(language): \(line)")
            }
        }
    }
}
