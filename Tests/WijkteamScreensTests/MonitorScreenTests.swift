import Foundation
import Testing
import TerminalKit
import Wijkteam
@testable import WijkteamScreens
import WijkteamStore

/// The monitor view (issue 29), rendered into the grid with a hand-made report of known
/// numbers: each figure's row with its sparkline, the latest month and the period; the lead
/// times against the norm; the outcome per domain; load bars and the regisseurs over capacity
/// (initials in privacy mode, hostile names aligned); the longest waits; the explanation; the
/// period keys asking the store for another period.
@Suite struct MonitorScreenTests {
    static let today = Sample.today  // 2026-11-20: the default period is 2025-12 … 2026-11
    static let from = Month("2025-12")!, to = Month("2026-11")!

    static let hostile = [
        "مركز الرعاية", "王小明 陈", "👩🏽‍⚕️ Zorg", String(repeating: "Lang", count: 20),
    ]

    /// Signals 1…12 per month (total 78); the last month: the keukentafelgesprek 10 times,
    /// median 30 and p90 50 days, 8 within the norm; Financiën 3 better, 1 the same; load 50
    /// against 40 (over); five regisseurs over capacity, four of them with hostile names.
    static func report(from: Month = from, to: Month = to) -> MonitorReport {
        var r = MonitorReport(from: from, to: to, today: today)
        for i in r.months.indices {
            r.months[i].flow.signals = i + 1
            r.months[i].flow.bySource = ["buren": i + 1]
            r.months[i].load.weighted = 30
            r.months[i].load.capacity = 40
        }
        var last = r.months[r.months.count - 1]
        var lead = MonitorLeadTime(stage: .registrationToKeukentafel)
        lead.count = 10; lead.medianDays = 30; lead.p90Days = 50; lead.withinNorm = 8; lead.estimated = 2
        last.leadTimes[1] = lead
        var fin = MonitorDomainChange(domain: .financien)
        fin.measured = 4; fin.improved = 3; fin.same = 1; fin.meanChange = 1.5
        last.outcome.closed = 5; last.outcome.withoutFinal = 1; last.outcome.domains = [fin]
        last.load.weighted = 50; last.load.overCapacity = 5
        last.proactive.followUpsDue = 10; last.proactive.followUpsOnTime = 8
        last.waiting.waiting = 3; last.waiting.households = 2; last.waiting.longestDays = 63
        r.months[r.months.count - 1] = last
        r.regisseurs =
            [RegisseurMonths(staffID: "daan", name: "Daan Verhoef", overCapacity: [to, to.previous])]
            + hostile.enumerated().map { RegisseurMonths(staffID: "h\($0.offset)", name: $0.element, overCapacity: [to]) }
        r.longestWaits = [
            MonitorWait(caseID: 12, provisionID: 1, provider: "Zorgkring Oosterveld", since: today.adding(days: -63), days: 63),
            MonitorWait(caseID: 7, provisionID: 2, provider: "مركز الرعاية 👩🏽‍⚕️\tx", since: today.adding(days: -20), days: 20),
        ]
        return r
    }

    /// The shell on the monitor view with `report` as the store's answer to what it asked.
    static func driver(width: Int, height: Int) throws -> ShellDriver {
        var d = try Sample.shell(width: width, height: height)
        d.send(.snapshot(try Sample.snapshot(d.store)))
        d.press(.char("9"))
        let asked = try #require(d.shell.monitor.asked)
        d.send(.monitorLoaded(asked, report(from: asked.from, to: asked.to)))
        return d
    }

    func line(_ grid: Grid, _ text: String) throws -> String {
        try #require(grid.lines().first { $0.contains(text) }, "no line with \(text)")
    }

    @Test func nineShowsTheMonitorForTheTwelveMonthsUpToToday() throws {
        let d = try Self.driver(width: 160, height: 48)
        #expect(d.shell.tab == .monitor)
        let asked = MonitorRequest(from: Self.from, to: Self.to, purpose: .view)
        #expect(d.shell.monitor.asked == asked)
        #expect(d.effects.contains(.loadMonitor(asked)))
        #expect(d.render().text().contains("Monitor 2025-12 – 2026-11"))
    }

    /// Opened on its first figure, a view too short for all of it still shows the months' header
    /// above it (it scrolled the header and the first group's title away).
    @Test func theMonthsHeaderShowsWhenTheViewOpensOnItsFirstFigure() throws {
        let lines = try Self.driver(width: 130, height: 24).render().lines()
        #expect(lines.contains { $0.contains("26-10 26-11") }, "\(lines)")
        #expect(lines.contains { $0.contains("Inflow and outflow") })
        #expect(lines.contains { $0.contains("↓") && $0.contains("more") })
    }

