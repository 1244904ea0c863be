import ArgumentParser
import Foundation
import Wijkteam

// PLACEHOLDER (issue 25): H1 (inzage) replaces this file.

struct InzageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inzage", abstract: "Export everything held about one person (AVG art. 15).")
    func run() throws {}  // placeholder
}
