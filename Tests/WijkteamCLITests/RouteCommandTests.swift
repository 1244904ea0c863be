import Foundation
import Testing

/// `wijkteam route …` and `wijkteam general-provisions …` (issue 27) on a fresh copy of the
/// sample district: household 1 (De Vries), case 1, goal 1 (its route not walked yet; goal 2's
/// is); Rob de Vries gave no consent.
@Suite struct RouteCommandTests {
    typealias JSON = [String: Any]

    @Test func theRouteIsRecordedInOrderWithTiesAndAGeneralProvision() throws {
        let db = try Binary.freshDatabase()
        let add = try Binary.run([
            "general-provisions", "add", "--db", db, "--name", "Wandelgroep Oosterveld", "--domain", "sociaal_netwerk",
            "--description", "Wekelijkse wandelgroep vanuit het buurthuis",
        ])
        #expect(add.status == 0 && add.out.contains("added: Wandelgroep Oosterveld"), "\(add.err)")
        let early = try Binary.run(["route", "1", "1", "network", "--cannot", "--answer", "x", "--db", db])
        #expect(early.status != 0 && early.err.contains("network cannot be answered before eigen kracht"), "\(early.err)")
        let first = try Binary.run(["route", "1", "1", "eigen_kracht", "--cannot", "--answer", "Durft niet alleen naar buiten", "--db", db])
        #expect(first.status == 0 && first.out.contains("no maatwerk yet: network: not answered"), "\(first.out)\(first.err)")
        let rob = try Binary.run([
            "route", "1", "1", "network", "--cannot", "--answer", "Zoon wil niet", "--tie", "Rob de Vries", "--db", db,
        ])
        #expect(rob.status != 0 && rob.err.contains("Rob de Vries cannot be named as asked"), "\(rob.err)")
        let network = try Binary.run([
            "route", "1", "1", "network", "--cannot", "--answer", "Dochter woont in Canada", "--tie", "Marjolein de Vries", "--db", db,
        ])
        #expect(network.status == 0, "\(network.err)")
        let veld = try Binary.run([
            "route", "1", "1", "voorliggend_veld", "--cannot", "--answer", "Wandelgroep pas in maart", "--provision",
            "wandelgroep oosterveld", "--db", db,
        ])
        #expect(veld.status == 0 && veld.out.contains("a maatwerkvoorziening may be requested"), "\(veld.out)\(veld.err)")
        let both = try Binary.run(["route", "1", "1", "eigen_kracht", "--cannot", "--carries", "--answer", "x", "--db", db])
        #expect(both.status != 0)
    }

    @Test func generalProvisionsAreListedChangedAndDeactivated() throws {
        let db = try Binary.freshDatabase()
        let added = try Binary.run(["general-provisions", "add", "--db", db, "--name", "Schuldhulpcafé", "--domain", "financien"])
        // The sample district keeps its own list: the new one comes after it.
        let id = try #require(added.out.split(separator: "#").dropFirst().first?.prefix { $0.isNumber }).description
        #expect(try Binary.run(["general-provisions", "add", "--db", db, "--name", "Leeg"]).status != 0, "a domain is required")
        let edit = try Binary.run(["general-provisions", "edit", id, "--contact", "dinsdag 19:00", "--version", "1", "--db", db])
        #expect(edit.status == 0 && edit.out.contains("(version 2)"), "\(edit.err)")
        #expect(try Binary.run(["general-provisions", "deactivate", id, "--version", "1", "--db", db]).status != 0, "stale version")
        #expect(try Binary.run(["general-provisions", "deactivate", id, "--version", "2", "--db", db]).status == 0)
        let active = try Binary.json(["general-provisions", "list", "--json", "--db", db]) as! [JSON]
        #expect(!active.isEmpty && !active.contains { $0["name"] as? String == "Schuldhulpcafé" })
        let all = try Binary.json(["general-provisions", "list", "--all", "--json", "--db", db]) as! [JSON]
        let mine = all.filter { $0["name"] as? String == "Schuldhulpcafé" }
        #expect(mine.count == 1 && mine[0]["active"] as? Bool == false && mine[0]["contact"] as? String == "dinsdag 19:00")
        let outsider = try Binary.run(["general-provisions", "add", "--db", db, "--name", "X", "--domain", "financien", "--as", "karin"])
        #expect(outsider.status != 0, "\(outsider.out)")
    }
}
