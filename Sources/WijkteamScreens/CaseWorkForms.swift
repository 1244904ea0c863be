import TerminalKit
import Wijkteam

/// A change to a case that the household screen asks the app to save. When the save is
/// refused (someone else changed the case meanwhile, a rule not met) the form opens again with
/// everything that was typed, so the change can be applied again.
public enum CaseEdit: Sendable, Equatable {
    case journal(JournalDraft)
    case phase(caseID: Int, to: Phase, expectedVersion: Int)
    case zrm(ZRMDraft)
    case goal(PlanGoal, expectedVersion: Int?)
    /// `noFinalZRM`: why the case closes without a final ZRM measurement (nil: it has one).
    case close(caseID: Int, reason: String, noFinalZRM: String?, expectedVersion: Int)
    /// Break the glass: read the history of a case one gave oneself access to, for a reason.
    case breakGlass(caseID: Int, reason: String)
}

public struct JournalDraft: Sendable, Equatable {
    public var caseID: Int
    public var kind: JournalKind
    public var date: Day
    public var text: String
    public var sensitive: Bool
    public init(caseID: Int, kind: JournalKind, date: Day, text: String, sensitive: Bool) {
        self.caseID = caseID; self.kind = kind; self.date = date; self.text = text; self.sensitive = sensitive
    }
}

public struct ZRMDraft: Sendable, Equatable {
    public var personID: Int
    public var date: Day
    /// The scores typed in this form.
    public var scores: [LifeDomain: Int]
    /// The domains marked not assessed.
    public var notAssessed: Set<LifeDomain>
    /// The latest scores the form showed as hints; a measurement recorded meanwhile is refused.
    public var basedOn: [LifeDomain: Int]
    public init(personID: Int, date: Day, scores: [LifeDomain: Int], notAssessed: Set<LifeDomain>, basedOn: [LifeDomain: Int]) {
        self.personID = personID; self.date = date; self.scores = scores; self.notAssessed = notAssessed; self.basedOn = basedOn
    }
}

/// Pieces the case-work forms share.
enum FormParts {
    static func label(_ text: String, focused: Bool, into grid: inout Grid, x: Int, y: Int, width: Int) {
        grid.put((focused ? "▸ " : "  ") + text, x: x, y: y, style: Style(focused ? .key : .muted, focused ? [.bold] : []), maxWidth: width)
    }

    static func choice(_ text: String, focused: Bool, into grid: inout Grid, area: Rect) {
        grid.put(text + (focused ? "  ←/→" : ""), x: area.x, y: area.y, style: Style(.normal, focused ? [.bold] : []), maxWidth: area.width)
    }

    static func field(_ input: TextInput, focused: Bool, into grid: inout Grid, area: Rect) {
        if focused { input.render(into: &grid, area: area) } else {
            grid.put(input.text.isEmpty ? "—" : input.text, x: area.x, y: area.y, style: Style(input.text.isEmpty ? .muted : .normal),
                     maxWidth: area.width)
        }
    }

    /// What a date field's text means, beside the field: "→ vr 11 dec 2026" (or that it is no date yet).
    static func dateMeaning(_ text: String, today: Day, expect: DayInput.Expect, into grid: inout Grid, x: Int, y: Int, maxX: Int) {
        guard let meaning = DayInput.meaning(text, today: today, expect: expect), maxX > x else { return }
        let known = DayInput.parse(text, today: today, expect: expect) != nil
        grid.put(meaning, x: x, y: y, style: Style(known ? .success : .warning), maxWidth: maxX - x)
    }

