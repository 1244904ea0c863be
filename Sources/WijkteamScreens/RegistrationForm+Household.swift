import TerminalKit
import Wijkteam

/// The household part of the registration form: the search, a new household with its members,
/// and the warning when a new one looks like a household the team knows.

/// The search at the desk: what is typed, the households found for it, and the one chosen.
/// One search at a time goes to the store; what is typed meanwhile is asked for when it answers.
struct HouseholdFinder: Sendable {
    static let limit = 30
    var query = TextInput(placeholder: tr("form.register.finder.placeholder"), maxLength: 80)
    var results: [HouseholdMatch] = []
    /// The query `results` answer.
    var shownQuery = ""
    /// Index into `results`; `results.count` is "new household".
    var selected = 0
    /// The token of the last query typed, and of the search the store is running.
    var token = 0
    var inFlight: Int?
    var error: String?

    var current: String { query.text.trimmed }
    var searching: Bool { inFlight != nil || (current.count >= 2 && shownQuery != current) }
    var isNewSelected: Bool { selected >= results.count }
    var selectedMatch: HouseholdMatch? { results.indices.contains(selected) ? results[selected] : nil }

    mutating func move(_ delta: Int) { selected = max(0, min(results.count, selected + delta)) }

    /// The query changed: the search to ask for now (none while another runs or under two letters).
    mutating func queryChanged(next tokens: inout Int) -> FrontDoorRequest? {
        tokens += 1
        token = tokens
        guard current.count >= 2 else {
            results = []
            shownQuery = current
            selected = 0
            return nil
        }
        guard inFlight == nil else { return nil }
        inFlight = token
        return .search(current, limit: Self.limit, token: token)
    }

    /// A search answered: shown when it is for what is typed now, else dropped, and the query
    /// typed meanwhile is asked for.
    mutating func found(query q: String, token t: Int, _ matches: [HouseholdMatch], error: String?) -> FrontDoorRequest? {
        guard t == inFlight else { return nil }
        inFlight = nil
        if t == token, q == current {
            results = matches
            shownQuery = q
            selected = 0
            self.error = error
            return nil
        }
        guard current.count >= 2 else { return nil }
        inFlight = token
        return .search(current, limit: Self.limit, token: token)
    }
}

/// A new household as typed: its address, buurt, language and members.
struct HouseholdDraft: Sendable {
    struct Member: Sendable {
        var name = TextInput(maxLength: 200)
        var born = TextInput(placeholder: tr("form.date.placeholder"), maxLength: 20)
        var role = MemberRole.adult
        var client = true
    }

    enum Row: Sendable, Equatable {
        case street, number, addition, postcode, buurt, language
        case name(Int), born(Int), role(Int), client(Int)
        case addMember
    }

    var street = TextInput(maxLength: 80)
    var number = TextInput(maxLength: 5)
    var addition = TextInput(placeholder: tr("form.register.optional"), maxLength: 10)
    var postcode = TextInput(placeholder: "1234 AB", maxLength: 10)
    var buurt: ChoiceField
    var language = TextInput(text: "nl", maxLength: 3)
    var members = [Member()]
    var row = Row.street
    /// The token of the duplicate check the store is running.
    var checking: Int?
    var error: String?

    init(buurten: [String]) {
        buurt = ChoiceField(choices: buurten)
    }

    var rows: [Row] {
        [.street, .number, .addition, .postcode, .buurt, .language]
            + members.indices.flatMap { [Row.name($0), .born($0), .role($0), .client($0)] } + [.addMember]
    }

    var isEmpty: Bool { members.allSatisfy { $0.name.text.trimmed.isEmpty } && street.text.trimmed.isEmpty && postcode.isEmpty }

    mutating func move(_ delta: Int) {
        buurt.accept()
        let all = rows
        row = all[max(0, min(all.count - 1, (all.firstIndex(of: row) ?? 0) + delta))]
    }

