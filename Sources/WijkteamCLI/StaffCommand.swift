import ArgumentParser

// `wijkteam staff`: the team as it changes (issue 24). Only the team lead changes the team;
// everyone may list it. The subcommands live in StaffCommands.swift (profile, absence,
// leaving, cover) and StaffHandoverCommand.swift (a leaving colleague's caseload).

struct StaffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "staff", abstract: "The team: list it, add and change colleagues, record absence and leaving, hand over a caseload.",
        subcommands: [
            StaffListCommand.self, StaffAddCommand.self, StaffUpdateCommand.self, StaffAwayCommand.self, StaffBackCommand.self,
            StaffLeaveCommand.self, StaffCoverCommand.self, StaffHandoverCommand.self,
        ])
}
