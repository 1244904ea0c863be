import Foundation
import Wijkteam
import WijkteamStore

/// Importing 5,000 iWmo messages into the city (issue 27): 1,700 allocations (301) to city
/// households with an open case, found by a member's birth date, postcode and house number;
/// 1,700 starts (305) and 1,600 stops (307) of those allocations. Each message is its own file,
/// as the standard sends them, and each file its own transaction. Each sample imports into a
/// fresh copy of the city with the bench's provider in its catalogue; reading the files from
/// disk and the import are timed, writing them is not.
enum IwmoBench {
    static let allocations = 1_700, starts = 1_700, stops = 1_600
    static let agb = "98999901"

    struct Client {
        var postcode: String
        var number: String
        var born: String
    }

    /// City households with an open case and a current member with a birth date, one member each.
    static func clients(_ path: String) throws -> [Client] {
        try SQLiteStore.open(path: path).reading { work in
            try work.db.fetchAll(
                """
                SELECT h.postcode, h.number, MIN(p.birth_date) AS born FROM household h
                JOIN person p ON p.household_id = h.id AND p.left_on IS NULL AND p.birth_date IS NOT NULL
                WHERE h.postcode <> '' AND EXISTS (SELECT 1 FROM care_case c WHERE c.household_id = h.id AND c.phase <> 'afgesloten')
                GROUP BY h.id ORDER BY h.id LIMIT ?
                """, [allocations]
            ).map { Client(postcode: $0["postcode"], number: $0["number"], born: $0["born"]) }
        }
    }

    static func header(_ kind: String, code: String, from: String, to: String, id: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <m:Bericht xmlns:iwmo="http://www.istandaarden.nl/iwmo/3_2/basisschema/schema" xmlns:m="http://www.istandaarden.nl/iwmo/3_2/wmo\(kind)/schema">
        <m:Header><m:BerichtCode>\(code)</m:BerichtCode><m:BerichtVersie>3</m:BerichtVersie><m:BerichtSubversie>2</m:BerichtSubversie>
        <m:Afzender>\(from)</m:Afzender><m:Ontvanger>\(to)</m:Ontvanger>
        <m:BerichtIdentificatie><iwmo:Identificatie>\(id)</iwmo:Identificatie><iwmo:Dagtekening>2026-11-01</iwmo:Dagtekening></m:BerichtIdentificatie>
        </m:Header>
        """
    }

    static func client(_ c: Client, address: Bool) -> String {
        let adres =
            address
            ? """
            <m:Contactgegevens><m:Contact><m:Soort>01</m:Soort><m:Adres><iwmo:Huisnummer><iwmo:Huisnummer>\(c.number)</iwmo:Huisnummer></iwmo:Huisnummer>
            <iwmo:Postcode>\(c.postcode.replacingOccurrences(of: " ", with: ""))</iwmo:Postcode></m:Adres></m:Contact></m:Contactgegevens>
            """ : ""
        return "<m:Client><m:Bsn>999911110</m:Bsn><m:Geboortedatum><iwmo:Datum>\(c.born)</iwmo:Datum></m:Geboortedatum>\(adres)"
    }

    static let product = "<m:Product><iwmo:Categorie>02</iwmo:Categorie><iwmo:Code>02A01</iwmo:Code></m:Product>"

    /// Writes the 5,000 files (allocations first, then starts, then stops) and returns their paths in order.
    static func files(_ clients: [Client], into dir: URL) throws -> [String] {
        var paths: [String] = []
        func write(_ name: String, _ xml: String) throws {
            let url = dir.appendingPathComponent(name)
            try Data(xml.utf8).write(to: url)
            paths.append(url.path)
        }
        for (i, c) in clients.enumerated() {
            try write(
                "a\(i).xml",
                header("301", code: "414", from: "9999", to: agb, id: "A\(i)") + client(c, address: true)
                    + "<m:ToegewezenProducten><m:ToegewezenProduct><m:ToewijzingNummer>B\(i)</m:ToewijzingNummer>\(product)"
                    + "<m:Toewijzingsdatum>2026-10-01</m:Toewijzingsdatum><m:Ingangsdatum>2026-10-05</m:Ingangsdatum>"
                    + "</m:ToegewezenProduct></m:ToegewezenProducten></m:Client></m:Bericht>")
        }
        for (i, c) in clients.prefix(starts).enumerated() {
            try write(
                "b\(i).xml",
                header("305", code: "418", from: agb, to: "9999", id: "S\(i)") + client(c, address: false)
                    + "<m:StartProducten><m:StartProduct><m:ToewijzingNummer>B\(i)</m:ToewijzingNummer>\(product)"
                    + "<m:Begindatum>2026-10-20</m:Begindatum></m:StartProduct></m:StartProducten></m:Client></m:Bericht>")
        }
        for (i, c) in clients.prefix(stops).enumerated() {
            try write(
                "c\(i).xml",
                header("307", code: "420", from: agb, to: "9999", id: "E\(i)") + client(c, address: false)
                    + "<m:StopProducten><m:StopProduct><m:ToewijzingNummer>B\(i)</m:ToewijzingNummer>\(product)"
                    + "<m:Begindatum>2026-10-20</m:Begindatum><m:RedenBeeindiging>19</m:RedenBeeindiging>"
                    + "<m:Einddatum>2026-11-15</m:Einddatum></m:StopProduct></m:StopProducten></m:Client></m:Bericht>")
        }
        return paths
    }

    /// The figure (median and range over the samples) and the last sample's report.
    static func run(city: String, today: Day, samples: Int = 3) throws -> (Figure, IwmoReport) {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("wijkteam-bench-iwmo-\(getpid())")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let clients = try clients(city)
        let paths = try files(clients, into: scratch)
        let lead = AuditActor(staffID: nil, account: "bench", origin: "bench")  // maintenance: no staff record
        var figure = Figure("import 5,000 iWmo messages into the city", budget: 3000, byMedian: true)
        var last: IwmoReport?
        for n in 0..<samples {
            let copy = scratch.appendingPathComponent("city-\(n).sqlite").path
            try CityCopy.make(from: city, to: copy)
            let store = try SQLiteStore.open(path: copy).acting(as: lead)
            try store.writing { work in
                try work.db.execute("UPDATE provider SET agb_code = NULL WHERE agb_code = ?", [agb])
                let id = try work.db.insertReturningID(
                    "INSERT INTO provider (name, law, agb_code) VALUES ('Bench Wmo-aanbieder', 'wmo', ?)", [agb])
                try work.db.execute(
                    "INSERT INTO provider_product VALUES (?, '02', '02A01', 'Individuele begeleiding', 'geestelijke_gezondheid')", [id])
            }
            let t = DispatchTime.now().uptimeNanoseconds
            let files = paths.map(IwmoParser.read(path:))
            let read = DispatchTime.now().uptimeNanoseconds
            last = try store.importIwmo(files, dryRun: false, today: today)
            let end = DispatchTime.now().uptimeNanoseconds
            figure.add(Double(end - t) / 1_000_000)
            print(String(format: "  sample %d: reading %.0f ms, applying %.0f ms", n + 1, Double(read - t) / 1e6, Double(end - read) / 1e6))
        }
        return (figure, last!)
    }

    static func counts(_ r: IwmoReport) -> String {
        let refused = r.outcomes.filter { $0.result == .refused }.prefix(3).compactMap(\.reason)
        return "  (\(r.count(.applied)) applied, \(r.count(.duplicate)) duplicate, \(r.count(.refused)) refused; \(r.filesApplied) files)"
            + refused.map { "\n  refused: " + $0 }.joined()
    }
}
