import Wijkteam

// PLACEHOLDER (helper H2 replaces this file): handover input, apply and undo.
extension StoreWork {
    package func handoverInput(from: StaffID, today: Day) throws -> HandoverInput { throw WijkteamError.invalid("not built yet") }
    package func applyHandover(_ plan: HandoverPlan, today: Day) throws -> HandoverUndo { throw WijkteamError.invalid("not built yet") }
    package func undoHandover(_ undo: HandoverUndo, today: Day) throws { throw WijkteamError.invalid("not built yet") }
}
