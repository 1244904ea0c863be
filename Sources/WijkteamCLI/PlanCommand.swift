import ArgumentParser
import Foundation
import Wijkteam

// `wijkteam plan`: the plan of a case (ondersteuningsplan, 1Gezin1Plan) and its edits. `plan 12`
// runs the default subcommand, `show` (text, --json, or --md: a document for the household).
// Every edit is one versioned, logged change in the store.

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan", abstract: "The plan of a case: question, strengths, worries, goals with actions, agreed and evaluation days.",
        discussion: "wijkteam plan CASE shows it (--json, or --md: a document the household can be given, in their language).",
        subcommands: [
            ShowCommand.self, QuestionCommand.self, PointCommand.self, WorryCommand.self, RemovePointCommand.self, ActionCommand.self,
            DoneCommand.self, RemoveActionCommand.self, AgreedCommand.self,
        ], defaultSubcommand: ShowCommand.self)

    struct ShowCommand: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show the plan of a case.")
        @OptionGroup var common: CommonOptions
        @Argument(help: "Case number.") var caseID: Int
        @Flag(name: .long, help: "Print JSON instead of text.") var json = false
        @Flag(name: .long, help: "Print a Markdown document the household can be given.") var md = false

        func validate() throws {
            if json, md { throw ValidationError(tr("cli.plan.error.format")) }
        }

        func run() throws {
            try runReporting {
                let ctx = try common.context()
                let (plan, record) = try PlanCommand.load(ctx, caseID)
                if json { try printJSON(PlanJSON(plan)); return }
                if md {
                    print(PlanDocument.markdown(plan, household: record.household, ties: record.ties, madeOn: ctx.today))
                    return
                }
                print(PlanText.render(plan, record: record, today: ctx.today))
            }
        }
    }

    struct QuestionCommand: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "question", abstract: "Set the household's question, in their words.")
        @OptionGroup var common: CommonOptions
        @Argument(help: "Case number.") var caseID: Int
        @Argument(help: "The question in the household's words.") var text: String
        @Option(name: .long, help: "The plan version you saw (plan CASE --json); refused if someone changed it since.") var version: Int?

        func run() throws {
            try runReporting {
                let ctx = try common.context()
                let plan = try ctx.store.plan(caseID: caseID)
                let saved = try ctx.store.savePlan(
                    caseID: caseID, question: text, agreedOn: plan.agreedOn, evaluateOn: plan.evaluateOn,
                    expectedVersion: version ?? plan.version, today: ctx.today)
                print(tr("cli.plan.saved", caseID, saved.version))
            }
        }
    }

    struct AgreedCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "agreed", abstract: "Record the day the plan was agreed with the household and its evaluation day.")
        @OptionGroup var common: CommonOptions
        @Argument(help: "Case number.") var caseID: Int
        @Argument(help: "The day it was agreed (2026-12-11, today, …).") var day: String
        @Option(name: .long, help: "The evaluation day (after the agreed day: a date or +12w).") var evaluate: String
        @Option(name: .long, help: "The plan version you saw; refused if someone changed it since.") var version: Int?

        func run() throws {
            try runReporting {
                let agreed = try parseDay(day, option: "DAY", expect: .past)
                let evaluation = try parseDay(evaluate, option: "--evaluate", expect: .future)
                let ctx = try common.context()
                let plan = try ctx.store.plan(caseID: caseID)
                let saved = try ctx.store.savePlan(
                    caseID: caseID, question: plan.question, agreedOn: agreed, evaluateOn: evaluation,
                    expectedVersion: version ?? plan.version, today: ctx.today)
                print(tr("cli.plan.agreed", caseID, agreed.description, evaluation.description, saved.version))
            }
        }
    }

    /// Loads the plan and its household (the household read is logged as an export).
    static func load(_ ctx: AppContext, _ caseID: Int) throws -> (CasePlan, HouseholdRecord) {
        guard let c = try ctx.store.cases(includeClosed: true).first(where: { $0.id == caseID }) else {
            try ctx.store.recordAudit(AuditEvent(.export, caseID: caseID, detail: "plan: case not found or not shared", result: .denied))
            throw WijkteamError.accessDenied(tr("cli.error.nocase", caseID))
        }
        let record = try ctx.store.household(id: c.householdID, access: .export)
        return (try ctx.store.plan(caseID: caseID), record)
    }

    /// A tie named by id or by its name (exact, ignoring case).
    static func tieID(_ text: String, in record: HouseholdRecord) throws -> Int {
        if let id = Int(text), record.ties.contains(where: { $0.id == id }) { return id }
        let found = record.ties.filter { $0.name.lowercased() == text.lowercased() }
        guard found.count == 1, let tie = found.first else {
            throw CLIError(tr("cli.plan.error.tie", text, record.ties.map { "\($0.id) \($0.name)" }.joined(separator: ", ")))
        }
        return tie.id
    }
}

