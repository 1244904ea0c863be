import TerminalKit
import Wijkteam

/// The household's address (`A`): street, number and addition, postcode, buurt (one of the
/// district's), language; or that it moved out of the district, with the day. Checked against
/// the version the form showed. Tab or ↑/↓ move, Enter saves, Esc cancels.
struct AddressForm: Sendable {
    enum Field: Int, CaseIterable, Sendable { case street, number, addition, postcode, buurt, language, left, leftOn }
    typealias Outcome = FormOutcome<HouseholdChange>

    let today: Day
    /// The household as the form started (or as it is now, after a refusal): its version is checked.
    let original: Household
    let buurten: [String]
    var street: TextInput
    var number: TextInput
    var addition: TextInput
    var postcode: TextInput
    var buurtChoice: ChoiceField
    var language: TextInput
    var leftDistrict: Bool
    var leftOn: TextInput
    var field: Field = .street
    var error: String?

    /// `buurten`: the district's; a household without a buurt may stay without one.
    init(household h: Household, buurten: [String], today: Day) {
        self.today = today
        original = h
        self.buurten = h.address.buurt.isEmpty ? [""] + buurten : buurten
        street = TextInput(text: h.address.street, maxLength: Validation.nameLength)
        number = TextInput(text: h.address.number, maxLength: 5)
        addition = TextInput(text: h.address.addition, placeholder: tr("form.address.addition.placeholder"), maxLength: 10)
        postcode = TextInput(text: h.address.postcode, placeholder: "1234 AB", maxLength: 8)
        buurtChoice = ChoiceField(
            choices: self.buurten.map { $0.isEmpty ? tr("form.address.buurt.none") : $0 },
            selected: self.buurten.firstIndex(of: h.address.buurt) ?? 0)
        language = TextInput(text: h.language, maxLength: 3)
        leftDistrict = h.leftDistrictOn != nil
        leftOn = TextInput(text: (h.leftDistrictOn ?? today).description, maxLength: 20)
    }

    /// Opens again after a refused save with what was typed (`draft`), on the household as it is now.
    init(draft: Household, current: Household, buurten: [String], today: Day, error: String) {
        self.init(household: current, buurten: buurten, today: today)
        street.text = draft.address.street
        number.text = draft.address.number
        addition.text = draft.address.addition
        postcode.text = draft.address.postcode
        buurtChoice.selected = self.buurten.firstIndex(of: draft.address.buurt) ?? buurtChoice.selected
        language.text = draft.language
        leftDistrict = draft.leftDistrictOn != nil
        leftOn.text = (draft.leftDistrictOn ?? today).description
        self.error = error
    }

    /// The fields that can be reached: the day only when the household moved out of the district.
    var fields: [Field] { leftDistrict ? Field.allCases : Field.allCases.filter { $0 != .leftOn } }

    mutating func key(_ key: Key) -> Outcome {
        error = nil
        switch FormKey(key) {
        case .cancel: return .cancel
        case .save: return save()
        case .move(let delta): move(delta); return .stay
        case nil: break
        }
        switch field {
        case .street: _ = street.apply(key)
        case .number:
            if case .char(let c) = key, !c.isNumber { error = tr("form.address.number.digits"); return .stay }
            _ = number.apply(key)
        case .addition: _ = addition.apply(key)
        case .postcode: _ = postcode.apply(key)
        case .buurt: _ = buurtChoice.apply(key)
        case .language:
            if case .char(let c) = key { _ = language.apply(.char(Character(c.lowercased()))) } else { _ = language.apply(key) }
        case .left:
            switch key {
            case .char(" "), .left, .right: leftDistrict.toggle()
            case .char("y"), .char("j"): leftDistrict = true
            case .char("n"): leftDistrict = false
            default: break
            }
        case .leftOn: _ = leftOn.apply(key)
        }
        return .stay
    }

    private mutating func move(_ delta: Int) {
        buurtChoice.accept()
        field = field.cycled(by: delta, among: fields)
    }

    private mutating func save() -> Outcome {
        buurtChoice.accept()
        var h = original
        h.address.street = street.text.trimmed
        h.address.number = number.text.trimmed
        h.address.addition = addition.text.trimmed
        h.language = language.text.trimmed
        h.address.buurt = buurten[buurtChoice.selected]
        do {
            try Validation.name(h.address.street, what: tr("validation.what.street"))
            try Validation.houseNumber(h.address.number, h.address.addition)
        } catch {
            self.error = "\(error)"; field = h.address.street.isEmpty ? .street : .number
            return .stay
        }
        do { h.address.postcode = try Postcode.validated(postcode.text) } catch {
            self.error = "\(error)"; field = .postcode
            return .stay
        }
        do { try Validation.language(h.language) } catch {
            self.error = "\(error)"; field = .language
            return .stay
        }
        h.leftDistrictOn = nil
        if leftDistrict {
            guard let day = DayInput.parse(leftOn.text, today: today, expect: .past) else {
                error = tr("form.leave.date.format", DayInput.forms); field = .leftOn
                return .stay
            }
            guard day <= today else { error = tr("form.leave.date.future", day); field = .leftOn; return .stay }
            h.leftDistrictOn = day
        }
        if h == original { return .cancel }
        return .save(.address(h, expectedVersion: original.version))
    }

    /// In privacy mode the street, number and postcode are not shown (the household view shows
    /// only the buurt then): they say where a family lives.
    func rows(privacy: Bool) -> [FormRow] {
        let lang = language.text.trimmed
        func place(_ input: TextInput) -> FormRow.Value { privacy ? .toggle(tr("form.address.hidden")) : .text(input, hidden: false) }
        var out = [
            FormRow(label: tr("form.address.street"), focused: field == .street, value: place(street)),
            FormRow(label: tr("form.address.number"), focused: field == .number, value: place(number)),
            FormRow(label: tr("form.address.addition"), focused: field == .addition, value: place(addition)),
            FormRow(label: tr("form.address.postcode"), focused: field == .postcode, value: place(postcode)),
            FormRow(label: tr("form.address.buurt"), focused: field == .buurt, value: .choice(buurtChoice)),
            FormRow(
                label: tr("form.address.language"), focused: field == .language,
                value: .coded(language, meaning: lang.isEmpty ? nil : SuggestionRanker.languageName(lang))),
            FormRow(
                label: tr("form.address.left"), focused: field == .left,
                value: .toggle(leftDistrict ? tr("form.address.left.yes") : tr("form.address.left.no"))),
        ]
        if leftDistrict {
            out.append(
                FormRow(label: tr("form.address.leftOn"), focused: field == .leftOn, value: .date(leftOn, today: today, expect: .past)))
        }
        return out
    }
}

extension AddressForm: FormDialog {
    mutating func key(_ key: Key, context: FormContext) -> Outcome { self.key(key) }
    func effects(saving change: HouseholdChange, context: FormContext) -> [Effect] { [.householdChange(change)] }

    func render(into grid: inout Grid, bounds: Rect, context: FormContext) {
        let title = tr("form.address.title", Format.household(original.name, privacy: context.privacy))
        FormSheet.render(
            title: title, rows: rows(privacy: context.privacy), error: FormSheet.shown(error, context: context),
            hint: tr("form.household.hint"), into: &grid,
            bounds: bounds)
    }
}
