/// The five steps of the Meldcode huiselijk geweld en kindermishandeling (as revised in 2019).
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

/// Whom step 2 consulted: a colleague, Veilig Thuis for advice, or an expert (e.g. an
/// aandachtsfunctionaris).
public enum MeldcodeConsultee: String, CaseIterable, Sendable, Codable {
    case colleague, veiligThuis = "veilig_thuis", expert

    public var label: String {
        switch self {
        case .colleague: tr("meldcode.consultee.colleague")
        case .veiligThuis: tr("meldcode.consultee.veilig_thuis")
        case .expert: tr("meldcode.consultee.expert")
        }
    }
    public static var keys: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

/// How the Meldcode ended before step 5: the worry turned out unfounded, or it was handed to
/// another professional who takes it on.
public enum MeldcodeEnding: String, CaseIterable, Sendable, Codable {
    case unfounded, handedOver = "handed_over"

    public var label: String {
        switch self {
        case .unfounded: tr("meldcode.ending.unfounded")
        case .handedOver: tr("meldcode.ending.handed_over")
        }
    }
    public static var keys: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

/// Step 4: the afwegingskader's five questions, each answered yes or no.
public struct Afweging: Hashable, Sendable, Codable {
    /// 1. Is there a suspicion of domestic violence or child abuse?
    public var violenceSuspected: Bool
    /// 2. Is there acute or structural unsafety? (Yes: a report to Veilig Thuis is required.)
    public var unsafety: Bool
    /// 3. Can the team provide or organise adequate help?
    public var helpPossible: Bool
    /// 4. Does the client accept that help?
    public var clientAccepts: Bool
    /// 5. Will the help lead to lasting safety?
    public var lastingSafety: Bool
    public init(violenceSuspected: Bool, unsafety: Bool, helpPossible: Bool, clientAccepts: Bool, lastingSafety: Bool) {
        self.violenceSuspected = violenceSuspected; self.unsafety = unsafety; self.helpPossible = helpPossible
        self.clientAccepts = clientAccepts; self.lastingSafety = lastingSafety
    }
}

public struct MeldcodeRecord: Hashable, Sendable, Codable {
    public var step: MeldcodeStep
    public var doneBy: StaffID
    public var doneOn: Day
    public var note: String
    /// Step 2: whom was consulted (at least one).
    public var consulted: [MeldcodeConsultee]
    /// Step 4: the afwegingskader's answers (all five).
    public var afweging: Afweging?
    /// Step 5: the two separate decisions (both required).
    public var reportToVeiligThuis: Bool?
    public var helpOrganised: Bool?
    /// Step 5 taken at once on acute danger (steps 2–4 skipped); the report is then required.
    public var acute: Bool
    /// The Meldcode ends with this step (1–4); the note says why.
    public var endsWith: MeldcodeEnding?
    /// Recorded before 2026-12 (schema v15): the note is free text, no structured answers.
    public var legacy: Bool
    /// Who may not read the signal sees who did which step, not what it said.
    public var withheld: Bool

    public init(
        step: MeldcodeStep, doneBy: StaffID, doneOn: Day, note: String, consulted: [MeldcodeConsultee] = [],
        afweging: Afweging? = nil, reportToVeiligThuis: Bool? = nil, helpOrganised: Bool? = nil, acute: Bool = false,
        endsWith: MeldcodeEnding? = nil, legacy: Bool = false, withheld: Bool = false
    ) {
        self.step = step; self.doneBy = doneBy; self.doneOn = doneOn; self.note = note
        self.consulted = consulted; self.afweging = afweging; self.reportToVeiligThuis = reportToVeiligThuis
        self.helpOrganised = helpOrganised; self.acute = acute; self.endsWith = endsWith; self.legacy = legacy
        self.withheld = withheld
    }

