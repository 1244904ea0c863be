import Foundation
import Testing

/// Issue #22, items 1–4 and 8 on the command line: registrations and signals, households and
/// people, cases at the desk, and who may do it. Each runs the real binary on a fresh copy of
/// the sample district.
@Suite struct FrontDoorCommandTests {
    typealias JSON = [String: Any]

    func triageIDs(_ db: String) throws -> [Int] {
        (try Binary.json(["triage", "--json", "--db", db]) as! [JSON]).map { $0["signal_id"] as! Int }
    }

    /// A household of the test's own (the sample district's may gain postcodes and birth dates).
    func addHousehold(
        _ db: String, name: String = "", street: String = "Kersenlaan", number: String = "99", postcode: String = "1234ab",
        members: [String] = ["Şükrü Yıldız;1980-02-29;adult;client", "Zeynep Yıldız;2015-06-01;child"]
    ) throws -> JSON {
        var args = [
            "household", "add", "--db", db, "--json", "--street", street, "--number", number, "--postcode", postcode, "--buurt",
            "kersenbuurt",
        ]
        if !name.isEmpty { args += ["--name", name] }
        for m in members { args += ["--member", m] }
        return try Binary.json(args) as! JSON
    }

    @Test func aSignalForAKnownHouseholdIsInTheTriageQueueAtOnce() throws {
        let db = try Binary.freshDatabase()
        let r = try Binary.run([
            "signal", "add", "--db", db, "--source", "huisarts", "--household", "3", "--question", "Moeder lijkt overbelast",
            "--domain", "financien", "--reporter", "Dr. Jansen", "--organisation", "Huisartsenpraktijk Oost",
            "--phone", "+31 6 0000 0000", "--received", "2026-11-19",
        ])
        #expect(r.status == 0, "\(r.err)")
        let id = try #require(r.out.firstMatch(of: /Signal #(\d+) registered for household #3/).map { Int($0.1)! }, "\(r.out)")
        #expect(r.out.contains("It is in the triage queue: place"), "\(r.out)")
        let item = try #require((try Binary.json(["triage", "--json", "--db", db]) as! [JSON]).first { $0["signal_id"] as? Int == id })
        #expect(item["household_id"] as? Int == 3)
        #expect(item["description"] as? String == "Moeder lijkt overbelast")
        #expect(item["source"] as? String == "huisarts" && item["date"] as? String == "2026-11-19")
        #expect(item["domains"] as? [String] == ["financien"])
    }

