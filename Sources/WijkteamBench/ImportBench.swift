import Foundation
import Wijkteam
import WijkteamStore

/// Importing a vroegsignalering batch into the city: 10,000 rows, about half of them a city
/// household's member by address and birth date, half people the city does not know, every
/// reference new. Each sample imports into a fresh copy of the city database; only the store
/// call is timed (the file is not read: the rows are made here).
enum ImportBench {
    static let rowCount = 10_000

    /// A city database from before the front door has no postcodes to match: it is made again.
    static func cityLacksAddresses(_ path: String) throws -> Bool {
        let n = try SQLiteStore.open(path: path).reading { work in
            try work.db.fetchOne("SELECT COUNT(*) AS n FROM household WHERE postcode <> ''")?["n"] as Int? ?? 0
        }
        return n == 0
    }

    static func rows(_ index: HouseholdIndex, today: Day) -> [ArrearsRow] {
        let entries = index.entries.filter { e in e.members.contains { $0.isCurrent && $0.birthDate != nil } && !e.postcode.isEmpty }
        let partners = ArrearsPartner.allCases
        return (0..<rowCount).map { i in
            let reference = "BENCH-\(i)", partner = partners[i % partners.count]
            if i % 2 == 0, !entries.isEmpty {
                let e = entries[(i / 2 * 7919) % entries.count]
                let m = e.members.first { $0.isCurrent && $0.birthDate != nil }!
                return ArrearsRow(
                    line: i + 2, partner: partner, received: today.adding(days: -(i % 30)), name: m.name, birthDate: m.birthDate,
                    postcode: e.postcode, houseNumber: e.number, addition: e.addition, monthsInArrears: i % 12 + 1,
                    amountInArrears: 10_000 + i * 37, reference: reference)
            }
            // Postcodes from 9000 up are not the generated city's: these people are new.
            return ArrearsRow(
                line: i + 2, partner: partner, received: today.adding(days: -(i % 30)), name: "Nieuw Persoon \(i)",
                birthDate: Day("1970-01-01")!.adding(days: i), postcode: "\(9000 + i % 1000) ZZ",
                houseNumber: String(i / 1000 + 1), addition: "", monthsInArrears: i % 12 + 1,
                amountInArrears: 10_000 + i * 37, reference: reference)
        }
    }

    /// The figure, and the last sample's counts.
    static func run(city: String, today: Day, samples: Int = 5) throws -> (Figure, ImportReport) {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("wijkteam-bench-import-\(getpid())")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let lead = AuditActor(staffID: "s1", account: "bench", origin: "bench")  // the generator's first staff member leads a team
        let rows = rows(try SQLiteStore.open(path: city).acting(as: lead).reading { try $0.householdIndex() }, today: today)
        var figure = Figure("import 10,000 vroegsignalering rows into the city", budget: 3000, byMedian: true)
        var last: ImportReport?
        for n in 0..<samples {
            let copy = scratch.appendingPathComponent("city-\(n).sqlite").path
            try CityCopy.make(from: city, to: copy)
            let store = try SQLiteStore.open(path: copy).acting(as: lead)
            let t = DispatchTime.now().uptimeNanoseconds
            last = try store.importSignals(rows, file: "bench.csv", skipAmbiguous: true, dryRun: false, today: today)
            figure.add(Double(DispatchTime.now().uptimeNanoseconds - t) / 1_000_000)
        }
        return (figure, last!)
    }

    static func counts(_ r: ImportReport) -> String {
        "  (\(r.matched) matched, \(r.newHouseholds) new, \(r.ambiguous.count) ambiguous skipped, \(r.written) signals written)"
    }
}
