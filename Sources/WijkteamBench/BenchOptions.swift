import ArgumentParser

/// The benchmark's command line. Parsed by swift-argument-parser, as the app's is, so `--help`
/// prints this instead of running the whole benchmark, and a misspelt option or `--only` part
/// is refused with a clear error instead of silently running everything (minutes).
struct BenchOptions: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wijkteam-bench",
        abstract: "Benchmarks on a generated city: each step's median and p99 against its budget (issue 28).",
        discussion: """
            Also: wijkteam-bench stress --db PATH --case N --count K [--as STAFF] (one process \
            writing K journal entries as fast as it can, for the concurrent-writer tests).
            """)

    /// One part of the benchmark measured alone.
    enum Part: String, CaseIterable, ExpressibleByArgument {
        case generate, agenda, search, `import`, iwmo, retention, handover, backup, rank, providers, listings, monitor
        case frame, registration
    }

    @Option(help: "The city to measure (default: one generated once into the temporary folder).")
    var db: String?

    @Option(help: "Measure only this part.")
    var only: Part?

    @Flag(help: "Also print the text filter's letters, each view switch and the tables' first use apart.")
    var detail = false

    /// `--only generate`'s district: issue 28's larger size.
    static let defaultHouseholds = 100_000

    @Option(help: "With --only generate: the households to generate.")
    var households = defaultHouseholds

    @Option(help: "With --only monitor: write the whole report as JSON to this file.")
    var report: String?

    @Option(help: "Run the benchmark this many times (fresh processes) and judge each budget over the runs.")
    var runs: Int?

    mutating func validate() throws {
        if let runs, runs < 1 { throw ValidationError("--runs needs a whole number of 1 or more") }
        if households < 1 { throw ValidationError("--households needs a whole number of 1 or more") }
    }

    /// The arguments for each of the `--runs` processes: these options without `--runs`.
    var forEachRun: [String] {
        var args: [String] = []
        if let db { args += ["--db", db] }
        if let only { args += ["--only", only.rawValue] }
        if detail { args.append("--detail") }
        if households != Self.defaultHouseholds { args += ["--households", String(households)] }
        if let report { args += ["--report", report] }
        return args
    }
}
