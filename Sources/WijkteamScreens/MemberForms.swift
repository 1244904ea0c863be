import TerminalKit
import Wijkteam

/// The household's current members as a picker: the member to correct or who leaves.
enum MemberPicker {
    static func picker(_ members: [Person], title: String, today: Day, privacy: Bool) -> Picker {
        Picker(
            title: title,
            items: members.map { p in
                PickerItem(title: Format.name(p.name, privacy: privacy), detail: MemberForm.describe(p, today: today))
            }, footer: tr("form.hint.enter.chooses"))
    }
}

/// Adding a member to the household (`m`: a baby is born, a son moves back) or correcting one
/// (`e`): name, birth date, role, client. Correcting starts with a choice of the current members
/// and is checked against the version the form showed. Tab or ↑/↓ move, Enter saves, Esc cancels.
struct MemberForm: Sendable {
    enum Field: Int, CaseIterable, Sendable { case name, birthDate, role, client }
    typealias Outcome = FormOutcome<HouseholdChange>

    let householdID: Int
    let today: Day
    /// The members to choose from first when correcting (nil once one is chosen, or when adding).
    var choosing: Picker?
    let candidates: [Person]
    /// The member corrected, as the form shows it (its version is checked); nil: a new member.
    var original: Person?
    var name = TextInput(placeholder: tr("form.member.name.placeholder"), maxLength: Validation.nameLength)
    var birth = TextInput(placeholder: tr("form.member.birth.placeholder"), maxLength: 20)
    var roleChoice = FormParts.choices(MemberRole.child, label: \.label)
    var isClient = false
    var field: Field = .name
    var error: String?
    /// Who a new member may already be (the store said so): the next Enter adds them anyway.
    var duplicates: [HouseholdMatch] = []
    var discard = FormParts.DiscardGuard()

    /// A new member of household `householdID`.
    init(adding householdID: Int, today: Day) {
        self.householdID = householdID
        self.today = today
        candidates = []
    }

    /// Correcting one of `members` (the current ones); with one member, straight to its fields.
    init(correcting members: [Person], householdID: Int, today: Day, privacy: Bool) {
        self.householdID = householdID
        self.today = today
        candidates = members
        if members.count == 1 {
            load(members[0])
        } else {
            choosing = MemberPicker.picker(members, title: tr("form.member.choose"), today: today, privacy: privacy)
        }
    }

    /// Opens again after a refused save with what was typed: a new member (and who they may
    /// already be), or a correction on the member as they are now (`current`).
    init(draft change: HouseholdChange, current: Person?, today: Day, error: String?, duplicates: [HouseholdMatch] = []) {
        self.today = today
        candidates = []
        switch change {
        case .addMember(let householdID, let p, _):
            self.householdID = householdID
            fill(name: p.name, birthDate: p.birthDate, role: p.role, client: p.isClient)
        case .correctMember(let p, _):
            householdID = p.householdID
            original = current ?? p
            fill(name: p.name, birthDate: p.birthDate, role: p.role, client: p.isClient)
        default:
            householdID = change.householdID
        }
        self.error = error
        self.duplicates = duplicates
    }

    private mutating func load(_ p: Person) {
        original = p
        fill(name: p.name, birthDate: p.birthDate, role: p.role, client: p.isClient)
        if p.birthDate == nil { birth.placeholder = tr("form.member.birth.yearOnly", p.birthYear) }
    }

    private mutating func fill(name n: String, birthDate: Day?, role: MemberRole, client: Bool) {
        name.text = n
        name.cursor = n.count
        birth.text = birthDate?.description ?? ""
        birth.cursor = birth.text.count
        roleChoice = FormParts.choices(role, label: \.label)
        isClient = client
    }

    var role: MemberRole { MemberRole.allCases[roleChoice.selected] }

    /// "born 1975-01-20 · age 51 · parent · client" (the year only where no date is known).
    static func describe(_ p: Person, today: Day) -> String {
        let born = p.birthDate?.description ?? String(p.birthYear)
        return p.isClient
            ? tr("screens.household.member.client", born, p.age(on: today), p.role.label)
            : tr("screens.household.member", born, p.age(on: today), p.role.label)
    }

