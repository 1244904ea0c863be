// `--only listings`: every `--json`/`--csv` listing of the command line against `sqlite3`
// reading the same rows, as whole processes, and a bare `wijkteam --version` (issue 28: each
// listing within 5× of sqlite3, measured in one run as a ratio; `--version` ≤ 8 ms).
import Foundation
import Wijkteam
#if canImport(Glibc)
import Glibc
#endif

enum ListingsBench {
    /// One listing: the app's arguments, and the SQL that reads what its output is made from.
    /// `earlierSQL`: a narrower reading it was once measured against, shown beside it without a
    /// budget, so that a change of yardstick stays visible.
    struct Listing {
        let name: String
        let args: [String]
        let sql: String
        var earlierSQL: String? = nil
    }

    struct Ratio {
        let name: String
        let app: Figure
        let sqlite: Figure
        var earlier: Figure? = nil
        var value: Double { app.median / sqlite.median }
        var met: Bool { value <= 5 }
        /// The README table's row.
        var row: String {
            "| \(name) against sqlite3 (whole processes) | \(String(format: "%.2f", value))× | | ≤ 5× | \(met ? "met" : "**over**") |"
        }
        /// "board --json against sqlite3: 6.80× (272.0 ms / 40.0 ms, medians) (budget ≤ 5×): ok", as `Runs.parse` reads it.
        var line: String {
            let figures = String(format: "%.2f× (%.1f ms / %.1f ms, medians)", value, app.median, sqlite.median)
            let verdict = "\(name) against sqlite3: \(figures) (budget ≤ 5×): \(met ? "ok" : "OVER BUDGET")"
            guard let earlier else { return verdict }
            // No "): ok" or "OVER BUDGET" in it: `Runs.parse` does not take it for a budget line.
            let ratio = String(format: "%.2f× (%.1f ms / %.1f ms)", app.median / earlier.median, app.median, earlier.median)
            return verdict + "\n  \(name) against the narrower SQL measured before issue 28's ninth pass: \(ratio), not judged"
        }
    }

    /// What the ranking's reasons are made from (`TriageContext`), for every household with an
    /// open signal: its members now, its adults' latest scores, its network ties, its cases.
    static let urgencyContexts = """
        SELECT household_id, count(*), min(birth_year), group_concat(birth_year) FROM person
         WHERE left_on IS NULL AND household_id IN (SELECT household_id FROM signal WHERE status = 'open') GROUP BY household_id;
        SELECT p.household_id, z.domain FROM zrm_score z JOIN person p ON p.id = z.person_id
         WHERE p.left_on IS NULL AND z.score = 1 AND p.household_id IN (SELECT household_id FROM signal WHERE status = 'open')
           AND z.date = (SELECT max(z2.date) FROM zrm_score z2 WHERE z2.person_id = z.person_id AND z2.domain = z.domain);
        SELECT household_id, count(*), max(coalesce(carer_hours, 0)), max(exhausted), max(carer_burden), min(carer_since),
               sum(strength = 'strong'), sum(strength IN ('stressful', 'broken'))
         FROM network_tie WHERE household_id IN (SELECT household_id FROM signal WHERE status = 'open') GROUP BY household_id;
        SELECT household_id, id, regisseur_id, version, phase FROM care_case
         WHERE household_id IN (SELECT household_id FROM signal WHERE status = 'open');
        SELECT key, value FROM setting WHERE key LIKE 'urgency.%'
        """

    /// What the suggested regisseur is chosen from (`SuggestionContext`, `SuggestionPool`): the
    /// team, its absences and covers, every regisseur's load, the Meldcode steps; and, for each
    /// household nobody holds yet, who knows it (its cases' regisseurs, its journal's authors),
    /// who works in its street, and its next follow-up. Rows as the app reads them (grouping
    /// the loads or the street's cases in SQL is slower in SQLite: see `weightedLoads`).
    static let suggestionContexts = """
        SELECT regisseur_id, phase, complexity FROM care_case WHERE phase <> 'afgesloten';
        SELECT * FROM staff;
        SELECT * FROM staff_absence;
        SELECT * FROM case_cover;
        SELECT * FROM meldcode_step;
        CREATE TEMP TABLE asked AS SELECT DISTINCT s.household_id AS id, h.street FROM signal s
         JOIN household h ON h.id = s.household_id WHERE s.status = 'open' AND NOT EXISTS (SELECT 1 FROM care_case c
          WHERE c.household_id = s.household_id AND c.phase <> 'afgesloten' AND c.regisseur_id IS NOT NULL);
        SELECT id, name, language, street FROM household WHERE id IN (SELECT id FROM asked);
        SELECT household_id, id, regisseur_id, opened FROM care_case
         WHERE household_id IN (SELECT id FROM asked) AND regisseur_id IS NOT NULL;
        SELECT c.household_id, j.author_id, max(j.date) FROM journal_entry j JOIN care_case c ON c.id = j.case_id
         WHERE c.household_id IN (SELECT id FROM asked) AND j.author_id IS NOT NULL GROUP BY c.household_id, j.author_id;
        SELECT h.street, c.household_id, c.regisseur_id FROM care_case c JOIN household h ON h.id = c.household_id
         WHERE c.phase <> 'afgesloten' AND c.regisseur_id IS NOT NULL AND h.street IN (SELECT street FROM asked);
        SELECT c.household_id, min(f.due) FROM care_case c JOIN follow_up f ON f.case_id = c.id AND f.done = 0
         WHERE c.household_id IN (SELECT id FROM asked) AND c.phase <> 'afgesloten' GROUP BY c.household_id
        """

