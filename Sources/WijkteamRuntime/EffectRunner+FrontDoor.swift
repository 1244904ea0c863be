import WijkteamScreens
import Wijkteam

/// The registration form's work: the household search, the check for known households, and the
/// registration itself. Every failure is an answer the form shows; none is lost as `.failed`.
extension EffectRunner {
    func runFrontDoor(_ request: FrontDoorRequest) -> ShellEvent {
        switch request {
        case .search(let query, let limit, let token):
            do {
                return .frontDoor(.found(query: query, token: token, try store.findHouseholds(query, limit: limit), error: nil))
            } catch {
                return .frontDoor(.found(query: query, token: token, [], error: "\(error)"))
            }
        case .duplicates(let household, let token):
            do {
                return .frontDoor(.duplicates(household, token: token, try store.possibleDuplicates(of: household), error: nil))
            } catch {
                return .frontDoor(.duplicates(household, token: token, [], error: "\(error)"))
            }
        case .register(let registration):
            do {
                return .frontDoor(.registered(try store.registerSignal(registration, today: today)))
            } catch WijkteamError.possibleDuplicate(let matches) {
                return .frontDoor(.refused(message: "\(WijkteamError.possibleDuplicate(matches))", duplicates: matches))
            } catch {
                return .frontDoor(.refused(message: "\(error)", duplicates: []))
            }
        }
    }
}
