import Foundation
import Testing

/// A reader that goes away (`wijkteam … | head`, a closed terminal) ends the command quietly,
/// as a pipe's writer does, instead of crashing with a backtrace.
@Suite struct ClosedPipeTests {
    @Test func aClosedPipeEndsTheCommandQuietly() throws {
        let db = try Binary.freshDatabase()
        // `true` reads nothing and is gone before wijkteam writes its first line.
        let script = "\"$0\" board --db \"$1\" --as fatima | true; echo \"status ${PIPESTATUS[0]}\" >&2"
        let r = try Spawn.capture(
            ["bash", "-c", script, Binary.path, db], environment: ["WIJKTEAM_TODAY": Binary.today, "LANG": "C.UTF-8"],
            scratch: Binary.tempDir())
        #expect(!r.err.contains("Fatal error") && !r.err.contains("crashed"), "\(r.err)")
        #expect(r.err.contains("status 141") || r.err.contains("status 0"), "\(r.err)")
    }
}
