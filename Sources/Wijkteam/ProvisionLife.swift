/// A provision's life (issue 27): requested → waiting (on the provider's list, or allocated) →
/// active (started) → ended with a reason; requested or waiting → refused or withdrawn with a
/// reason; requested → active when a provider starts at once. Never backwards. Each step is
/// dated (not before the step before it, not in the future) and kept in `provision_step`; the
/// provision's own date columns mirror the steps, so waiting is always computed from dates.

/// Where a recorded step came from.
public enum ProvisionStepSource: String, Sendable, Codable, CaseIterable {
    /// Typed in the app or on the command line.
    case app
    /// Applied from the municipality's iWmo/iJw message.
    case iwmo
    /// Made from what an older provision held (schema v16 migration).
    case estimated

    public var label: String {
        switch self {
        case .app: tr("provision.source.app")
        case .iwmo: tr("provision.source.iwmo")
        case .estimated: tr("provision.source.estimated")
        }
    }
}

/// One dated step in a provision's life.
public struct ProvisionStep: Hashable, Sendable, Codable, Identifiable {
    public var id: Int
    public var provisionID: Int
    public var caseID: Int
    public var status: ProvisionStatus
    public var onDay: Day
    public var reason: String?
    public var source: ProvisionStepSource
    public var messageKey: String?
    public var recordedBy: StaffID?
    public init(
        id: Int, provisionID: Int, caseID: Int, status: ProvisionStatus, onDay: Day, reason: String? = nil,
        source: ProvisionStepSource = .app, messageKey: String? = nil, recordedBy: StaffID? = nil
    ) {
        self.id = id; self.provisionID = provisionID; self.caseID = caseID; self.status = status; self.onDay = onDay
        self.reason = reason; self.source = source; self.messageKey = messageKey; self.recordedBy = recordedBy
    }
}

extension ProvisionStatus {
    /// The statuses a provision in this status may go to next.
    public var next: [ProvisionStatus] {
        switch self {
        case .requested: [.waiting, .active, .refused, .withdrawn]
        case .waiting: [.active, .refused, .withdrawn]
        case .active: [.ended]
        case .ended, .refused, .withdrawn: []
        }
    }

    /// Ended, refused or withdrawn: nothing follows.
    public var isFinal: Bool { next.isEmpty }

    /// Ended, refused and withdrawn say why.
    public var needsReason: Bool { self == .ended || self == .refused || self == .withdrawn }

    /// Requested or on the list: the household is waiting.
    public var isWaiting: Bool { self == .requested || self == .waiting }

    /// The order of the life, for "going backwards" messages.
    var rank: Int {
        switch self {
        case .requested: 0
        case .waiting: 1
        case .active: 2
        case .ended, .refused, .withdrawn: 3
        }
    }
}

extension Provision {
    /// Requested or on the list.
    public var isWaiting: Bool { status.isWaiting }

    /// Waiting counts from here: on the list (or allocated) since, else requested on.
    public var waitingFrom: Day? { waitingSince ?? requestedOn }

    /// The latest day of its life so far (a new step may not come before it). A start on a
    /// provision that has not started is a planned one (older files), not a step.
    public var lastStepDay: Day? {
        [requestedOn, waitingSince, status == .active || status == .ended ? start : nil, endedOn].compactMap { $0 }.max()
    }

    /// Days waited: from `waitingFrom` to the start, else to the day it was refused or
    /// withdrawn, else to `today`. Nil when no day says when the wait began.
    public func waitingDays(today: Day) -> Int? {
        guard let from = waitingFrom else { return nil }
        let until: Day
        if let start, status == .active || status == .ended {
            until = start
        } else if status == .refused || status == .withdrawn, let endedOn {
            until = endedOn
        } else {
            until = today
        }
        return max(0, from.days(until: until))
    }