    /// The same step as seen by who may not read the signal: who and when, and whether it ended
    /// the Meldcode (so the queue reads the same for everyone); not the note, the answers, the
    /// decisions, nor that there was acute danger.
    public var withholding: MeldcodeRecord {
        MeldcodeRecord(step: step, doneBy: doneBy, doneOn: doneOn, note: "", endsWith: endsWith, legacy: legacy, withheld: true)
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

    /// Concluded: step 5 is recorded (in order, on the acute path, or before 2026-12), or the
    /// Meldcode ended after an earlier step.
    public static func concluded(_ records: [MeldcodeRecord]) -> Bool {
        records.contains { $0.step == .decide || $0.endsWith != nil }
    }

    /// The step to record next, or nil when the Meldcode is concluded.
    public static func next(_ records: [MeldcodeRecord]) -> MeldcodeStep? {
        concluded(records) ? nil : missing(records).first
    }

    /// A decision (routing) on a safety signal needs its Meldcode concluded, not all five steps.
    public static func checkConcluded(_ records: [MeldcodeRecord]) throws {
        guard !concluded(records) else { return }
        let next = next(records) ?? .mapSignals
        throw WijkteamError.invalid(tr("meldcode.not_concluded", next.rawValue))
    }

    /// Step 5 must report to Veilig Thuis on acute danger or when step 4 found acute or
    /// structural unsafety. Returns the reason, or nil when the team may choose.
    public static func reportRequired(_ records: [MeldcodeRecord], acute: Bool = false) -> String? {
        if acute { return tr("meldcode.report_required.acute") }
        if records.contains(where: { $0.afweging?.unsafety == true }) { return tr("meldcode.report_required.unsafety") }
        return nil
    }

    /// Checks one new step against the steps already recorded: in order (except step 5 on the
    /// acute path), not twice, nothing after the end, and the step's own answers.
    public static func check(_ r: MeldcodeRecord, after records: [MeldcodeRecord]) throws {
        try validate(note: r.note)
        if let done = records.first(where: { $0.step == r.step }) {
            throw WijkteamError.invalid(tr("meldcode.step_twice", r.step.rawValue, done.doneBy, done.doneOn))
        }
        if let end = records.first(where: { $0.endsWith != nil }), let why = end.endsWith {
            throw WijkteamError.invalid(tr("meldcode.after_end", end.step.rawValue, why.label))
        }
        if r.acute {
            guard r.step == .decide else { throw WijkteamError.invalid(tr("meldcode.acute_is_step_5")) }
        } else if let gap = missing(records).first(where: { $0 < r.step }) {
            throw WijkteamError.invalid(tr("meldcode.order", r.step.rawValue, gap.rawValue))
        }
        try checkAnswers(r, after: records)
    }

    /// The answers each step asks, and none it does not.
    static func checkAnswers(_ r: MeldcodeRecord, after records: [MeldcodeRecord]) throws {
        let n = r.step.rawValue
        if r.step != .consult, !r.consulted.isEmpty { throw WijkteamError.invalid(tr("meldcode.consulted_only_step_2", n)) }
        if r.step != .weigh, r.afweging != nil { throw WijkteamError.invalid(tr("meldcode.afweging_only_step_4", n)) }
        if r.step != .decide, r.reportToVeiligThuis != nil || r.helpOrganised != nil {
            throw WijkteamError.invalid(tr("meldcode.decisions_only_step_5", n))
        }
        if r.step == .decide, r.endsWith != nil { throw WijkteamError.invalid(tr("meldcode.end_not_step_5", n)) }
        // Unsafety found means a report to Veilig Thuis (step 5): the Meldcode cannot end before it.
        if let end = r.endsWith, let weighed = r.afweging ?? records.last(where: { $0.afweging != nil })?.afweging {
            if weighed.unsafety { throw WijkteamError.invalid(tr("meldcode.no_end_after_unsafety")) }
            if end == .unfounded, weighed.violenceSuspected { throw WijkteamError.invalid(tr("meldcode.not_unfounded_after_suspicion")) }
        }
        switch r.step {
        case .consult where r.consulted.isEmpty:
            throw WijkteamError.invalid(tr("meldcode.consulted_needed", MeldcodeConsultee.keys))
        case .weigh where r.afweging == nil:
            throw WijkteamError.invalid(tr("meldcode.afweging_needed"))
        case .decide:
            guard let report = r.reportToVeiligThuis else { throw WijkteamError.invalid(tr("meldcode.report_needed")) }
            guard r.helpOrganised != nil else { throw WijkteamError.invalid(tr("meldcode.help_needed")) }
            if !report, let why = reportRequired(records, acute: r.acute) {
                throw WijkteamError.invalid(tr("meldcode.report_forced", why))
            }
        default: break
        }
    }

    /// Where the Meldcode stands, in one line: "step 3 of 5 next", "ended after step 2:
    /// unfounded", "acute: reported to Veilig Thuis", "concluded: reported; help organised".
    public static func progress(_ records: [MeldcodeRecord]) -> String {
        if let end = records.first(where: { $0.endsWith != nil }), let why = end.endsWith {
            return tr("meldcode.progress.ended", end.step.rawValue, why.label)
        }
        if let five = records.first(where: { $0.step == .decide }) {
            if five.legacy { return tr("meldcode.progress.legacy") }
            if five.withheld { return tr("meldcode.progress.concluded_withheld") }
            let decisions = decisionsText(five)
            return five.acute ? tr("meldcode.progress.acute", decisions) : tr("meldcode.progress.concluded", decisions)
        }
        return tr("meldcode.progress.next", next(records)?.rawValue ?? 1)
    }

    /// Step 5's two decisions as words: "reported to Veilig Thuis; help organised".
    public static func decisionsText(_ r: MeldcodeRecord) -> String {
        let report = r.reportToVeiligThuis == true ? tr("meldcode.decision.reported") : tr("meldcode.decision.not_reported")
        let help = r.helpOrganised == true ? tr("meldcode.decision.help") : tr("meldcode.decision.no_help")
        return "\(report); \(help)"
    }

    /// What one recorded step says beyond its note (whom consulted, the five answers, the two
    /// decisions), or the legacy mark.
    public static func answersText(_ r: MeldcodeRecord) -> String {
        if r.legacy { return tr("meldcode.legacy") }
        var parts: [String] = []
        if !r.consulted.isEmpty { parts.append(tr("meldcode.answers.consulted", r.consulted.map(\.label).joined(separator: ", "))) }
        if let a = r.afweging {
            let yn = { (b: Bool) in b ? tr("meldcode.yes") : tr("meldcode.no") }
            let (v, u, h, c, l) = (yn(a.violenceSuspected), yn(a.unsafety), yn(a.helpPossible), yn(a.clientAccepts), yn(a.lastingSafety))
            parts.append(tr("meldcode.answers.afweging", v, u, h, c, l))
        }
        if r.step == .decide, r.reportToVeiligThuis != nil { parts.append(decisionsText(r)) }
        if r.acute { parts.append(tr("meldcode.answers.acute")) }
        if let e = r.endsWith { parts.append(tr("meldcode.answers.ended", e.label)) }
        return parts.joined(separator: " · ")
    }
}
