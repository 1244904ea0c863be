import TerminalKit
import Wijkteam

/// A Meldcode step as the 2019 revision has it: the picker offers only the next step, the acute
/// path (straight to step 5, with a report) and ending the Meldcode here; step 2 asks whom was
/// consulted, step 4 the afwegingskader's five answers, step 5 its two decisions (the report
/// forced, and said why, on acute danger or unsafety); then the note.
struct MeldcodeForm: Sendable {
    enum Choice: Sendable, Equatable {
        case step(MeldcodeStep)
        case acute
        case end
    }
    enum Stage: Sendable {
        case choose(Picker, choices: [Choice])
        case consulted(Picker, chosen: Set<Int>)
        case ending(Picker)
        /// The yes/no questions of step 4 or 5, answered one by one (y or n).
        case questions(index: Int)
        case note(TextInput)
    }

    let done: [MeldcodeRecord]
    let today: Day
    var stage: Stage
    var record: MeldcodeRecord
    var answers: [Bool] = []
    /// "End the Meldcode here" was chosen: the step ends it, with a reason.
    var ending = false
    var error: String?

    init(signalID: Int, done: [MeldcodeRecord], today: Day, names: [StaffID: String]) {
        self.done = done
        self.today = today
        record = MeldcodeRecord(step: .mapSignals, doneBy: "", doneOn: today, note: "")
        var items: [PickerItem] = done.map { r in
            let answers = Meldcode.answersText(r)
            let detail = [answers, r.note].filter { !$0.isEmpty }.joined(separator: " · ")
            return PickerItem(
                title: "✓ " + r.step.label, detail: "\(names[r.doneBy] ?? r.doneBy), \(r.doneOn) \(detail)", style: Style(.muted))
        }
        var choices: [Choice?] = done.map { _ in nil }
        if let next = Meldcode.next(done) {
            items.append(PickerItem(title: "  " + next.label))
            choices.append(.step(next))
            if next != .decide {
                items.append(PickerItem(title: tr("form.meldcode.acute"), detail: tr("form.meldcode.acute.detail"), style: Style(.warning)))
                choices.append(.acute)
            }
            if next != .decide {
                items.append(PickerItem(title: tr("form.meldcode.end", next.rawValue)))
                choices.append(.end)
            }
        } else {
            items.append(PickerItem(title: Meldcode.progress(done), style: Style(.success)))
            choices.append(nil)
        }
        let first = choices.firstIndex { $0 != nil } ?? 0
        stage = .choose(
            Picker(title: tr("form.meldcode.title", signalID), items: items, selected: first, footer: tr("form.meldcode.hint")),
            choices: choices.map { $0 ?? .end })
        self.selectable = Set(choices.indices.filter { choices[$0] != nil })
    }

    /// The picker rows that can be chosen (the recorded steps are shown, not chosen).
    var selectable: Set<Int>

    /// The report is forced on the acute path or when step 4 found unsafety: the reason, or nil.
    var reportForced: String? { Meldcode.reportRequired(done, acute: record.acute) }

    /// The yes/no questions the current step asks, in order.
    var questions: [String] {
        switch record.step {
        case .weigh:
            [
                tr("form.meldcode.afweging.1"), tr("form.meldcode.afweging.2"), tr("form.meldcode.afweging.3"),
                tr("form.meldcode.afweging.4"), tr("form.meldcode.afweging.5"),
            ]
        case .decide: [tr("form.meldcode.decide.report"), tr("form.meldcode.decide.help")]
        default: []
        }
    }

    enum Outcome { case stay, cancel, save(MeldcodeRecord) }

    mutating func key(_ key: Key) -> Outcome {
        error = nil
        if key == .escape { return .cancel }
        switch stage {
        case .choose(var p, let choices):
            if key == .enter, let i = p.selectedItemIndex {
                guard selectable.contains(i) else { return .stay }
                choose(choices[i])
                return .stay
            }
            Dialog.navigate(&p, key)
            stage = .choose(p, choices: choices)
        case .consulted(var p, var chosen):
            if key == .char(" "), let i = p.selectedItemIndex {
                if chosen.remove(i) == nil { chosen.insert(i) }
                p.items[i].title = (chosen.contains(i) ? "[x] " : "[ ] ") + MeldcodeConsultee.allCases[i].label
            } else if key == .enter {
                if chosen.isEmpty, let i = p.selectedItemIndex { chosen.insert(i) }
                record.consulted = MeldcodeConsultee.allCases.indices.filter(chosen.contains).map { MeldcodeConsultee.allCases[$0] }
                askNote()
                return .stay
            } else {
                Dialog.navigate(&p, key)
            }
            stage = .consulted(p, chosen: chosen)
        case .ending(var p):
            if key == .enter, let i = p.selectedItemIndex {
                record.endsWith = MeldcodeEnding.allCases[i]
                askNote()
                return .stay
            }
            Dialog.navigate(&p, key)
            stage = .ending(p)
        case .questions(let index):
            answer(key, index: index)
        case .note(var input):
            if key == .enter {
                guard !input.text.allSatisfy(\.isWhitespace) else {
                    error = tr("form.meldcode.note.empty")
                    return .stay
                }
                record.note = input.text
                do { try Meldcode.check(record, after: done) } catch { self.error = "\(error)"; return .stay }
                return .save(record)
            }
            _ = input.apply(key)
            stage = .note(input)
        }
        return .stay
    }