    /// Waiting now, longer than the provider's norm (weeks from allocation to start).
    public func isOverNorm(normWeeks: Int?, today: Day) -> Bool {
        guard isWaiting, let normWeeks, let days = waitingDays(today: today) else { return false }
        return days > normWeeks * 7
    }

    /// Its waiting in words: "waiting 5 wk (norm 6)" while it waits, "started 03-11 after 4 wk"
    /// once started; nil when no day says when the wait began or it never started.
    public func waitingText(normWeeks: Int?, today: Day) -> String? {
        guard let days = waitingDays(today: today) else { return nil }
        let norm = normWeeks.map { tr("provision.wait.norm", $0) } ?? ""
        if isWaiting {
            return (allocationNumber != nil ? tr("provision.wait.allocated", days / 7) : tr("provision.wait.waiting", days / 7)) + norm
        }
        if let start, status == .active || status == .ended {
            return tr("provision.started_after", start.shortText(today: today), days / 7) + norm
        }
        return nil
    }

    /// Checks a change to `status` on `day`, after the last recorded step (`after`, when the
    /// steps hold a later day than the columns): the transition must be allowed, the day not
    /// before the previous step's and not after `today`, and a reason given where one is needed.
    public func checkChange(to next: ProvisionStatus, on day: Day, reason: String?, today: Day, after: Day? = nil) throws {
        if next == status {
            throw WijkteamError.invalid(tr("provision.change.same", id, status.label))
        }
        guard status.next.contains(next) else {
            if status.isFinal {
                throw WijkteamError.invalid(tr("provision.change.final", id, status.label))
            }
            if next.rank < status.rank {
                throw WijkteamError.invalid(tr("provision.change.backwards", id, status.label, next.label))
            }
            throw WijkteamError.invalid(
                tr("provision.change.not_allowed", id, status.label, next.label, status.next.map(\.label).joined(separator: ", ")))
        }
        guard day <= today else { throw WijkteamError.invalid(tr("provision.change.future", day, today)) }
        if let previous = [lastStepDay, after].compactMap({ $0 }).max(), day < previous {
            throw WijkteamError.invalid(tr("provision.change.before_previous", day, previous))
        }
        let why = (reason ?? "").trimmed
        if next.needsReason, why.isEmpty {
            throw WijkteamError.invalid(tr("provision.change.reason_needed", next.label))
        }
        try Validation.text(why, what: tr("validation.what.text"))
    }

    /// The provision after a checked change, its date columns mirroring the new step.
    public func changed(to next: ProvisionStatus, on day: Day, reason: String?, today: Day, after: Day? = nil) throws -> Provision {
        try checkChange(to: next, on: day, reason: reason, today: today, after: after)
        var p = self
        p.status = next
        if p.requestedOn == nil { p.requestedOn = day }
        switch next {
        case .requested: break
        case .waiting: p.waitingSince = day
        case .active: p.start = day
        case .ended, .refused, .withdrawn:
            p.endedOn = day
            p.endReason = reason?.trimmed
        }
        return p
    }
}

/// A provision of an open case that waits, as the board card and the meeting agenda need it:
/// no description (it may name people), the provider, since when and the provider's norm.
public struct ProvisionWait: Hashable, Sendable, Codable {
    public var provisionID: Int
    public var caseID: Int
    public var provider: String
    public var providerID: Int?
    public var status: ProvisionStatus
    public var waitingDays: Int
    /// The provider's norm in weeks (allocation to start), when the catalogue has one.
    public var normWeeks: Int?
    /// Allocated by the municipality (iWmo/iJw 301) and not started yet.
    public var allocated: Bool
    public init(
        provisionID: Int, caseID: Int, provider: String, providerID: Int? = nil, status: ProvisionStatus, waitingDays: Int,
        normWeeks: Int? = nil, allocated: Bool = false
    ) {
        self.provisionID = provisionID; self.caseID = caseID; self.provider = provider; self.providerID = providerID
        self.status = status; self.waitingDays = waitingDays; self.normWeeks = normWeeks; self.allocated = allocated
    }

