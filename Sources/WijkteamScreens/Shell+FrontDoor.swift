import TerminalKit
import Wijkteam

/// What the registration form asks of the store (`Effect.frontDoor`), run on the store's thread.
public enum FrontDoorRequest: Sendable, Equatable {
    /// Households matching what was typed at the desk; `token` ties the answer to the query.
    case search(String, limit: Int, token: Int)
    /// Known households a new one may be, before it is saved.
    case duplicates(NewHousehold, token: Int)
    /// Take the registration in: answered with `.registered` or `.refused`.
    case register(Registration)
    /// A search at the desk ended (a household taken, or Esc): logged as every search is, by
    /// its number of words and what it showed, never what was typed.
    case logSearch(words: Int, shown: Int)

    /// Whether it changes what is stored (a read-only session drops it).
    var writes: Bool {
        switch self {
        case .search, .duplicates, .logSearch: false
        case .register: true
        }
    }
}

/// The store's answers to the registration form (`ShellEvent.frontDoor`).
public enum FrontDoorAnswer: Sendable, Equatable {
    /// The households found for `query`; `error` when the search failed.
    case found(query: String, token: Int, [HouseholdMatch], error: String?)
    case duplicates(NewHousehold, token: Int, [HouseholdMatch], error: String?)
    /// The signal is in the triage queue; with its household's triage context and name, so it is
    /// ranked and shown at once, before the whole queue is read again.
    case registered(Signal, context: TriageContext?, householdName: String?)
    /// Nothing was written: why, and the known households when the new one looked like them.
    case refused(message: String, duplicates: [HouseholdMatch])
}

/// The front door from this terminal: registering a registration or signal (`n` in triage).
extension Shell {
    mutating func openRegistration() -> Reaction {
        guard let s = snapshot else { return .none }
        // The store refuses it too; said here before anything is typed.
        guard session.identity.staff.role.isInTeam else {
            return say(WijkteamError.accessDenied(tr("store.denied.team.register")).description, .warning)
        }
        return open(RegistrationForm(today: s.today, buurten: s.info.buurten))
    }

    mutating func reactToFrontDoor(_ answer: FrontDoorAnswer) -> Reaction {
        switch answer {
        case .found, .duplicates:
            guard var form = openForm(RegistrationForm.self) else { return .none }
            let requests = form.answer(answer)
            modal = .form(form)
            return Reaction(redraw: true, effects: requests)
        case .registered(let signal, let context, let name):
            if openForm(RegistrationForm.self) != nil { modal = nil }
            if var s = snapshot, let household = signal.householdID, !s.signals.contains(where: { $0.id == signal.id }) {
                // On screen now; the reload below brings the rest (and what others changed).
                s.signals.append(signal)
                if let context { s.triageContexts[household] = context }
                if let name { s.householdNames[household] = name }
                acceptSignal(s)
            }
            triage.select(signalID: signal.id)
            let text =
                signal.safety
                ? tr("shell.register.saved.safety", signal.id, signal.source.label)
                : tr("shell.register.saved", signal.id, signal.source.label)
            message = (text, .success)
            return Reaction(redraw: true, effects: [.reload])
        case .refused(let text, let duplicates):
            guard var form = openForm(RegistrationForm.self) else {
                message = (text, .error)
                return .redraw
            }
            form.refused(text, duplicates: duplicates)
            modal = .form(form)
            message = (tr("shell.notSaved.stillThere"), .error)
            return .redraw
        }
    }
}
