/// Values made once per key and handed out again, for a pass over many rows or cards that share
/// a few hundred distinct ones: the agenda's reason texts ("no journal entry for 52 days" for
/// every case last seen that day), a statement's life domains. Each equal key gets the same
/// value, its storage shared, instead of a copy made for every row. Past `limit` keys a value
/// is made for its caller and not kept.
public struct MadeOnce<Key: Hashable, Value> {
    @usableFromInline var made: [Key: Value] = [:]
    public let limit: Int

    public init(limit: Int = .max) { self.limit = limit }

    /// How many values are kept.
    @inlinable public var count: Int { made.count }

    // Inlinable: the store calls it once per row, from another module.
    @inlinable public mutating func value(for key: Key, _ make: () -> Value) -> Value {
        if let value = made[key] { return value }
        let value = make()
        if made.count < limit { made[key] = value }
        return value
    }
}
