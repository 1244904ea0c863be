import Foundation
import Testing

/// `wijkteam staff …` as a team lead (the sample district's demo fallback is Fatima, the team
/// lead) and as colleagues (`--as`), on a fresh copy of the sample district pinned to its
/// reference day: Samira is on leave until 12 Jan, Noël works Monday, Tuesday and Thursday.
@Suite struct StaffCommandTests {
    typealias JSON = [String: Any]

    func list(_ db: String, as staff: String? = nil) throws -> [JSON] {
        try Binary.json(["staff", "list", "--json", "--db", db] + (staff.map { ["--as", $0] } ?? [])) as! [JSON]
    }

    func row(_ rows: [JSON], _ id: String) throws -> JSON { try #require(rows.first { $0["id"] as? String == id }) }

    @Test func theListShowsAvailabilityPartTimeCapacityAndLoadInTextJSONAndCSV() throws {
        let db = try Binary.freshDatabase()
        let text = try Binary.run(["staff", "list", "--db", db])
        #expect(text.status == 0, "\(text.err)")
        #expect(text.out.contains("samira  Samira Haddouchi — Generalist, MEE-consulent — load "), "\(text.out)")
        #expect(text.out.contains("on leave until 12 Jan"), "\(text.out)")
        #expect(text.out.contains("part-time: Mon Tue Thu"), "\(text.out)")
        let rows = try list(db)
        let samira = try row(rows, "samira")
        #expect(samira["availability"] as? String == "on leave until 12 Jan")
        #expect(samira["capacity"] as? Double == 4)
        #expect((samira["away"] as? [JSON])?.first?["kind"] as? String == "leave")
        #expect(try row(rows, "noel")["work_days"] as? [String] == ["mon", "tue", "thu"])
        #expect(try row(rows, "daan")["availability"] as? String == "present")
        // The load is the board's.
        let board = try Binary.json(["board", "--json", "--db", db]) as! JSON
        let columns = board["regisseurs"] as! [JSON]
        for c in columns {
            let id = c["id"] as! String
            #expect(try row(rows, id)["load"] as? Double == c["load"] as? Double, "\(id)")
        }
        let csv = try Binary.run(["staff", "list", "--csv", "--db", db])
        #expect(csv.status == 0)
        #expect(csv.out.contains("id;name;role;discipline;expertise;languages;capacity;load;level;work_days;availability;away;left_on"))
        #expect(csv.out.contains("samira;Samira Haddouchi;generalist;"), "\(csv.out)")
        #expect(csv.out.contains("on leave until 12 Jan"))
    }

    @Test func staffOutsideTheTeamAndNewStaffSeeOnlyNamesAndRoles() throws {
        let db = try Binary.freshDatabase()
        for who in ["karin", "sanne"] {
            let rows = try list(db, as: who)
            #expect(rows.count > 5)
            #expect(rows.allSatisfy { Set($0.keys) == ["id", "name", "role"] }, "\(who): \(rows.first ?? [:])")
            let text = try Binary.run(["staff", "list", "--db", db, "--as", who]).out
            #expect(!text.contains("on leave") && !text.contains("load"), "\(text)")
        }
        #expect(try row(try list(db, as: "daan"), "samira")["availability"] as? String == "on leave until 12 Jan", "a generalist reads it")
    }

    @Test func hostileNamesRoundTripThroughStaffAdd() throws {
        let db = try Binary.freshDatabase()
        let names = ["نور الهدى", "Zoë 🧕🏽 Yıldız", String(repeating: "İ", count: 40) + String(repeating: "ł", count: 40)]
        for (i, name) in names.enumerated() {
            let r = try Binary.run([
                "staff", "add", "h\(i)", "--db", db, "--name", name, "--role", "generalist", "--discipline", "jeugdcoach",
                "--capacity", "2.5", "--expertise", "opvoeding,financien", "--languages", "nl,ar", "--work-days", "mon,wed",
                "--account", "os-h\(i)",
            ])
            #expect(r.status == 0, "\(r.err)")
            #expect(r.out.contains(name), "\(r.out)")
        }
        let rows = try list(db)
        for (i, name) in names.enumerated() {
            let r = try row(rows, "h\(i)")
            #expect(r["name"] as? String == name)
            #expect(
                r["capacity"] as? Double == 2.5 && r["work_days"] as? [String] == ["mon", "wed"] && r["account"] as? String == "os-h\(i)")
            #expect(r["expertise"] as? [String] == ["opvoeding", "financien"])
        }
        #expect(try Binary.run(["audit", "--verify", "--db", db]).status == 0)
    }