    /// The team lead's lists, a generalist's caseload (s11 holds the most open cases in the
    /// city of seed 42), one household read whole, a journal search and the staff list.
    static func listings(lead: String, generalist: String, household: Int, word: String) -> [Listing] {
        let openCases = """
            SELECT c.id, c.household_id, h.name, h.buurt, c.phase, c.complexity, c.safety, c.domains, c.version,
                   c.last_contact, c.regisseur_id,
                   (SELECT min(f.due) FROM follow_up f WHERE f.case_id = c.id AND f.done = 0) AS next_follow_up,
                   (SELECT group_concat(f.kind) FROM follow_up f
                     WHERE f.case_id = c.id AND f.done = 0 AND f.kind IN ('preventive', 'outreaching')) AS proactive
            FROM care_case c JOIN household h ON h.id = c.household_id WHERE c.closed_on IS NULL
            """
        let staff = """
            SELECT s.id, s.name, s.role, s.discipline, s.expertise, s.capacity, s.languages, s.on_leave, s.work_days, s.version,
                   (SELECT count(*) FROM care_case c WHERE c.regisseur_id = s.id AND c.closed_on IS NULL) AS open_cases
            FROM staff s
            """
        let followUps = """
            SELECT f.id, f.case_id, f.kind, f.due, f.note, f.done, s.name, h.name FROM follow_up f
            JOIN care_case c ON c.id = f.case_id JOIN household h ON h.id = c.household_id
            LEFT JOIN staff s ON s.id = f.owner_id WHERE f.done = 0 ORDER BY f.due
            """
        let openSignals = """
            SELECT g.id, g.date, g.source, g.description, g.domains, g.safety, g.version, g.hard_date, h.name, h.language,
                   (SELECT count(*) FROM care_case c WHERE c.household_id = g.household_id AND c.closed_on IS NULL),
                   (SELECT group_concat(p.birth_year) FROM person p WHERE p.household_id = g.household_id),
                   (SELECT group_concat(m.step) FROM meldcode_step m WHERE m.signal_id = g.id)
            FROM signal g LEFT JOIN household h ON h.id = g.household_id WHERE g.status = 'open'
            """
        let caseload = """
            SELECT c.id, h.name, c.phase, c.last_contact, c.safety, c.discussion,
                   (SELECT group_concat(f.due) FROM follow_up f WHERE f.case_id = c.id AND f.done = 0)
            FROM care_case c JOIN household h ON h.id = c.household_id
            WHERE c.closed_on IS NULL AND c.regisseur_id = '\(generalist)'
            """
        let oneHousehold =
            ["SELECT * FROM household WHERE id = \(household)", "SELECT * FROM person WHERE household_id = \(household)"]
            + ["care_case", "signal", "network_tie"].map { "SELECT * FROM \($0) WHERE household_id = \(household)" }
            + ["follow_up", "journal_entry", "provision", "plan_goal"].map {
                "SELECT * FROM \($0) WHERE case_id IN (SELECT id FROM care_case WHERE household_id = \(household))"
            }
            + ["SELECT * FROM zrm_score WHERE person_id IN (SELECT id FROM person WHERE household_id = \(household))"]
        let search = """
            SELECT j.id, j.case_id, j.date, j.kind, j.author_id, j.text, h.name FROM journal_fts
            JOIN journal_entry j ON j.id = journal_fts.rowid JOIN care_case c ON c.id = j.case_id
            JOIN household h ON h.id = c.household_id WHERE journal_fts MATCH '\(word)*' ORDER BY j.date DESC LIMIT 50
            """
        let board = [openCases, staff].joined(separator: ";\n")
        let agendaBefore = [openCases, openSignals, "SELECT * FROM staff_absence", "SELECT * FROM setting"].joined(separator: ";\n")
        // The agenda's respond-by days are the ranking's (`TriageItem.respondBy`).
        let agenda = [openCases, openSignals, Self.urgencyContexts, "SELECT * FROM staff_absence", "SELECT * FROM setting"]
            .joined(separator: ";\n")
        let triage = [openSignals, Self.urgencyContexts, Self.suggestionContexts].joined(separator: ";\n")
        return [
            Listing(name: "board --json", args: ["board", "--json", "--as", lead], sql: board),
            Listing(name: "board --csv", args: ["board", "--csv", "--as", lead], sql: board),
            Listing(name: "triage --json", args: ["triage", "--json", "--as", lead], sql: triage, earlierSQL: openSignals),
            Listing(name: "triage --csv", args: ["triage", "--csv", "--as", lead], sql: triage),
            Listing(name: "followups --json", args: ["followups", "--json", "--as", lead], sql: followUps),
            Listing(name: "followups --csv", args: ["followups", "--csv", "--as", lead], sql: followUps),
            Listing(name: "agenda --json", args: ["agenda", "--json", "--as", lead], sql: agenda, earlierSQL: agendaBefore),
            Listing(name: "agenda --csv", args: ["agenda", "--csv", "--as", lead], sql: agenda),
            Listing(name: "caseload --json", args: ["caseload", "--json", "--as", generalist], sql: caseload),
            Listing(name: "caseload --csv", args: ["caseload", "--csv", "--as", generalist], sql: caseload),
            Listing(
                name: "household --json", args: ["household", String(household), "--json", "--as", lead],
                sql: oneHousehold.joined(separator: ";\n")),
            Listing(name: "search --json", args: ["search", word, "--json", "--as", lead], sql: search),
            Listing(name: "staff list --json", args: ["staff", "list", "--json", "--as", lead], sql: staff),
        ]
    }

