import TerminalKit
import Wijkteam

/// A case opened at the desk (`o`), straight from the resident's question, when the team decides
/// so there: the question in their words, where it came from (the resident themself unless
/// said otherwise), and a regisseur if one is chosen now. It starts in aanmelding.
struct OpenCaseForm: Sendable {
    enum Field: Int, CaseIterable, Sendable { case question, source, regisseur }
    typealias Outcome = FormOutcome<HouseholdChange>

    let householdID: Int
    var question = TextInput(placeholder: tr("form.opencase.question.placeholder"), maxLength: 1_000)
    var sourceChoice = FormParts.choices(SignalSource.selfReferral, label: \.label)
    /// Who can hold the regie (not new staff, not away or gone today); nil first: nobody yet.
    let regisseurs: [StaffID?]
    var regisseurChoice: ChoiceField
    var field: Field = .question
    var error: String?

    init(householdID: Int, staff: [Staff], today: Day) {
        self.householdID = householdID
        let people = Dialog.owners(staff, regisseurFirst: nil, today: today)
        regisseurs = [nil] + people.map(\.id)
        regisseurChoice = ChoiceField(choices: [tr("form.opencase.regisseur.none")] + people.map { "\($0.name) · \($0.discipline)" })
    }

    /// Opens again after a refused save with what was typed.
    init(draft: NewCase, staff: [Staff], today: Day, error: String) {
        self.init(householdID: draft.householdID, staff: staff, today: today)
        question.text = draft.question
        sourceChoice = FormParts.choices(draft.source, label: \.label)
        regisseurChoice.selected = regisseurs.firstIndex(of: draft.regisseurID) ?? 0
        self.error = error
    }

    var source: SignalSource { SignalSource.allCases[sourceChoice.selected] }

    mutating func key(_ key: Key) -> Outcome {
        error = nil
        switch FormKey(key) {
        case .cancel: return .cancel
        case .save: return save()
        case .move(let delta): move(delta); return .stay
        case nil: break
        }
        switch field {
        case .question: _ = question.apply(key)
        case .source: _ = sourceChoice.apply(key)
        case .regisseur: _ = regisseurChoice.apply(key)
        }
        return .stay
    }

    private mutating func move(_ delta: Int) {
        sourceChoice.accept()
        regisseurChoice.accept()
        field = field.cycled(by: delta, among: Field.allCases)
    }

    private mutating func save() -> Outcome {
        sourceChoice.accept()
        regisseurChoice.accept()
        do { try Validation.text(question.text, what: tr("validation.what.question"), required: true) } catch {
            self.error = "\(error)"; field = .question
            return .stay
        }
        return .save(
            .openCase(
                NewCase(
                    householdID: householdID, source: source, question: question.text.trimmed,
                    regisseurID: regisseurs[regisseurChoice.selected])))
    }
}

extension OpenCaseForm: FormDialog {
    mutating func key(_ key: Key, context: FormContext) -> Outcome { self.key(key) }
    func effects(saving change: HouseholdChange, context: FormContext) -> [Effect] { [.householdChange(change)] }

    func render(into grid: inout Grid, bounds: Rect, context: FormContext) {
        // The question is the resident's words: it names people, so privacy mode hides them.
        var shown = question
        if context.privacy { shown.text = context.redactor.redact(question.text) }
        let rows = [
            FormRow(label: tr("form.opencase.question"), focused: field == .question, value: .text(shown, hidden: false)),
            FormRow(label: tr("form.opencase.source"), focused: field == .source, value: .choice(sourceChoice)),
            FormRow(label: tr("form.opencase.regisseur"), focused: field == .regisseur, value: .choice(regisseurChoice)),
        ]
        FormSheet.render(
            title: tr("form.opencase.title"), rows: rows, notes: [(tr("form.opencase.note"), Style(.muted))],
            error: FormSheet.shown(error, context: context), hint: tr("form.household.hint"), into: &grid, bounds: bounds)
    }
}

/// The household's closed case opened again (`r`) when it returns: with its history, plan and
/// network, back in aanmelding. The reason is required and goes into the case's journal.
struct ReopenCaseForm: Sendable {
    typealias Outcome = FormOutcome<HouseholdChange>
    let caseID: Int
    let householdID: Int
    /// The case's version as the view showed it.
    let version: Int
    var reason = TextInput(placeholder: tr("form.reopen.placeholder"), maxLength: 400)
    var error: String?

    init(caseID: Int, householdID: Int, version: Int, reason text: String = "", error: String? = nil) {
        self.caseID = caseID; self.householdID = householdID; self.version = version
        reason.text = text
        self.error = error
    }

    mutating func key(_ key: Key) -> Outcome {
        switch key {
        case .escape: return .cancel
        case .enter:
            do { try Validation.text(reason.text, what: tr("validation.what.reason"), required: true) } catch {
                self.error = "\(error)"
                return .stay
            }
            return .save(.reopenCase(caseID: caseID, householdID: householdID, reason: reason.text.trimmed, expectedVersion: version))
        default:
            error = nil
            _ = reason.apply(key)
            return .stay
        }
    }
}

extension ReopenCaseForm: FormDialog {
    mutating func key(_ key: Key, context: FormContext) -> Outcome { self.key(key) }
    func effects(saving change: HouseholdChange, context: FormContext) -> [Effect] { [.householdChange(change)] }

    func render(into grid: inout Grid, bounds: Rect, context: FormContext) {
        var shown = reason
        if context.privacy { shown.text = context.redactor.redact(reason.text) }
        Dialog.inputBox(
            shown, title: tr("form.reopen.title", caseID), error: FormSheet.shown(error, context: context), into: &grid,
            bounds: bounds)
    }
}
