import TerminalKit
import Wijkteam

/// A colleague added to the team (`a`) or their profile changed (`e`, checked against the
/// version the view showed): id, name, role, discipline, expertise, languages, capacity, work
/// days, account. A refused save opens the form again with everything typed.
struct StaffForm: Sendable {
    enum Field: Int, CaseIterable, Sendable { case id, name, role, discipline, expertise, languages, capacity, workDays, account }
    typealias Outcome = FormOutcome<TeamChange>

    /// The colleague changed, as the view showed them; nil: a new colleague.
    var original: Staff?
    var id = TextInput(placeholder: tr("form.staff.id.placeholder"), maxLength: 40)
    var name = TextInput(placeholder: tr("form.staff.name.placeholder"), maxLength: Validation.nameLength)
    var roleChoice = FormParts.choices(StaffRole.generalist, label: \.label)
    var discipline = TextInput(placeholder: tr("form.staff.discipline.placeholder"), maxLength: 80)
    var expertise = TextInput(placeholder: tr("form.staff.expertise.placeholder"), maxLength: 400)
    var languages = TextInput(text: "nl", maxLength: 60)
    var capacity = TextInput(text: "8", maxLength: 8)
    var workDays = TextInput(placeholder: tr("form.staff.workdays.placeholder"), maxLength: 40)
    var account = TextInput(placeholder: tr("form.staff.account.placeholder"), maxLength: 64)
    var field: Field = .id
    var error: String?

    init() {}

    init(editing s: Staff) {
        original = s
        fill(s)
        field = .name
    }

    /// Opens again after a refused save with what was typed, on the colleague as they are now.
    init(draft change: TeamChange, current: Staff?, error: String) {
        switch change {
        case .add(let s): fill(s)
        case .update(let s, _):
            original = current ?? s
            fill(s)
            field = .name
        default: break
        }
        self.error = error
    }

    private mutating func fill(_ s: Staff) {
        func set(_ input: inout TextInput, _ text: String) {
            input.text = text
            input.cursor = text.count
        }
        set(&id, s.id)
        set(&name, s.name)
        set(&discipline, s.discipline)
        set(&expertise, s.expertise.map(\.rawValue).joined(separator: ", "))
        set(&languages, s.languages.joined(separator: " "))
        // Exactly as stored: the view's one decimal would change 6.25 on an unrelated edit.
        set(&capacity, s.capacity == s.capacity.rounded() ? String(Int(s.capacity)) : String(s.capacity))
        set(&workDays, WorkDays.text(s.workDays))
        set(&account, s.account ?? "")
        roleChoice = FormParts.choices(s.role, label: \.label)
    }

    /// The id of a colleague stays what it was (the audit log and cases name it).
    var fields: [Field] { original == nil ? Field.allCases : Field.allCases.filter { $0 != .id } }

    mutating func key(_ key: Key) -> Outcome {
        error = nil
        switch FormKey(key) {
        case .cancel: return .cancel
        case .save: return save()
        case .move(let delta):
            roleChoice.accept()
            field = field.cycled(by: delta, among: fields)
            return .stay
        case nil: break
        }
        switch field {
        case .id: _ = id.apply(key)
        case .name: _ = name.apply(key)
        case .role: _ = roleChoice.apply(key)
        case .discipline: _ = discipline.apply(key)
        case .expertise: _ = expertise.apply(key)
        case .languages: _ = languages.apply(key)
        case .capacity: _ = capacity.apply(key)
        case .workDays: _ = workDays.apply(key)
        case .account: _ = account.apply(key)
        }
        return .stay
    }

    private mutating func fail(_ text: String, at f: Field) -> Outcome {
        error = text
        field = f
        return .stay
    }

