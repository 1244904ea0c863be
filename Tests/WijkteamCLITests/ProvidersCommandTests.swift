import Foundation
import Testing

/// `wijkteam providers …` (issue 27): any member of the team adds, changes and deactivates a
/// provider (checked against the version, logged); staff outside the team may not; the list in
/// text, JSON and CSV with the waiting times. Works whatever catalogue the sample district has.
@Suite struct ProvidersCommandTests {
    typealias JSON = [String: Any]

    func list(_ db: String) throws -> [JSON] { try Binary.json(["providers", "--json", "--db", db]) as! [JSON] }

    @Test func aColleagueAddsChangesAndDeactivatesAProvider() throws {
        let db = try Binary.freshDatabase()
        let before = try list(db).count
        let add = try Binary.run([
            "providers", "add", "Testzorg ‮Noord", "--law", "wmo", "--norm-weeks", "6", "--agb", "98000099", "--db", db, "--as", "daan",
            "--product", "02/02A01:geestelijke_gezondheid:Individuele begeleiding", "--product", "04/04A02:tijdsbesteding:Dagbesteding",
        ])
        #expect(add.status == 0, "\(add.err)")
        #expect(add.out.contains("Added provider #") && add.out.contains("products: 2; version 1"), "\(add.out)")
        #expect(!add.out.contains("\u{202E}"), "a bidi override is shown, not sent")
        let rows = try list(db)
        #expect(rows.count == before + 1)
        let row = try #require(rows.first { ($0["name"] as? String)?.hasPrefix("Testzorg") == true })
        let id = try #require(row["id"] as? Int)
        #expect(row["norm_weeks"] as? Int == 6 && row["law"] as? String == "wmo" && row["agb_code"] as? String == "98000099")
        #expect((row["products"] as? [JSON])?.map { $0["code"] as? String } == ["02A01", "04A02"])
        #expect((row["waiting"] as? JSON)?["waiting_now"] as? Int == 0)

        let edit = try Binary.run([
            "providers", "edit", "\(id)", "--remove-product", "04/04A02", "--norm-weeks", "8", "--version", "1", "--db", db, "--as", "daan",
        ])
        #expect(edit.status == 0 && edit.out.contains("version 2"), "\(edit.err)\(edit.out)")
        // The version seen before is refused; nothing changes.
        let stale = try Binary.run(["providers", "edit", "\(id)", "--contact", "x", "--version", "1", "--db", db, "--as", "daan"])
        #expect(stale.status != 0 && stale.err.contains("provider #\(id)"), "\(stale.err)")
        let off = try Binary.run(["providers", "deactivate", "\(id)", "--db", db, "--as", "emre"])
        #expect(off.status == 0 && off.out.contains("No longer used"), "\(off.err)")
        let text = try Binary.run(["providers", "--db", db])
        #expect(text.out.contains("norm 8 weeks") && text.out.contains("no longer used"), "\(text.out)")
        #expect(text.out.contains("nobody waiting now"))
        let csv = try Binary.run(["providers", "--csv", "--db", db])
        #expect(csv.out.contains("id;name;law;agb_code;contact;norm_weeks;active;version;category;code;product;domain;waiting_now"))
        #expect(csv.out.contains(";02;02A01;Individuele begeleiding;geestelijke_gezondheid;0;"), "\(csv.out)")
        let log = try Binary.run(["audit", "--db", db, "--as", "fatima"])
        #expect(log.out.contains("provider #\(id) changed (norm_weeks, products)"), "\(log.out)")
    }

    @Test func staffOutsideTheTeamAndBadInputAreRefusedNothingWritten() throws {
        let db = try Binary.freshDatabase()
        let before = try list(db).count
        let outside = try Binary.run(["providers", "add", "Buitenzorg", "--law", "wmo", "--db", db, "--as", "karin"])
        #expect(outside.status != 0 && outside.err.contains("only members of the team keep the provider catalogue"), "\(outside.err)")
        let law = try Binary.run(["providers", "add", "X", "--law", "zvw", "--db", db])
        #expect(law.status != 0 && law.err.contains("--law 'zvw' is not one of: wmo, jeugdwet, both"), "\(law.err)")
        let product = try Binary.run(["providers", "add", "X", "--law", "wmo", "--product", "2/02A01:financien:Y", "--db", db])
        #expect(product.status != 0 && product.err.contains("two digits"), "\(product.err)")
        #expect(try list(db).count == before)
    }
}
