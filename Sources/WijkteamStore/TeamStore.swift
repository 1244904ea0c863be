import Wijkteam

// PLACEHOLDER (helper H1 replaces this file): the team's changes in one transaction each.
extension StoreWork {
    package func addStaff(_ staff: Staff, today: Day) throws -> Staff { throw WijkteamError.invalid("not built yet") }
    package func updateStaff(_ staff: Staff, expectedVersion: Int?, today: Day) throws -> Staff {
        throw WijkteamError.invalid("not built yet")
    }
    package func setAway(staffID: StaffID, from: Day, to: Day?, kind: AbsenceKind, expectedVersion: Int?, today: Day) throws -> Staff {
        throw WijkteamError.invalid("not built yet")
    }
    package func comeBack(staffID: StaffID, expectedVersion: Int?, today: Day) throws -> Staff {
        throw WijkteamError.invalid("not built yet")
    }
    package func staffLeaves(staffID: StaffID, on day: Day, expectedVersion: Int?, today: Day) throws -> Staff {
        throw WijkteamError.invalid("not built yet")
    }
    package func nameCover(absentID: StaffID, cover: StaffID, caseIDs: [Int]?, today: Day) throws -> [CaseCover] {
        throw WijkteamError.invalid("not built yet")
    }
}
