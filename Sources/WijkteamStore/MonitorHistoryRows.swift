import Wijkteam

/// The case history's rows as the monitor reads them (in the table's order, not by case), each
/// kept in 24 bytes until the read is done; then every case's list of events is made at its
/// size. Lists made up front with room for eight events held 14 MB at 100,000 households
/// (34,000 cases, five rows each on average: two-fifths of it empty) at the meeting view's peak
/// memory; a list grown by appending doubles itself, and copies what it had. The rows are kept
/// in chunks for the same reason, and each chunk goes as soon as its rows are events (where a
/// case's rows were written together, as in a generated district, most lists are made after
/// the chunks before them went; where they are spread over the table, as in a database used
/// for years, the rows and the lists are held together for a moment: about 12 MB, not 14).
struct MonitorHistoryRows {
    /// A row: the position of its case, its day, and its phase when it is a phase row whose
    /// value is a phase; otherwise its kind and the place of its value in `values`.
    private struct Row {
        var day: Int
        var position: Int32
        var value: Int32
        var kind: CaseHistoryKind
        var source: CaseHistorySource
        var phase: Phase?
    }

    private static let chunkSize = 8192
    private var chunks: [[Row]] = []
    private var values: [String?] = []
    /// Per case: its rows, and its phase rows (`MonitorCaseFacts.phaseRows`).
    private var counts: [Int32]
    private(set) var phaseRowCounts: [Int32]

    /// Room to count the rows of `cases` cases (positions 0..<cases).
    init(cases: Int) {
        counts = [Int32](repeating: 0, count: cases)
        phaseRowCounts = counts
    }

    /// A phase row whose value is `phase` (the event is made with the vocabulary's own string).
    mutating func append(position: Int, on: Day, entered phase: Phase, source: CaseHistorySource) {
        add(Row(day: on.daysSinceEpoch, position: Int32(position), value: -1, kind: .phase, source: source, phase: phase))
    }

    /// Any other row, with its stored value.
    mutating func append(position: Int, on: Day, kind: CaseHistoryKind, value: String?, source: CaseHistorySource) {
        var place: Int32 = -1
        if let value {
            place = Int32(values.count)
            values.append(value)
        }
        add(Row(day: on.daysSinceEpoch, position: Int32(position), value: place, kind: kind, source: source, phase: nil))
    }

    private mutating func add(_ row: Row) {
        if chunks.last.map({ $0.count == Self.chunkSize }) ?? true {
            chunks.append([])
            chunks[chunks.count - 1].reserveCapacity(Self.chunkSize)
        }
        chunks[chunks.count - 1].append(row)
        counts[Int(row.position)] += 1
        if row.kind == .phase { phaseRowCounts[Int(row.position)] += 1 }
    }

    /// Each case's events in the order they were read (`caseIDs[position]` is the case of a
    /// position), every list made at its size. The rows are given up as they are made into events.
    mutating func events(caseIDs: [Int]) -> [[CaseHistoryEvent]] {
        var histories = [[CaseHistoryEvent]](repeating: [], count: counts.count)
        let counts = counts
        consume { i, row, value in
            if histories[i].capacity == 0 { histories[i].reserveCapacity(Int(counts[i])) }
            histories[i].append(Self.event(row, value, caseID: caseIDs[i]))
        }
        return histories
    }

    /// Each case's regisseur rows as events and its phase rows as `PhaseRow`s, each list made at
    /// its size: for a report whose figures never take the phase rows as events (the meeting's
    /// trend). Phase rows are most of the history (about 130,000 of the 170,000 rows of the
    /// trend's cases at 100,000 households), and an event takes 48 bytes where a phase row takes 16.
    mutating func regisseurEventsAndPhaseRows(caseIDs: [Int]) -> (events: [[CaseHistoryEvent]], phaseRows: [[MonitorCaseFacts.PhaseRow]]) {
        var histories = [[CaseHistoryEvent]](repeating: [], count: counts.count)
        var phases = [[MonitorCaseFacts.PhaseRow]](repeating: [], count: counts.count)
        let (counts, phaseRowCounts) = (counts, phaseRowCounts)
        consume { i, row, value in
            if row.kind == .phase {
                if phases[i].capacity == 0 { phases[i].reserveCapacity(Int(phaseRowCounts[i])) }
                phases[i].append(MonitorCaseFacts.PhaseRow(on: Day(daysSinceEpoch: row.day), phase: row.phase))
            } else {
                if histories[i].capacity == 0 { histories[i].reserveCapacity(Int(counts[i] - phaseRowCounts[i])) }
                histories[i].append(Self.event(row, value, caseID: caseIDs[i]))
            }
        }
        return (histories, phases)
    }

    /// Hands every row with its case's position and its stored value, in the order read, giving
    /// each chunk up after it.
    private mutating func consume(_ body: (_ position: Int, Row, _ value: String?) -> Void) {
        for k in chunks.indices {
            for row in chunks[k] { body(Int(row.position), row, row.value < 0 ? nil : values[Int(row.value)]) }
            chunks[k] = []
        }
        chunks = []
        values = []
    }

    private static func event(_ row: Row, _ value: String?, caseID: Int) -> CaseHistoryEvent {
        let on = Day(daysSinceEpoch: row.day)
        if let phase = row.phase { return CaseHistoryEvent(caseID: caseID, entered: phase, on: on, source: row.source) }
        return CaseHistoryEvent(caseID: caseID, kind: row.kind, value: value, on: on, source: row.source)
    }
}
