import ArgumentParser
import Foundation
import Wijkteam
import WijkteamStore

struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Create a synthetic, fictional district of any size (the same seed gives the same content).")

    @OptionGroup var common: CommonOptions
    @Option(name: .long, help: "Households (default 20,000: a whole city).") var households = 20_000
    @Option(name: .long, help: "Open cases (default: 30% of the households).") var openCases: Int?
    @Option(name: .long, help: "Staff (default: 120 for 20,000 households, scaled).") var staff: Int?
    @Option(name: .long, help: "Journal entries per case.") var journalPerCase = 10
    @Option(name: .long, help: "Seed of the random generator.") var seed: UInt64 = 1
    @Flag(name: .long, help: "Replace an existing database.") var force = false

    func validate() throws {
        guard households >= 1 else { throw ValidationError("--households must be at least 1") }
        guard (0...100).contains(journalPerCase) else { throw ValidationError("--journal-per-case must be 0…100") }
        if let openCases, openCases < 0 || openCases > households { throw ValidationError("--open-cases must be 0…households") }
        if let staff, staff < 2 { throw ValidationError("--staff must be at least 2") }
    }

    func run() throws {
        try runReporting {
            let path = try AppEnvironment.databasePath(option: common.db).path
            let progress = isatty(STDERR_FILENO) != 0
            func say(_ s: String) { if progress { Output.progress(s) } }
            let start = Date()
            var size = DistrictGenerator.Size.city(households: households)
            if let openCases { size.openCases = openCases }
            if let staff { size.staff = staff }
            size.journalPerCase = journalPerCase
            say(tr("cli.generate.generating", trCount("cli.count.households", households)))
            var generator = DistrictGenerator(seed: seed, size: size, today: try AppEnvironment.today())
            let data = generator.generate()
            say(tr("cli.generate.writing", trCount("cli.count.households", data.households.count), trCount("cli.count.entries", data.journal.count)))
            _ = try SQLiteStore.create(at: path, from: data, replace: force)
            if progress { Output.progress(nil) }
            let seconds = (Date().timeIntervalSince(start) * 10).rounded() / 10
            print(tr("cli.generate.done", path, seconds, [trCount("cli.count.households", data.households.count),
                                                          trCount("cli.count.opencases", data.cases.filter(\.isOpen).count),
                                                          trCount("cli.count.staff", data.staff.count),
                                                          trCount("cli.count.entries", data.journal.count),
                                                          trCount("cli.count.signals", data.signals.count)].joined(separator: ", "), seed))
        }
    }
}
