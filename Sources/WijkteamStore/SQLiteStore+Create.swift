import Foundation
import GRDB
import Wijkteam

extension SQLiteStore {
    /// Writes a whole district into a new database file. The file appears complete or not at all:
    /// it is built beside the target and renamed over it at the end.
    public static func create(at path: String, from data: DistrictData, replace: Bool = false) throws -> SQLiteStore {
        try build(at: path, replace: replace) { db in try Importer.insert(data, into: db) }
        return try open(path: path)
    }

    /// Generates a district straight into a new database file, `batch` households at a time, so
    /// that a district of 100,000 households is never in memory whole. The records are the ones
    /// `create(at:from: generator.generate())` writes (a test compares every table).
    public static func create(
        at path: String, generating generator: inout DistrictGenerator, batch: Int = 1_000, replace: Bool = false
    ) throws -> DistrictGenerator.Summary {
        var summary: DistrictGenerator.Summary?
        try build(at: path, replace: replace) { db in
            summary = try generator.generate(batch: batch) { part, kind in
                switch kind {
                case .team: try Importer.insertTeam(part, into: db)
                case .households: try Importer.insertHouseholdRecords(part, into: db)
                case .closing:
                    try Importer.insertHouseholdRecords(part, into: db)
                    // Each colleague's capacity follows from the cases made, so it comes last.
                    for s in part.staff {
                        try db.cachedStatement(sql: "UPDATE staff SET capacity = ? WHERE id = ?").execute(arguments: [s.capacity, s.id])
                    }
                    try Importer.finish(db)
                }
            }
        }
        return summary!
    }

    /// Builds a database file beside `path` with `fill` in one transaction and renames it over
    /// `path`. Nobody else can see the file while it is built, so it is written without a WAL
    /// (every page once, not once into the WAL and again into the file), with a larger page
    /// cache, and its indexes are built once at the end (`BuiltOnce`); it becomes a WAL database,
    /// as every other, before it is renamed.
    static func build(at path: String, replace: Bool, fill: (Database) throws -> Void) throws {
        let fm = FileManager.default
        if fm.fileExists(atPath: path), !replace { throw StoreError.alreadyExists(path) }
        try PrivateFiles.makeFolders(for: path)
        PrivateFiles.removeStaleTemporaries(of: path)
        let temp = PrivateFiles.temporaryPath(for: path)
        func removeFiles(_ base: String) {
            for suffix in ["", "-wal", "-shm", "-journal"] { try? fm.removeItem(atPath: base + suffix) }
        }
        removeFiles(temp)
        do {
            // 0600 before SQLite opens it: the -wal and -shm take its mode, and the rename keeps it.
            try PrivateFiles.createEmpty(temp)
            var config = configuration()
            config.prepareDatabase { db in
                // The rollback journal in memory: a new file's pages have nothing to roll back to,
                // and a failed build is removed whole. The commit still syncs the file.
                try db.execute(sql: "PRAGMA journal_mode = MEMORY")
                try db.execute(sql: "PRAGMA cache_size = -32768")
            }
            let queue = try DatabaseQueue(path: temp, configuration: config)
            try Schema.migrator.migrate(queue)
            try queue.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    let later = try BuiltOnce.setAside(db)
                    try fill(db)
                    try later.build(db)
                    return .commit
                }
                // SQLite answers with the mode it is in: a refusal is no error of its own.
                let mode = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
                guard mode == "wal" else { throw StoreError.notADatabase(path: path, reason: "journal mode \(mode ?? "?"), not wal") }
            }
            try queue.close()
        } catch {
            removeFiles(temp)
            throw error
        }
        // A district takes a while to write: a file someone made at `path` meanwhile is not
        // replaced unless asked.
        if !replace, fm.fileExists(atPath: path) {
            removeFiles(temp)
            throw StoreError.alreadyExists(path)
        }
        // A -wal left beside a deleted database would be replayed onto the new one (old
        // transactions, or a broken schema): it goes, whether or not we replace.
        removeFiles(path)
        try fm.moveItem(atPath: temp, toPath: path)
    }
}

/// What the schema keeps up to date row by row, and a new database builds once, after its rows
/// are written: every index that is not unique (a unique one checks each row as it comes, and
/// the foreign keys use those), and the full-text index, rebuilt from its table as the migration
/// that made it does. Each is made again from the SQL the schema stored, so the file ends with
/// the same schema, word for word (a test compares them).
struct BuiltOnce {
    static let fullTextTriggerName = "journal_fts_insert", fullTextTable = "journal_fts"

    var indexes: [String] = []
    var fullTextTrigger: String?

    static func setAside(_ db: Database) throws -> BuiltOnce {
        var later = BuiltOnce()
        let indexes = try Row.fetchAll(
            db,
            sql: """
                SELECT name, sql FROM sqlite_master
                WHERE type = 'index' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%' ORDER BY rowid
                """)
        for index in indexes {
            try db.execute(sql: "DROP INDEX \"\(index["name"] as String)\"")
            later.indexes.append(index["sql"])
        }
        later.fullTextTrigger = try String.fetchOne(
            db, sql: "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", arguments: [fullTextTriggerName])
        if later.fullTextTrigger != nil { try db.execute(sql: "DROP TRIGGER \(fullTextTriggerName)") }
        return later
    }

    func build(_ db: Database) throws {
        for sql in indexes { try db.execute(sql: sql) }
        if let fullTextTrigger {
            try db.execute(sql: "INSERT INTO \(Self.fullTextTable)(\(Self.fullTextTable)) VALUES ('rebuild')")
            try db.execute(sql: fullTextTrigger)
        }
    }
}
