import Wijkteam
import WijkteamScreens

/// Keeping a household current from its view: members, address, a case opened or reopened at
/// the desk. One store call per change (one transaction with its access-log row).
extension EffectRunner {
    func runHouseholdChange(_ change: HouseholdChange) -> ShellEvent {
        do {
            return .householdChanged(change, .saved(try saveHouseholdChange(change)))
        } catch WijkteamError.possibleDuplicate(let matches) {
            return .householdChanged(change, .possibleDuplicate(matches))
        } catch {
            // The form opens again with what was typed, on the household as it is now.
            let fresh = try? store.household(id: change.householdID, access: .refresh)
            return .householdChanged(change, .refused("\(error)", fresh: fresh))
        }
    }

    /// Saves one change and says what was done.
    private func saveHouseholdChange(_ change: HouseholdChange) throws -> String {
        switch change {
        case .addMember(let householdID, let person, let confirmDuplicate):
            let p = try store.addPerson(householdID: householdID, person, confirmDuplicate: confirmDuplicate, today: today)
            return tr("shell.household.saved.member.added", p.name)
        case .correctMember(let person, let version):
            let p = try store.updatePerson(person, expectedVersion: version, today: today)
            return tr("shell.household.saved.member.corrected", p.name)
        case .memberLeaves(let person, let day, let reason):
            let p = try store.personLeaves(personID: person.id, on: day, reason: reason, expectedVersion: person.version, today: today)
            return tr("shell.household.saved.member.left", p.name, reason.label, day)
        case .address(let household, let version):
            let h = try store.updateHousehold(household, expectedVersion: version, today: today)
            if let left = h.leftDistrictOn { return tr("shell.household.saved.address.left", h.name, left) }
            let place = h.address.postcode.isEmpty ? h.address.line : "\(h.address.line), \(h.address.postcode)"
            return tr("shell.household.saved.address", h.name, place)
        case .openCase(let newCase):
            let c = try store.openCase(newCase, today: today)
            return tr("shell.household.saved.case.opened", c.id)
        case .reopenCase(let caseID, _, let reason, let version):
            let c = try store.reopenCase(caseID: caseID, reason: reason, expectedVersion: version, today: today)
            return tr("shell.household.saved.case.reopened", c.id)
        }
    }
}

/// The team lead's review of break-the-glass reads (one store call, one access-log row).
extension EffectRunner {
    func runBreakGlassReview(id: Int, verdict: BreakGlassReview, shown: BreakGlassUse) -> ShellEvent {
        do {
            return .breakGlassReviewed(try store.reviewBreakGlass(id: id, verdict: verdict, shown: shown))
        } catch {
            // The list as it is now, so the row shows what another terminal made of it.
            return .breakGlassRefused(message: "\(error)", fresh: try? DistrictSnapshot.breakGlassLog(from: store))
        }
    }
}