    @Test func badInputAndOthersThanTheTeamLeadAreRefusedClearlyAndNothingIsWritten() throws {
        let db = try Binary.freshDatabase()
        let before = try Binary.run(["staff", "list", "--json", "--db", db]).out
        let audit = try Binary.run(["audit", "--json", "--db", db]).out
        let refusals: [([String], String)] = [
            (["update", "nobody", "--capacity", "3"], "no staff member 'nobody'"),
            (["update", "daan", "--capacity", "1001"], "from 0 to 1000"),
            (["update", "daan", "--account", "zoe"], "already belongs to staff member zoe"),
            (["update", "daan", "--capacity", "3", "--version", "99"], "you had version 99"),
            (["add", "daan", "--name", "D", "--role", "generalist", "--discipline", "x", "--capacity", "2"], "already a staff member"),
            (["away", "daan", "--from", "2026-11-25", "--to", "2026-11-21", "--kind", "ill"], "before it starts"),
            (["away", "samira", "--from", "2026-12-01", "--kind", "ill"], "already away"),
            (["back", "daan"], "not away"),
            (["leave", "samira", "--on", "2026-11-30"], "hand them over first: wijkteam staff handover samira"),
            (["cover", "daan", "--by", "ingrid", "--all"], "not away today"),
        ]
        for (args, message) in refusals {
            let r = try Binary.run(["staff"] + args + ["--db", db])
            #expect(r.status != 0, "\(args)")
            #expect(r.err.contains(message), "\(args): \(r.err)")
        }
        #expect(try Binary.run(["staff", "list", "--json", "--db", db]).out == before)
        #expect(try Binary.run(["audit", "--json", "--db", db]).out == audit, "refused input writes no row")
        let daan = try Binary.run(["staff", "away", "emre", "--from", "2026-11-23", "--kind", "ill", "--db", db, "--as", "daan"])
        #expect(daan.status == 1 && daan.err.contains("only the team lead changes the team"), "\(daan.err)")
        #expect(try Binary.run(["staff", "list", "--json", "--db", db]).out == before)
        let usage = try Binary.run(["staff", "cover", "samira", "--by", "ingrid", "--all", "--case", "13", "--db", db])
        #expect(usage.status != 0 && usage.err.contains("--case N"), "\(usage.err)")
    }

    @Test func awayBackCoverAndLeavingAsTheTeamLeadDoesThem() throws {
        let db = try Binary.freshDatabase()
        let away = try Binary.run(["staff", "away", "emre", "--from", "2026-11-18", "--to", "2026-11-27", "--kind", "ill", "--db", db])
        #expect(away.status == 0 && away.out.contains("ill until 27 Nov"), "\(away.err)\(away.out)")
        let planned = try Binary.run(["staff", "away", "emre", "--from", "2026-12-21", "--to", "2026-12-24", "--kind", "leave", "--db", db])
        #expect(planned.status == 0, "\(planned.err)")
        let back = try Binary.run(["staff", "back", "emre", "--db", db])
        #expect(back.status == 0 && back.out.contains("the absence (ill) ended on 2026-11-19"), "\(back.err)\(back.out)")
        #expect(back.out.contains("the absence (on leave) from 2026-12-21 had not begun: removed"), "\(back.out)")
        let cover = try Binary.run(["staff", "cover", "samira", "--by", "ingrid", "--all", "--db", db])
        #expect(cover.status == 0 && cover.out.contains("ingrid covers case #"), "\(cover.err)\(cover.out)")
        let covers = try Binary.json(["staff", "cover", "samira", "--by", "daan", "--case", "13", "--json", "--db", db]) as! [JSON]
        #expect(covers.count == 1 && covers.first?["cover_id"] as? String == "daan", "\(covers)")

        let added = try Binary.run([
            "staff", "add", "tijdelijk", "--name", "Tijdelijk", "--role", "generalist", "--discipline", "x", "--capacity", "2",
            "--account", "tijdelijk", "--db", db,
        ])
        #expect(added.status == 0, "\(added.err)")
        let leaves = try Binary.run(["staff", "leave", "tijdelijk", "--on", "2026-11-20", "--db", db])
        #expect(leaves.status == 0 && leaves.out.contains("leaves the team on 2026-11-20"), "\(leaves.err)")
        #expect(try row(try list(db), "tijdelijk")["availability"] as? String == "left the team on 20 Nov")
        let refused = try Binary.run(["board", "--db", db, "--as", "tijdelijk"])
        #expect(refused.status == 1 && refused.err.contains("tijdelijk left the team on 2026-11-20"), "\(refused.err)")
        #expect(try Binary.run(["audit", "--verify", "--db", db]).status == 0)
    }
}