    private mutating func save() -> Outcome {
        roleChoice.accept()
        let staffID = original?.id ?? id.text.trimmed
        guard !staffID.isEmpty, staffID.count <= 40,
            staffID.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
        else { return fail(tr("form.staff.id.invalid"), at: .id) }
        do { try Validation.name(name.text.trimmed) } catch { return fail("\(error)", at: .name) }
        do { try Validation.text(discipline.text, what: tr("form.staff.discipline"), max: 80) } catch {
            return fail("\(error)", at: .discipline)
        }
        var domains: [LifeDomain] = []
        for part in expertise.text.split(separator: ",").map({ String($0).trimmed.lowercased() }) where !part.isEmpty {
            guard let d = LifeDomain.allCases.first(where: { $0.rawValue == part || $0.label.lowercased() == part }) else {
                return fail(tr("form.staff.expertise.unknown", part), at: .expertise)
            }
            if !domains.contains(d) { domains.append(d) }
        }
        let codes = languages.text.split(whereSeparator: { $0 == " " || $0 == "," }).map { String($0).lowercased() }
        do { for code in codes { try Validation.language(code) } } catch { return fail("\(error)", at: .languages) }
        guard let cap = Double(capacity.text.trimmed.replacingComma), Team.capacityRange.contains(cap) else {
            return fail(tr("form.staff.capacity.invalid", capacity.text.trimmed), at: .capacity)
        }
        guard let days = WorkDays.parse(workDays.text) else {
            return fail(tr("form.staff.workdays.invalid", workDays.text.trimmed), at: .workDays)
        }
        let osName = account.text.trimmed
        guard !osName.contains(where: \.isWhitespace) else { return fail(tr("form.staff.account.invalid"), at: .account) }
        var s = original ?? Staff(id: staffID, name: "", role: .generalist, capacity: cap)
        s.name = name.text.trimmed
        s.role = StaffRole.allCases[roleChoice.selected]
        s.discipline = discipline.text.trimmed
        s.expertise = domains
        s.languages = codes.isEmpty ? ["nl"] : codes
        s.capacity = cap
        s.workDays = days.count == 7 ? [] : days
        s.account = osName.isEmpty ? nil : osName
        guard let o = original else { return .save(.add(s)) }
        return s == o ? .cancel : .save(.update(s, expectedVersion: o.version))
    }

    func rows() -> [FormRow] {
        var rows: [FormRow] = []
        if let o = original {
            rows.append(FormRow(label: tr("form.staff.id"), focused: false, value: .toggle(o.id)))
        } else {
            rows.append(FormRow(label: tr("form.staff.id"), focused: field == .id, value: .text(id, hidden: false)))
        }
        let meaning = WorkDays.parse(workDays.text).map { $0.isEmpty ? tr("screens.team.fulltime") : WorkDays.label($0) }
        return rows + [
            FormRow(label: tr("form.staff.name"), focused: field == .name, value: .text(name, hidden: false)),
            FormRow(label: tr("form.staff.role"), focused: field == .role, value: .choice(roleChoice)),
            FormRow(label: tr("form.staff.discipline"), focused: field == .discipline, value: .text(discipline, hidden: false)),
            FormRow(label: tr("form.staff.expertise"), focused: field == .expertise, value: .text(expertise, hidden: false)),
            FormRow(label: tr("form.staff.languages"), focused: field == .languages, value: .text(languages, hidden: false)),
            FormRow(label: tr("form.staff.capacity"), focused: field == .capacity, value: .text(capacity, hidden: false)),
            FormRow(label: tr("form.staff.workdays"), focused: field == .workDays, value: .coded(workDays, meaning: meaning)),
            FormRow(label: tr("form.staff.account"), focused: field == .account, value: .text(account, hidden: false)),
        ]
    }
}

extension String {
    /// "4,5" → "4.5": a Dutch decimal comma is a decimal point.
    fileprivate var replacingComma: String { String(map { $0 == "," ? "." : $0 }) }
}

extension StaffForm: FormDialog {
    mutating func key(_ key: Key, context: FormContext) -> Outcome { self.key(key) }
    func effects(saving change: TeamChange, context: FormContext) -> [Effect] { [.teamChange(change)] }

