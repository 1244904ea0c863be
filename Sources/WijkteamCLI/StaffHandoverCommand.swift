import ArgumentParser

// PLACEHOLDER (helper H2 replaces this file).
struct StaffHandoverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "handover")
}
