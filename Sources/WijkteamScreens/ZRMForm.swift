import TerminalKit
import Wijkteam

/// A ZRM measurement for one adult (`z` on the household screen): all 13 domains, each scored
/// 1–5 or marked not assessed (`n`; `N` marks every domain still open). The latest score is shown beside each domain as a hint,
/// never filled in; Enter refuses while a domain is open, naming it, and keeps what was typed.
struct ZRMForm: Sendable {
    typealias Outcome = FormOutcome<CaseEdit>
    enum Answer: Sendable, Equatable {
        case score(Int)
        case notAssessed
    }
    var householdID = 0

    let adults: [Person]
    let scores: [ZRMScore]
    let today: Day
    var personIndex = 0
    var date: TextInput
    /// 0 person, 1 date, 2… the domains.
    var row = 2
    var answers: [LifeDomain: Answer] = [:]
    var error: String?
    var discard = FormParts.DiscardGuard()

    init(adults: [Person], scores: [ZRMScore], today: Day) {
        self.adults = adults
        self.scores = scores
        self.today = today
        date = TextInput(text: today.description, maxLength: 20)
        // The adult measured longest ago first, never measured before that: the one most likely due.
        let lastMeasured = adults.map { p in scores.filter { $0.personID == p.id }.map(\.date).max() }
        personIndex = lastMeasured.firstIndex(of: nil) ?? lastMeasured.indices.min { lastMeasured[$0]! < lastMeasured[$1]! } ?? 0
    }

    /// Opens again after a refused save: everything typed, the hints as recorded now.
    init(draft: ZRMDraft, adults: [Person], scores: [ZRMScore], today: Day, error: String) {
        self.init(adults: adults, scores: scores, today: today)
        personIndex = adults.firstIndex { $0.id == draft.personID } ?? personIndex
        date = TextInput(text: draft.date.description, maxLength: 20)
        for (d, v) in draft.scores { answers[d] = .score(v) }
        for d in draft.notAssessed { answers[d] = .notAssessed }
        self.error = error
    }

    var person: Person { adults[personIndex] }
    var latest: [LifeDomain: ZRMScore] { ZRMMeasurement.latest(scores, person: person.id) }
    static let domains = LifeDomain.zrmDomains
    var typedScores: [LifeDomain: Int] { answers.compactMapValues { if case .score(let v) = $0 { v } else { nil } } }
    var typedNotAssessed: Set<LifeDomain> { Set(answers.filter { $0.value == .notAssessed }.keys) }

    mutating func key(_ key: Key) -> Outcome {
        error = nil
        let mayCancel = discard.allowsCancel(key, somethingTyped: !answers.isEmpty)
        switch key {
        case .escape:
            guard mayCancel else {
                error = answers.count == 1 ? tr("form.zrm.discard.one") : tr("form.zrm.discard.many", answers.count); return .stay
            }
            return .cancel
        case .enter, .ctrl("s"): return save()
        case .up, .backTab: row = max(0, row - 1); return .stay
        case .down, .tab: row = min(Self.domains.count + 1, row + 1); return .stay
        default: break
        }
        switch row {
        case 0:
            guard key == .left || key == .right || key == .char(" ") else { return .stay }
            guard answers.isEmpty else { error = tr("form.zrm.switch.person"); return .stay }
            personIndex = (personIndex + (key == .left ? adults.count - 1 : 1)) % adults.count
        case 1:
            _ = date.apply(key)
        default:
            answer(key, Self.domains[row - 2])
        }
        return .stay
    }

    private mutating func answer(_ key: Key, _ d: LifeDomain) {
        switch key {
        case .char(let c) where ("1"..."5").contains(c):
            answers[d] = .score(Int(String(c))!)
            row = min(Self.domains.count + 1, row + 1)
        case .char("n"), .char("-"):
            answers[d] = .notAssessed
            row = min(Self.domains.count + 1, row + 1)
        case .char("N"):
            // Every domain still open: not assessed (what was given stays).
            for open in Self.domains where answers[open] == nil { answers[open] = .notAssessed }
        case .left, .right:
            let now: Int? = if case .score(let v) = answers[d] { v } else { nil }
            answers[d] = .score(max(1, min(5, (now ?? 3) + (key == .left ? -1 : 1))))
        case .backspace, .delete, .char("0"):
            answers[d] = nil
        case .char:
            error = tr("form.zrm.answer.range")
        default: break
        }
    }

