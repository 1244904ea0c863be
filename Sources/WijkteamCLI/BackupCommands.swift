import ArgumentParser
import Foundation
import Wijkteam

// PLACEHOLDER (issue 25): H3 (backup and restore) replaces this file.

struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup", abstract: "Copy a running database to a file and check the copy.")
    func run() throws {}  // placeholder
}

struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore", abstract: "Restore a checked backup to a database that no terminal has open.")
    func run() throws {}  // placeholder
}
