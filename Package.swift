// swift-tools-version:6.1
import PackageDescription

#if os(Linux)
import Glibc

/// glibc 2.36 or newer on the machine that builds (a team's build runs where it is built, see
/// script/install): its loader reads packed relative relocations (DT_RELR); an older one refuses
/// a binary that has them.
let loaderReadsPackedRelocations: Bool = {
    var text = [CChar](repeating: 0, count: 64)
    guard confstr(Int32(_CS_GNU_LIBC_VERSION), &text, text.count) > 0 else { return false }
    let bytes = text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
    let version = String(decoding: bytes, as: UTF8.self).split(separator: " ").last?.split(separator: ".").compactMap { Int($0) } ?? []
    return version.count >= 2 && (version[0], version[1]) >= (2, 36)
}()
#else
let loaderReadsPackedRelocations = false
#endif

/// The release build (linked with lld, see `hotFunctionsFirst`) packs its relative relocations
/// where the loader reads them: the static binary's 116,000 relocation entries (2.7 MB read at
/// every start) become a 23 KB bitmap (issue 28: every command starts faster).
let packedRelocations: [LinkerSetting] =
    loaderReadsPackedRelocations
    ? [
        .unsafeFlags(
            ["-Xlinker", "-z", "-Xlinker", "pack-relative-relocs"], .when(platforms: [.linux], configuration: .release))
    ]
    : []

