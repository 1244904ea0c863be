// Benchmarks on a whole city (not part of `swift test`): swift run -c release wijkteam-bench
// Prints the median and p99 of each step; see README "Speed".
import Foundation

import TerminalKit
import Wijkteam
import WijkteamScreens
import WijkteamStore

let args = CommandLine.arguments
if args.count > 1, args[1] == "stress" { exit(Stress.run(Array(args.dropFirst(2)))) }
func option(_ name: String) -> String? { args.firstIndex(of: name).flatMap { args.indices.contains($0 + 1) ? args[$0 + 1] : nil } }
let dbPath = option("--db") ?? FileManager.default.temporaryDirectory.appendingPathComponent("wijkteam-bench-city.sqlite").path
let today = Day("2026-11-20")!

func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
func ms(_ ns: UInt64) -> Double { Double(ns) / 1_000_000 }

struct Stats {
    var samples: [Double] = []
    mutating func add(_ v: Double) { samples.append(v) }
    func line(_ name: String, budget: Double) -> String {
        let s = samples.sorted()
        let median = s[s.count / 2], p99 = s[min(s.count - 1, Int(Double(s.count) * 0.99))]
        let ok = p99 <= budget ? "ok" : "OVER BUDGET"
        return String(format: "%-38@ median %7.2f ms  p99 %7.2f ms  max %7.2f ms  (n=%d, budget %.0f ms: %@)",
                      name as NSString, median, p99, s.last!, s.count, budget, ok as NSString)
    }
}

if !FileManager.default.fileExists(atPath: dbPath) {
    let t0 = now()
    var g = DistrictGenerator(seed: 42, size: .city(households: 20_000), today: today)
    let data = g.generate()
    _ = try SQLiteStore.create(at: dbPath, from: data)
    print(String(format: "generated %@: %d households, %d open cases, %d staff, %d journal entries in %.1f s", dbPath,
                 data.households.count, data.cases.filter(\.isOpen).count, data.staff.count, data.journal.count, ms(now() - t0) / 1000))
}

let store = try SQLiteStore.open(path: dbPath)
let t0 = now()
let snapshot = try DistrictSnapshot.load(from: store, today: today)
let identity = try Identity.resolve(requested: nil, account: "bench", staff: snapshot.staff, demo: true)
var shell = Shell(session: SessionInfo(identity: identity, databaseName: "city"), size: Size(width: 160, height: 48))
_ = shell.handle(.snapshot(snapshot))
var grid = Grid(width: 160, height: 48)
shell.render(into: &grid)
print(String(format: "first board frame (load + reduce + render): %.1f ms  [%d open cases, %d regisseurs]",
             ms(now() - t0), snapshot.cards.count, snapshot.staff.count))

/// One key: reduce, carry out its effects against the store (as the app does), render.
let runner = EffectRunner(store: store, today: today, actor: identity.staff.id)

/// One key: reduce, carry out its effects against the store (as the app does), render.
@MainActor func press(_ key: Key) {
    _ = runner.drive(&shell, .key(key))
    shell.render(into: &grid)
}

// Move the selection: down through a column, across columns, and back.
var move = Stats()
let keys: [Key] = Array(repeating: .down, count: 8) + [.right] + Array(repeating: .up, count: 4) + [.right, .left, .pageDown]
for i in 0..<3000 {
    let t = now()
    press(keys[i % keys.count])
    move.add(ms(now() - t))
}
print(move.line("key press: move selection", budget: 10))

// Filter by text: type a word, then clear it.
var filter = Stats()
for i in 0..<200 {
    let t = now()
    press(i % 2 == 0 ? .char("m") : .char("m"))
    filter.add(ms(now() - t))
}
print(filter.line("key press: filter mine on/off", budget: 10))

// Reassign: give the selected case to the next column's regisseur and back (write + re-render).
press(.home)
for _ in 0..<3 { press(.right) }
// The moves above end at the last column, which may be someone on leave without cases.
for _ in 0..<shell.board.columns.count where shell.board.selectedCard == nil { press(.left) }
var assign = Stats()
for i in 0..<300 {
    let t = now()
    press(.char(i % 2 == 0 ? "L" : "H"))
    if shell.isDialogOpen { press(.char("y")) }
    assign.add(ms(now() - t))
}
if shell.undoStack.count < 300 { print("  warning: only \(shell.undoStack.count) of 300 reassignments were saved") }
print(assign.line("reassign: write + re-render", budget: 15))

// The write alone, for comparison: one immediate transaction per assignment.
var writeTime = Stats()
if let card = shell.board.selectedCard {
    for i in 0..<300 {
        let t = now()
        _ = try store.assign(caseID: card.case.id, to: i % 2 == 0 ? nil : card.case.regisseurID, expectedVersion: nil)
        writeTime.add(ms(now() - t))
    }
}
print(writeTime.line("  of which the write (one transaction)", budget: 15))

// Rank 10,000 open signals (the pure ranking; contexts as a city would have them).
var rankTime = Stats()
do {
    var rng = SplitMix64(seed: 7)
    let sources = SignalSource.allCases
    let signals = (1...10_000).map { i -> Signal in
        Signal(id: i, householdID: Int(rng.next() % 20_000) + 1, date: today.adding(days: -Int(rng.next() % 60)),
               source: sources[Int(rng.next() % UInt64(sources.count))], description: "", domains: [.financien],
               safety: rng.next() % 100 == 0)
    }
    var contexts: [Int: TriageContext] = [:]
    for h in 1...20_000 where rng.next() % 2 == 0 {
        contexts[h] = TriageContext(childrenUnder12: Int(rng.next() % 3), acuteDomains: rng.next() % 10 == 0 ? [.huisvesting] : [],
                                    maxCarerHours: Int(rng.next() % 30), otherSignals: Int(rng.next() % 3))
    }
    for _ in 0..<50 {
        let t = now()
        let ranked = Urgency.rank(signals, contexts: contexts, today: today)
        rankTime.add(ms(now() - t))
        precondition(ranked.count == 10_000)
    }
}
print(rankTime.line("triage: rank 10,000 open signals", budget: 20))

// Build the meeting agenda from the loaded city (pure: every open case, follow-up and signal).
var agendaTime = Stats()
var agendaCount = 0
for _ in 0..<50 {
    let t = now()
    let items = Agenda.build(snapshot.agendaInput, settings: snapshot.agendaSettings)
    agendaTime.add(ms(now() - t))
    agendaCount = items.count
}
print(agendaTime.line("meeting agenda: build (\(agendaCount) items)", budget: 20))

// Open a household as a generalist would: need-to-know check, redaction and the audit row,
// in one immediate transaction (the read alone is the part the screens wait for).
do {
    let acting = store.acting(as: AuditActor(staffID: snapshot.staff.first { $0.role == .generalist }?.id, account: "bench", origin: "bench"))
    var open = Stats()
    var rng = SystemRandomNumberGenerator()
    for _ in 0..<300 {
        let id = snapshot.cards[Int(rng.next() % UInt64(snapshot.cards.count))].case.householdID
        let t = now()
        _ = try acting.household(id: id, access: .household)
        open.add(ms(now() - t))
    }
    print(open.line("open a household (checked, redacted, audited)", budget: 15))
}
