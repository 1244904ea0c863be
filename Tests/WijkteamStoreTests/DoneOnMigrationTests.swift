import Foundation
import GRDB
import Testing
import Wijkteam
@testable import WijkteamStore

/// v15 gives a follow-up the day it was completed (`done_on`, the done-figure's data): the
/// access log's completion row tells it for follow-ups done before; without one it stays unknown.
@Suite struct DoneOnMigrationTests {
    @Test func theDayAFollowUpWasDoneComesFromTheAccessLogOrStaysUnknown() throws {
        var config = Configuration()
        config.foreignKeysEnabled = false
        let queue = try DatabaseQueue(path: Fixtures.tempDir().appendingPathComponent("m.sqlite").path, configuration: config)
        try Schema.migrator.migrate(queue, upTo: "v14-avg")
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO follow_up (id, case_id, kind, due, done, outcome) VALUES
                        (1, 7, 'outreaching', '2026-10-01', 1, 'langs geweest'), (2, 7, 'preventive', '2026-10-02', 1, 'case closed'),
                        (3, 7, 'preventive', '2026-12-01', 0, NULL);
                    INSERT INTO audit_log (id, at, account, staff_id, household_id, case_id, action, detail, result, origin, prev_hash, hash)
                    VALUES (1, '2026-10-03T09:15:00Z', 'daan', 'daan', 3, 7, 'change', 'follow-up #1 done', 'allowed', 'tests', '', ''),
                           (2, '2026-10-04T09:15:00Z', 'daan', 'daan', 3, 7, 'change', 'follow-up #3 done', 'denied', 'tests', '', '');
                    """)
        }
        try Schema.migrator.migrate(queue)
        let days = try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT id, done_on FROM follow_up ORDER BY id").map { $0["done_on"] as String? }
        }
        #expect(days == ["2026-10-03", nil, nil])
    }
}
