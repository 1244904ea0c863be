import Wijkteam
import WijkteamScreens

/// The team lead's changes to the team from the team view, and handing a caseload over: one
/// store call each (one transaction with its access-log row).
extension EffectRunner {
    func runTeamChange(_ change: TeamChange) -> ShellEvent {
        do {
            try saveTeamChange(change)
            return .teamChanged(change, refused: nil, fresh: nil)
        } catch {
            // The form opens again with what was typed, on the colleague as they are now.
            let fresh = (try? store.staff())?.first { $0.id == change.staffID }
            return .teamChanged(change, refused: "\(error)", fresh: fresh)
        }
    }

    private func saveTeamChange(_ change: TeamChange) throws {
        switch change {
        case .add(let staff):
            try store.addStaff(staff, today: today)
        case .update(let staff, let version):
            try store.updateStaff(staff, expectedVersion: version, today: today)
        case .away(let id, let from, let to, let kind, let version):
            try store.setAway(staffID: id, from: from, to: to, kind: kind, expectedVersion: version, today: today)
        case .back(let id, let version):
            try store.comeBack(staffID: id, expectedVersion: version, today: today)
        case .leave(let id, let day, let version):
            try store.staffLeaves(staffID: id, on: day, expectedVersion: version, today: today)
        case .cover(let absent, let cover):
            try store.nameCover(absentID: absent, cover: cover, caseIDs: nil, today: today)
        }
    }

    func runHandover(_ effect: Effect) -> ShellEvent? {
        do {
            switch effect {
            case .planHandover(let from):
                let input = try store.handoverInput(from: from, today: today)
                return .handoverPlanned(try Self.plan(input, from: from, today: today), loads: input.loads)
            case .applyHandover(let plan):
                return .handoverApplied(try store.applyHandover(plan, today: today))
            case .undoHandover(let undo):
                try store.undoHandover(undo, today: today)
                return .handoverApplied(nil)
            default:
                return nil
            }
        } catch {
            return .handoverRefused("\(error)")
        }
    }

    /// The plan is the domain's (`HandoverPlanner`); the runner only reads its input.
    static func plan(_ input: HandoverInput, from: StaffID, today: Day) throws -> HandoverPlan {
        HandoverPlanner.plan(input, from: from, today: today)
    }
}
