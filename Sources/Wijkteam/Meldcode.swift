/// The five steps of the Meldcode huiselijk geweld en kindermishandeling.
public enum MeldcodeStep: Int, CaseIterable, Sendable, Codable, Comparable {
    case mapSignals = 1, consult, talkWithClient, weigh, decide

    public var label: String {
        switch self {
        case .mapSignals: tr("meldcode.step.1")
        case .consult: tr("meldcode.step.2")
        case .talkWithClient: tr("meldcode.step.3")
        case .weigh: tr("meldcode.step.4")
        case .decide: tr("meldcode.step.5")
        }
    }
    public static func < (a: MeldcodeStep, b: MeldcodeStep) -> Bool { a.rawValue < b.rawValue }
}

public struct MeldcodeRecord: Hashable, Sendable, Codable {
    public var step: MeldcodeStep
    public var doneBy: StaffID
    public var doneOn: Day
    public var note: String
    public init(step: MeldcodeStep, doneBy: StaffID, doneOn: Day, note: String) {
        self.step = step; self.doneBy = doneBy; self.doneOn = doneOn; self.note = note
    }
}

public enum Meldcode {
    /// A step is recorded with who did it, when, and a note; an empty note is refused.
    public static func validate(note: String) throws {
        guard !note.trimmed.isEmpty else {
            throw WijkteamError.invalid(tr("meldcode.note_needed"))
        }
        try Validation.text(note, what: tr("validation.what.note"))
    }

    public static func missing(_ records: [MeldcodeRecord]) -> [MeldcodeStep] {
        let done = Set(records.map(\.step))
        return MeldcodeStep.allCases.filter { !done.contains($0) }
    }

    /// A safety item leaves the queue only when all five steps are recorded.
    public static func checkComplete(_ records: [MeldcodeRecord]) throws {
        try checkComplete(done: Set(records.map(\.step)))
    }

    public static func checkComplete(done: Set<MeldcodeStep>) throws {
        let missing = MeldcodeStep.allCases.filter { !done.contains($0) }
        guard missing.isEmpty else {
            throw WijkteamError.invalid(
                tr("meldcode.incomplete", missing.map { tr("meldcode.step_number", $0.rawValue) }.joined(separator: ", ")))
        }
    }
}
