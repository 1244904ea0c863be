import ArgumentParser
import Foundation
import Wijkteam
import WijkteamStore

/// The ranked triage queue with what the screen and the command line both need.
struct TriageItem: Encodable {
    struct Reason: Encodable { var text: String; var points: Int }
    var signalId: Int
    var version: Int
    var householdId: Int?
    var household: String?
    var date: Day
    var source: SignalSource
    var description: String
    var domains: [LifeDomain]
    var safety: Bool
    var score: Int
    var reasons: [Reason]
    var openCaseId: Int?
    var suggestedRegisseur: String?
    var suggestionReasons: [String]
    /// The open case's regisseur is away (or gone) and nobody covers: why, with their name.
    var regisseurAway: String?
    var meldcodeStepsDone: [Int]
    /// Step 5 recorded (in order, acute, or before 2026-12) or ended after an earlier step.
    var meldcodeConcluded: Bool
    /// The step to record next (null when concluded).
    var meldcodeNext: Int?
    /// "step 3 of 5 next", "ended after step 2: worry unfounded", …
    var meldcodeProgress: String?
    /// The day to respond by, whether it has passed, and the rule that set it (`UrgencyWeights`).
    var respondBy: Day
    var overdue: Bool
    var riskClass: RiskClass
    /// The front door's hard date (eviction, cut-off, court), if any.
    var hardDate: Day?
    var hardDateKind: HardDateKind?

    /// Each open signal's respond-by day, by the team's weights (the agenda says it).
    static func respondBy(_ signals: [Signal], _ ctx: AppContext) throws -> [Int: Day] {
        let contexts = try ctx.store.triageContexts(today: ctx.today), weights = try ctx.store.urgencyWeights()
        return Dictionary(
            signals.map { s in
                (s.id, Urgency.respondBy(for: s, context: s.householdID.flatMap { contexts[$0] } ?? TriageContext(), weights: weights).day)
            },
            uniquingKeysWith: { a, _ in a })
    }

    static func load(_ ctx: AppContext) throws -> [TriageItem] {
        let store = ctx.store
        let ranked = Urgency.rank(
            try store.openSignals(), contexts: try store.triageContexts(today: ctx.today), today: ctx.today,
            weights: try store.urgencyWeights())
        let staff = try store.staff()
        // Loads from the outlines (what weighs a case); whole cards only for the signals' own cases.
        let pool = SuggestionPool(staff: staff, loads: BoardBuilder.loads(try store.caseOutlines()), today: ctx.today)
        let cards = try store.caseCards(ids: ranked.compactMap(\.context.openCaseID))
        let steps = try store.meldcodeSteps()
        let covers = try store.covers()
        let openCases = Dictionary(cards.map { ($0.case.id, $0.case) }, uniquingKeysWith: { a, _ in a })
        // A household whose case already has a regisseur keeps it, unless they are away and nobody
        // covers; otherwise rank as the screen does.
        let plans = ranked.map { r -> (existing: Case?, away: String?, keeps: Bool) in
            let existing = r.context.openCaseID.flatMap { openCases[$0] }
            let away = existing.flatMap { Team.uncoveredAbsence(of: $0, staff: staff, covers: covers, today: ctx.today) }
            return (existing, away, r.context.regisseurID != nil && away == nil)
        }
        let asked = zip(ranked, plans).filter { $0.0.signal.householdID != nil && !$0.1.keeps }
        let contexts = try store.suggestionContexts(
            caseIDs: asked.compactMap { $0.1.existing?.id },
            householdIDs: asked.filter { $0.1.existing == nil }.compactMap { $0.0.signal.householdID })
        return zip(ranked, plans).map { r, plan in
            let s = r.signal
            let done = steps[s.id] ?? []
            let (existing, away, keeps) = plan
            var suggestion: Suggestion?
            if let h = s.householdID, !keeps {
                let candidate =
                    existing
                    ?? Case(
                        id: 0, householdID: h, opened: ctx.today, source: s.source, presentingQuestion: s.description,
                        domains: s.domains, phase: .keukentafelgesprek)
                let context = existing.map { contexts.cases[$0.id] } ?? contexts.households[h]
                suggestion = context.flatMap { pool.best(case: candidate, context: $0) }
            }
            let ranked = (away.map { [$0] } ?? []) + (suggestion?.reasons.map(\.display) ?? [])
            let suggestionReasons = keeps ? [tr("cli.triage.already", r.context.openCaseID ?? 0)] : ranked
            return TriageItem(
                signalId: s.id, version: s.version, householdId: s.householdID, household: r.context.householdName,
                date: s.date, source: s.source, description: s.description, domains: s.domains, safety: s.safety,
                score: r.score, reasons: r.reasons.map { Reason(text: $0.text, points: $0.points) },
                openCaseId: r.context.openCaseID, suggestedRegisseur: keeps ? r.context.regisseurID : suggestion?.staff.id,
                suggestionReasons: suggestionReasons, regisseurAway: away, meldcodeStepsDone: done.map(\.step.rawValue),
                meldcodeConcluded: Meldcode.concluded(done), meldcodeNext: s.safety ? Meldcode.next(done)?.rawValue : nil,
                meldcodeProgress: s.safety ? Meldcode.progress(done) : nil,
                respondBy: r.respondBy, overdue: r.overdue, riskClass: r.riskClass, hardDate: s.intake?.hardDate,
                hardDateKind: s.intake?.hardDateKind)
        }
    }
}

