import Foundation
import WijkteamStore

/// The schema on PostgreSQL: the shared migrations (`Schema.migrations`, in WijkteamStore) in
/// PostgreSQL's dialect, with PostgreSQL's own steps (identifiers starting "pg").
/// `PostgresSchemaTests` compares the schema both engines end at.
///
/// Plain strings, no PostgresNIO: the default build (without the PostgreSQL trait) compiles
/// this too, and its tests can check that every migration has its PostgreSQL SQL.
public enum PostgresSchema {
    public struct Migration: Sendable {
        public let identifier: String
        /// Scripts and folds, in order, in one transaction.
        package let steps: [Schema.Step]
        /// The migration's SQL, all its scripts.
        public var sql: String {
            steps.compactMap { if case .sql(let s) = $0 { return s } else { return nil } }.joined(separator: ";\n")
        }
    }

    /// The statements of a script, split at semicolons outside `$$` bodies and `--` comments.
    public static func statements(_ script: String) -> [String] {
        var statements: [String] = [], current = ""
        // A semicolon ends a statement outside a $$ body, a -- comment and a 'string' (a doubled
        // quote inside a string toggles twice and stays inside).
        var inBody = false, inComment = false, inString = false
        var chars = script.makeIterator()
        var previous: Character = " "
        while let c = chars.next() {
            if inComment {
                if c == "\n" { inComment = false; current.append(c) }
                previous = c
                continue
            }
            if !inBody, c == "'" { inString.toggle() }
            if !inBody, !inString, c == "-", previous == "-" { current.removeLast(); inComment = true; previous = " "; continue }
            if !inString, c == "$", previous == "$" { inBody.toggle() }
            if c == ";", !inBody, !inString {
                let s = current.trimmingCharacters(in: .whitespacesAndNewlines)
                if !s.isEmpty { statements.append(s) }
                current = ""
            } else {
                current.append(c)
            }
            previous = c
        }
        let last = current.trimmingCharacters(in: .whitespacesAndNewlines)
        if !last.isEmpty { statements.append(last) }
        return statements
    }

    public static let migrations: [Migration] = Schema.migrations.filter { $0.runs(on: .postgres) }.map {
        Migration(identifier: $0.identifier, steps: $0.steps(.postgres))
    }

    /// The channel on which a commit that changed a team's data is announced, with the team's
    /// schema as payload (PostgreSQL sends one notice per transaction and payload).
    public static var changeChannel: String { Schema.changeChannel }

    /// Every table the migrations make, parents before the rows that point at them (the order
    /// `wijkteam copy` fills them in).
    static var tables: [String] { Schema.tables }
}