    /// Each listing and its SQL, alternating, `samples` times; then `wijkteam --version`.
    static func run(city: String, today: Day, samples: Int = 7) throws -> (ratios: [Ratio], version: Figure) {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("wijkteam-bench-listings-\(getpid())")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let env = BenchProcess.environment(scratch: scratch, today: today)
        let output = scratch.appendingPathComponent("out").path
        var ratios: [Ratio] = []
        if let sqlite3 = MonitorBench.findSQLite3() {
            for listing in listings(lead: "s1", generalist: "s11", household: 1, word: "mantelzorger") {
                var app = Figure(listing.name, budget: nil, byMedian: true)
                var lite = Figure("sqlite3", budget: nil, byMedian: true)
                var earlier = listing.earlierSQL.map { _ in Figure("sqlite3, earlier", budget: nil, byMedian: true) }
                var bytes = (0, 0)
                for _ in 0..<samples {
                    app.add(try timed(appBinary(), listing.args + ["--db", city], env: env, output: output))
                    bytes.0 = Int((try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0)
                    lite.add(try timed(sqlite3, ["-readonly", "-json", city, listing.sql], env: env, output: output))
                    bytes.1 = Int((try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0)
                    if let sql = listing.earlierSQL {
                        earlier?.add(try timed(sqlite3, ["-readonly", "-json", city, sql], env: env, output: output))
                    }
                }
                guard bytes.0 > 0, bytes.1 > 0 else { throw BenchError("\(listing.name): no output (\(bytes.0) B, sqlite3 \(bytes.1) B)") }
                ratios.append(Ratio(name: listing.name, app: app, sqlite: lite, earlier: earlier))
            }
        } else {
            print("  no sqlite3 on the PATH: the listings against sqlite3 not measured")
        }
        var version = Figure("wijkteam --version (whole process)", budget: 8, byMedian: true)
        for _ in 0..<21 { version.add(try timed(appBinary(), ["--version"], env: env, output: output)) }
        return (ratios, version)
    }

    /// Milliseconds from `posix_spawn` until `binary` has exited; its output goes to `output`.
    static func timed(_ binary: String, _ args: [String], env: [String: String], output: String) throws -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        let pid = try BenchProcess.spawn(binary, args, env: env, output: output)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
        guard status == 0 else { throw BenchError("\(binary) \(args.prefix(2).joined(separator: " ")) ended with status \(status)") }
        return elapsed
    }
}