    @Test func aSignalWithANewHouseholdCreatesItAndTheSearchFoldsDiacritics() throws {
        let db = try Binary.freshDatabase()
        let added =
            try Binary.json([
                "signal", "add", "--db", db, "--json", "--source", "vroegsignalering", "--partner", "rent",
                "--new-household", "--street", "Kersenlaan", "--number", "99", "--addition", "b", "--postcode", "1234ab",
                "--buurt", "kersenbuurt", "--language", "tr", "--member", "Şükrü Yıldız;1980-02-29;adult;client",
                "--member", "Zeynep Yıldız;2015-06-01;child", "--question", "Huurachterstand van drie maanden",
                "--hard-date", "2026-12-15", "--hard-date-kind", "eviction", "--safety",
            ]) as! JSON
        #expect(added["household_created"] as? Bool == true)
        let householdID = try #require(added["household_id"] as? Int)
        let signalID = try #require(added["signal_id"] as? Int)
        #expect(try triageIDs(db).contains(signalID))
        // Ranked as ever: a safety signal scores at least its 50 points.
        #expect(added["triage_place"] is Int && (added["score"] as? Int ?? 0) >= 50, "\(added)")
        for query in ["yildiz", "sukru", "1234ab", "1234 AB", "kersenlaan 99"] {
            let found = try Binary.json(["household", "find", query, "--db", db, "--json"]) as! [JSON]
            #expect(found.contains { $0["id"] as? Int == householdID }, "\(query): \(found)")
        }
        let h = (try Binary.json(["household", String(householdID), "--db", db, "--json"]) as! JSON)["household"] as! JSON
        let address = h["address"] as! JSON
        #expect(
            address["postcode"] as? String == "1234 AB" && address["buurt"] as? String == "Kersenbuurt"
                && address["addition"] as? String == "b")
        #expect(h["language"] as? String == "tr")
        let members = h["members"] as! [JSON]
        #expect(members.map { $0["name"] as? String } == ["Şükrü Yıldız", "Zeynep Yıldız"])
        #expect(members.map { $0["birth_date"] as? String } == ["1980-02-29", "2015-06-01"])
        #expect(members.map { $0["is_client"] as? Bool } == [true, false])
        let none = try Binary.run(["household", "find", "zzqqxx", "--db", db])
        #expect(none.status == 0 && none.out.contains("No household matches 'zzqqxx'"), "\(none.out)")
    }

    @Test func aPossibleDuplicateIsRefusedWithTheMatchesUntilConfirmed() throws {
        let db = try Binary.freshDatabase()
        let known = try addHousehold(db)
        let knownID = known["id"] as! Int
        let queue = try triageIDs(db)
        // The same person, typed without diacritics, at another address.
        let args = [
            "signal", "add", "--db", db, "--source", "self", "--new-household", "--street", "Havenkade", "--number", "80",
            "--postcode", "1235 CD", "--buurt", "Havenzicht", "--member", "Sukru Yildiz;1980-02-29;adult", "--question", "Hulp bij post",
        ]
        let refused = try Binary.run(args)
        #expect(refused.status == 1)
        #expect(refused.err.contains("may be a household the team already knows; nothing was written"), "\(refused.err)")
        #expect(
            refused.err.contains("#\(knownID) Huishouden Yıldız, Kersenlaan 99 (Şükrü Yıldız, same name and birth date)"), "\(refused.err)")
        #expect(refused.err.contains("--household ID") && refused.err.contains("--confirm-duplicate"), "\(refused.err)")
        #expect(try triageIDs(db) == queue)
        #expect((try Binary.json(["household", "find", "havenkade 80", "--db", db, "--json"]) as! [JSON]).isEmpty)
        // With --json the matches are on standard output for a script.
        let json = try Binary.run(args + ["--json"])
        #expect(json.status == 1)
        let matches = try #require(
            (try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? JSON)?["possible_duplicates"] as? [JSON])
        #expect(matches.map { $0["id"] as? Int } == [knownID] && matches.first?["reason"] as? String == "person")
        // The same address is a duplicate too; household add and person add refuse alike.
        let sameAddress = try Binary.run([
            "household", "add", "--db", db, "--street", "Kersenlaan", "--number", "99", "--postcode", "1234AB",
            "--buurt", "Kersenbuurt", "--member", "Anna Smit;1990-01-01;adult",
        ])
        #expect(sameAddress.status == 1 && sameAddress.err.contains("(same address)"), "\(sameAddress.err)")
        let samePerson = try Binary.run([
            "person", "add", "3", "--db", db, "--name", "Şükrü Yıldız", "--born", "1980-02-29", "--role", "adult",
        ])
        #expect(samePerson.status == 1 && samePerson.err.contains("#\(knownID)"), "\(samePerson.err)")
        // Confirmed: created, and the access log says it was created despite the match.
        let confirmed = try Binary.json(args + ["--confirm-duplicate", "--json"]) as! JSON
        let newID = try #require(confirmed["household_id"] as? Int)
        #expect(newID != knownID)
        #expect(try triageIDs(db).contains(confirmed["signal_id"] as! Int))
        let log = try Binary.json(["audit", "--json", "--household", String(newID), "--db", db]) as! [JSON]
        #expect(log.contains { ($0["detail"] as? String)?.contains("despite possible duplicate of #\(knownID)") == true }, "\(log)")
    }

    /// `wijkteam household ID` is what it always was, also with its options before the id.
    @Test func householdWithAnIdStillShowsTheHousehold() throws {
        let db = try Binary.freshDatabase()
        let text = try Binary.run(["household", "3", "--db", db])
        #expect(text.status == 0, "\(text.err)")
        #expect(text.out.hasPrefix("Huishouden Bakker (3) — Loswal 8, Havenzicht"), "\(text.out)")
        #expect(try Binary.run(["household", "show", "3", "--db", db]).out == text.out)
        let json = try Binary.run(["household", "3", "--json", "--db", db]).out
        #expect(try Binary.run(["household", "--json", "--db", db, "3"]).out == json)
        #expect(((try JSONSerialization.jsonObject(with: Data(json.utf8)) as! JSON)["household"] as! JSON)["id"] as? Int == 3)
        let missing = try Binary.run(["household", "424242", "--db", db])
        #expect(missing.status == 1 && missing.err.contains("no household 424242"), "\(missing.err)")
        let help = try Binary.run(["household", "--help"])
        for sub in ["show (default)", "find", "add", "update"] { #expect(help.out.contains(sub), "\(help.out)") }
    }

    @Test func householdAddAndUpdateWithAVersionCheck() throws {
        let db = try Binary.freshDatabase()
        let added = try Binary.run([
            "household", "add", "--db", db, "--name", "Huishouden Ben-David", "--street", "Ankerplein", "--number", "70",
            "--postcode", "1236 EF", "--buurt", "Havenzicht", "--member", "נועה בן-דוד;1988-04-12;parent;client",
        ])
        #expect(added.status == 0, "\(added.err)")
        let id = try #require(
            added.out.firstMatch(of: /Household #(\d+) Huishouden Ben-David, Ankerplein 70, added with 1 member/).map { Int($0.1)! },
            "\(added.out)")
        let version = {
            ((try Binary.json(["household", String(id), "--json", "--db", db]) as! JSON)["household"] as! JSON)["version"] as! Int
        }
        let v1 = try version()
        let moved = try Binary.run([
            "household", "update", String(id), "--db", db, "--street", "Molenhof", "--number", "12", "--addition", "A",
            "--postcode", "1237gh", "--buurt", "molenkwartier", "--version", String(v1),
        ])
        #expect(moved.status == 0, "\(moved.err)")
        #expect(moved.out.contains("Household #\(id) Huishouden Ben-David, Molenhof 12A: changed (version \(v1 + 1))"), "\(moved.out)")
        let h = (try Binary.json(["household", String(id), "--json", "--db", db]) as! JSON)["household"] as! JSON
        #expect(
            (h["address"] as! JSON)["postcode"] as? String == "1237 GH" && (h["address"] as! JSON)["buurt"] as? String == "Molenkwartier")
        // The version seen before is stale now: refused, nothing changed.
        let stale = try Binary.run([
            "household", "update", String(id), "--db", db, "--name", "Huishouden X", "--version", String(v1),
        ])
        #expect(stale.status == 1 && stale.err.contains("was changed by someone else"), "\(stale.err)")
        #expect(try version() == v1 + 1)
        let left = try Binary.run(["household", "update", String(id), "--db", db, "--left-district", "2026-11-18"])
        #expect(left.status == 0 && left.out.contains("Left the district on 2026-11-18"), "\(left.out)\(left.err)")
        let nothing = try Binary.run(["household", "update", String(id), "--db", db])
        #expect(nothing.status == 1 && nothing.err.contains("nothing to change"), "\(nothing.err)")
    }

    @Test func personAddUpdateAndMoveOut() throws {
        let db = try Binary.freshDatabase()
        let household = try addHousehold(
            db, name: "Huishouden Wang", street: "Graanpad", number: "60", postcode: "1238 JK",
            members: ["王芳;1985-07-07;parent;client"])
        let hid = household["id"] as! Int
        let baby =
            try Binary.json([
                "person", "add", String(hid), "--db", db, "--json", "--name", "王小明", "--born", "2026-11-02",
                "--role", "child",
            ]) as! JSON
        let pid = try #require(baby["id"] as? Int)
        #expect(baby["birth_date"] as? String == "2026-11-02" && baby["is_client"] as? Bool == false)
        let fixed = try Binary.run([
            "person", "update", String(pid), "--db", db, "--name", "王小龙", "--born", "2026-11-03", "--client", "yes",
        ])
        #expect(
            fixed.status == 0 && fixed.out.contains("Changed: person #\(pid) 王小龙, born 2026-11-03, child (version 2)"),
            "\(fixed.out)\(fixed.err)")
        let stale = try Binary.run(["person", "update", String(pid), "--db", db, "--name", "X", "--version", "1"])
        #expect(stale.status == 1 && stale.err.contains("was changed by someone else"), "\(stale.err)")
        let left = try Binary.run(["person", "move-out", String(pid), "--db", db, "--on", "2026-11-15"])
        #expect(left.status == 0 && left.out.contains("moved out on 2026-11-15"), "\(left.out)\(left.err)")
        let parent = try #require((household["members"] as! [JSON]).first?["id"] as? Int)
        let died = try Binary.run(["person", "move-out", String(parent), "--db", db, "--on", "2026-11-16", "--died"])
        #expect(died.status == 0 && died.out.contains("died on 2026-11-16"), "\(died.out)\(died.err)")
        let members =
            ((try Binary.json(["household", String(hid), "--json", "--db", db]) as! JSON)["household"] as! JSON)["members"] as! [JSON]
        #expect(Set(members.compactMap { $0["left_reason"] as? String }) == ["moved_out", "died"], "\(members)")
        let again = try Binary.run(["person", "move-out", String(pid), "--db", db, "--on", "2026-11-17"])
        #expect(again.status == 1 && again.err.contains("already left"), "\(again.err)")
    }

    @Test func aCaseOpensAtTheDeskAndAClosedOneIsReopened() throws {
        let db = try Binary.freshDatabase()
        let hid = try addHousehold(db)["id"] as! Int
        let opened =
            try Binary.json([
                "case", "open", String(hid), "--db", db, "--json", "--question", "Hulp bij de aanvraag van toeslagen",
                "--domain", "financien", "--regisseur", "zoe",
            ]) as! JSON
        #expect(opened["phase"] as? String == "aanmelding" && opened["regisseur_id"] as? String == "zoe")
        let twice = try Binary.run(["case", "open", String(hid), "--db", db, "--question", "Nog een vraag"])
        #expect(twice.status == 1 && twice.err.contains("already has an open case"), "\(twice.err)")
        // Case 1 closes, then comes back with its history.
        #expect(try Binary.run(["close", "1", "--db", db, "--reason", "Doelen bereikt"]).status == 0)
        let reopened = try Binary.run(["case", "reopen", "1", "--db", db, "--reason", "Mevrouw belt opnieuw: weer eenzaam"])
        #expect(reopened.status == 0 && reopened.out.contains("Case #1 reopened, in Aanmelding"), "\(reopened.out)\(reopened.err)")
        let journal = try Binary.run(["journal", "show", "1", "--db", db])
        #expect(journal.out.contains("Case reopened: Mevrouw belt opnieuw: weer eenzaam"), "\(journal.out)")
        let open = try Binary.run(["case", "reopen", "1", "--db", db, "--reason", "x"])
        #expect(open.status == 1 && open.err.contains("is not closed"), "\(open.err)")
    }

    /// Item 8: new staff (read-only) and staff outside the team are refused, with the usual
    /// message, and nothing is written.
    @Test func newStaffAndOutsideTeamStaffAreRefused() throws {
        let db = try Binary.freshDatabase()
        // A closed case, so that reopening it is refused for who does it, not for the case.
        #expect(try Binary.run(["close", "1", "--db", db, "--reason", "Doelen bereikt"]).status == 0)
        let board = try Binary.run(["board", "--json", "--db", db]).out
        let queue = try triageIDs(db)
        let writes: [[String]] = [
            ["signal", "add", "--source", "huisarts", "--household", "3", "--question", "Zorgen"],
            [
                "signal", "add", "--source", "self", "--new-household", "--street", "Kersenlaan", "--number", "98", "--postcode", "1234AB",
                "--buurt", "Kersenbuurt", "--member", "Ana Lima;1990-01-01;adult", "--question", "Vraag",
            ],
            [
                "household", "add", "--street", "Kersenlaan", "--number", "98", "--postcode", "1234AB", "--buurt", "Kersenbuurt",
                "--member", "Ana Lima;1990-01-01;adult",
            ],
            ["person", "add", "3", "--name", "Baby Bakker", "--born", "2026-11-01", "--role", "child"],
            ["person", "move-out", "301", "--on", "2026-11-01"],
            ["case", "reopen", "1", "--reason", "x"],
        ]
        for who in ["sanne", "karin"] {
            let expected =
                who == "sanne"
                ? "read-only session (--read-only, or new staff): nothing was written"
                : "not allowed: registering and changing households is team work; you are outside the team"
            for args in writes {
                let r = try Binary.run(args + ["--db", db, "--as", who])
                #expect(r.status == 1, "\(who) \(args)")
                #expect(r.err.contains(expected), "\(who) \(args): \(r.err)")
            }
        }
        #expect(try Binary.run(["board", "--json", "--db", db]).out == board)
        #expect(try triageIDs(db) == queue)
        #expect((try Binary.json(["household", "find", "kersenlaan 98", "--db", db, "--json"]) as! [JSON]).isEmpty)
    }

    @Test func badInputIsRefusedWithAClearMessageAndWritesNothing() throws {
        let db = try Binary.freshDatabase()
        let fresh = try addHousehold(db, street: "Molenhof", number: "90", postcode: "1239 LM")["id"] as! Int
        let queue = try triageIDs(db)
        let new = [
            "signal", "add", "--db", db, "--source", "self", "--question", "Vraag", "--new-household", "--street", "Kersenlaan",
            "--number", "97", "--buurt", "Kersenbuurt",
        ]
        let cases: [([String], String)] = [
            (new + ["--postcode", "12345", "--member", "Ana Lima;1990-01-01;adult"], "'12345' is not a postcode"),
            (new + ["--postcode", "0123 AB", "--member", "Ana Lima;1990-01-01;adult"], "is not a postcode"),
            (new + ["--postcode", "1234 AB", "--member", "Ana Lima;1990-02-30;adult"], "'1990-02-30' is not a birth date"),
            (new + ["--postcode", "1234 AB", "--member", "Ana Lima;01-02-1990;adult"], "is not a birth date: write it as YYYY-MM-DD"),
            (new + ["--postcode", "1234 AB", "--member", "Ana Lima;1990-01-01;queen"], "'queen' is not a role"),
            (new + ["--postcode", "1234 AB", "--member", "Ana Lima"], "is not \"Name;YYYY-MM-DD;role\""),
            (new + ["--postcode", "1234 AB", "--member", " ;1990-01-01;adult"], "the name is empty"),
            (new + ["--postcode", "1234 AB", "--member", "Ana\u{1B}[2J Lima;1990-01-01;adult"], "holds a control character"),
            (new + ["--postcode", "1234 AB", "--member", "Ana Lima;2026-12-01;adult"], "birth date 2026-12-01 is after today"),
            (new + ["--postcode", "1234 AB", "--member", "Ana Lima;1850-01-01;adult"], "birth year 1850 is not plausible"),
            (new + ["--postcode", "1234 AB"], "a new household needs --member"),
            (
                [
                    "signal", "add", "--db", db, "--source", "self", "--question", "Vraag", "--new-household", "--street", "X", "--number",
                    "1",
                    "--postcode", "1234 AB", "--member", "Ana Lima;1990-01-01;adult",
                ], "a new household needs --buurt"
            ),
            (
                new + ["--postcode", "1234 AB", "--member", "Ana Lima;1990-01-01;adult", "--buurt", "Nergens"],
                "is not one of the district's buurten"
            ),
            (["signal", "add", "--db", db, "--source", "self", "--question", "Vraag"], "--household ID"),
            (
                ["signal", "add", "--db", db, "--source", "self", "--question", "Vraag", "--household", "3", "--street", "X"],
                "--street describes a new household"
            ),
            (["signal", "add", "--db", db, "--source", "gossip", "--question", "Vraag", "--household", "3"], "not one of"),
            (
                ["signal", "add", "--db", db, "--source", "vroegsignalering", "--question", "Vraag", "--household", "3"],
                "names its partner"
            ),
            (
                ["signal", "add", "--db", db, "--source", "self", "--question", "Vraag", "--household", "3", "--received", "2026-02-30"],
                "is not a date"
            ),
            (
                ["signal", "add", "--db", db, "--source", "self", "--question", "Vraag", "--household", "3", "--hard-date", "2026-12-01"],
                "--hard-date and --hard-date-kind go together"
            ),
            (
                [
                    "signal", "add", "--db", db, "--source", "self", "--question", "Vraag", "--household", "3", "--consent-to-contact",
                    "maybe",
                ],
                "say yes or no"
            ),
            (["signal", "add", "--db", db, "--source", "self", "--question", "  ", "--household", "3"], "the question is empty"),
            (["signal", "add", "--db", db, "--source", "self", "--question", "Vraag", "--household", "424242"], "no household 424242"),
            (["person", "add", "3", "--db", db, "--name", "", "--born", "2020-01-01", "--role", "child"], "the name is empty"),
            (["person", "add", "3", "--db", db, "--name", "Kid", "--born", "next week", "--role", "child"], "is not a birth date"),
            (["person", "update", "424242", "--db", db, "--name", "X"], "no person 424242"),
            (["person", "update", "301", "--db", db], "nothing to change"),
            (["case", "open", String(fresh), "--db", db, "--question", "Vraag", "--regisseur", "sanne"], "sanne"),
            (["case", "open", String(fresh), "--db", db, "--question", "Vraag", "--domain", "money"], "not one of"),
        ]
        for (args, message) in cases {
            let r = try Binary.run(args)
            #expect(r.status == 1, "\(args): exit \(r.status)")
            #expect(r.err.contains(message), "\(args): \(r.err)")
            #expect(!r.err.contains("Fatal error") && !r.err.unicodeScalars.contains("\u{1B}"), "\(args)")
        }
        #expect(try triageIDs(db) == queue)
        #expect((try Binary.json(["household", "find", "kersenlaan 97", "--db", db, "--json"]) as! [JSON]).isEmpty)
        let record = try Binary.json(["household", String(fresh), "--json", "--db", db]) as! JSON
        #expect((record["cases"] as! [JSON]).isEmpty && ((record["household"] as! JSON)["members"] as! [JSON]).count == 2)
    }
}
