import Testing
@testable import Wijkteam

/// `MadeOnce`: a value is made once per key and the same value handed out again; past the limit
/// a value is still made for its caller, only not kept.
@Suite struct MadeOnceTests {
    @Test func eachKeyIsMadeOnceAndPastTheLimitStillMadeRight() {
        var values = MadeOnce<String, [Int]>(limit: 2)
        var made: [String] = []
        func get(_ key: String) -> [Int] {
            values.value(for: key) {
                made.append(key)
                return Array(repeating: key.count, count: 3)
            }
        }
        let first = get("een")
        #expect(get("een") == [3, 3, 3] && made == ["een"])
        #expect(get("een").withUnsafeBufferPointer { $0.baseAddress } == first.withUnsafeBufferPointer { $0.baseAddress })
        #expect(get("twee") == [4, 4, 4] && values.count == 2)
        // Past the limit: right, made each time, not kept; the kept ones stay.
        #expect(get("drie") == [4, 4, 4] && get("drie") == [4, 4, 4] && values.count == 2)
        #expect(made == ["een", "twee", "drie", "drie"])
        #expect(get("twee") == [4, 4, 4] && made.count == 4)
    }
}
