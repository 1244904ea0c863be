import Foundation

/// The listings' JSON, byte for byte what Foundation's `JSONEncoder` writes with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` and `.convertToSnakeCase` (issue 28:
/// `triage --json` spent a sixth of its time there). Foundation asks the Swift runtime, for every
/// value it encodes, whether it is a Date, Data, URL, Decimal or a String-keyed dictionary, and
/// each new type asked costs a search through every protocol conformance in the program; this
/// encoder compares type identities and names instead and converts each key to snake case once.
/// Debug builds (what the tests run) encode every listing with Foundation too and stop when the
/// two differ (`printJSON`).
enum ListingJSON {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let context = JSONEncodingContext()
        // A top-level value has to encode something, as Foundation requires.
        guard let node = try context.nodeIfAny(value, path: []) else {
            let why = "Top-level \(T.self) did not encode any values."
            throw EncodingError.invalidValue(value, .init(codingPath: [], debugDescription: why))
        }
        var writer = JSONTextWriter(orders: context.orders)
        writer.write(node)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// What Foundation writes for the same value, with the listings' options.
    static func foundation<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// `convertToSnakeCase` as Foundation does it: words split where lower case turns upper, and
    /// before the last capital of a run followed by lower case ("myURLValue" → "my_url_value").
    /// Keys outside ASCII ask Foundation itself (its letter classes are Unicode's).
    static func snakeCase(_ key: String) -> String {
        let bytes = Array(key.utf8)
        guard !bytes.isEmpty else { return key }
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return foundationSnakeCase(key) }
        func isUpper(_ b: UInt8) -> Bool { b >= 65 && b <= 90 }
        func isLower(_ b: UInt8) -> Bool { b >= 97 && b <= 122 }
        var words: [Range<Int>] = []
        var wordStart = 0, searchFrom = 1
        while let upper = (searchFrom..<bytes.count).first(where: { isUpper(bytes[$0]) }) {
            words.append(wordStart..<upper)
            guard let lower = (upper..<bytes.count).first(where: { isLower(bytes[$0]) }) else {
                wordStart = upper
                searchFrom = bytes.count
                break
            }
            if lower == upper + 1 {
                wordStart = upper
            } else {
                words.append(upper..<(lower - 1))
                wordStart = lower - 1
            }
            searchFrom = lower + 1
        }
        words.append(wordStart..<max(bytes.count, wordStart))
        let lowered = words.map { range in
            String(decoding: bytes[range].map { isUpper($0) ? $0 + 32 : $0 }, as: UTF8.self)
        }
        return lowered.joined(separator: "_")
    }

    private struct OneKey: Encodable {
        let key: String
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: AnyCodingKey.self)
            try container.encodeNil(forKey: AnyCodingKey(key))
        }
    }

    private static func foundationSnakeCase(_ key: String) -> String {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        let data = try? encoder.encode(OneKey(key: key))
        let object = data.flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] }
        return object?.keys.first ?? key
    }
}

struct AnyCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) {
        stringValue = String(intValue)
        self.intValue = intValue
    }
}

/// A value on its way out: Foundation's tree, with objects keeping their keys in the order set
/// (the writer sorts them; a key set twice keeps its last value, as in Foundation's dictionary).
enum JSONNode {
    case string(String)
    case number(String)
    case bool(Bool)
    case null
    case array(JSONArrayBox)
    case object(JSONObjectBox)
    /// A `superEncoder`'s value, known when it is written.
    case pending(JSONTreeEncoder)
}

final class JSONArrayBox {
    var items: [JSONNode] = []
}

final class JSONObjectBox {
    var keys: [String] = []
    var values: [JSONNode] = []
    /// The coding-key type that wrote it: objects of one type share their sorted order.
    let keyType: ObjectIdentifier

    init(keyType: ObjectIdentifier) { self.keyType = keyType }

    func set(_ value: JSONNode, for key: String) {
        keys.append(key)
        values.append(value)
    }

    /// The value last set for `key` (nested containers asked twice share it, as in Foundation).
    func existing(_ key: String) -> JSONNode? {
        keys.lastIndex(of: key).map { values[$0] }
    }
}

/// Shared by every encoder of one document: converted keys and sorted key orders are kept.
final class JSONEncodingContext {
    private var converted: [String: String] = [:]
    private var stringKeyedDictionaries: [ObjectIdentifier: Bool] = [:]
    let orders = JSONKeyOrders()

    func key(_ key: some CodingKey, convert: Bool) -> String {
        guard convert else { return key.stringValue }
        let raw = key.stringValue
        if let done = converted[raw] { return done }
        let snake = ListingJSON.snakeCase(raw)
        converted[raw] = snake
        return snake
    }

    /// Whether `type` is a `[String: V]`, whose keys Foundation writes as they are. Told by the
    /// runtime's name of the type, once per type: asking for a conformance (`is`) would search
    /// every conformance record of the binary for each new type encoded.
    func isStringKeyedDictionary<T>(_ type: T.Type) -> Bool {
        let id = ObjectIdentifier(type)
        if let known = stringKeyedDictionaries[id] { return known }
        let answer = _typeName(type, qualified: true).hasPrefix("Swift.Dictionary<Swift.String, ")
        stringKeyedDictionaries[id] = answer
        return answer
    }

    /// The node for any value; one that encodes nothing is an empty object, as in Foundation.
    func node<T: Encodable>(_ value: T, path: [any CodingKey]) throws -> JSONNode {
        try nodeIfAny(value, path: path) ?? .object(JSONObjectBox(keyType: ObjectIdentifier(AnyCodingKey.self)))
    }

    /// Data, URL and Decimal as Foundation writes them (a Date encodes itself as Foundation's
    /// default has it); nil when the value encodes nothing.
    func nodeIfAny<T: Encodable>(_ value: T, path: [any CodingKey]) throws -> JSONNode? {
        if T.self == String.self { return .string(value as! String) }
        if T.self == Int.self { return .number(String(value as! Int)) }
        if T.self == Bool.self { return .bool(value as! Bool) }
        if T.self == Double.self { return try JSONTreeEncoder.number(value as! Double, path: path) }
        if T.self == Data.self { return .string((value as! Data).base64EncodedString()) }
        if T.self == URL.self { return .string((value as! URL).absoluteString) }
        if T.self == Decimal.self { return .number((value as! Decimal).description) }
        return try encoded(value, path: path)
    }

    /// What `value` encodes itself as; nil when it encodes nothing.
    private func encoded<T: Encodable>(_ value: T, path: [any CodingKey]) throws -> JSONNode? {
        let encoder = JSONTreeEncoder(context: self, path: path, keysAsTheyAre: isStringKeyedDictionary(T.self))
        try value.encode(to: encoder)
        return encoder.value
    }
}

/// Sorted key orders by coding-key type, for the key lists seen last (UTF-8 order, as Foundation).
final class JSONKeyOrders {
    private var last: [ObjectIdentifier: (keys: [String], order: [Int])] = [:]

    func order(of object: JSONObjectBox) -> [Int] {
        if let known = last[object.keyType], known.keys == object.keys { return known.order }
        // Stable: of a key set twice, the last comes last and is the one written.
        let order = object.keys.indices.sorted { a, b in
            let (x, y) = (object.keys[a], object.keys[b])
            return x == y ? a < b : x.utf8.lexicographicallyPrecedes(y.utf8)
        }
        last[object.keyType] = (object.keys, order)
        return order
    }
}
