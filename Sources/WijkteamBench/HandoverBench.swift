import Foundation
import Wijkteam
import WijkteamStore

/// Handing a leaving regisseur's caseload over in the city (issue 24): in a copy of the city,
/// one present generalist is given 60 open cases; then, per sample, the plan is read and
/// computed (timed), applied as the team lead (timed), and undone (timed apart), so every
/// sample starts from the same 60 cases.
enum HandoverBench {
    static let caseCount = 60

    static func run(city: String, today: Day, samples: Int = 20) throws -> [Figure] {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("wijkteam-bench-handover-\(getpid())")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let copy = scratch.appendingPathComponent("city.sqlite").path
        try CityCopy.make(from: city, to: copy)
        let lead = AuditActor(staffID: "s1", account: "bench", origin: "bench")  // the generator's first staff member leads a team
        let store = try SQLiteStore.open(path: copy).acting(as: lead)
        let leaving = try giveCases(store, today: today)

        var plan = Figure("handover plan, \(caseCount) open cases (read + plan)", budget: 50)
        var apply = Figure("handover apply, \(caseCount) cases (one transaction)", budget: 200)
        var reading = Figure("  of which: read the input (staff, cases, loads, contexts)", budget: nil)
        var undo = Figure("  handover undo, \(caseCount) cases", budget: nil)
        for _ in 0..<samples {
            var t = DispatchTime.now().uptimeNanoseconds
            let input = try store.handoverInput(from: leaving, today: today)
            let read = DispatchTime.now().uptimeNanoseconds
            let proposal = HandoverPlanner.plan(input, from: leaving, today: today)
            plan.add(Double(DispatchTime.now().uptimeNanoseconds - t) / 1_000_000)
            reading.add(Double(read - t) / 1_000_000)
            guard proposal.lines.count == caseCount, proposal.unplaced.isEmpty else {
                throw BenchError("the plan has \(proposal.lines.count) lines, \(proposal.unplaced.count) without a receiver")
            }
            t = DispatchTime.now().uptimeNanoseconds
            let moves = try store.applyHandover(proposal, today: today)
            apply.add(Double(DispatchTime.now().uptimeNanoseconds - t) / 1_000_000)
            t = DispatchTime.now().uptimeNanoseconds
            try store.undoHandover(moves, today: today)
            undo.add(Double(DispatchTime.now().uptimeNanoseconds - t) / 1_000_000)
        }
        return [plan, reading, apply, undo]
    }

    /// A present generalist with fewer than 60 open cases, given others' open cases up to 60.
    static func giveCases(_ store: SQLiteStore, today: Day) throws -> StaffID {
        let open = try store.cases(includeClosed: false)
        let held = Dictionary(grouping: open.compactMap(\.regisseurID), by: { $0 }).mapValues(\.count)
        guard
            let leaving = try store.staff().first(where: {
                $0.role == .generalist && $0.unavailability(today: today, until: nil) == nil && (held[$0.id] ?? 0) < caseCount
            })
        else { throw BenchError("no present generalist with fewer than \(caseCount) cases") }
        for c in open.filter({ $0.regisseurID != leaving.id && !$0.safety }).prefix(caseCount - (held[leaving.id] ?? 0)) {
            try store.assign(caseID: c.id, to: leaving.id, expectedVersion: c.version)
        }
        return leaving.id
    }
}
