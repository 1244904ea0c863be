import ArgumentParser

// PLACEHOLDER (helper H1 replaces this file).
struct StaffListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list")
}
struct StaffAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add")
}
struct StaffUpdateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "update")
}
struct StaffAwayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "away")
}
struct StaffBackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "back")
}
struct StaffLeaveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leave")
}
struct StaffCoverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cover")
}
