import Foundation

/// The `Encoder` behind `ListingJSON`: one per value, building a `JSONNode`.
final class JSONTreeEncoder: Encoder {
    let context: JSONEncodingContext
    let codingPath: [any CodingKey]
    /// A `[String: V]` being encoded: its keys are written as they are (Foundation's exception;
    /// a dictionary keyed by anything else has its keys converted like a type's).
    let keysAsTheyAre: Bool
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    var value: JSONNode?

    init(context: JSONEncodingContext, path: [any CodingKey], keysAsTheyAre: Bool = false) {
        self.context = context
        self.codingPath = path
        self.keysAsTheyAre = keysAsTheyAre
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let object: JSONObjectBox
        if case .object(let existing)? = value {
            object = existing
        } else {
            object = JSONObjectBox(keyType: ObjectIdentifier(type))
            value = .object(object)
        }
        return KeyedEncodingContainer(JSONKeyedContainer<Key>(encoder: self, object: object, convert: !keysAsTheyAre))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let array: JSONArrayBox
        if case .array(let existing)? = value {
            array = existing
        } else {
            array = JSONArrayBox()
            value = .array(array)
        }
        return JSONUnkeyedContainer(encoder: self, array: array)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { JSONSingleContainer(encoder: self) }

    /// Foundation's numbers: the shortest form that reads back, "1" for 1.0; NaN and infinity refused.
    static func number<F: BinaryFloatingPoint & CustomStringConvertible>(_ value: F, path: [any CodingKey]) throws -> JSONNode {
        guard value.isFinite else {
            let why = "Unable to encode \(F.self).\(value) directly in JSON."
            throw EncodingError.invalidValue(value, .init(codingPath: path, debugDescription: why))
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return .number(text)
    }
}

private struct JSONKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: JSONTreeEncoder
    let object: JSONObjectBox
    let convert: Bool
    var codingPath: [any CodingKey] { encoder.codingPath }

    private func name(_ key: Key) -> String { encoder.context.key(key, convert: convert) }
    private func path(_ key: Key) -> [any CodingKey] { encoder.codingPath + [key] }

    mutating func encodeNil(forKey key: Key) throws { object.set(.null, for: name(key)) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { object.set(.bool(value), for: name(key)) }
    mutating func encode(_ value: String, forKey key: Key) throws { object.set(.string(value), for: name(key)) }
    mutating func encode(_ value: Double, forKey key: Key) throws {
        object.set(try JSONTreeEncoder.number(value, path: path(key)), for: name(key))
    }
    mutating func encode(_ value: Float, forKey key: Key) throws {
        object.set(try JSONTreeEncoder.number(value, path: path(key)), for: name(key))
    }
    mutating func encode(_ value: Int, forKey key: Key) throws { object.set(.number(String(value)), for: name(key)) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { object.set(.number(String(value)), for: name(key)) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { object.set(.number(String(value)), for: name(key)) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { object.set(.number(String(value)), for: name(key)) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { object.set(.number(String(value)), for: name(key)) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { object.set(.number(String(value)), for: name(key)) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { object.set(.number(String(value)), for: name(key)) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { object.set(.number(String(value)), for: name(key)) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { object.set(.number(String(value)), for: name(key)) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { object.set(.number(String(value)), for: name(key)) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        object.set(try encoder.context.node(value, path: path(key)), for: name(key))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        let nested: JSONObjectBox
        if case .object(let existing)? = object.existing(name(key)) {
            nested = existing
        } else {
            nested = JSONObjectBox(keyType: ObjectIdentifier(type))
            object.set(.object(nested), for: name(key))
        }
        let sub = JSONTreeEncoder(context: encoder.context, path: path(key))
        return KeyedEncodingContainer(JSONKeyedContainer<NestedKey>(encoder: sub, object: nested, convert: true))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested: JSONArrayBox
        if case .array(let existing)? = object.existing(name(key)) {
            nested = existing
        } else {
            nested = JSONArrayBox()
            object.set(.array(nested), for: name(key))
        }
        return JSONUnkeyedContainer(encoder: JSONTreeEncoder(context: encoder.context, path: path(key)), array: nested)
    }

    mutating func superEncoder() -> any Encoder { superEncoder(named: AnyCodingKey("super")) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder(named: key) }

    private func superEncoder(named key: some CodingKey) -> any Encoder {
        let sub = JSONTreeEncoder(context: encoder.context, path: encoder.codingPath + [key])
        object.set(.pending(sub), for: encoder.context.key(key, convert: convert))
        return sub
    }
}

private struct JSONUnkeyedContainer: UnkeyedEncodingContainer {
    let encoder: JSONTreeEncoder
    let array: JSONArrayBox
    var codingPath: [any CodingKey] { encoder.codingPath }
    var count: Int { array.items.count }

    private var nextPath: [any CodingKey] { encoder.codingPath + [AnyCodingKey(intValue: array.items.count)!] }

    mutating func encodeNil() throws { array.items.append(.null) }
    mutating func encode(_ value: Bool) throws { array.items.append(.bool(value)) }
    mutating func encode(_ value: String) throws { array.items.append(.string(value)) }
    mutating func encode(_ value: Double) throws { array.items.append(try JSONTreeEncoder.number(value, path: nextPath)) }
    mutating func encode(_ value: Float) throws { array.items.append(try JSONTreeEncoder.number(value, path: nextPath)) }
    mutating func encode(_ value: Int) throws { array.items.append(.number(String(value))) }
    mutating func encode(_ value: Int8) throws { array.items.append(.number(String(value))) }
    mutating func encode(_ value: Int16) throws { array.items.append(.number(String(value))) }
    mutating func encode(_ value: Int32) throws { array.items.append(.number(String(value))) }
    mutating func encode(_ value: Int64) throws { array.items.append(.number(String(value))) }
    mutating func encode(_ value: UInt) throws { array.items.append(.number(String(value))) }
    mutating func encode(_ value: UInt8) throws { array.items.append(.number(String(value))) }
    mutating func encode(_ value: UInt16) throws { array.items.append(.number(String(value))) }
    mutating func encode(_ value: UInt32) throws { array.items.append(.number(String(value))) }
    mutating func encode(_ value: UInt64) throws { array.items.append(.number(String(value))) }
    mutating func encode<T: Encodable>(_ value: T) throws { array.items.append(try encoder.context.node(value, path: nextPath)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = JSONObjectBox(keyType: ObjectIdentifier(type))
        let sub = JSONTreeEncoder(context: encoder.context, path: nextPath)
        array.items.append(.object(nested))
        return KeyedEncodingContainer(JSONKeyedContainer<NestedKey>(encoder: sub, object: nested, convert: true))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = JSONArrayBox()
        let sub = JSONTreeEncoder(context: encoder.context, path: nextPath)
        array.items.append(.array(nested))
        return JSONUnkeyedContainer(encoder: sub, array: nested)
    }

    mutating func superEncoder() -> any Encoder {
        let sub = JSONTreeEncoder(context: encoder.context, path: nextPath)
        array.items.append(.pending(sub))
        return sub
    }
}

private struct JSONSingleContainer: SingleValueEncodingContainer {
    let encoder: JSONTreeEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    private func set(_ node: JSONNode) { encoder.value = node }

    mutating func encodeNil() throws { set(.null) }
    mutating func encode(_ value: Bool) throws { set(.bool(value)) }
    mutating func encode(_ value: String) throws { set(.string(value)) }
    mutating func encode(_ value: Double) throws { set(try JSONTreeEncoder.number(value, path: codingPath)) }
    mutating func encode(_ value: Float) throws { set(try JSONTreeEncoder.number(value, path: codingPath)) }
    mutating func encode(_ value: Int) throws { set(.number(String(value))) }
    mutating func encode(_ value: Int8) throws { set(.number(String(value))) }
    mutating func encode(_ value: Int16) throws { set(.number(String(value))) }
    mutating func encode(_ value: Int32) throws { set(.number(String(value))) }
    mutating func encode(_ value: Int64) throws { set(.number(String(value))) }
    mutating func encode(_ value: UInt) throws { set(.number(String(value))) }
    mutating func encode(_ value: UInt8) throws { set(.number(String(value))) }
    mutating func encode(_ value: UInt16) throws { set(.number(String(value))) }
    mutating func encode(_ value: UInt32) throws { set(.number(String(value))) }
    mutating func encode(_ value: UInt64) throws { set(.number(String(value))) }
    mutating func encode<T: Encodable>(_ value: T) throws { set(try encoder.context.node(value, path: codingPath)) }
}

/// Foundation's pretty printer: two spaces a level, " : " after a key, "[\n\n]" for an empty
/// array; `"`, `\` and control characters escaped (short forms for \b \f \n \r \t), `/` not.
struct JSONTextWriter {
    let orders: JSONKeyOrders
    var bytes: [UInt8] = []
    private var indent = 0

    init(orders: JSONKeyOrders) {
        self.orders = orders
        bytes.reserveCapacity(1 << 16)
    }

    mutating func write(_ node: JSONNode) {
        switch node {
        case .string(let text): writeString(text)
        case .number(let text): bytes.append(contentsOf: text.utf8)
        case .bool(let flag): bytes.append(contentsOf: (flag ? "true" : "false").utf8)
        case .null: bytes.append(contentsOf: "null".utf8)
        case .array(let array): writeArray(array.items)
        case .object(let object): writeObject(object)
        case .pending(let encoder): write(encoder.value ?? .object(JSONObjectBox(keyType: ObjectIdentifier(AnyCodingKey.self))))
        }
    }

    private mutating func writeArray(_ items: [JSONNode]) {
        bytes.append(UInt8(ascii: "["))
        bytes.append(UInt8(ascii: "\n"))
        indent += 1
        for (i, item) in items.enumerated() {
            if i > 0 { bytes.append(contentsOf: [UInt8(ascii: ","), UInt8(ascii: "\n")]) }
            writeIndent()
            write(item)
        }
        bytes.append(UInt8(ascii: "\n"))
        indent -= 1
        writeIndent()
        bytes.append(UInt8(ascii: "]"))
    }

    private mutating func writeObject(_ object: JSONObjectBox) {
        bytes.append(UInt8(ascii: "{"))
        bytes.append(UInt8(ascii: "\n"))
        indent += 1
        let order = orders.order(of: object)
        var first = true
        for (n, i) in order.enumerated() {
            // A key set twice: only its last value (the next index in the stable order has the same key).
            if n + 1 < order.count, object.keys[order[n + 1]] == object.keys[i] { continue }
            if !first { bytes.append(contentsOf: [UInt8(ascii: ","), UInt8(ascii: "\n")]) }
            first = false
            writeIndent()
            writeString(object.keys[i])
            bytes.append(contentsOf: [UInt8(ascii: " "), UInt8(ascii: ":"), UInt8(ascii: " ")])
            write(object.values[i])
        }
        bytes.append(UInt8(ascii: "\n"))
        indent -= 1
        writeIndent()
        bytes.append(UInt8(ascii: "}"))
    }

    private mutating func writeIndent() {
        for _ in 0..<indent { bytes.append(contentsOf: [UInt8(ascii: " "), UInt8(ascii: " ")]) }
    }

    private static let hex = Array("0123456789abcdef".utf8)

    private mutating func writeString(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x08: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
            case 0x0C: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
            case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0x00...0x1F:
                bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
                bytes.append(Self.hex[Int(byte >> 4)])
                bytes.append(Self.hex[Int(byte & 0xF)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