    @Test func eachFigureShowsItsLatestMonthAndThePeriod() throws {
        let grid = try Self.driver(width: 160, height: 48).render()
        let signals = try line(grid, "Signals in")
        // Scaled from zero: 1 is the second glyph, 12 the full one.
        #expect(signals.contains("▂▂▃▃▄▅▅▆▆▇▇█") && signals.contains(" 12 ") && signals.contains("total 78"), "\(signals)")
        // Wide: every month's number beside it, under its month.
        #expect(signals.contains("     1     2     3") && signals.contains("    10    11    12"), "\(signals)")
        #expect(grid.text().contains("26-11"))
        let kt = try line(grid, "Registration → keukentafelgesprek")
        #expect(kt.contains("30 d · p90 50 d") && kt.contains("n 10 · 80% ≤42 d"), "\(kt)")
        #expect(grid.text().contains("2 of 10 rest on an estimated day"))
        let zrm = try line(grid, "ZRM change of closed cases")
        #expect(zrm.contains("↑3 =1 ↓0"), "\(zrm)")
        #expect(try line(grid, "Financiën").contains("improved 3 · same 1 · worse 0 · mean +1.5"))
        #expect(try line(grid, "Closed without final ZRM").contains("1 of 5"))
        #expect(try line(grid, "Follow-ups done on time").contains("8/10 80%"))
        #expect(try line(grid, "Team load / capacity").contains("50/40"))
        #expect(try line(grid, "2026-11 █").contains("⚠ 50/40 125%"))
        #expect(try line(grid, "2026-10 █").contains("30/40 75%"))
        #expect(grid.text().contains("buren 78"))
        #expect(!grid.text().contains("\t"))
    }

    @Test func theLastGroupsRegisseursAndLongestWaits() throws {
        var d = try Self.driver(width: 160, height: 48)
        d.press(.end)
        let grid = d.render()
        #expect(try line(grid, "Regisseurs over capacity").contains("5 people"))
        #expect(try line(grid, "#12").contains("Zorgkring Oosterveld") && line(grid, "#12").contains("63 d"))
        #expect(try line(grid, "#7").contains("20 d"))
        #expect(try line(grid, "  Waiting for a provision ").contains("3 · 2 hh"))
        #expect(!grid.text().contains("\t"))
    }

    @Test func overCapacityIsInTheOverColourAndMarkedForMono() throws {
        var d = try Self.driver(width: 160, height: 48)
        let grid = d.render()
        let lines = grid.lines()
        let y = try #require(lines.firstIndex { $0.contains("2026-11 █") })
        let x = try #require(lines[y].firstIndex(of: "█").map { lines[y].distance(from: lines[y].startIndex, to: $0) })
        #expect(grid[x, y].style.role == .loadOver)
        let under = try #require(lines.firstIndex { $0.contains("2026-10 █") })
        #expect(grid[x, under].style.role == .loadOK)
        d.press(.char("T"))  // another theme; the marks are glyphs, not colours
        #expect(d.render().text().contains("⚠ 50/40"))
    }

    @Test func privacyModeShowsTheRegisseursInitials() throws {
        var d = try Self.driver(width: 160, height: 48)
        #expect(d.render().text().contains("Daan Verhoef"))
        d.press(.char("p"))
        let text = d.render().text()
        #expect(!text.contains("Daan Verhoef") && text.contains("D.V."))
        #expect(!text.contains("王小明"))
    }

    @Test func hostileNamesKeepTheMonthsAligned() throws {
        for (width, height) in [(80, 24), (160, 48)] {
            var d = try Self.driver(width: width, height: height)
            // The regisseurs' lines are under "Regisseurs over capacity": select it so they are in view.
            for _ in 0..<13 { d.press(.down) }
            #expect(d.shell.monitor.selectedFigure == .regisseursOverCapacity)
            let lines = d.render().lines().filter { $0.contains(" mo  ") }
            #expect(lines.count >= 4, "\(width): \(lines)")
            let columns = Set(lines.map { l in TextWidth.width(of: l[..<l.range(of: " mo  ")!.lowerBound]) })
            #expect(columns.count == 1, "\(width): \(lines)")
            #expect(lines.allSatisfy { TextWidth.width(of: $0) <= width })
        }
    }

    @Test func itFitsEightyByTwentyFourAndScrollsToTheSelectedFigure() throws {
        var d = try Self.driver(width: 80, height: 24)
        var lines = d.render().lines()
        #expect(lines.count == 24 && lines.allSatisfy { TextWidth.width(of: $0) <= 80 })
        #expect(lines.contains { $0.contains("▶ Signals in") && $0.contains("total 78") })
        #expect(lines.contains { $0.contains("↓") && $0.contains("more") })
        d.press(.end)
        lines = d.render().lines()
        #expect(d.shell.monitor.selectedFigure == .longestWaits)
        #expect(lines.contains { $0.contains("▶ Longest waits") } && lines.contains { $0.contains("#12") })
        #expect(lines.allSatisfy { TextWidth.width(of: $0) <= 80 })
    }

