import Wijkteam

/// Why every write is off in this session. A write key then says this instead of doing nothing.
public enum ReadOnlyReason: Sendable, Equatable {
    /// `--read-only` on the command line.
    case option
    /// The staff record's role is new staff: they browse and learn.
    case newStaff
    /// `wijkteam tour`: the database is opened read-only and nothing is logged or saved.
    case tour

    /// The reason a refused write key shows in the status bar.
    public var message: String {
        switch self {
        case .option: tr("readonly.option")
        case .newStaff: tr("readonly.newStaff")
        case .tour: tr("readonly.tour")
        }
    }
}

extension Effect {
    /// Whether the effect changes what is stored (the audit log of reads aside).
    var writes: Bool {
        switch self {
        case .reload, .loadHousehold, .loadSuggestions, .loadHouseholdSuggestions, .recordAudit, .setTheme, .repaint: false
        case .saveCaseWork, .assign, .decide, .undoTriage, .recordMeldcode, .addFollowUp, .completeFollowUp, .saveTie, .removeTie,
             .addProvision, .startMeeting, .saveMeeting, .endMeeting, .recordDecision, .setDiscussion: true
        case .changeProvision: true
        case .reviewBreakGlass: true
        case .householdChange: true
        case .teamChange, .applyHandover, .undoHandover: true
        case .planHandover, .inzage, .countRetentionDue, .loadPlan, .loadMonitor: false
        case .savePlan: true
        case .frontDoor(let request): request.writes
        case .route(let r): r.writes
        }
    }
}
