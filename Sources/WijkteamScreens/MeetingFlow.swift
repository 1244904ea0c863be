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
    enum Outcome: Sendable, Equatable {
        case stay, cancel
        case record(DecisionDraft)
    }

    let meetingID: Int
    let item: AgendaItem
    let today: Day
    let regisseur: StaffID?
    var stage: Stage = .text(TextInput(placeholder: "what the team decided"))
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
                guard !input.text.allSatisfy(\.isWhitespace) else { error = "say what the team decided"; return .stay }
                text = input.text
                let ordered = Dialog.owners(staff, regisseurFirst: regisseur)
                var items = [PickerItem(title: "No action (a decision only)", detail: "nobody has to do something by a date", style: Style(.muted))]
                items += ordered.map { PickerItem(title: $0.name + ($0.id == regisseur ? " (regisseur)" : ""), detail: $0.discipline) }
                var picker = Picker(title: "Who acts on it?", items: items, footer: "Enter chooses · type to search · Esc cancels")
                if regisseur != nil { picker.move(by: 1) }
                stage = .owner(picker, choices: [nil] + ordered.map(\.id))
                return .stay
            }
            _ = input.apply(key)
            stage = .text(input)
        case .owner(var p, let choices):
            if key == .enter, let i = p.selectedItemIndex {
                guard let chosen = choices[i] else { return .record(draft(owner: nil, due: nil)) }
                owner = chosen
                stage = .due(TextInput(text: today.adding(days: Self.defaultDueDays).description, placeholder: "YYYY-MM-DD"))
                return .stay
            }
            Dialog.navigate(&p, key)
            stage = .owner(p, choices: choices)
        case .due(var input):
            if key == .enter {
                guard let day = Dialog.dueDate(input.text, today: today, error: &error) else { return .stay }
                return .record(draft(owner: owner, due: day))
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
            Dialog.inputBox(input, title: "Decision · \(item.caseID.map { "case #\($0)" } ?? "agenda item")", error: error, into: &grid, bounds: bounds)
        case .owner(let p, _):
            Dialog.renderPicker(p, into: &grid, bounds: bounds)
        case .due(let input):
            Dialog.inputBox(input, title: "Action due by", error: error, into: &grid, bounds: bounds)
        }
    }
}
