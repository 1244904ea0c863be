import ArgumentParser
import Foundation
import Wijkteam

// PLACEHOLDER (issue 25): H2 (correction, erasure, retention) replaces this file.

struct EraseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "erase", abstract: "Erase or anonymise what is held about a person, where the law allows (AVG art. 17).")
    func run() throws {}  // placeholder
}

struct RetentionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retention", abstract: "List or apply what the retention periods say must be erased.")
    func run() throws {}  // placeholder
}

extension PersonCommand {
    struct CorrectCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "correct", abstract: "Correct a member's data at their request, the old value kept with the reason (AVG art. 16).")
        func run() throws {}  // placeholder
    }
}