    private var somethingTyped: Bool {
        guard let o = original else { return !name.text.trimmed.isEmpty || !birth.text.trimmed.isEmpty }
        return name.text != o.name || role != o.role || isClient != o.isClient || birth.text != (o.birthDate?.description ?? "")
    }

    mutating func key(_ key: Key) -> Outcome {
        error = nil
        if var p = choosing {
            switch key {
            case .escape: return .cancel
            case .enter:
                guard let i = p.selectedItemIndex else { return .stay }
                choosing = nil
                load(candidates[i])
            default:
                Dialog.navigate(&p, key)
                choosing = p
            }
            return .stay
        }
        let mayCancel = discard.allowsCancel(key, somethingTyped: somethingTyped)
        switch FormKey(key) {
        case .cancel:
            guard mayCancel else { error = tr("form.member.discard"); return .stay }
            return .cancel
        case .save: return save()
        case .move(let delta): move(delta); return .stay
        case nil: break
        }
        switch field {
        case .name:
            // A changed name or birth date is checked for duplicates again.
            if name.apply(key) { duplicates = [] }
        case .birthDate:
            if birth.apply(key) { duplicates = [] }
        case .role:
            _ = roleChoice.apply(key)
        case .client:
            switch key {
            case .char(" "), .left, .right: isClient.toggle()
            case .char("y"), .char("j"): isClient = true
            case .char("n"): isClient = false
            default: break
            }
        }
        return .stay
    }

    private mutating func move(_ delta: Int) {
        roleChoice.accept()
        field = field.cycled(by: delta, among: Field.allCases)
    }

    private mutating func save() -> Outcome {
        roleChoice.accept()
        var day: Day?
        if !birth.text.trimmed.isEmpty {
            guard let d = DayInput.parse(birth.text, today: today, expect: .past) else {
                error = tr("form.member.birth.format", DayInput.forms); field = .birthDate
                return .stay
            }
            day = d
        }
        do {
            guard let o = original else {
                guard let day else { error = tr("form.member.birth.required"); field = .birthDate; return .stay }
                let p = NewPerson(name: name.text.trimmed, birthDate: day, role: role, isClient: isClient)
                try p.validate(today: today)
                return .save(.addMember(householdID: householdID, p, confirmDuplicate: !duplicates.isEmpty))
            }
            var p = o
            p.name = name.text.trimmed
            p.birthDate = day ?? o.birthDate
            p.role = role
            p.isClient = isClient
            try Validation.name(p.name)
            if let d = p.birthDate { try NewPerson(name: p.name, birthDate: d, role: role, isClient: isClient).validate(today: today) }
            if p == o { return .cancel }
            return .save(.correctMember(p, expectedVersion: o.version))
        } catch {
            self.error = "\(error)"
            field = name.text.trimmed.isEmpty ? .name : .birthDate
            return .stay
        }
    }

    var title: String {
        original.map { tr("form.member.title.correct", $0.name) } ?? tr("form.member.title.add")
    }

    func rows(privacy: Bool) -> [FormRow] {
        [
            FormRow(label: tr("form.member.name"), focused: field == .name, value: .text(name, hidden: privacy)),
            FormRow(label: tr("form.member.birth"), focused: field == .birthDate, value: .date(birth, today: today, expect: .past)),
            FormRow(label: tr("form.member.role"), focused: field == .role, value: .choice(roleChoice)),
            FormRow(label: tr("form.member.client"), focused: field == .client, value: .toggle(FormSheet.yesNo(isClient))),
        ]
    }
}

extension MemberForm: FormDialog {
    mutating func key(_ key: Key, context: FormContext) -> Outcome { self.key(key) }
    func effects(saving change: HouseholdChange, context: FormContext) -> [Effect] { [.householdChange(change)] }

    func render(into grid: inout Grid, bounds: Rect, context: FormContext) {
        if let p = choosing { Dialog.renderPicker(p, into: &grid, bounds: bounds); return }
        let title =
            original.map { tr("form.member.title.correct", FormSheet.name($0.name, context: context)) } ?? tr("form.member.title.add")
        let hint = duplicates.isEmpty ? tr("form.household.hint") : tr("form.member.hint.duplicate")
        FormSheet.render(
            title: title, rows: rows(privacy: context.privacy), notes: FormSheet.duplicateNotes(duplicates, context: context),
            error: FormSheet.shown(error, context: context), hint: hint, into: &grid, bounds: bounds)
    }
}