    private mutating func choose(_ choice: Choice) {
        switch choice {
        case .step(let step):
            record.step = step
            switch step {
            case .consult:
                let items = MeldcodeConsultee.allCases.map { PickerItem(title: "[ ] " + $0.label) }
                stage = .consulted(
                    Picker(
                        title: tr("form.meldcode.consulted.title"), items: items, selected: 0, footer: tr("form.meldcode.consulted.hint")),
                    chosen: [])
            case .weigh, .decide: startQuestions()
            default: askNote()
            }
        case .acute:
            record.step = .decide
            record.acute = true
            startQuestions()
        case .end:
            // The next step is recorded with its answers, and the Meldcode ends with it.
            guard let next = Meldcode.next(done) else { return }
            ending = true
            choose(.step(next))
        }
    }

    /// After the step's answers: the ending's reason when the Meldcode ends here, else the note.
    private mutating func askNote() {
        guard ending, record.endsWith == nil else {
            let placeholder = ending ? tr("form.meldcode.end.placeholder") : tr("form.meldcode.note.placeholder")
            stage = .note(TextInput(placeholder: placeholder))
            return
        }
        let items = MeldcodeEnding.allCases.map { PickerItem(title: $0.label) }
        stage = .ending(
            Picker(
                title: tr("form.meldcode.end.title", record.step.rawValue), items: items, selected: 0, footer: tr("form.hint.enter.chooses")
            ))
    }

    private mutating func startQuestions() {
        answers = []
        // A forced report is not asked: it is yes, and the form says why.
        if record.step == .decide, reportForced != nil { answers = [true] }
        stage = .questions(index: answers.count)
    }

    private mutating func answer(_ key: Key, index: Int) {
        let value: Bool
        switch key {
        case .char("y"), .char("Y"), .char("j"), .char("J"): value = true
        case .char("n"), .char("N"): value = false
        default: return
        }
        answers.append(value)
        guard answers.count == questions.count else { stage = .questions(index: answers.count); return }
        if record.step == .weigh {
            let a = answers
            record.afweging = Afweging(
                violenceSuspected: a[0], unsafety: a[1], helpPossible: a[2], clientAccepts: a[3], lastingSafety: a[4])
        } else {
            record.reportToVeiligThuis = answers[0]
            record.helpOrganised = answers[1]
        }
        askNote()
    }

    /// The lines of the questions stage: each question with its answer so far, the forced
    /// report with its reason, the current question marked.
    func questionLines(index: Int) -> [(String, Style)] {
        var lines: [(String, Style)] = []
        if record.acute { lines.append((tr("form.meldcode.acute.detail"), Style(.warning))) }
        for (i, q) in questions.enumerated() {
            if i < answers.count {
                let forced = i == 0 && record.step == .decide && reportForced != nil
                let yn = answers[i] ? tr("form.meldcode.yes") : tr("form.meldcode.no")
                lines.append(
                    (
                        "  \(q) \(yn)" + (forced ? " · " + tr("form.meldcode.forced", reportForced ?? "") : ""),
                        Style(forced ? .warning : .normal)
                    ))
            } else {
                lines.append(((i == index ? "▸ " : "  ") + q, Style(.normal, i == index ? [.bold] : [])))
            }
        }
        return lines
    }

    func render(into grid: inout Grid, bounds: Rect) {
        switch stage {
        case .choose(let p, _), .consulted(let p, _), .ending(let p):
            Dialog.renderPicker(p, into: &grid, bounds: bounds)
        case .questions(let index):
            let width = min(76, bounds.width)
            let lines = questionLines(index: index).flatMap { l in TextBlock.wrap(l.0, width: max(1, width - 4)).map { ($0, l.1) } }
            let area = Picker.area(in: bounds, preferredWidth: width, preferredHeight: lines.count + 4)
            let panel = Panel(title: record.step.label, focused: true)
            panel.render(into: &grid, area: area)
            let inner = panel.inner(area)
            for (i, line) in lines.enumerated() where i < inner.height - 1 {
                grid.put(line.0, x: inner.x, y: inner.y + i, style: line.1, maxWidth: inner.width)
            }
            grid.put(tr("form.meldcode.questions.keys"), x: inner.x, y: inner.maxY - 1, style: Style(.key), maxWidth: inner.width)
        case .note(let input):
            let title = record.endsWith.map { tr("form.meldcode.end.note", record.step.rawValue, $0.label) } ?? record.step.label
            Dialog.inputBox(input, title: title, error: error, into: &grid, bounds: bounds)
        }
    }
}
