import TerminalKit
import Wijkteam

/// Inzage (AVG art. 15) from the household view: the team lead or the privacy officer picks
/// the member; the app writes the export (an effect: the screens never block on I/O) and the
/// status line says where.
extension Shell {
    mutating func askForInzage() -> Reaction {
        guard isHouseholdOpen, let r = household.record else { return say(tr("shell.household.openFirst")) }
        let me = session.identity.staff
        guard me.role.keepsRecords else { return say(tr("shell.inzage.refused", me.role.label.lowercased()), .warning) }
        let members = r.household.members
        if members.count == 1 { return startInzage(members[0]) }
        guard let s = snapshot else { return .none }
        return open(InzageForm(members: members, today: s.today, privacy: privacy))
    }

    mutating func startInzage(_ person: Person) -> Reaction {
        message = (tr("shell.inzage.writing", person.id), .muted)
        return Reaction(redraw: true, effects: [.inzage(personID: person.id)])
    }

    mutating func reactToInzage(_ event: ShellEvent) -> Reaction {
        guard case .inzageWritten(let personID, let path) = event else { return .none }
        return say(tr("shell.inzage.written", personID, path), .success)
    }
}

/// The member an inzage is for: a picker of the household's members (those who left too: the
/// team still holds their data). Enter writes the export, Esc cancels.
struct InzageForm: Sendable {
    var picker: Picker
    let members: [Person]

    init(members: [Person], today: Day, privacy: Bool) {
        self.members = members
        picker = MemberPicker.picker(members, title: tr("form.inzage.choose"), today: today, privacy: privacy)
    }
}

extension InzageForm: FormDialog {
    mutating func key(_ key: Key, context: FormContext) -> FormOutcome<Int> {
        switch key {
        case .escape: return .cancel
        case .enter:
            guard let i = picker.selectedItemIndex else { return .stay }
            return .save(members[i].id)
        default:
            Dialog.navigate(&picker, key)
            return .stay
        }
    }

    func effects(saving personID: Int, context: FormContext) -> [Effect] { [.inzage(personID: personID)] }

    func render(into grid: inout Grid, bounds: Rect, context: FormContext) {
        Dialog.renderPicker(picker, into: &grid, bounds: bounds)
    }
}
