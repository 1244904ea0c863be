import TerminalKit
import Wijkteam

/// Registering a registration or signal at the front door (`n` in triage): where it came from,
/// when, who reports it, the household (found by a search, or new with its members, never a
/// silent duplicate), the question in the reporter's words, life domains, a safety mark, a hard
/// date and, for a resident's own registration, consent to be contacted.
///
/// The form stays open while the store saves it (`takeRequests` sends the save): a refused save
/// keeps everything typed, with the reason in the form. The household's search and the check
/// for known households are asked of the store the same way; an answer for an older query is
/// dropped.
struct RegistrationForm: Sendable {
    enum Field: CaseIterable, Sendable {
        case source, partner, received, reporter, organisation, phone, household, question, domains, safety, hardDate, hardDateKind,
            consent
    }

    /// What is on screen: the form, or one of the household's panels over it.
    enum Stage: Sendable, Equatable { case form, finder, newHousehold, duplicates }

    /// The household as chosen: a known one, or a new one (confirmed despite look-alikes or not).
    enum HouseholdPick: Sendable, Equatable {
        case existing(HouseholdMatch)
        case new(NewHousehold, confirmedDuplicate: Bool)

        var choice: HouseholdChoice {
            switch self {
            case .existing(let m): .existing(m.id)
            case .new(let h, let confirmed): .new(h, confirmedDuplicate: confirmed)
            }
        }
    }

    typealias Outcome = FormOutcome<Registration>

    let today: Day
    let buurten: [String]
    var stage = Stage.form
    var field = Field.source
    var source = SignalSource.selfReferral
    var sourceChoice = FormParts.choices(SignalSource.selfReferral, label: \.label)
    var partnerChoice = FormParts.choices(ArrearsPartner.rent, label: \.label)
    var received: TextInput
    var reporter = TextInput(placeholder: tr("form.register.optional"), maxLength: 80)
    var organisation = TextInput(placeholder: tr("form.register.optional"), maxLength: 80)
    var phone = TextInput(placeholder: tr("form.register.optional"), maxLength: 30)
    var household: HouseholdPick?
    var question = TextInput(placeholder: tr("form.register.question.placeholder"), maxLength: 1000)
    var domains: [LifeDomain] = []
    var domainChoice = FormParts.choices(LifeDomain.financien, label: \.label)
    var safety = false
    var hardDate = TextInput(placeholder: tr("form.register.optional"), maxLength: 20)
    var hardDateKind: HardDateKind?
    /// nil: not asked.
    var consent: Bool?
    var finder = HouseholdFinder()
    var draft: HouseholdDraft
    var duplicates = DuplicateChoice()
    var error: String?
    /// The registration is with the store; keys that would save again wait for its answer.
    var saving = false
    var requests: [FrontDoorRequest] = []
    /// Tokens tie the store's answers to what was asked (never reused within a form).
    var lastToken = 0
    var discard = FormParts.DiscardGuard()

    init(today: Day, buurten: [String]) {
        self.today = today
        self.buurten = buurten
        received = TextInput(text: today.description, maxLength: 20)
        draft = HouseholdDraft(buurten: buurten)
    }

    /// The fields shown: a partner only for vroegsignalering, consent only for a resident's own registration.
    var fields: [Field] {
        Field.allCases.filter { f in
            switch f {
            case .partner: source == .vroegsignalering
            case .consent: source == .selfReferral
            default: true
            }
        }
    }

    var partner: ArrearsPartner { ArrearsPartner.allCases[partnerChoice.selected] }

    var somethingTyped: Bool {
        household != nil || ![reporter, organisation, phone, question, hardDate].allSatisfy { $0.text.trimmed.isEmpty }
            || !domains.isEmpty || safety
    }

    mutating func nextToken() -> Int {
        lastToken += 1
        return lastToken
    }

    // MARK: Keys