    private mutating func save() -> Outcome {
        guard let day = DayInput.parse(date.text, today: today, expect: .past) else {
            error = tr("form.zrm.date.format", DayInput.forms); row = 1; return .stay
        }
        do {
            _ = try ZRMMeasurement.scores(for: person, on: day, today: today, scores: typedScores, notAssessed: typedNotAssessed)
        } catch {
            self.error = "\(error)"
            if let open = Self.domains.firstIndex(where: { answers[$0] == nil }) { row = open + 2 }
            return .stay
        }
        return .save(
            .zrm(
                ZRMDraft(
                    personID: person.id, date: day, scores: typedScores, notAssessed: typedNotAssessed,
                    basedOn: latest.mapValues(\.score))))
    }

    func render(into grid: inout Grid, bounds: Rect, privacy: Bool) {
        let rows = Self.domains.count + 2
        let footer = FormParts.footerRows(error, width: min(78, bounds.width) - 2)
        let area = Picker.area(in: bounds, preferredWidth: min(78, bounds.width), preferredHeight: min(bounds.height, rows + 3 + footer))
        let panel = Panel(title: tr("form.zrm.title"), focused: true)
        panel.render(into: &grid, area: area)
        let inner = panel.inner(area)
        guard inner.height >= 3 else { return }
        let visible = max(1, inner.height - 1 - min(footer, inner.height - 2))
        // Keep the selected row in view on a short terminal.
        let first = max(0, min(row - visible + 1, rows - visible))
        let latest = self.latest
        for r in first..<min(rows, first + visible) {
            let y = inner.y + (r - first)
            let focused = r == row
            switch r {
            case 0:
                FormParts.label(tr("form.zrm.person"), focused: focused, into: &grid, x: inner.x, y: y, width: 32)
                let name = Format.name(person.name, privacy: privacy), age = person.age(on: today)
                let who = adults.count > 1 ? tr("form.zrm.person.one.of", name, age, personIndex + 1, adults.count) : "\(name), \(age)"
                FormParts.choice(
                    who, focused: focused && adults.count > 1, into: &grid,
                    area: Rect(x: inner.x + 32, y: y, width: inner.width - 32, height: 1))
            case 1:
                FormParts.label(tr("form.zrm.date"), focused: focused, into: &grid, x: inner.x, y: y, width: 32)
                FormParts.field(date, focused: focused, into: &grid, area: Rect(x: inner.x + 32, y: y, width: 14, height: 1))
                FormParts.dateMeaning(date.text, today: today, expect: .past, into: &grid, x: inner.x + 47, y: y, maxX: inner.maxX)
            default:
                let d = Self.domains[r - 2]
                FormParts.label(d.label, focused: focused, into: &grid, x: inner.x, y: y, width: 32)
                grid.put(segments: Self.segments(answers[d], was: latest[d]), x: inner.x + 32, y: y, maxWidth: inner.width - 32)
                if focused { grid.restyle(Rect(x: inner.x, y: y, width: inner.width, height: 1)) { $0.adding(.bold) } }
            }
        }
        let open = Self.domains.count - answers.count
        let hint = open == 0 ? tr("form.zrm.hint.complete") : tr("form.zrm.hint.open", open)
        FormParts.footer(error, hint: hint + " · " + tr("form.zrm.hint.keys"), into: &grid, inner: inner)
    }

    /// The answer ("3 beperkt zelfredzaam", "– not assessed", "…" while open) and the last score as a hint.
    static func segments(_ answer: Answer?, was: ZRMScore?) -> [(String, Style)] {
        var out: [(String, Style)]
        switch answer {
        case .score(let v): out = [("\(v) \(ZRMScore.label(v))", Style(HouseholdScreen.zrmRole(v), [.bold]))]
        case .notAssessed: out = [("– " + tr("form.zrm.not_assessed"), Style(.normal))]
        case nil: out = [("…", Style(.warning))]
        }
        let width = out.map(\.0).joined().count
        if let was {
            let pad = String(repeating: " ", count: max(2, 24 - width))
            out.append((pad + tr("form.zrm.was", "\(was.score)\(was.carriedForward ? "↷" : "") \(was.date)"), Style(.muted)))
        }
        return out
    }
}
