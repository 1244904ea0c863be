import Foundation
import Testing

@testable import WijkteamStore

/// The access log's time stamp, made by hand, is what Foundation's ISO 8601 format gives: at
/// midnight and a fraction before it, on 29 February, at the epoch and across two centuries.
@Suite struct StoreClockTests {
    @Test func theTimestampIsFoundationsISO8601Format() {
        var moments: [TimeInterval] = [0, 0.999, 59.5, 86_399.999, 86_400, 951_782_400, 951_868_799.75, 1_796_601_600, 4_102_444_799]
        // Two thousand moments up to 2200, an odd step apart (every hour, minute and second of a day comes up).
        moments += (0..<2_000).map { Double($0) * 3_629_059.371 }
        for seconds in moments {
            let date = Date(timeIntervalSince1970: seconds)
            #expect(StoreClock.timestamp(date) == date.ISO8601Format(), "\(seconds)")
        }
    }
}