/// The release build's code in the order the app runs it (issue 28: peak memory). Each function of
/// our Swift targets but the library product's gets a section of its own, and every Linux release
/// build links with lld (also below glibc 2.36), which puts the functions of
/// `script/hot-functions.txt` (made by `script/hot-functions` from a profile of a day's use) side
/// by side at the start of the code: the kernel maps a binary's code in 64 KB windows around each
/// page touched, and the 2.9 MB the app runs were spread over most of its 27 MB. A name the build
/// no longer has is passed over. The binary exports only `main` (`script/exported-symbols.map`):
/// Swift links executables with every symbol exported, and the loader read those 25,500 names at
/// every start (about 0.5 ms of each command, issue 28).
let packageFolder = String(#filePath.dropLast("/Package.swift".count))
let ownFunctionsInSections: [SwiftSetting] = [
    .unsafeFlags(["-Xfrontend", "-function-sections"], .when(platforms: [.linux], configuration: .release))
]
let hotFunctionsFirst: [LinkerSetting] = [
    .unsafeFlags(
        [
            "-use-ld=lld", "-Xlinker", "--symbol-ordering-file=\(packageFolder)/script/hot-functions.txt",
            "-Xlinker", "--no-warn-symbol-ordering",
            "-Xlinker", "--version-script=\(packageFolder)/script/exported-symbols.map",
        ],
        .when(platforms: [.linux], configuration: .release))
]

// Layers (see ARCHITECTURE.md): an arrow is "may import". WijkteamCLI builds the `wijkteam` binary.
// WijkteamCLI -> WijkteamScreens -> TerminalKit, Wijkteam
//             -> CursesTerminal  -> TerminalKit, CNcursesw (+ CCursesShim)
//             -> WijkteamRuntime -> WijkteamScreens, TerminalKit, Wijkteam (the main loop, no curses)
//             -> WijkteamStore   -> Wijkteam (+ GRDB, Yams, swift-crypto, CSV.swift)
//             -> WijkteamPostgres -> WijkteamStore, Wijkteam (+ PostgresNIO, with the PostgreSQL trait)
let package = Package(
    name: "Wijkteam",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "wijkteam", targets: ["WijkteamCLI"]),
        .executable(name: "wijkteam-bench", targets: ["WijkteamBench"]),
        .library(name: "Wijkteam", targets: ["Wijkteam"]),
    ],
    // `swift build --traits PostgreSQL` adds the PostgreSQL store. Without it nothing of NIO is
    // built: WijkteamPostgres is then an empty module.
    traits: [
        .trait(name: "PostgreSQL", description: "A PostgreSQL store beside the embedded SQLite one (postgres-nio)."),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
        // SHA-256 for the audit log's hash chain.
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
        .package(url: "https://github.com/vapor/postgres-nio", exact: "1.33.2"),
        // CSV: partners' files in (wijkteam import), lists out (--csv).
        .package(url: "https://github.com/yaslab/CSV.swift", exact: "2.5.2"),
    ],
    targets: [
        // Domain: value types and rules, no I/O. The `Wijkteam` library product: no unsafe flags
        // (a package that depends on it by version could not build), so its functions keep their
        // files' sections.
        .target(name: "Wijkteam"),
        // Persistence: SQLite through GRDB, district import.
        .target(
            name: "WijkteamStore",
            dependencies: [
                "Wijkteam", .product(name: "GRDB", package: "GRDB.swift"),
                // The SQLite C API, for the few reads where GRDB's rows cost more than SQLite.
                .product(name: "GRDBSQLite", package: "GRDB.swift"), "Yams",
                .product(name: "Crypto", package: "swift-crypto"), .product(name: "CSV", package: "CSV.swift"),
            ],
            swiftSettings: ownFunctionsInSections
        ),
        // The PostgreSQL store: the same protocol, schema and rules on a server (trait PostgreSQL).
        .target(
            name: "WijkteamPostgres",
            dependencies: [
                "Wijkteam", "WijkteamStore",
                .product(name: "PostgresNIO", package: "postgres-nio", condition: .when(traits: ["PostgreSQL"])),
            ],
            swiftSettings: ownFunctionsInSections
        ),
        // Terminal-independent drawing: grid, widths, widgets, command table, themes.
        .target(name: "TerminalKit", dependencies: ["TOMLKit"], swiftSettings: ownFunctionsInSections),
        // ncursesw as a system library (see ARCHITECTURE.md).
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncursesw5-dev"]), .brew(["ncurses"])]
        ),
        // What Swift cannot import from curses: macros, globals, signal handlers.
        .target(name: "CCursesShim", dependencies: ["CNcursesw"]),
        // The only code that touches curses.
        .target(name: "CursesTerminal", dependencies: ["TerminalKit", "CNcursesw", "CCursesShim"], swiftSettings: ownFunctionsInSections),
        // Screens: state + reduce + render into a Grid.
        .target(name: "WijkteamScreens", dependencies: ["TerminalKit", "Wijkteam"], swiftSettings: ownFunctionsInSections),
        // The screens' main loop over a `Terminal` and a store: the store's work on a thread of
        // its own, so no key waits on the database. No curses, so tests drive it with a script.
        .target(
            name: "WijkteamRuntime", dependencies: ["WijkteamScreens", "TerminalKit", "Wijkteam"], swiftSettings: ownFunctionsInSections),
        // The executable `wijkteam`: argument parsing and wiring.
        .executableTarget(
            name: "WijkteamCLI",
            dependencies: [
                "Wijkteam", "WijkteamStore", "WijkteamPostgres", "WijkteamScreens", "WijkteamRuntime", "CursesTerminal", "TerminalKit", "TOMLKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/WijkteamCLI",
            swiftSettings: ownFunctionsInSections,
            linkerSettings: packedRelocations + hotFunctionsFirst
        ),
        // Benchmarks on a generated city: swift run -c release wijkteam-bench (not part of swift test).
        .executableTarget(
            name: "WijkteamBench",
            dependencies: [
                "Wijkteam", "WijkteamStore", "WijkteamScreens", "WijkteamRuntime", "TerminalKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/WijkteamBench"
        ),
        // Scratch folders for the test targets, removed when the test process ends.
        .target(name: "WijkteamTestSupport", path: "Tests/Support"),
        .testTarget(name: "WijkteamTests", dependencies: ["Wijkteam"]),
        .testTarget(
            name: "WijkteamStoreTests",
            dependencies: ["WijkteamStore", "Wijkteam", "WijkteamTestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // The PostgreSQL store against a real server (script/test-postgres starts one); with the
        // trait off, only what needs no server (URLs, the migrations being in step by name).
        .testTarget(
            name: "WijkteamPostgresTests",
            dependencies: [
                "WijkteamPostgres", "WijkteamStore", "Wijkteam", "WijkteamTestSupport", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio", condition: .when(traits: ["PostgreSQL"])),
            ]
        ),
        .testTarget(name: "TerminalKitTests", dependencies: ["TerminalKit", "WijkteamTestSupport"]),
        .testTarget(
            name: "WijkteamScreensTests",
            dependencies: [
                "WijkteamScreens", "WijkteamRuntime", "TerminalKit", "Wijkteam", "WijkteamStore", "WijkteamTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            exclude: ["Snapshots"]  // read by path at test time, not bundled
        ),
        // Drives the real binary: command line, and the screens in tmux.
        .testTarget(
            name: "WijkteamCLITests",
            dependencies: [
                "WijkteamCLI", "WijkteamBench", "Wijkteam", "WijkteamStore", "WijkteamTestSupport",
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
    ]
)