/// A member moved out or died (`x`): who, the day, why; then a confirmation, since it takes the
/// member out of every count (they stay in the household's history).
struct LeaveForm: Sendable {
    enum Field: Int, CaseIterable, Sendable { case date, reason }
    typealias Outcome = FormOutcome<HouseholdChange>

    let today: Day
    var choosing: Picker?
    let candidates: [Person]
    var person: Person?
    var date: TextInput
    var reason: LeavingReason = .movedOut
    var field: Field = .date
    /// The day typed, once Enter asked for the confirmation.
    var confirming: Day?
    var error: String?

    init(members: [Person], today: Day, privacy: Bool) {
        self.today = today
        candidates = members
        date = TextInput(text: today.description, maxLength: 20)
        if members.count == 1 {
            person = members[0]
        } else {
            choosing = MemberPicker.picker(members, title: tr("form.leave.choose"), today: today, privacy: privacy)
        }
    }

    /// Opens again after a refused save on the member as they are now, with what was typed.
    init(person: Person, day: Day, reason: LeavingReason, today: Day, error: String) {
        self.today = today
        candidates = [person]
        self.person = person
        date = TextInput(text: day.description, maxLength: 20)
        self.reason = reason
        self.error = error
    }

    mutating func key(_ key: Key) -> Outcome {
        error = nil
        if var p = choosing {
            switch key {
            case .escape: return .cancel
            case .enter:
                guard let i = p.selectedItemIndex else { return .stay }
                choosing = nil
                person = candidates[i]
            default:
                Dialog.navigate(&p, key)
                choosing = p
            }
            return .stay
        }
        guard let person else { return .cancel }
        if let day = confirming {
            switch key {
            case .enter, .char("y"), .char("j"): return .save(.memberLeaves(person, on: day, reason: reason))
            case .escape, .char("n"): confirming = nil
            default: break
            }
            return .stay
        }
        switch key {
        case .escape: return .cancel
        case .enter, .ctrl("s"):
            guard let day = DayInput.parse(date.text, today: today, expect: .past) else {
                error = tr("form.leave.date.format", DayInput.forms); field = .date
                return .stay
            }
            guard day <= today else { error = tr("form.leave.date.future", day); field = .date; return .stay }
            confirming = day
        case .tab, .down: field = field == .date ? .reason : .date
        case .backTab, .up: field = field == .date ? .reason : .date
        default:
            switch field {
            case .date: _ = date.apply(key)
            case .reason: reason = FormParts.cycle(reason, key)
            }
        }
        return .stay
    }
}

extension LeaveForm: FormDialog {
    mutating func key(_ key: Key, context: FormContext) -> Outcome { self.key(key) }
    func effects(saving change: HouseholdChange, context: FormContext) -> [Effect] { [.householdChange(change)] }

    func render(into grid: inout Grid, bounds: Rect, context: FormContext) {
        if let p = choosing { Dialog.renderPicker(p, into: &grid, bounds: bounds); return }
        guard let person else { return }
        let who = FormSheet.name(person.name, context: context)
        let rows = [
            FormRow(
                label: tr("form.leave.person"), focused: false, value: .toggle(who + " · " + MemberForm.describe(person, today: today))),
            FormRow(
                label: tr("form.leave.date"), focused: field == .date && confirming == nil, value: .date(date, today: today, expect: .past)),
            FormRow(label: tr("form.leave.reason"), focused: field == .reason && confirming == nil, value: .toggle(reason.label)),
        ]
        var notes: [(String, Style)] = []
        if let day = confirming {
            let question = reason == .died ? tr("form.leave.confirm.died", who, day) : tr("form.leave.confirm.movedOut", who, day)
            notes = [(question, Style(.warning, [.bold])), (tr("form.leave.confirm.effect"), Style(.muted))]
        }
        FormSheet.render(
            title: tr("form.leave.title"), rows: rows, notes: notes, error: FormSheet.shown(error, context: context),
            hint: confirming == nil ? tr("form.leave.hint") : tr("form.leave.confirm.keys"), into: &grid, bounds: bounds)
    }
}