    mutating func key(_ key: Key) -> Outcome {
        error = nil
        let mayCancel = discard.allowsCancel(key, somethingTyped: stage == .form && somethingTyped)
        switch stage {
        case .form:
            if key == .escape, !mayCancel {
                error = tr("form.register.discard")
                return .stay
            }
            return formKey(key)
        case .finder: finderKey(key)
        case .newHousehold: draftKey(key)
        case .duplicates: duplicatesKey(key)
        }
        return .stay
    }

    private mutating func formKey(_ key: Key) -> Outcome {
        switch key {
        case .escape: return .cancel
        case .ctrl("s"): return save()
        case .tab, .down: move(1)
        case .backTab, .up: move(-1)
        case .enter:
            if field == .household { openFinder(typing: nil) } else if field == fields.last { return save() } else { move(1) }
        default: edit(key)
        }
        return .stay
    }

    private mutating func edit(_ key: Key) {
        switch field {
        case .source:
            if sourceChoice.apply(key) { source = SignalSource.allCases[sourceChoice.selected] }
        case .partner: _ = partnerChoice.apply(key)
        case .received: _ = received.apply(key)
        case .reporter: _ = reporter.apply(key)
        case .organisation: _ = organisation.apply(key)
        case .phone: _ = phone.apply(key)
        case .household:
            switch key {
            case .char(let c): openFinder(typing: c)
            case .backspace, .delete: household = nil
            default: break
            }
        case .question: _ = question.apply(key)
        case .domains: editDomains(key)
        case .safety: safety = Self.toggled(safety, key)
        case .hardDate: _ = hardDate.apply(key)
        case .hardDateKind: hardDateKind = Self.cycled(hardDateKind, key)
        case .consent: consent = Self.cycledConsent(consent, key)
        }
    }

    /// Typing narrows the domains, `+` adds or removes the one shown, Backspace with nothing typed
    /// takes the last one off.
    private mutating func editDomains(_ key: Key) {
        let shown = LifeDomain.allCases[domainChoice.selected]
        switch key {
        case .char("+"):
            if domains.contains(shown) { domains.removeAll { $0 == shown } } else { domains.append(shown) }
            domainChoice.accept()
        case .backspace where domainChoice.query.isEmpty:
            if !domains.isEmpty { domains.removeLast() }
        default:
            _ = domainChoice.apply(key)
        }
    }

    static func toggled(_ value: Bool, _ key: Key) -> Bool {
        switch key {
        case .char(" "), .left, .right: !value
        case .char("y"), .char("j"): true
        case .char("n"): false
        default: value
        }
    }

    /// None, then each kind: ←/→ or Space.
    static func cycled(_ kind: HardDateKind?, _ key: Key) -> HardDateKind? {
        let all: [HardDateKind?] = [nil] + HardDateKind.allCases.map { $0 }
        let i = all.firstIndex(of: kind) ?? 0
        switch key {
        case .left: return all[(i + all.count - 1) % all.count]
        case .right, .char(" "): return all[(i + 1) % all.count]
        default: return kind
        }
    }

    /// Not asked, yes, no: ←/→ or Space; y/j and n say it at once.
    static func cycledConsent(_ value: Bool?, _ key: Key) -> Bool? {
        let all: [Bool?] = [nil, true, false]
        let i = all.firstIndex(of: value) ?? 0
        switch key {
        case .left: return all[(i + all.count - 1) % all.count]
        case .right, .char(" "): return all[(i + 1) % all.count]
        case .char("y"), .char("j"): return true
        case .char("n"): return false
        default: return value
        }
    }

    mutating func move(_ delta: Int) {
        sourceChoice.accept()
        partnerChoice.accept()
        domainChoice.accept()
        let all = fields
        let at = all.firstIndex(of: field) ?? 0
        field = all[(at + delta + all.count) % all.count]
    }

    // MARK: Saving

