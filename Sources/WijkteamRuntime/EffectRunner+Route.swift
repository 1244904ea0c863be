import Wijkteam
import WijkteamScreens

/// The route to support and requesting a provision (issue 27): the form's choices in one read;
/// the rungs answered saved one by one (each its own transaction, version-checked), then the
/// provision, which the store refuses unless its goal's route is walked.
extension EffectRunner {
    func runRoute(_ effect: RouteEffect) -> ShellEvent {
        switch effect {
        case .loadChoices(let caseID, let householdID, let routeOnly):
            do {
                return .route(
                    .choices(try store.provisionChoices(caseID: caseID, today: today), householdID: householdID, routeOnly: routeOnly))
            } catch {
                return .route(.refused("\(error)", householdID: householdID))
            }
        case .save(let rungs, let provision, let householdID):
            do {
                var saved: [RouteRung] = []
                for rung in rungs { saved.append(try store.saveRouteRung(rung, expectedVersion: rung.version)) }
                let added = try provision.map { try store.addProvision($0) }
                return .route(.saved(rungs: saved, provision: added, householdID: householdID))
            } catch {
                return .route(.refused("\(error)", householdID: householdID))
            }
        }
    }
}