    func render(into grid: inout Grid, bounds: Rect, context: FormContext) {
        // Staff names are not client data: shown as on the board, also in privacy mode.
        let title = original.map { tr("form.staff.title.edit", $0.name) } ?? tr("form.staff.title.add")
        // Which words the expertise field knows, while it is typed in.
        let domains = LifeDomain.allCases.map(\.rawValue).joined(separator: ", ")
        let notes: [(String, Style)] = field == .expertise ? [(tr("form.staff.expertise.note", domains), Style(.muted))] : []
        FormSheet.render(
            title: title, rows: rows(), notes: notes, error: error, hint: tr("form.household.hint"), into: &grid, bounds: bounds)
    }
}

/// A colleague is away (`w`): from, to (empty: until further notice) and why.
struct AwayForm: Sendable {
    enum Field: Int, CaseIterable, Sendable { case from, to, kind }
    typealias Outcome = FormOutcome<TeamChange>

    let staff: Staff
    let today: Day
    var from: TextInput
    var to = TextInput(placeholder: tr("form.away.to.placeholder"), maxLength: 20)
    var kind: AbsenceKind = .leave
    var field: Field = .from
    var error: String?

    init(staff: Staff, today: Day) {
        self.staff = staff
        self.today = today
        from = TextInput(text: today.description, maxLength: 20)
    }

    /// Opens again after a refused save with what was typed.
    init(staff: Staff, today: Day, from day: Day, to end: Day?, kind: AbsenceKind, error: String) {
        self.init(staff: staff, today: today)
        from.text = day.description
        to.text = end?.description ?? ""
        self.kind = kind
        self.error = error
    }

    mutating func key(_ key: Key) -> Outcome {
        error = nil
        switch FormKey(key) {
        case .cancel: return .cancel
        case .save: return save()
        case .move(let delta): field = field.cycled(by: delta, among: Field.allCases); return .stay
        case nil: break
        }
        switch field {
        case .from: _ = from.apply(key)
        case .to: _ = to.apply(key)
        case .kind: kind = FormParts.cycle(kind, key)
        }
        return .stay
    }

    private mutating func save() -> Outcome {
        guard let start = DayInput.parse(from.text, today: today, expect: .future) else {
            error = tr("form.away.date.format", DayInput.forms); field = .from
            return .stay
        }
        var end: Day?
        if !to.text.trimmed.isEmpty {
            guard let d = DayInput.parse(to.text, today: start, expect: .future) else {
                error = tr("form.away.date.format", DayInput.forms); field = .to
                return .stay
            }
            guard d >= start else { error = tr("form.away.order", d, start); field = .to; return .stay }
            end = d
        }
        return .save(.away(staff.id, from: start, to: end, kind: kind, expectedVersion: staff.version))
    }
}

extension AwayForm: FormDialog {
    mutating func key(_ key: Key, context: FormContext) -> Outcome { self.key(key) }
    func effects(saving change: TeamChange, context: FormContext) -> [Effect] { [.teamChange(change)] }

    func render(into grid: inout Grid, bounds: Rect, context: FormContext) {
        let rows = [
            FormRow(label: tr("form.away.from"), focused: field == .from, value: .date(from, today: today, expect: .future)),
            FormRow(label: tr("form.away.to"), focused: field == .to, value: .date(to, today: today, expect: .future)),
            FormRow(label: tr("form.away.kind"), focused: field == .kind, value: .toggle(kind.label)),
        ]
        FormSheet.render(
            title: tr("form.away.title", staff.name), rows: rows, notes: [(tr("form.away.note"), Style(.muted))], error: error,
            hint: tr("form.away.hint"), into: &grid, bounds: bounds)
    }
}

/// A colleague leaves the team (`L`) on a day, after a confirmation. While they are regisseur of
/// open cases the store refuses it: the form says so beforehand and points at the handover.
struct StaffLeaveForm: Sendable {
    typealias Outcome = FormOutcome<TeamChange>
    let staff: Staff
    let today: Day
    let openCases: [Int]
    var date: TextInput
    var confirming: Day?
    var error: String?

