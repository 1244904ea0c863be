import TerminalKit
import Wijkteam

/// Recording a decision in the meeting (`d`): what was decided, then who acts on it (or nobody),
/// then by when.
struct DecisionFlow: Sendable {
    enum Stage: Sendable {
        case text(TextInput)
        case owner(Picker, choices: [StaffID?])
        case due(TextInput)
    }
    typealias Outcome = FormOutcome<DecisionDraft>

    let meetingID: Int
    let item: AgendaItem
    let today: Day
    let regisseur: StaffID?
    var stage: Stage = .text(TextInput(placeholder: tr("form.decision.placeholder")))
    var text = ""
    var owner: StaffID?
    var error: String?
    /// Actions are due in two weeks unless the team says otherwise.
    static let defaultDueDays = 14

    init(meetingID: Int, item: AgendaItem, today: Day, regisseur: StaffID?) {
        self.meetingID = meetingID; self.item = item; self.today = today; self.regisseur = regisseur
    }

    mutating func key(_ key: Key, staff: [Staff]) -> Outcome {
        error = nil
        if key == .escape { return .cancel }
        switch stage {
        case .text(var input):
            if key == .enter {
                guard !input.text.allSatisfy(\.isWhitespace) else { error = tr("form.decision.empty"); return .stay }
                text = input.text
                let ordered = Dialog.owners(staff, regisseurFirst: regisseur, today: today)
                var items = [PickerItem(title: tr("form.decision.no.action"), detail: tr("form.decision.no.action.detail"), style: Style(.muted))]
                items += ordered.map { PickerItem(title: $0.id == regisseur ? tr("form.decision.owner.regisseur", $0.name) : $0.name, detail: $0.discipline) }
                var picker = Picker(title: tr("form.decision.owner.title"), items: items, footer: tr("form.hint.enter.chooses.search"))
                if regisseur != nil { picker.move(by: 1) }
                stage = .owner(picker, choices: [nil] + ordered.map(\.id))
                return .stay
            }
            _ = input.apply(key)
            stage = .text(input)
        case .owner(var p, let choices):
            if key == .enter, let i = p.selectedItemIndex {
                guard let chosen = choices[i] else { return .save(draft(owner: nil, due: nil)) }
                owner = chosen
                stage = .due(TextInput(text: today.adding(days: Self.defaultDueDays).description, placeholder: tr("form.date.placeholder")))
                return .stay
            }
            Dialog.navigate(&p, key)
            stage = .owner(p, choices: choices)
        case .due(var input):
            if key == .enter {
                guard let day = Dialog.dueDate(input.text, today: today, error: &error) else { return .stay }
                return .save(draft(owner: owner, due: day))
            }
            _ = input.apply(key)
            stage = .due(input)
        }
        return .stay
    }

    private func draft(owner: StaffID?, due: Day?) -> DecisionDraft {
        DecisionDraft(meetingID: meetingID, itemKey: item.key, caseID: item.caseID, householdID: item.householdID,
                      text: text, owner: owner, due: due)
    }

    func render(into grid: inout Grid, bounds: Rect) {
        switch stage {
        case .text(let input):
            Dialog.inputBox(input, title: item.caseID.map { tr("form.decision.title.case", $0) } ?? tr("form.decision.title.item"), error: error, into: &grid, bounds: bounds)
        case .owner(let p, _):
            Dialog.renderPicker(p, into: &grid, bounds: bounds)
        case .due(let input):
            Dialog.dateBox(input, title: tr("form.decision.due.title"), today: today, expect: .future, error: error, into: &grid, bounds: bounds)
        }
    }
}
