import TerminalKit
import Wijkteam

/// What a key does to a form: it stays open, is cancelled, or is saved with its value.
enum FormOutcome<Value: Sendable>: Sendable {
    case stay, cancel
    case save(Value)
}

/// What a form may need beyond itself: the team, privacy, and the meeting this terminal runs.
struct FormContext: Sendable {
    var staff: [Staff]
    var privacy: Bool
    /// The names to hide: the households loaded in this session in privacy mode, none otherwise.
    var redactor: Redactor
    /// The meeting this terminal runs: what is saved now goes into its minutes.
    var meetingID: Int?
}

/// A dialog that edits something and saves it: every form and flow over the views. The shell
/// holds the open one as `any FormDialog` and runs it with `step`, one set of arms for all.
protocol FormDialog: Sendable {
    associatedtype Value: Sendable
    mutating func key(_ key: Key, context: FormContext) -> FormOutcome<Value>
    /// What saving asks the store to do.
    func effects(saving value: Value, context: FormContext) -> [Effect]
    /// Work the form asks for while it stays open (triage: the regisseur suggestions).
    mutating func takeRequests() -> [Effect]
    func render(into grid: inout Grid, bounds: Rect, context: FormContext)
}

/// The keys every form reads alike: Esc cancels, Enter or Ctrl-S saves, Tab or ↓ goes to the
/// next field and Shift-Tab or ↑ to the one before.
enum FormKey {
    case cancel, save, move(Int)

    init?(_ key: Key) {
        switch key {
        case .escape: self = .cancel
        case .enter, .ctrl("s"): self = .save
        case .tab, .down: self = .move(1)
        case .backTab, .up: self = .move(-1)
        default: return nil
        }
    }
}

extension Equatable {
    /// The field `delta` places on from this one among `fields`, round the form (the first
    /// field when this one is not among them).
    func cycled(by delta: Int, among fields: [Self]) -> Self {
        let i = fields.firstIndex(of: self) ?? 0
        return fields[((i + delta) % fields.count + fields.count) % fields.count]
    }
}

/// A key's result for the shell: stay open (with work asked for), closed, or saved (with its effects).
enum FormStep: Sendable, Equatable {
    case stay([Effect])
    case cancel
    case save([Effect])
}

extension FormDialog {
    mutating func takeRequests() -> [Effect] { [] }

    mutating func step(_ key: Key, context: FormContext) -> FormStep {
        switch self.key(key, context: context) {
        case .stay: .stay(takeRequests())
        case .cancel: .cancel
        case .save(let value): .save(effects(saving: value, context: context))
        }
    }
}

// MARK: The forms

extension JournalForm: FormDialog {
    mutating func key(_ key: Key, context: FormContext) -> Outcome { self.key(key) }
    func effects(saving edit: CaseEdit, context: FormContext) -> [Effect] { [.saveCaseWork(edit, householdID: householdID)] }
    func render(into grid: inout Grid, bounds: Rect, context: FormContext) { render(into: &grid, bounds: bounds) }
}

extension ZRMForm: FormDialog {
    mutating func key(_ key: Key, context: FormContext) -> Outcome { self.key(key) }
    func effects(saving edit: CaseEdit, context: FormContext) -> [Effect] { [.saveCaseWork(edit, householdID: householdID)] }
    func render(into grid: inout Grid, bounds: Rect, context: FormContext) { render(into: &grid, bounds: bounds, privacy: context.privacy) }
}

extension GoalForm: FormDialog {
    mutating func key(_ key: Key, context: FormContext) -> Outcome { self.key(key) }
    func effects(saving edit: CaseEdit, context: FormContext) -> [Effect] { [.saveCaseWork(edit, householdID: householdID)] }
    func render(into grid: inout Grid, bounds: Rect, context: FormContext) { render(into: &grid, bounds: bounds, privacy: context.privacy) }
}

extension DecisionFlow: FormDialog {
    mutating func key(_ key: Key, context: FormContext) -> Outcome { self.key(key, staff: context.staff) }
    func effects(saving draft: DecisionDraft, context: FormContext) -> [Effect] { [.recordDecision(draft)] }
    func render(into grid: inout Grid, bounds: Rect, context: FormContext) { render(into: &grid, bounds: bounds) }
}

extension TieForm: FormDialog {
    mutating func key(_ key: Key, context: FormContext) -> Outcome { self.key(key) }
    func effects(saving tie: NetworkTie, context: FormContext) -> [Effect] { [.saveTie(new: tie, old: original, undo: false)] }
    func render(into grid: inout Grid, bounds: Rect, context: FormContext) { render(into: &grid, bounds: bounds) }
}