extension PlanCommand {
    struct PointCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "strength", abstract: "Add a strength (what goes well, who helps), or change one (--id).")
        @OptionGroup var point: PointOptions
        func run() throws { try point.save(.strength) }
    }

    struct WorryCommand: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "worry", abstract: "Add a worry, or change one (--id).")
        @OptionGroup var point: PointOptions
        func run() throws { try point.save(.worry) }
    }

    struct PointOptions: ParsableArguments {
        @OptionGroup var common: CommonOptions
        @Argument(help: "Case number.") var caseID: Int
        @Argument(help: "What goes well or what worries, in plain words.") var text: String
        @Option(name: .long, help: "Whom it concerns: a member's person id.") var person: Int?
        @Option(name: .long, help: "Who helps: a tie of the household (id or name).") var tie: String?
        @Option(name: .long, help: "Change this point instead of adding one (needs --version).") var id: Int?
        @Option(name: .long, help: "With --id: the version you saw (plan CASE --json).") var version: Int?

        func save(_ kind: PlanPointKind) throws {
            try runReporting {
                if id != nil, version == nil { throw ValidationError(tr("cli.plan.error.version")) }
                let ctx = try common.context()
                let (_, record) = try PlanCommand.load(ctx, caseID)
                let tieID = try tie.map { try PlanCommand.tieID($0, in: record) }
                let saved = try ctx.store.savePlanPoint(
                    PlanPoint(id: id ?? 0, caseID: caseID, kind: kind, text: text, personID: person, tieID: tieID), expectedVersion: version
                )
                print(tr("cli.plan.point.saved", saved.kind.label, saved.id, saved.version))
            }
        }
    }

    struct RemovePointCommand: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "remove-point", abstract: "Remove a strength or worry.")
        @OptionGroup var common: CommonOptions
        @Argument(help: "Case number.") var caseID: Int
        @Argument(help: "The strength's or worry's id (plan CASE shows it).") var id: Int
        @Option(name: .long, help: "The version you saw.") var version: Int?

        func run() throws {
            try runReporting {
                let ctx = try common.context()
                try ctx.store.removePlanPoint(id: id, caseID: caseID, expectedVersion: version)
                print(tr("cli.plan.point.removed", id, caseID))
            }
        }
    }

    struct ActionCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "action", abstract: "Add an action under a goal: what, who, by when; or change one (--id).",
            discussion: "--owner member needs --person, tie needs --tie, professional needs --name, regisseur needs nothing.")
        @OptionGroup var common: CommonOptions
        @Argument(help: "Case number.") var caseID: Int
        @Argument(help: "The goal's id (plan CASE shows it).") var goal: Int
        @Argument(help: "What will be done.") var text: String
        @Option(name: .long, help: "Who does it: member, tie, professional or regisseur.") var owner: String
        @Option(name: .long, help: "The household member (person id).") var person: Int?
        @Option(name: .long, help: "The tie from the network (id or name).") var tie: String?
        @Option(name: .long, help: "The professional's name and organisation.") var name: String?
        @Option(name: .long, help: "By when (2026-12-11, fri, +2w …); needed unless --done.") var due: String?
        @Option(name: .long, help: "Already done on this day.") var done: String?
        @Option(name: .long, help: "Change this action instead of adding one (needs --version).") var id: Int?
        @Option(name: .long, help: "With --id: the version you saw.") var version: Int?

        func run() throws {
            try runReporting {
                guard let kind = ActionOwnerKind(rawValue: owner) else {
                    throw ValidationError(tr("cli.error.oneof", "--owner", owner, ActionOwnerKind.keys))
                }
                if id != nil, version == nil { throw ValidationError(tr("cli.plan.error.version")) }
                let dueDay = try due.map { try parseDay($0, option: "--due", expect: .future) }
                let doneDay = try done.map { try parseDay($0, option: "--done", expect: .past) }
                let ctx = try common.context()
                let (_, record) = try PlanCommand.load(ctx, caseID)
                let tieID = try tie.map { try PlanCommand.tieID($0, in: record) }
                let action = PlanAction(
                    id: id ?? 0, caseID: caseID, goalID: goal, text: text, ownerKind: kind, ownerPersonID: person, ownerTieID: tieID,
                    ownerName: name, due: dueDay, doneOn: doneDay)
                let saved = try ctx.store.savePlanAction(action, expectedVersion: version, today: ctx.today)
                print(tr("cli.plan.action.saved", saved.id, saved.goalID, saved.version))
            }
        }
    }

    struct DoneCommand: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "done", abstract: "Mark an action done (today, or --on DAY).")
        @OptionGroup var common: CommonOptions
        @Argument(help: "Case number.") var caseID: Int
        @Argument(help: "The action's id (plan CASE shows it).") var action: Int
        @Option(name: .long, help: "The day it was done (default today).") var on: String?
        @Option(name: .long, help: "The version you saw.") var version: Int?

        func run() throws {
            try runReporting {
                let ctx = try common.context()
                let day = try on.map { try parseDay($0, option: "--on", expect: .past) } ?? ctx.today
                let saved = try ctx.store.markPlanActionDone(
                    id: action, caseID: caseID, on: day, expectedVersion: version, today: ctx.today)
                print(tr("cli.plan.action.done", saved.id, day.description))
            }
        }
    }

    struct RemoveActionCommand: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "remove-action", abstract: "Remove an action.")
        @OptionGroup var common: CommonOptions
        @Argument(help: "Case number.") var caseID: Int
        @Argument(help: "The action's id.") var id: Int
        @Option(name: .long, help: "The version you saw.") var version: Int?

        func run() throws {
            try runReporting {
                let ctx = try common.context()
                try ctx.store.removePlanAction(id: id, caseID: caseID, expectedVersion: version)
                print(tr("cli.plan.action.removed", id, caseID))
            }
        }
    }
}

