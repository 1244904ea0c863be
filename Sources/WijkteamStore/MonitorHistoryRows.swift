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
        for k in chunks.indices {
            for row in chunks[k] {
                let i = Int(row.position), on = Day(daysSinceEpoch: row.day)
                if histories[i].capacity == 0 { histories[i].reserveCapacity(Int(counts[i])) }
                if let phase = row.phase {
                    histories[i].append(CaseHistoryEvent(caseID: caseIDs[i], entered: phase, on: on, source: row.source))
                } else {
                    let value = row.value < 0 ? nil : values[Int(row.value)]
                    histories[i].append(CaseHistoryEvent(caseID: caseIDs[i], kind: row.kind, value: value, on: on, source: row.source))
                }
            }
            chunks[k] = []
        }
        chunks = []
        values = []
        return histories
    }
}