extension ProvisionFlow: FormDialog {
    mutating func key(_ key: Key, context: FormContext) -> Outcome { self.key(key) }
    func effects(saving r: Result, context: FormContext) -> [Effect] {
        if r.rungs.isEmpty, let p = r.provision { return [.addProvision(p, householdID: householdID)] }
        return [.route(.save(rungs: r.rungs, provision: r.provision, householdID: householdID))]
    }
    func render(into grid: inout Grid, bounds: Rect, context: FormContext) {
        render(into: &grid, bounds: bounds, privacy: context.privacy, redactor: context.redactor)
    }
}

extension TriageFlow: FormDialog {
    mutating func key(_ key: Key, context: FormContext) -> Outcome { self.key(key) }

    func effects(saving result: Result, context: FormContext) -> [Effect] {
        switch result {
        case .decide(let decision): [.decide(signalID: item.signal.id, decision: decision, expectedVersion: item.signal.version)]
        case .meldcode(let record): [.recordMeldcode(signalID: item.signal.id, record: record)]
        }
    }

    mutating func takeRequests() -> [Effect] {
        defer { wantsSuggestions = nil }
        return wantsSuggestions.map { [.loadHouseholdSuggestions(householdID: $0)] } ?? []
    }

    func render(into grid: inout Grid, bounds: Rect, context: FormContext) { render(into: &grid, bounds: bounds) }
}

extension FollowUpFlow: FormDialog {
    mutating func key(_ key: Key, context: FormContext) -> Outcome { self.key(key, staff: context.staff) }

    func effects(saving result: Result, context: FormContext) -> [Effect] {
        switch result {
        case .add(let caseID, let plan): [.addFollowUp(caseID: caseID, plan: plan, meetingID: context.meetingID)]
        case .complete(let id, let outcome, let version): [.completeFollowUp(id: id, outcome: outcome, expectedVersion: version)]
        }
    }

    func render(into grid: inout Grid, bounds: Rect, context: FormContext) { render(into: &grid, bounds: bounds) }
}

/// One line of text in a box: the reason a case is closed, the question put up for discussion.
struct TextDialog: FormDialog {
    enum Purpose: Sendable, Equatable {
        case closeCase(caseID: Int, version: Int, householdID: Int)
        /// Closing a case without a final ZRM measurement: the reason given says why it closes
        /// and why there is none.
        case closeCaseNoFinalZRM(caseID: Int, version: Int, householdID: Int)
        case discussion(caseID: Int, version: Int)
        case breakGlass(caseID: Int, householdID: Int)
    }

    var input: TextInput
    let purpose: Purpose
    var error: String?

    mutating func key(_ key: Key, context: FormContext) -> FormOutcome<String> {
        switch key {
        case .escape:
            return .cancel
        case .enter:
            // The domain's own rules, so the dialog and the store say the same.
            do {
                if case .closeCase = purpose { try Case.validateCloseReason(input.text) }
                if case .closeCaseNoFinalZRM = purpose { try Case.validateCloseReason(input.text) }
                if case .breakGlass = purpose { _ = try BreakGlassUse.reason(input.text) }
            } catch {
                self.error = "\(error)"
                return .stay
            }
            return .save(input.text)
        default:
            _ = input.apply(key)
            if purpose.clearsErrorOnTyping { error = nil }
            return .stay
        }
    }

    func effects(saving text: String, context: FormContext) -> [Effect] {
        switch purpose {
        case .closeCase(let caseID, let version, let householdID):
            [.saveCaseWork(.close(caseID: caseID, reason: text, noFinalZRM: nil, expectedVersion: version), householdID: householdID)]
        case .closeCaseNoFinalZRM(let caseID, let version, let householdID):
            [.saveCaseWork(.close(caseID: caseID, reason: text, noFinalZRM: text, expectedVersion: version), householdID: householdID)]
        case .discussion(let caseID, let version):
            [.setDiscussion(caseID: caseID, question: text.allSatisfy(\.isWhitespace) ? nil : text, expectedVersion: version)]
        case .breakGlass(let caseID, let householdID):
            [.saveCaseWork(.breakGlass(caseID: caseID, reason: text), householdID: householdID)]
        }
    }

    func render(into grid: inout Grid, bounds: Rect, context: FormContext) {
        let title =
            switch purpose {
            case .closeCase(let caseID, _, _): tr("shell.closeCase.title", caseID)
            case .closeCaseNoFinalZRM(let caseID, _, _): tr("shell.closeCase.noFinalZRM.title", caseID)
            case .discussion(let caseID, _): tr("shell.discussion.title", caseID)
            case .breakGlass(let caseID, _): tr("shell.breakGlass.title", caseID)
            }
        Dialog.inputBox(input, title: title, error: error, into: &grid, bounds: bounds)
    }
}

extension TextDialog.Purpose {
    /// A reason's error goes when typing; a refusal of the question stays in view.
    var clearsErrorOnTyping: Bool {
        switch self {
        case .closeCase, .closeCaseNoFinalZRM, .breakGlass: true
        case .discussion: false
        }
    }
}

extension FormOutcome: Equatable where Value: Equatable {}
