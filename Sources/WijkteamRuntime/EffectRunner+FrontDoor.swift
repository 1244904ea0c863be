import WijkteamScreens
import Wijkteam

/// The registration form's work: the household search, the check for known households, and the
/// registration itself. Every failure is an answer the form shows; none is lost as `.failed`.
extension EffectRunner {
    func runFrontDoor(_ request: FrontDoorRequest) -> ShellEvent? {
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
        case .logSearch(let words, let shown):
            do {
                try store.recordAudit(
                    AuditEvent(.search, detail: "household search (\(words) word\(words == 1 ? "" : "s")): \(shown) shown"))
                return nil
            } catch {
                return .failed("\(error)")
            }
        case .register(let registration):
            do {
                let signal = try store.registerSignal(registration, today: today)
                let household = signal.householdID
                // Read after the write: the context and name count the new signal and household. It is
                // saved whatever these reads do (the reload that follows shows it anyway).
                let context = household.flatMap { try? store.triageContext(householdID: $0, today: today) }
                let name = household.flatMap { try? store.householdNames(ids: [$0])[$0] }
                return .frontDoor(.registered(signal, context: context, householdName: name))
            } catch WijkteamError.possibleDuplicate(let matches) {
                return .frontDoor(.refused(message: "\(WijkteamError.possibleDuplicate(matches))", duplicates: matches))
            } catch {
                return .frontDoor(.refused(message: "\(error)", duplicates: []))
            }
        }
    }
}