    /// Why the form cannot be saved yet, and the field to go to.
    struct Refusal: Error {
        var message: String
        var field: Field
    }

    private mutating func save() -> Outcome {
        guard !saving else { return .stay }
        do {
            let r = try registration()
            saving = true
            requests.append(.register(r))
        } catch {
            self.error = error.message
            field = error.field
        }
        return .stay
    }

    /// The registration as typed, checked by the domain's rules.
    func registration() throws(Refusal) -> Registration {
        guard let pick = household else { throw Refusal(message: tr("form.register.household.missing"), field: .household) }
        guard let day = DayInput.parse(received.text, today: today, expect: .past) else {
            throw Refusal(message: tr("form.register.date.format", received.text.trimmed, DayInput.forms), field: .received)
        }
        var hard: Day?
        if !hardDate.text.trimmed.isEmpty {
            guard let d = DayInput.parse(hardDate.text, today: today, expect: .future) else {
                throw Refusal(message: tr("form.register.date.format", hardDate.text.trimmed, DayInput.forms), field: .hardDate)
            }
            hard = d
        }
        func optional(_ input: TextInput) -> String? { input.text.trimmed.isEmpty ? nil : input.text.trimmed }
        let intake = Intake(
            partner: source == .vroegsignalering ? partner : nil, reporterName: optional(reporter),
            reporterOrganisation: optional(organisation), reporterPhone: optional(phone), hardDate: hard,
            hardDateKind: hardDateKind, consentToContact: source == .selfReferral ? consent : nil)
        let r = Registration(
            source: source, received: day, household: pick.choice, question: question.text.trimmed, domains: domains,
            safety: safety, intake: intake)
        do { try r.validate(today: today) } catch { throw Refusal(message: "\(error)", field: failing(r)) }
        return r
    }

    /// The field a refused registration's rule is about (the message names it too).
    private func failing(_ r: Registration) -> Field {
        if (try? Validation.text(r.question, what: "", required: true)) == nil { return .question }
        if r.received > today { return .received }
        if r.intake.hardDateKind != nil, r.intake.hardDate == nil { return .hardDate }
        if (try? Intake(reporterPhone: r.intake.reporterPhone).validate(source: .other, received: r.received)) == nil { return .phone }
        if (try? Intake(reporterName: r.intake.reporterName).validate(source: .other, received: r.received)) == nil { return .reporter }
        return .organisation
    }

    // MARK: The store's answers

    /// A search or duplicate check answered: what to ask next (a search for a query typed meanwhile).
    mutating func answer(_ answer: FrontDoorAnswer) -> [Effect] {
        switch answer {
        case .found(let query, let token, let matches, let error):
            return finder.found(query: query, token: token, matches, error: error).map { [.frontDoor($0)] } ?? []
        case .duplicates(let h, let token, let matches, let error):
            checked(h, token: token, matches, error: error)
            return []
        case .registered, .refused:
            return []
        }
    }

    /// The store refused the registration: everything typed stays; look-alike households are
    /// offered again.
    mutating func refused(_ message: String, duplicates matches: [HouseholdMatch]) {
        saving = false
        if !matches.isEmpty, case .new(let h, _) = household {
            duplicates = DuplicateChoice(matches: matches, pending: h)
            stage = .duplicates
        }
        error = tr("form.refused.reason", message)
    }
}

extension RegistrationForm: FormDialog {
    mutating func key(_ key: Key, context: FormContext) -> Outcome { self.key(key) }

    /// What saving asks for; the form sends it itself (`takeRequests`) so that it stays open.
    func effects(saving r: Registration, context: FormContext) -> [Effect] { [.frontDoor(.register(r))] }

    mutating func takeRequests() -> [Effect] {
        defer { requests = [] }
        return requests.map { .frontDoor($0) }
    }

    func render(into grid: inout Grid, bounds: Rect, context: FormContext) {
        render(into: &grid, bounds: bounds, privacy: context.privacy)
    }
}