    @Test func enterExplainsTheSelectedFigure() throws {
        var d = try Self.driver(width: 80, height: 24)
        d.press(.down, .down)
        #expect(d.shell.monitor.selectedFigure == .casesOpened)
        d.press(.enter)
        let text = d.render().text()
        #expect(text.contains("How “Cases opened” is computed"))
        let first = MonitorFigure.casesOpened.definition.split(separator: " ").prefix(3).joined(separator: " ")
        #expect(text.contains(first), "\(text)")
        d.press(.escape)
        #expect(!d.render().text().contains("is computed"))
        d.press(.char("e"))
        #expect(d.render().text().contains("is computed"))
        d.press(.char("e"))
        #expect(!d.render().text().contains("is computed"))
    }

    @Test func thePeriodKeysAskTheStoreForAnotherPeriod() throws {
        var d = try Self.driver(width: 100, height: 30)
        func asked(_ from: String, _ to: String) -> MonitorRequest { MonitorRequest(from: Month(from)!, to: Month(to)!, purpose: .view) }
        // Not past this month.
        d.press(.right)
        #expect(d.shell.monitor.asked == asked("2025-12", "2026-11"))
        #expect(d.shell.message?.text == "The period already ends with this month")
        d.press(.left)
        #expect(d.shell.monitor.asked == asked("2025-11", "2026-10"))
        #expect(d.effects.contains(.loadMonitor(asked("2025-11", "2026-10"))))
        // The store's answer (zeros on a sample without history) is the period asked.
        #expect(d.shell.monitor.report?.from == Month("2025-11") && d.shell.monitor.report?.to == Month("2026-10"))
        d.press(.char("m"))
        #expect(d.shell.monitor.asked == asked("2024-11", "2026-10"))
        d.press(.char("m"), .char("h"))
        #expect(d.shell.monitor.asked == asked("2026-07", "2026-09"))
        d.press(.char("n"))
        #expect(d.shell.monitor.asked == asked("2026-09", "2026-11"))
        // An answer to a period no longer asked for is left aside.
        let shown = d.shell.monitor.report
        d.send(.monitorLoaded(asked("2025-01", "2025-12"), Self.report(from: Month("2025-01")!, to: Month("2025-12")!)))
        #expect(d.shell.monitor.report == shown)
        // A refusal is shown in the view and the status bar.
        d.send(.monitorFailed(asked("2026-09", "2026-11"), "no"))
        #expect(d.render().text().contains("The figures could not be read: no"))
    }

    @Test func aLineWhileTheFiguresAreRead() throws {
        var d = try Sample.shell(width: 80, height: 24)
        d.send(.snapshot(try Sample.snapshot(d.store)))
        // Straight to the view without the runner: nothing answered yet.
        let r = d.shell.handle(.key(.char("9")))
        #expect(r.effects == [.loadMonitor(MonitorRequest(from: Self.from, to: Self.to, purpose: .view))])
        #expect(d.render().text().contains("Reading the figures for 2025-12 – 2026-11…"))
    }

    @Test func snapshots() throws {
        var d = try Self.driver(width: 80, height: 24)
        expectSnapshot(d.render(), named: "monitor-80x24")
        d.press(.enter)
        expectSnapshot(d.render(), named: "monitor-explain-80x24")
        d = try Self.driver(width: 160, height: 48)
        for _ in 0..<12 { d.press(.down) }
        expectSnapshot(d.render(), named: "monitor-160x48")
    }

    @Test func dutch() throws {
        try Language.$scoped.withValue(.nl) {
            let text = try Self.driver(width: 160, height: 48).render().text()
            #expect(text.contains("Instroom en uitstroom") && text.contains("totaal 78") && text.contains("mediaan"))
        }
    }
}

/// The monitor in the app's main loop: the period keys reach the store, and what it answers is shown.
@Suite struct MonitorLoopTests {
    @Test func thePeriodKeysChangeThePeriodReadFromTheStore() throws {
        let store = try Sample.store()
        let terminal = ScriptedTerminal(
            size: Size(width: 100, height: 30),
            steps: [
                .waitFor("first frame", MainLoopTests.shows("Board")),
                .key(.char("9")),
                .waitFor("the monitor", MainLoopTests.shows("Monitor 2025-12 – 2026-11")),
                .key(.left),
                .waitFor("a month back", MainLoopTests.shows("Monitor 2025-11 – 2026-10")),
                .key(.char("m")),
                .waitFor("24 months", MainLoopTests.shows("Monitor 2024-11 – 2026-10")),
                .key(.char("q")),
            ])
        let loop = try MainLoopTests.loop(store, terminal: terminal)
        #expect(loop.run() == 0)
        #expect(terminal.timedOut.isEmpty, "\(terminal.timedOut)")
    }
}