    /// The hint, or the error wrapped over as many rows as it needs (a refusal says what the
    /// record is now: cut off, it would say nothing). `footerRows` tells a form how many to keep.
    static func footer(_ error: String?, hint: String, into grid: inout Grid, inner: Rect) {
        guard let error else {
            grid.put(hint, x: inner.x, y: inner.maxY - 1, style: Style(.muted), maxWidth: inner.width)
            return
        }
        let lines = TextBlock.wrap(error, width: max(1, inner.width))
        let rows = max(1, min(lines.count, inner.height - 1))
        for (i, line) in lines.prefix(rows).enumerated() {
            let y = inner.maxY - rows + i
            grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1))
            let cut = i == rows - 1 && rows < lines.count
            grid.put(cut ? line + " …" : line, x: inner.x, y: y, style: Style(.error, [.bold]), maxWidth: inner.width)
        }
    }

    /// Rows the footer takes in a form `width` cells wide inside its border.
    static func footerRows(_ error: String?, width: Int) -> Int {
        error.map { TextBlock.wrap($0, width: max(1, width)).count } ?? 1
    }

    /// Esc in a form with something typed asks once, so a slip of the finger does not lose it.
    struct DiscardGuard: Sendable {
        private var armed = false
        /// Whether this key (or any other) lets the form close now; otherwise `warning` is shown.
        mutating func allowsCancel(_ key: Key, somethingTyped: Bool) -> Bool {
            defer { armed = key == .escape && somethingTyped && !armed }
            return !(somethingTyped && !armed)
        }
    }

    /// A choice field over every value of a vocabulary, on `value`: typing narrows it.
    static func choices<T: CaseIterable & Equatable>(_ value: T, label: (T) -> String) -> ChoiceField where T.AllCases == [T] {
        ChoiceField(choices: T.allCases.map(label), selected: T.allCases.firstIndex(of: value) ?? 0)
    }

    static var choiceHint: String { tr("form.choice.hint") }

    static func cycle<T: CaseIterable & Equatable>(_ value: T, _ key: Key) -> T where T.AllCases == [T] {
        let all = T.allCases
        let i = all.firstIndex(of: value)!
        switch key {
        case .left: return all[(i + all.count - 1) % all.count]
        case .right, .char(" "): return all[(i + 1) % all.count]
        default: return value
        }
    }
}

/// A journal entry (`J` on the household screen): kind, date, sensitive or not, and a note of
/// several lines. Tab moves between fields; in the note Enter starts a new line; Ctrl-S saves.
struct JournalForm: Sendable {
    enum Field: Int, CaseIterable, Sendable { case kind, date, sensitive, text }
    typealias Outcome = FormOutcome<CaseEdit>
    /// The household the case belongs to (its view is read again after the save).
    var householdID = 0

    let caseID: Int
    let today: Day
    var kind: JournalKind = .homeVisit {
        didSet { kindChoice.selected = JournalKind.allCases.firstIndex(of: kind) ?? 0 }
    }
    /// The kind as a choice field: typing narrows the kinds ("tel", "keuk").
    var kindChoice = FormParts.choices(JournalKind.homeVisit, label: \.label)
    var date: TextInput
    var sensitive = false
    var text = TextArea(placeholder: tr("form.journal.placeholder"), maxLength: JournalEntry.maxLength)
    var field: Field = .kind
    var error: String?
    var discard = FormParts.DiscardGuard()

    init(caseID: Int, today: Day) {
        self.caseID = caseID
        self.today = today
        date = TextInput(text: today.description, maxLength: 20)
    }

    /// Opens again with what was typed (after a refused save), saying why.
    init(draft: JournalDraft, today: Day, error: String) {
        self.init(caseID: draft.caseID, today: today)
        kind = draft.kind
        kindChoice = FormParts.choices(draft.kind, label: \.label)
        date = TextInput(text: draft.date.description, maxLength: 20)
        sensitive = draft.sensitive
        text.text = draft.text
        field = .text
        self.error = error
    }

