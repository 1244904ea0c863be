import Foundation
import TerminalKit
import Wijkteam
import WijkteamRuntime
import WijkteamScreens
import WijkteamStore

/// The providers view on the city (issue 27), in a copy of the city: the catalogue of 30
/// providers, and the city's tailored provisions referred to them (every third started in the
/// last 90 days, the rest waiting since a day in the last 40 weeks). Timed apart: the store read
/// the view needs (catalogue + waiting times + the overview), and the view's key presses
/// (switching to it, moving, Enter on a provider, the law filter), each reduced and rendered at
/// 160×48 as the app does.
enum ProvidersBench {
    static func run(city: String, today: Day, samples: Int = 50) throws -> [Figure] {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("wijkteam-bench-providers-\(getpid())")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let copy = scratch.appendingPathComponent("city.sqlite").path
        try CityCopy.make(from: city, to: copy)
        let store = try SQLiteStore.open(path: copy)
        let referrals = try refer(store, today: today)

        var read = Figure("providers view: store read (catalogue + waiting times)", budget: 10, byMedian: true)
        for _ in 0..<samples {
            let t = DispatchTime.now().uptimeNanoseconds
            _ = try DistrictSnapshot.providerOverview(from: store, today: today)
            read.add(Double(DispatchTime.now().uptimeNanoseconds - t) / 1_000_000)
        }

        var snapshot = try DistrictSnapshot.load(from: store, today: today)
        snapshot.providers = try DistrictSnapshot.providerOverview(from: store, today: today)
        let who = try Identity.resolve(requested: nil, account: "bench", staff: snapshot.staff, demo: true)
        var shell = Shell(session: SessionInfo(identity: who, databaseName: "city"), size: Size(width: 160, height: 48))
        _ = shell.handle(.snapshot(snapshot))
        var grid = Grid(width: 160, height: 48)
        shell.render(into: &grid)
        let tab = Character(String(ScreenRegistry.tabs.firstIndex { $0.scope == .providers }! + 1))

        var show = Figure("providers view: switch to it (key + frame)", budget: 10, byMedian: true)
        var keys = Figure("providers view: key press (move, Enter, f) + frame", budget: 10, byMedian: true)
        func timed(_ key: Key, into figure: inout Figure) {
            let t = DispatchTime.now().uptimeNanoseconds
            _ = shell.handle(.key(key))
            shell.render(into: &grid)
            figure.add(Double(DispatchTime.now().uptimeNanoseconds - t) / 1_000_000)
        }
        for i in 0..<samples {
            _ = shell.handle(.key(.char("1")))
            timed(.char(tab), into: &show)
            for _ in 0..<(i % 7) { timed(.down, into: &keys) }
            timed(.enter, into: &keys)
            timed(.char("f"), into: &keys)
        }
        guard shell.tab == .providers else { throw BenchError("the providers view was not shown") }
        print("  \(referrals) referrals to \(snapshot.providers.count) providers")
        return [read, show, keys]
    }

    /// The catalogue (when the city has none) and the city's provisions referred to it.
    static func refer(_ store: SQLiteStore, today: Day) throws -> Int {
        if try store.providers().isEmpty {
            for p in DistrictGenerator.providers(count: DistrictGenerator.providerCount) { try store.addProvider(p) }
        }
        let providers = try store.providers()
        return try store.writing { work in
            let ids = try work.db.fetchColumn("SELECT id FROM provision ORDER BY id", [], "id", as: Int.self)
            for (n, id) in ids.enumerated() {
                let p = providers[n % providers.count]
                let product = p.products.isEmpty ? nil : p.products[n % p.products.count]
                let since = today.adding(days: -(7 + (n * 37) % 280))
                let started = n % 3 == 0 ? min(today, since.adding(days: 14 + n % 70)) : nil
                try work.db.execute(
                    """
                    UPDATE provision SET provider_id = ?, product_category = ?, product_code = ?, waiting_since = ?,
                        status = ?, start = ? WHERE id = ?
                    """,
                    [
                        p.id, product?.category, product?.code, since.description, started == nil ? "waiting" : "active",
                        started?.description, id,
                    ])
            }
            return ids.count
        }
    }
}
