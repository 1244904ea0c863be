import WijkteamScreens
import Wijkteam

/// Carries out the shell's effects against a store and answers with the event the shell expects.
/// Called by the app's loop (and by tests and benchmarks) between frames, never by a screen.
/// Terminal effects (theme, repaint) are the app's own: they return nil here.
public struct EffectRunner: Sendable {
    public let store: any WijkteamStore
    public let today: Day
    /// Who is acting (decisions and Meldcode steps record it).
    public let actor: StaffID
    /// Writes an export made in the app (an inzage) as a new private file and returns its path:
    /// the app gives one (`PrivateFiles.writeNew` in the home folder), so that the runtime does
    /// no file I/O of its own. Without one, exports are refused.
    public var writeExport: (@Sendable (_ text: String, _ name: String) throws -> String)?

    public init(store: any WijkteamStore, today: Day, actor: StaffID) {
        self.store = store; self.today = today; self.actor = actor
    }

    /// After an outline snapshot: the whole cards of what `shell` shows, if nobody committed
    /// since `seen` (the store's change counter, read before the outline), so that they belong
    /// to the outline's moment; otherwise, or when the shell shows no board, all of it.
    public func wholeCardsOnScreen(of shell: Shell, unchangedSince seen: Int) throws -> ShellEvent {
        guard let ids = shell.caseIDsOnScreen else { return .snapshot(try DistrictSnapshot.load(from: store, today: today)) }
        let cards = try store.caseCards(ids: ids)
        return try store.changeCounter() == seen ? .wholeCards(cards) : .snapshot(try DistrictSnapshot.load(from: store, today: today))
    }

    public func run(_ effect: Effect) -> ShellEvent? {
        do {
            switch effect {
            case .reload, .loadHousehold, .recordAudit, .loadSuggestions, .loadHouseholdSuggestions:
                return try runReading(effect)
            case .saveCaseWork, .assign, .setDiscussion, .addProvision, .changeProvision:
                return try runCaseWork(effect)
            case .decide, .undoTriage, .recordMeldcode:
                return try runTriage(effect)
            case .addFollowUp, .completeFollowUp, .saveTie, .removeTie:
                return try runFollowUpOrTie(effect)
            case .startMeeting, .saveMeeting, .endMeeting, .recordDecision:
                return try runMeeting(effect)
            case .householdChange(let change):
                return runHouseholdChange(change)
            case .frontDoor(let request):
                return runFrontDoor(request)
            case .reviewBreakGlass(let id, let verdict, let shown):
                return runBreakGlassReview(id: id, verdict: verdict, shown: shown)
            case .teamChange(let change):
                return runTeamChange(change)
            case .planHandover, .applyHandover, .undoHandover:
                return runHandover(effect)
            case .inzage(let personID):
                return runInzage(personID: personID)
            case .route(let r):
                return runRoute(r)
            case .loadPlan, .savePlan:
                return runPlan(effect)
            case .loadMonitor(let request):
                return runMonitor(request)
            case .countRetentionDue:
                // A reminder: when it cannot be counted, the board goes without it.
                return (try? store.retentionDueCount(today: today)).map { .retentionDue($0) }
            case .setTheme, .repaint:
                return nil
            }
        } catch {
            return .failed("\(error)")
        }
    }

    /// Reads (and the audit record of a read).
    private func runReading(_ effect: Effect) throws -> ShellEvent? {
        switch effect {
        case .reload:
            return .snapshot(try DistrictSnapshot.load(from: store, today: today))
        case .loadHousehold(let id, let access):
            do {
                return .household(try store.household(id: id, access: access))
            } catch {
                return .householdUnavailable(id, "\(error)")
            }
        case .recordAudit(let event):
            try store.recordAudit(event)
            return nil
        case .loadSuggestions(let caseID):
            return .suggestions(caseID: caseID, context: try store.suggestionContext(caseID: caseID))
        case .loadHouseholdSuggestions(let householdID):
            return .householdSuggestions(householdID: householdID, context: try store.suggestionContext(householdID: householdID))
        default:
            return nil
        }
    }