    mutating func addMember() {
        var m = Member()
        // A second member is most often a child or a partner: a child, not a client, to start with.
        if !members.isEmpty { m.role = .child; m.client = false }
        members.append(m)
        row = .name(members.count - 1)
    }

    /// Ctrl-D on a member's rows: the member goes (one always stays).
    mutating func removeMember() {
        let i: Int
        switch row {
        case .name(let m), .born(let m), .role(let m), .client(let m): i = m
        default: return
        }
        guard members.count > 1 else { error = tr("validation.household.no_members"); return }
        members.remove(at: i)
        row = .name(min(i, members.count - 1))
    }

    mutating func edit(_ key: Key) {
        switch row {
        case .street: _ = street.apply(key)
        case .number: _ = number.apply(key)
        case .addition: _ = addition.apply(key)
        case .postcode: _ = postcode.apply(key)
        case .buurt: _ = buurt.apply(key)
        case .language: _ = language.apply(key)
        case .name(let i): _ = members[i].name.apply(key)
        case .born(let i): _ = members[i].born.apply(key)
        case .role(let i): members[i].role = FormParts.cycle(members[i].role, key)
        case .client(let i): members[i].client = RegistrationForm.toggled(members[i].client, key)
        case .addMember: if key == .char(" ") || key == .char("+") { addMember() }
        }
    }

    /// The household as typed, checked by the domain's rules; otherwise why not, at the row to fix.
    func household(today: Day, buurten: [String]) throws(RowRefusal) -> NewHousehold {
        var people: [NewPerson] = []
        for (i, m) in members.enumerated() {
            guard let born = DayInput.parse(m.born.text, today: today, expect: .past) else {
                let shown = m.name.text.trimmed.isEmpty ? tr("form.register.new.member", i + 1) : m.name.text.trimmed
                throw RowRefusal(message: tr("form.register.new.born.format", shown, m.born.text.trimmed), row: .born(i))
            }
            let p = NewPerson(name: m.name.text.trimmed, birthDate: born, role: m.role, isClient: m.client)
            do { try p.validate(today: today) } catch {
                throw RowRefusal(message: "\(error)", row: p.name.isEmpty ? .name(i) : .born(i))
            }
            people.append(p)
        }
        let typed = postcode.text.trimmed
        let h = NewHousehold(
            street: street.text.trimmed, number: number.text.trimmed, addition: addition.text.trimmed,
            postcode: Postcode(typed)?.description ?? typed, buurt: buurten.isEmpty ? "" : buurt.value,
            language: language.text.trimmed.lowercased(), members: people)
        do { try h.validate(buurten: buurten, today: today) } catch {
            throw RowRefusal(message: "\(error)", row: rowOf(h))
        }
        return h
    }

    /// The first address row a refused household's rules are about.
    private func rowOf(_ h: NewHousehold) -> Row {
        if (try? Validation.name(h.street)) == nil { return .street }
        if (try? Validation.houseNumber(h.number, "")) == nil { return .number }
        if (try? Validation.houseNumber(h.number, h.addition)) == nil { return .addition }
        if (try? Postcode.validated(h.postcode)) == nil { return .postcode }
        if (try? Validation.language(h.language)) == nil { return .language }
        return .buurt
    }

    struct RowRefusal: Error {
        var message: String
        var row: Row
    }
}

/// The warning when a new household looks like one the team knows: use one of those, or create
/// the new one anyway (explicitly; the store logs it).
struct DuplicateChoice: Sendable {
    var matches: [HouseholdMatch] = []
    var pending: NewHousehold?
    /// Index into `matches`; `matches.count` is "create anyway".
    var selected = 0

    var isCreateSelected: Bool { selected >= matches.count }
    mutating func move(_ delta: Int) { selected = max(0, min(matches.count, selected + delta)) }
}

extension RegistrationForm {
    /// Opens the search, with the key that opened it typed into it.
    mutating func openFinder(typing c: Character?) {
        stage = .finder
        if let c {
            finder.query.insert(String(c))
            if let r = finder.queryChanged(next: &lastToken) { requests.append(r) }
        }
    }

