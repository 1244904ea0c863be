/// What it takes to undo one triage decision. The store gives it back with the decision; the
/// triage view keeps it for `u` (as the board keeps an assignment), and the store checks it
/// against what is there now: a signal, case or follow-up that someone changed after the
/// decision is refused, never overwritten.
public struct TriageUndo: Hashable, Sendable {
    public var signalID: Int
    /// The signal's version as the decision left it.
    public var signalVersion: Int
    public var route: TriageRoute
    /// The household's open case before the decision; nil when the decision created `after`.
    public var before: Case?
    /// The case as the decision left it.
    public var after: Case
    /// The follow-up planned with the decision, if any.
    public var followUpID: Int?

    public init(signalID: Int, signalVersion: Int, route: TriageRoute, before: Case?, after: Case, followUpID: Int?) {
        self.signalID = signalID; self.signalVersion = signalVersion; self.route = route
        self.before = before; self.after = after; self.followUpID = followUpID
    }
}