/// `plan CASE --json`: the plan with the route per goal as a list (stable snake_case keys).
struct PlanJSON: Encodable {
    var caseID: Int
    var question: String
    var agreedOn: Day?
    var evaluateOn: Day?
    var version: Int
    var strengths: [PlanPoint]
    var worries: [PlanPoint]
    var goals: [PlanGoal]
    var actions: [PlanAction]
    var routes: [RouteLadderJSON]

    struct RouteLadderJSON: Encodable {
        var goalID: Int
        var rungs: [RouteRung]
        var allowsTailored: Bool
    }

    init(_ plan: CasePlan) {
        caseID = plan.caseID; question = plan.question; agreedOn = plan.agreedOn; evaluateOn = plan.evaluateOn; version = plan.version
        strengths = plan.strengths; worries = plan.worries; goals = plan.goals; actions = plan.actions
        routes = plan.routes.keys.sorted().compactMap { id in
            plan.routes[id].map { l in
                RouteLadderJSON(goalID: id, rungs: RouteRungKind.allCases.compactMap { l.rungs[$0] }, allowsTailored: l.allowsTailored)
            }
        }
    }
}

/// `plan CASE` as text, with the ids an edit names.
enum PlanText {
    static func render(_ plan: CasePlan, record: HouseholdRecord, today: Day) -> String {
        let names = PlanNames(members: record.household.members, ties: record.ties)
        var out = [tr("cli.plan.title", plan.caseID, record.household.name, plan.version)]
        out.append(tr("cli.plan.question", plan.question.isEmpty ? "—" : plan.question))
        out.append(tr("cli.plan.dates", plan.agreedOn?.description ?? "—", plan.evaluateOn?.description ?? "—"))
        for (title, points) in [(tr("cli.plan.strengths"), plan.strengths), (tr("cli.plan.worries"), plan.worries)] {
            out.append("")
            out.append(title)
            if points.isEmpty { out.append("  —") }
            for p in points { out.append("  #\(p.id) \(p.text)" + (names.pointWho(p).map { " (\($0))" } ?? "")) }
        }
        out.append("")
        out.append(tr("cli.plan.goals"))
        if plan.goals.isEmpty { out.append("  —") }
        for g in plan.goals {
            out.append("  #\(g.id) \(g.domain.label) → \(g.targetScore): \(g.text)")
            if let ladder = plan.routes[g.id] { out.append("     " + tr("cli.plan.route", PlanText.ladder(ladder))) }
            for a in plan.actions(of: g.id) {
                let state =
                    a.doneOn.map { "✓ " + $0.description } ?? (a.isOverdue(today: today) ? tr("cli.plan.overdue") + " " : "")
                    + (a.due?.description ?? "")
                out.append("     - #\(a.id) \(a.text) · \(names.owner(a)) · \(state)")
            }
        }
        return out.joined(separator: "\n")
    }

    /// eigen kracht ✗ · network ✗ · voorliggend veld ✓ (or ? when not yet answered).
    static func ladder(_ ladder: RouteLadder) -> String {
        RouteRungKind.allCases.map { k in
            k.label + " " + (ladder.rungs[k].map { $0.carries ? "✓" : "✗" } ?? "?")
        }.joined(separator: " · ")
    }
}
