import Foundation
import Testing

/// `wijkteam import signals|caseload` with the real binary, on the import tests' tiny district
/// (Tests/Fixtures/import): what a dry run prints, the counts, a refusal's exit code, encodings.
@Suite struct ImportCommandTests {
    static let folder = Binary.repoRoot.appendingPathComponent("Tests/Fixtures/import")
    static func file(_ name: String) -> String { folder.appendingPathComponent(name).path }

    func database() throws -> String {
        let db = Binary.tempDir().appendingPathComponent("i.sqlite").path
        let r = try Binary.run(["init", "--db", db, "--from", Self.folder.appendingPathComponent("district").path])
        guard r.status == 0 else { throw CLIFailure(result: r) }
        return db
    }

    @Test func aDryRunPrintsEveryRowThenTheImportWritesAndTheSecondAddsNothing() throws {
        let db = try database()
        let file = Self.file("signals.csv")
        let dry = try Binary.run(["import", "signals", file, "--dry-run", "--db", db, "--as", "daan"])
        #expect(dry.status == 0, "\(dry.err)")
        #expect(
            dry.out == """
                \(file):2: household #1 (same address); signal
                \(file):3: household #4 (same address and birth date); signal
                \(file):4: household #2 (same name and birth date); signal
                \(file):5: new household #7; signal
                \(file):6: household #7 (same address); signal
                4 matched, 1 new household, 0 ambiguous, 0 already imported
                Dry run: 5 signals would be written; nothing was.

                """)
        let real = try Binary.run(["import", "signals", file, "--db", db, "--as", "daan"])
        #expect(
            real.status == 0 && real.out == "4 matched, 1 new household, 0 ambiguous, 0 already imported\n5 signals written.\n", "\(real)")
        let again = try Binary.run(["import", "signals", file, "--db", db, "--as", "daan"])
        #expect(
            again.status == 0 && again.out == "0 matched, 0 new households, 0 ambiguous, 5 already imported\n0 signals written.\n",
            "\(again)")
        let triage = try Binary.run(["triage", "--json", "--db", db, "--as", "daan"])
        #expect(triage.out.contains("Rent arrears: 3 months, € 1,234.56"), "\(triage.out)")
        #expect(try Binary.run(["audit", "--verify", "--db", db]).status == 0)
    }

    @Test func ambiguousRowsRefuseTheImportWithExitOneUnlessSkipped() throws {
        let db = try database()
        let file = Self.file("signals-ambiguous.csv")
        let refused = try Binary.run(["import", "signals", file, "--db", db, "--as", "daan"])
        #expect(refused.status == 1)
        #expect(
            refused.out == """
                1 matched, 0 new households, 2 ambiguous, 0 already imported
                Nothing was imported.
                \(file):2: matches households #3, #4; not imported
                \(file):3: matches households #5, #6; not imported

                """)
        #expect(refused.err.contains("2 rows match more than one household"), "\(refused.err)")
        let skipped = try Binary.run(["import", "signals", file, "--skip-ambiguous", "--db", db, "--as", "daan", "--lang", "nl"])
        #expect(skipped.status == 0, "\(skipped.err)")
        #expect(
            skipped.out == """
                1 gevonden, 0 nieuwe huishoudens, 2 onduidelijk, 0 al eerder ingelezen
                1 signaal geschreven.
                \(file):2: past bij huishoudens #3, #4; niet ingelezen
                \(file):3: past bij huishoudens #5, #6; niet ingelezen

                """)
    }

    @Test func aSpreadsheetsWindows1252FileNeedsItsEncoding() throws {
        let db = try database()
        let file = Self.file("signals-1252.csv")
        let refused = try Binary.run(["import", "signals", file, "--db", db, "--as", "daan"])
        #expect(refused.status == 1)
        #expect(
            refused.err
                == "wijkteam: error: \(file):2: not UTF-8 (byte 0xE9); a file saved by a spreadsheet is often Windows-1252: use --encoding windows-1252\n"
        )
        let read = try Binary.run(["import", "signals", file, "--encoding", "windows-1252", "--db", db, "--as", "daan"])
        #expect(read.status == 0 && read.out.hasSuffix("1 signal written.\n"), "\(read)")
        let bogus = try Binary.run(["import", "signals", file, "--encoding", "ebcdic", "--db", db, "--as", "daan"])
        #expect(bogus.status != 0 && bogus.err.contains("--encoding 'ebcdic' is not one of: utf-8, windows-1252, latin1"), "\(bogus.err)")
    }

    @Test func aBadValueNamesItsLineAndWritesNothing() throws {
        let db = try database()
        let dir = Binary.tempDir()
        let bad = dir.appendingPathComponent("bad.csv").path
        var text = try String(contentsOfFile: Self.file("signals.csv"), encoding: .utf8)
        text = text.replacingOccurrences(of: "R-1005,rent,", with: "R-1005,huur,")
        try text.write(toFile: bad, atomically: true, encoding: .utf8)
        let r = try Binary.run(["import", "signals", bad, "--db", db, "--as", "daan"])
        #expect(r.status == 1)
        #expect(r.err == "wijkteam: error: \(bad):6: partner: 'huur' is not a partner (rent, energy, water, health_insurer, other)\n")
        let triage = try Binary.run(["triage", "--json", "--db", db, "--as", "daan"])
        #expect(triage.status == 0 && !triage.out.contains("arrears"), "a row of the refused file was written: \(triage.out)")
    }

    @Test func staffOutsideTheTeamCannotImport() throws {
        let db = try database()
        let r = try Binary.run(["import", "signals", Self.file("signals.csv"), "--db", db, "--as", "karin"])
        #expect(r.status == 1)
        #expect(r.err == "wijkteam: error: not allowed: registering and changing households is team work; you are outside the team\n")
    }

    @Test func aCaseloadComesIn() throws {
        let db = try database()
        let file = Self.file("caseload.csv")
        let r = try Binary.run(["import", "caseload", file, "--db", db, "--as", "fatima"])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out == "1 matched, 2 new households, 0 ambiguous, 0 with an open case\n3 cases written.\n")
        let again = try Binary.run(["import", "caseload", file, "--db", db, "--as", "fatima"])
        #expect(again.status == 1)
        #expect(again.out.contains("\(file):3: household #2 already has an open case (#"), "\(again.out)")
        #expect(again.err.contains("3 rows are for households that have an open case"), "\(again.err)")
    }
}
