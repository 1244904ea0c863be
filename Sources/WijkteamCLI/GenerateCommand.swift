import ArgumentParser
import Foundation
import Wijkteam
import WijkteamStore

struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Create a synthetic, fictional district of any size (the same seed gives the same content).")

    @OptionGroup var common: CommonOptions
    @Option(name: .long, help: "Households, 1…200,000 (default 20,000: a whole city).") var households = 20_000
    @Option(name: .long, help: "Open cases, 0…households (default: 30% of the households).") var openCases: Int?
    @Option(name: .long, help: "Staff, 2…10,000 (default: 120 for 20,000 households, scaled).") var staff: Int?
    @Option(name: .long, help: "Journal entries per case, 0…100.") var journalPerCase = 10
    @Option(name: .long, help: "Seed of the random generator.") var seed: UInt64 = 1
    @Flag(name: .long, help: "Replace an existing database.") var force = false

    /// Ten cities at most: every number is bounded, so none overflows or runs for ever.
    static let households = 1...200_000
    static let staff = 2...10_000
    static let journalPerCase = 0...100

    func validate() throws {
        func bound(_ value: Int, _ option: String, _ range: ClosedRange<Int>) throws {
            do { try Validation.number(value, option, in: range) } catch { throw ValidationError("\(error)") }
        }
        try bound(households, "--households", Self.households)
        try bound(journalPerCase, "--journal-per-case", Self.journalPerCase)
        if let openCases { try bound(openCases, "--open-cases", 0...households) }
        if let staff { try bound(staff, "--staff", Self.staff) }
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
            // Written as it is made, a thousand households at a time: a large district is never in memory whole.
            let made = try SQLiteStore.create(at: path, generating: &generator, replace: force)
            if progress { Output.progress(nil) }
            let seconds = (Date().timeIntervalSince(start) * 10).rounded() / 10
            let counts = [
                trCount("cli.count.households", made.households), trCount("cli.count.opencases", made.openCases),
                trCount("cli.count.staff", made.staff), trCount("cli.count.entries", made.journalEntries),
                trCount("cli.count.signals", made.signals),
            ]
            print(tr("cli.generate.done", path, seconds, counts.joined(separator: ", "), seed))
        }
    }
}