    /// Changes to a case: its work (journal, plan, phase…), its regisseur, discussion, provisions.
    private func runCaseWork(_ effect: Effect) throws -> ShellEvent? {
        switch effect {
        case .saveCaseWork(let edit, let householdID):
            do {
                return .caseWorkSaved(edit, message: try save(edit), householdID: householdID)
            } catch {
                return .caseWorkRefused(edit, message: "\(error)", fresh: try? store.household(id: householdID, access: .refresh))
            }
        case .assign(let r):
            do {
                return .assigned(try store.assign(caseID: r.caseID, to: r.to, expectedVersion: r.expectedVersion, meetingID: r.meetingID), r)
            } catch {
                return .assignFailed("\(error)", r)
            }
        case .setDiscussion(let caseID, let question, let version):
            do {
                return .discussionSet(try store.setDiscussion(caseID: caseID, question: question, expectedVersion: version))
            } catch {
                return .discussionRefused(caseID: caseID, question: question, message: "\(error)",
                                          fresh: (try? store.cases(includeClosed: true))?.first { $0.id == caseID })
            }
        case .addProvision(let p, let householdID):
            return .provisionAdded(try store.addProvision(p), householdID: householdID)
        case .changeProvision(let c, let householdID):
            let p = try store.changeProvision(id: c.id, to: c.status, on: c.day, reason: c.reason, expectedVersion: c.version)
            return .provisionChanged(p, householdID: householdID)
        default:
            return nil
        }
    }

    private func runTriage(_ effect: Effect) throws -> ShellEvent? {
        switch effect {
        case .decide(let signalID, let decision, let version):
            let (c, undo) = try store.decideTriageUndoably(signalID: signalID, decision: decision, by: actor, on: today,
                                                            expectedVersion: version)
            return .decided(signalID: signalID, c, undo: undo)
        case .undoTriage(let u):
            return .triageUndone(u, try store.undoTriage(u, by: actor, on: today))
        case .recordMeldcode(let signalID, var record):
            record.doneBy = actor
            record.doneOn = today
            try store.recordMeldcodeStep(signalID: signalID, record)
            return .meldcodeRecorded(signalID: signalID, record.step)
        default:
            return nil
        }
    }

    private func runFollowUpOrTie(_ effect: Effect) throws -> ShellEvent? {
        switch effect {
        case .addFollowUp(let caseID, let plan, let meetingID):
            let f = try store.addFollowUp(caseID: caseID, kind: plan.kind, due: plan.due, owner: plan.owner, note: plan.note,
                                          meetingID: meetingID, today: today)
            return .followUpSaved(tr("form.saved.followup", caseID, f.kind.label, f.due, f.ownerID ?? tr("form.saved.followup.no.owner")))
        case .completeFollowUp(let id, let outcome, let version):
            do {
                let f = try store.completeFollowUp(id: id, outcome: outcome, expectedVersion: version)
                return .followUpSaved(tr("form.saved.followup.done", f.id, outcome))
            } catch {
                return .followUpRefused(outcome: outcome, message: "\(error)",
                                        fresh: (try? store.followUps(includeDone: true))?.first { $0.id == id })
            }
        case .saveTie(let new, let old, let undo):
            do {
                let saved = try store.saveTie(new, expectedVersion: new.id == 0 ? nil : old?.version)
                return .tieSaved(new: saved, old: old, undo: undo)
            } catch where !undo {
                // The form opens again with what was typed, on the household as it is now.
                return .tieRefused(new, old: old, message: "\(error)", fresh: try? store.household(id: new.householdID, access: .refresh))
            }
        case .removeTie(let t, let undo):
            return .tieRemoved(try store.removeTie(id: t.id, expectedVersion: t.version), undo: undo)
        default:
            return nil
        }
    }