    init(staff: Staff, today: Day, openCases: [Int], day: Day? = nil, error: String? = nil) {
        self.staff = staff
        self.today = today
        self.openCases = openCases
        date = TextInput(text: (day ?? today).description, maxLength: 20)
        self.error = error
    }

    mutating func key(_ key: Key) -> Outcome {
        error = nil
        if let day = confirming {
            switch key {
            case .enter, .char("y"), .char("j"): return .save(.leave(staff.id, on: day, expectedVersion: staff.version))
            case .escape, .char("n"): confirming = nil
            default: break
            }
            return .stay
        }
        switch FormKey(key) {
        case .cancel: return .cancel
        case .save:
            guard let day = DayInput.parse(date.text, today: today, expect: .future) else {
                error = tr("form.away.date.format", DayInput.forms)
                return .stay
            }
            confirming = day
        case .move: break
        case nil: _ = date.apply(key)
        }
        return .stay
    }
}

extension StaffLeaveForm: FormDialog {
    mutating func key(_ key: Key, context: FormContext) -> Outcome { self.key(key) }
    func effects(saving change: TeamChange, context: FormContext) -> [Effect] { [.teamChange(change)] }

    func render(into grid: inout Grid, bounds: Rect, context: FormContext) {
        let rows = [
            FormRow(label: tr("form.staffleave.date"), focused: confirming == nil, value: .date(date, today: today, expect: .future))
        ]
        var notes: [(String, Style)] = []
        if !openCases.isEmpty {
            let list = openCases.prefix(12).map { "#\($0)" }.joined(separator: " ") + (openCases.count > 12 ? " …" : "")
            notes.append((trCount("form.staffleave.openCases", openCases.count, staff.name, list), Style(.warning, [.bold])))
        }
        if let day = confirming {
            notes.append((tr("form.staffleave.confirm", staff.name, day), Style(.warning, [.bold])))
            notes.append((tr("form.staffleave.confirm.effect"), Style(.muted)))
        }
        FormSheet.render(
            title: tr("form.staffleave.title", staff.name), rows: rows, notes: notes, error: error,
            hint: confirming == nil ? tr("form.staffleave.hint") : tr("form.leave.confirm.keys"), into: &grid, bounds: bounds)
    }
}

/// Who covers an absent colleague's open cases (`c`): the colleagues available today, with their
/// load against capacity.
struct CoverForm: Sendable {
    typealias Outcome = FormOutcome<TeamChange>
    let absent: Staff
    let candidates: [Staff]
    var picker: Picker

    init(absent: Staff, candidates: [Staff], loads: [StaffID: Double], cases: Int) {
        self.absent = absent
        self.candidates = candidates
        picker = Picker(
            title: trCount("form.cover.title", cases, absent.name),
            items: candidates.map { s in
                let load = loads[s.id] ?? 0
                let level = Caseload.level(load: load, capacity: s.capacity)
                return PickerItem(
                    title: s.name, detail: tr("form.cover.detail", Format.load(load), Format.load(s.capacity), s.discipline),
                    style: Style(level == .over ? .warning : .normal))
            }, footer: tr("form.hint.enter.chooses"))
    }

    mutating func key(_ key: Key) -> Outcome {
        switch key {
        case .escape: return .cancel
        case .enter:
            guard let i = picker.selectedItemIndex else { return .stay }
            return .save(.cover(absent: absent.id, cover: candidates[i].id))
        default:
            Dialog.navigate(&picker, key)
            return .stay
        }
    }
}

extension CoverForm: FormDialog {
    mutating func key(_ key: Key, context: FormContext) -> Outcome { self.key(key) }
    func effects(saving change: TeamChange, context: FormContext) -> [Effect] { [.teamChange(change)] }
    func render(into grid: inout Grid, bounds: Rect, context: FormContext) { Dialog.renderPicker(picker, into: &grid, bounds: bounds) }
}