    mutating func finderKey(_ key: Key) {
        if key == .escape || key == .enter, !finder.query.text.trimmed.isEmpty {
            let words = finder.query.text.split(whereSeparator: \.isWhitespace).count
            requests.append(.logSearch(words: words, shown: finder.results.count))
        }
        switch key {
        case .escape: stage = .form
        case .up: finder.move(-1)
        case .down: finder.move(1)
        case .pageUp: finder.move(-10)
        case .pageDown: finder.move(10)
        case .enter:
            if let m = finder.selectedMatch {
                household = .existing(m)
                stage = .form
                field = .question
            } else {
                if draft.isEmpty { prefillDraft() }
                stage = .newHousehold
            }
        default:
            let before = finder.query.text
            _ = finder.query.apply(key)
            if finder.query.text != before, let r = finder.queryChanged(next: &lastToken) { requests.append(r) }
        }
    }

    /// What was searched for starts the new household: a postcode, a street and number, or a
    /// name; a neighbour found at that postcode or in that street gives the buurt.
    private mutating func prefillDraft() {
        let q = finder.current
        var neighbour: HouseholdMatch?
        if let p = Postcode(q) {
            draft.postcode = TextInput(text: p.description, maxLength: 10)
            neighbour = finder.results.first { $0.postcode == p.description }
        } else if let last = q.split(separator: " ").last, last.first?.isNumber == true, q.contains(" ") {
            let street = String(q.dropLast(last.count)).trimmed
            draft.street = TextInput(text: street, maxLength: 80)
            draft.number = TextInput(text: String(last.prefix { $0.isNumber }), maxLength: 5)
            neighbour = finder.results.first { JournalSearch.folded($0.addressLine).hasPrefix(JournalSearch.folded(street) + " ") }
        } else if !q.isEmpty, !q.contains(where: \.isNumber) {
            draft.members[0].name = TextInput(text: q, maxLength: 200)
            draft.row = .name(0)
        }
        if let buurt = neighbour?.buurt, let i = buurten.firstIndex(of: buurt) { draft.buurt.selected = i }
    }

    mutating func draftKey(_ key: Key) {
        draft.error = nil
        switch key {
        case .escape: stage = .finder
        case .ctrl("s"): finishDraft()
        case .tab, .down: draft.move(1)
        case .backTab, .up: draft.move(-1)
        case .ctrl("d"): draft.removeMember()
        case .enter:
            if draft.row == .addMember { draft.addMember() } else { draft.move(1) }
        default: draft.edit(key)
        }
    }

    /// The new household is typed: the store is asked whether the team knows it already.
    private mutating func finishDraft() {
        guard draft.checking == nil else { return }
        do {
            let h = try draft.household(today: today, buurten: buurten)
            let token = nextToken()
            draft.checking = token
            requests.append(.duplicates(h, token: token))
        } catch {
            draft.error = error.message
            draft.row = error.row
        }
    }

    /// The store's answer on a new household: none known, back to the form; look-alikes, the warning.
    mutating func checked(_ h: NewHousehold, token: Int, _ matches: [HouseholdMatch], error: String?) {
        guard token == draft.checking else { return }
        draft.checking = nil
        if let error {
            draft.error = tr("form.register.new.failed", error)
        } else if matches.isEmpty {
            household = .new(h, confirmedDuplicate: false)
            stage = .form
            field = .question
        } else {
            duplicates = DuplicateChoice(matches: matches, pending: h)
            stage = .duplicates
        }
    }

    mutating func duplicatesKey(_ key: Key) {
        switch key {
        case .escape: stage = .newHousehold
        case .up: duplicates.move(-1)
        case .down, .tab: duplicates.move(1)
        case .enter:
            if let pending = duplicates.pending, duplicates.isCreateSelected {
                household = .new(pending, confirmedDuplicate: true)
            } else if duplicates.matches.indices.contains(duplicates.selected) {
                household = .existing(duplicates.matches[duplicates.selected])
            }
            stage = .form
            field = .question
        default: break
        }
    }
}