    private func runMeeting(_ effect: Effect) throws -> ShellEvent? {
        switch effect {
        case .startMeeting:
            return .meetingStarted(try store.startMeeting(chair: actor, on: today))
        case .saveMeeting(let m):
            try store.saveMeeting(m)
            return .meetingSaved(m.status)
        case .endMeeting(let m):
            try store.endMeeting(m, on: today)
            return .meetingEnded(m.id)
        case .recordDecision(let d):
            return .minuteRecorded(try store.recordDecision(meetingID: d.meetingID, itemKey: d.itemKey, caseID: d.caseID,
                                                            householdID: d.householdID, text: d.text, owner: d.owner, due: d.due, on: today))
        default:
            return nil
        }
    }

    /// Saves one change to a case and says what was done.
    private func save(_ edit: CaseEdit) throws -> String {
        switch edit {
        case .journal(let d):
            let e = try store.addJournal(caseID: d.caseID, kind: d.kind, date: d.date, text: d.text, sensitive: d.sensitive, today: today)
            return e.sensitive ? tr("form.saved.journal.sensitive", e.caseID, e.kind.label, e.date) : tr("form.saved.journal", e.caseID, e.kind.label, e.date)
        case .phase(let caseID, let to, let version):
            let c = try store.movePhase(caseID: caseID, to: to, expectedVersion: version, today: today)
            return tr("form.saved.phase", c.id, c.phase.label)
        case .zrm(let d):
            let saved = try store.recordZRM(
                personID: d.personID, date: d.date, scores: d.scores, notAssessed: d.notAssessed, basedOn: d.basedOn, today: today)
            return tr("form.saved.zrm", d.date, saved.count, d.notAssessed.count)
        case .goal(let g, let version):
            let saved = try store.saveGoal(g, expectedVersion: version)
            return g.id == 0 ? tr("form.saved.goal.added", saved.domain.label, saved.targetScore) : tr("form.saved.goal.changed", saved.domain.label, saved.targetScore)
        case .close(let caseID, let reason, let noFinal, let version):
            let (c, followUps) = try store.closeCase(
                caseID: caseID, reason: reason, noFinalZRMReason: noFinal, expectedVersion: version, today: today)
            return followUps > 0 ? tr("form.saved.closed.with.followups", c.id, followUps) : tr("form.saved.closed", c.id)
        case .breakGlass(let caseID, let reason):
            let use = try store.breakGlass(caseID: caseID, reason: reason)
            return tr("form.saved.breakGlass", use.id, use.caseID)
        }
    }

    /// Handles an event and every effect it leads to, depth first; returns whether to redraw.
    /// With `logsAfterDraw`, access-log rows (`.recordAudit`, which nothing on screen waits for)
    /// are not written here but handed back in `logs`, for the app to write right after it has
    /// drawn the frame and before it reads the next key.
    public func drive(_ shell: inout Shell, _ event: ShellEvent, logsAfterDraw: Bool = false,
                      logs: inout [Effect], other: (Effect) -> ShellEvent? = { _ in nil }) -> Reaction {
        var reaction = shell.handle(event)
        var queue = reaction.effects
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            if logsAfterDraw, case .recordAudit = effect {
                logs.append(effect)
                continue
            }
            guard let follow = run(effect) ?? other(effect) else { continue }
            let r = shell.handle(follow)
            reaction.redraw = reaction.redraw || r.redraw
            queue += r.effects
        }
        return reaction
    }

    /// Every effect carried out before this returns.
    public func drive(_ shell: inout Shell, _ event: ShellEvent, other: (Effect) -> ShellEvent? = { _ in nil }) -> Reaction {
        var none: [Effect] = []
        return drive(&shell, event, logs: &none, other: other)
    }

    /// Writes the access-log rows `drive` handed back; a failure goes to the shell, and then
    /// the screen needs drawing again (true).
    @discardableResult
    public func writeLogs(_ logs: inout [Effect], into shell: inout Shell) -> Bool {
        var redraw = false
        for effect in logs {
            if let follow = run(effect) { redraw = shell.handle(follow).redraw || redraw }
        }
        logs.removeAll()
        return redraw
    }
}