struct TriageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "triage",
        abstract: "The triage queue ranked by urgency, each point with its reason, and the suggested regisseur.")
    @OptionGroup var common: CommonOptions
    @OptionGroup var output: ListOutputOptions

    func run() throws {
        try runReporting {
            let ctx = try common.context()
            let items = try TriageItem.load(ctx)
            if output.json { try printJSON(items); return }
            if output.csv { try printCSV(TriageItem.csv(items)); return }
            if items.isEmpty { print(tr("cli.triage.none")); return }
            for (i, item) in items.enumerated() {
                print(
                    "\(i + 1). " + tr("cli.triage.signal", item.signalId, item.score) + (item.safety ? " · " + tr("cli.triage.safety") : "")
                        + " · \(item.household ?? tr("cli.household.new")) · \(item.source.label) · \(item.date)")
                print("   " + tr("cli.triage.respond", Urgency.respondByText(item.respondBy, today: ctx.today), item.riskClass.label))
                print("   \(item.description)")
                print("   " + tr("cli.triage.why", item.reasons.map { "\($0.text) +\($0.points)" }.joined(separator: " · ")))
                if let r = item.suggestedRegisseur {
                    print("   " + tr("cli.triage.regisseur", r, item.suggestionReasons.joined(separator: " · ")))
                }
                if item.safety {
                    print("   " + (item.meldcodeProgress ?? ""))
                }
            }
        }
    }
}

struct DecideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decide",
        abstract: "Triage a signal: choose a route and a regisseur, optionally plan a follow-up. One transaction.")
    @OptionGroup var common: CommonOptions
    @Argument(help: "Signal number.") var signal: Int
    @Option(name: .long, help: "Route: \(TriageRoute.keys).") var route: String
    @Option(name: .long, help: "Regisseur (staff id).") var regisseur: String?
    @Flag(help: "Plan a follow-up of this kind.") var kind: ProactiveKind?
    @Option(name: .long, help: "Due date of the follow-up, YYYY-MM-DD.") var due: String?
    @Option(name: .long, help: "Note for the decision (and the follow-up).") var note: String = ""
    @Option(name: .long, help: "The signal version you saw (triage --json); refused if the signal changed since.") var version: Int?

    func run() throws {
        guard let r = TriageRoute(rawValue: route) else { throw ValidationError(tr("cli.error.oneof", "--route", route, TriageRoute.keys)) }
        if (kind == nil) != (due == nil) { throw ValidationError(tr("cli.error.decide.due")) }
        if !r.teamKeepsCase, regisseur != nil {
            throw ValidationError(tr("cli.error.decide.regisseur", r.rawValue))
        }
        let day = try due.map { try parseDay($0, option: "--due", expect: .future) }
        try runReporting {
            let ctx = try common.context()
            if regisseur == nil, r.teamKeepsCase, let item = try TriageItem.load(ctx).first(where: { $0.signalId == signal }),
                let away = item.regisseurAway
            {
                // The store refuses too; here the refusal can say whom the ranking suggests.
                let next = item.suggestedRegisseur.map { tr("cli.decide.regisseur.suggested", $0) } ?? ""
                throw WijkteamError.invalid(tr("cli.decide.regisseur.away", item.openCaseId ?? 0, away, next))
            }
            let plan = kind.map { FollowUpPlan(kind: $0.kind, due: day!, owner: regisseur, note: note) }
            let c = try ctx.store.decideTriage(
                signalID: signal, decision: TriageDecision(route: r, regisseur: regisseur, followUp: plan, note: note),
                by: ctx.identity.staff.id, on: ctx.today, expectedVersion: version)
            print(
                tr("cli.decide.done", signal, r.label, c.id, c.phase.label, c.regisseurID ?? tr("cli.none"))
                    + (plan.map { "; " + tr("cli.decide.followup", $0.kind.label, $0.due) } ?? ""))
        }
    }
}
