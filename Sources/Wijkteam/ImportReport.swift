/// What an import did, or would do (`--dry-run`), row by row, with its counts. It names
/// households by number, never people: it goes to a terminal, and its counts to the access log.
public struct ImportReport: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable { case signals, caseload }

    /// What became of one row.
    public enum Outcome: Hashable, Sendable {
        /// A known household: the signal or case is added to it.
        case matched(household: Int, by: MatchOutcome.Basis)
        /// A household the team did not know, created with it.
        case new(household: Int)
        /// Several households it may be: not guessed, not imported.
        case ambiguous([Int])
        /// This partner's reference was imported before: skipped.
        case alreadyImported(partner: ArrearsPartner, reference: String)
        /// Caseload: the household already has an open case (or gets one from an earlier line).
        case openCase(household: Int, caseID: Int?, line: Int?)
    }

    public struct Row: Hashable, Sendable {
        public var line: Int
        public var outcome: Outcome
        public init(line: Int, outcome: Outcome) {
            self.line = line
            self.outcome = outcome
        }
    }

    public var kind: Kind
    public var file: String
    public var rows: [Row]
    public var dryRun: Bool
    public var skipAmbiguous: Bool
    /// Signals or cases written (or that would be, in a dry run); 0 when refused.
    public var written: Int

    public init(kind: Kind, file: String, rows: [Row], dryRun: Bool, skipAmbiguous: Bool, written: Int) {
        self.kind = kind; self.file = file; self.rows = rows; self.dryRun = dryRun; self.skipAmbiguous = skipAmbiguous
        self.written = written
    }

    public var matched: Int { rows.filter { if case .matched = $0.outcome { true } else { false } }.count }
    public var newHouseholds: Int { rows.filter { if case .new = $0.outcome { true } else { false } }.count }
    public var ambiguous: [Row] { rows.filter { if case .ambiguous = $0.outcome { true } else { false } } }
    public var alreadyImported: Int { rows.filter { if case .alreadyImported = $0.outcome { true } else { false } }.count }
    public var conflicts: [Row] { rows.filter { if case .openCase = $0.outcome { true } else { false } } }

    /// Nothing was written: rows match several households (without `skipAmbiguous`), or a
    /// caseload row meets a household's open case.
    public var refused: Bool { (!ambiguous.isEmpty && !skipAmbiguous) || !conflicts.isEmpty }

    /// The rows that stop an import, or are skipped: what the team must look at.
    public var problems: [Row] {
        rows.filter { if case .ambiguous = $0.outcome { true } else if case .openCase = $0.outcome { true } else { false } }
    }

    /// "7 matched, 4 new, 1 ambiguous skipped, 0 already imported": the access log's words (English, as every audit detail).
    public var auditCounts: String {
        var parts = ["\(matched) matched", "\(newHouseholds) new", "\(ambiguous.count) ambiguous\(skipAmbiguous ? " skipped" : "")"]
        if kind == .signals { parts.append("\(alreadyImported) already imported") }
        return parts.joined(separator: ", ")
    }

    /// The counts as the team reads them.
    public var summary: String {
        var parts = [
            trCount("import.count.matched", matched), trCount("import.count.new", newHouseholds),
            trCount("import.count.ambiguous", ambiguous.count),
        ]
        if kind == .signals { parts.append(trCount("import.count.already", alreadyImported)) }
        if kind == .caseload { parts.append(trCount("import.count.conflicts", conflicts.count)) }
        return parts.joined(separator: ", ")
    }

    /// "file:12: matches households #12, #14; not imported".
    public func text(_ row: Row) -> String {
        let what: String
        switch row.outcome {
        case .matched(let id, let basis):
            let how: String
            switch basis {
            case .address: how = tr("import.basis.address")
            case .addressAndBirthDate: how = tr("import.basis.address_birth")
            case .nameAndBirthDate: how = tr("import.basis.name_birth")
            }
            what = kind == .signals ? tr("import.row.matched.signal", id, how) : tr("import.row.matched.case", id, how)
        case .new(let id): what = kind == .signals ? tr("import.row.new.signal", id) : tr("import.row.new.case", id)
        case .ambiguous(let ids): what = tr("import.row.ambiguous", ids.map { "#\($0)" }.joined(separator: ", "))
        case .alreadyImported(let partner, let reference): what = tr("import.row.already", partner.rawValue, reference)
        case .openCase(let id, let caseID, let line):
            what = caseID.map { tr("import.row.open_case", id, $0) } ?? tr("import.row.open_case_line", id, line ?? 0)
        }
        return "\(file):\(row.line): \(what)"
    }
}