    mutating func key(_ key: Key) -> Outcome {
        error = nil
        let mayCancel = discard.allowsCancel(key, somethingTyped: !text.isBlank)
        switch key {
        case .escape:
            guard mayCancel else { error = tr("form.journal.discard"); return .stay }
            return .cancel
        case .ctrl("s"): return save()
        case .tab: move(1); return .stay
        case .backTab: move(-1); return .stay
        default: break
        }
        switch field {
        case .kind:
            switch key {
            case .enter, .down: move(1)
            case .up: move(-1)
            default:
                if kindChoice.apply(key) { kind = JournalKind.allCases[kindChoice.selected] }
            }
        case .date:
            switch key {
            case .enter, .down: move(1)
            case .up: move(-1)
            default: _ = date.apply(key)
            }
        case .sensitive:
            switch key {
            case .enter, .down: move(1)
            case .up: move(-1)
            case .char(" "), .left, .right: sensitive.toggle()
            case .char("y"), .char("j"): sensitive = true
            case .char("n"): sensitive = false
            default: break
            }
        case .text:
            if key == .up, text.cursor.row == 0 { move(-1); return .stay }
            _ = text.apply(key)
        }
        return .stay
    }

    private mutating func move(_ delta: Int) {
        kindChoice.accept()
        let all = Field.allCases
        field = all[max(0, min(all.count - 1, all.firstIndex(of: field)! + delta))]
    }

    private mutating func save() -> Outcome {
        guard let day = DayInput.parse(date.text, today: today, expect: .past) else {
            error = tr("form.journal.date.format", DayInput.forms); field = .date
            return .stay
        }
        let draft = JournalDraft(caseID: caseID, kind: kind, date: day, text: text.text, sensitive: sensitive)
        do {
            try JournalEntry(id: 0, caseID: caseID, date: day, kind: kind, authorID: nil, text: draft.text, sensitive: sensitive)
                .validate(today: today, caseOpened: nil)
        } catch {
            self.error = "\(error)"
            field = text.isBlank ? .text : .date
            return .stay
        }
        return .save(.journal(draft))
    }

    func render(into grid: inout Grid, bounds: Rect) {
        let footer = FormParts.footerRows(error, width: min(78, bounds.width) - 2)
        let area = Picker.area(in: bounds, preferredWidth: min(78, bounds.width), preferredHeight: min(bounds.height, 17 + footer))
        let panel = Panel(title: tr("form.journal.title", caseID), focused: true)
        panel.render(into: &grid, area: area)
        let inner = panel.inner(area)
        guard inner.height >= 3 else { return }
        let labelWidth = 12
        let valueX = inner.x + labelWidth
        let valueWidth = max(1, inner.width - labelWidth)
        var y = inner.y
        FormParts.label(tr("form.journal.kind"), focused: field == .kind, into: &grid, x: inner.x, y: y, width: labelWidth)
        kindChoice.render(into: &grid, area: Rect(x: valueX, y: y, width: valueWidth, height: 1), focused: field == .kind, hint: FormParts.choiceHint)
        y += 1
        FormParts.label(tr("form.journal.date"), focused: field == .date, into: &grid, x: inner.x, y: y, width: labelWidth)
        FormParts.field(date, focused: field == .date, into: &grid, area: Rect(x: valueX, y: y, width: min(14, valueWidth), height: 1))
        FormParts.dateMeaning(date.text, today: today, expect: .past, into: &grid, x: valueX + 15, y: y, maxX: inner.maxX)
        y += 1
        FormParts.label(tr("form.journal.sensitive"), focused: field == .sensitive, into: &grid, x: inner.x, y: y, width: labelWidth)
        let who = sensitive ? tr("form.journal.sensitive.yes") : tr("form.journal.sensitive.no")
        FormParts.choice(who, focused: field == .sensitive, into: &grid, area: Rect(x: valueX, y: y, width: valueWidth, height: 1))
        y += 1
        FormParts.label(tr("form.journal.note"), focused: field == .text, into: &grid, x: inner.x, y: y, width: labelWidth)
        let textArea = Rect(x: inner.x + 2, y: y + 1, width: max(1, inner.width - 2), height: max(1, inner.maxY - footer - (y + 1)))
        if field == .text {
            text.render(into: &grid, area: textArea)
        } else {
            text.render(into: &grid, area: textArea, style: Style(.normal), focused: false)
        }
        FormParts.footer(error, hint: tr("form.journal.hint"), into: &grid, inner: inner)
    }
}