    /// Whole weeks waited.
    public var weeks: Int { waitingDays / 7 }

    /// Longer than the provider's norm.
    public var overNorm: Bool { normWeeks.map { waitingDays > $0 * 7 } ?? false }

    /// The waiting provisions among `provisions`, with the norms of their providers (by id).
    public static func waits(_ provisions: [Provision], norms: [Int: Int], today: Day) -> [ProvisionWait] {
        provisions.compactMap { p in
            guard p.isWaiting, let days = p.waitingDays(today: today) else { return nil }
            return ProvisionWait(
                provisionID: p.id, caseID: p.caseID, provider: p.provider, providerID: p.providerID, status: p.status,
                waitingDays: days, normWeeks: p.providerID.flatMap { norms[$0] }, allocated: p.allocationNumber != nil)
        }
    }

    /// "waiting 5 wk (norm 6)", "allocated, not started after 8 wk (norm 6)".
    public var summary: String {
        let norm = normWeeks.map { tr("provision.wait.norm", $0) } ?? ""
        return allocated
            ? tr("provision.wait.allocated", weeks) + norm
            : tr("provision.wait.waiting", weeks) + norm
    }
}

extension Agenda {
    static func longestFirst(_ a: ProvisionWait, _ b: ProvisionWait) -> Bool {
        a.waitingDays != b.waitingDays ? a.waitingDays > b.waitingDays : a.provisionID < b.provisionID
    }

    /// "Waiting longer than the provider's norm": per open case, each waiting provision over
    /// its provider's norm, allocated-but-not-started ones included, with provider and weeks.
    static func addProvisionWaitReasons(_ input: AgendaInput, indexOfCase: OpenCaseIndex, to reasons: inout CaseReasons) {
        for (caseID, waits) in input.provisionWaits {
            guard let i = indexOfCase[caseID] else { continue }
            for w in waits.sorted(by: Self.longestFirst) where w.overNorm {
                reasons.add(i, .waitingProvisions, tr("agenda.reason.provision_over_norm", w.provider, w.summary))
            }
        }
    }
}

extension Provision {
    /// A provision's dates as a district file gives them: in the order of its life, only those
    /// its status has reached (a start on a requested or waiting one is the planned start, as
    /// older files have it), a reason with an end.
    public func checkLife() throws {
        let started = status == .active || status == .ended
        let dated: [(String, Day?)] = [
            ("requested_on", requestedOn), ("waiting_since", waitingSince), ("start", started ? start : nil), ("ended_on", endedOn),
        ]
        // Kept as two plain arrays: an optional tuple here crashed the release build's optimizer (Swift 6.3).
        let names = dated.filter { $0.1 != nil }.map(\.0), days = dated.compactMap(\.1)
        for i in days.indices.dropFirst() where days[i] < days[i - 1] {
            throw WijkteamError.invalid(tr("provision.life.order", names[i], days[i], names[i - 1], days[i - 1]))
        }
        if waitingSince != nil, status == .requested {
            throw WijkteamError.invalid(tr("provision.life.not_reached", "waiting_since", status.label))
        }
        if start != nil, status == .refused || status == .withdrawn {
            throw WijkteamError.invalid(tr("provision.life.not_reached", "start", status.label))
        }
        if endedOn != nil, !status.isFinal { throw WijkteamError.invalid(tr("provision.life.not_reached", "ended_on", status.label)) }
        if endedOn != nil, (endReason ?? "").trimmed.isEmpty {
            throw WijkteamError.invalid(tr("provision.change.reason_needed", status.label))
        }
    }

    /// The same provision with every date `days` later (a demo district moved to today).
    public func shifted(by days: Int) -> Provision {
        var p = self
        p.start = start?.adding(days: days); p.requestedOn = requestedOn?.adding(days: days)
        p.waitingSince = waitingSince?.adding(days: days); p.endedOn = endedOn?.adding(days: days)
        return p
    }
}
