import Foundation
import GRDB
import Wijkteam

/// The case meeting: settings, the meeting's progress, its minutes. Every action is one
/// transaction (the store's).
extension StoreWork {
    @discardableResult
    package func setDiscussion(caseID: Int, question: String?, expectedVersion: Int?) throws -> Case {
        let text = question.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
        if let text { try Validation.text(text, what: tr("validation.what.text")) }
        guard let row = try db.fetchOne("SELECT * FROM care_case WHERE id = ?", [caseID]) else {
            throw WijkteamError.unknownCase(caseID)
        }
        var c = Rows.case(row)
        try requireCaseWrite(c, detail: "put up for discussion")
        if let expectedVersion, expectedVersion != c.version {
            throw WijkteamError.staleVersion(record: tr("store.record.case", caseID), expected: expectedVersion, actual: c.version,
                                             changed: c.discussion.map { tr("store.discussion.now", $0) } ?? tr("store.discussion.changed"))
        }
        guard c.isOpen else { throw WijkteamError.caseClosed(caseID) }
        try db.execute("UPDATE care_case SET discussion = ?, version = version + 1 WHERE id = ? AND version = ?",
                       [text, caseID, c.version])
        c.discussion = text
        c.version += 1
        try AuditRows.insert(db, AuditEvent(.change, householdID: c.householdID, caseID: caseID,
                                            detail: text == nil ? "taken off the meeting agenda" : "put up for discussion"), actor: actor)
        return c
    }

    package func agendaSettings() throws -> AgendaSettings {
        var settings = AgendaSettings()
        for row in try db.fetchAll("SELECT key, value FROM setting") {
            let name: String = row["key"], value: Int = row["value"]
            // A value outside its range (edited by hand) falls back to the default, never a crash.
            if let key = AgendaSettings.Key(rawValue: name), key.range.contains(value) { settings[key] = value }
        }
        return settings
    }

    package func saveAgendaSettings(_ settings: AgendaSettings) throws {
        for key in AgendaSettings.keys where !key.range.contains(settings[key]) {
            throw WijkteamError.invalid(tr("store.settings.out_of_range", key.name, key.range.lowerBound, key.range.upperBound))
        }
        try requireTeam(householdID: nil, caseID: nil, detail: "agenda settings",
                        refusal: tr("store.denied.team.agenda_settings"))
        try AuditRows.insert(db, AuditEvent(.change, detail: "agenda settings"), actor: actor)
        for key in AgendaSettings.keys {
            try db.execute("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                           [key.name, settings[key]])
        }
    }

    package func openMeeting() throws -> Meeting? {
        try MeetingRows.meetings(db, where: "status != 'ended'").first.map(visibleItems)
    }

    package func meeting(id: Int) throws -> Meeting? {
        try MeetingRows.meetings(db, where: "id = ?", arguments: [id]).first.map(visibleItems)
    }

    package func meetings() throws -> [Meeting] {
        try MeetingRows.meetings(db, where: "TRUE").map(visibleItems)
    }

    /// Staff outside the team see, of what a meeting discussed, only the cases they were added to.
    func visibleItems(_ m: Meeting) throws -> Meeting {
        guard let shared = try sharedCases() else { return m }
        var visible = m
        visible.items = m.items.filter { _, p in p.caseID.map(shared.contains) ?? (p.householdID == nil) }
        return visible
    }

    package func minutes(meetingID: Int) throws -> [MinuteEntry] {
        try visibleMinutes(meetingID: meetingID).entries
    }

    /// The minutes for an export, with an access-log row saying what was exported and, when
    /// anything was, one saying what was left out or withheld (need-to-know).
    package func exportMinutes(meetingID: Int) throws -> [MinuteEntry] {
        let (entries, leftOut, withheld) = try visibleMinutes(meetingID: meetingID)
        try AuditRows.insert(db, AuditEvent(.export, detail: "minutes of meeting #\(meetingID): \(entries.count) lines"), actor: actor)
        var parts: [String] = []
        if !leftOut.isEmpty { parts.append("left out minute line " + leftOut.map { "#\($0)" }.joined(separator: ", ") + " (not shared)") }
        if !withheld.isEmpty {
            parts.append("withheld minute line " + withheld.map { "#\($0)" }.joined(separator: ", ") + " (safety, not on the case)")
        }
        if !parts.isEmpty {
            try AuditRows.insert(
                db,
                AuditEvent(
                    .readSensitive, detail: "minutes of meeting #\(meetingID): " + parts.joined(separator: "; "),
                    result: .denied), actor: actor)
        }
        return entries
    }

    /// The minutes as the actor may read them (`Access.redactMinutes`), with the ids of the
    /// lines left out and of those whose text was withheld.
    func visibleMinutes(meetingID: Int) throws -> (entries: [MinuteEntry], leftOut: [Int], withheld: [Int]) {
        var entries = try MeetingRows.minutes(db, meetingID: meetingID)
        guard !entries.isEmpty else { return ([], [], []) }
        let viewer = try AuditRows.viewer(db, actor)
        let signalIDs = entries.compactMap { $0.itemKey.flatMap(MeetingRows.signalID) }
        let signals =
            signalIDs.isEmpty
            ? []
            : try db.fetchAll(
                "SELECT id, household_id, safety FROM signal WHERE id IN (\(Set(signalIDs).map(String.init).joined(separator: ",")))", [])
        let households = Set(entries.compactMap(\.householdID) + signals.compactMap { $0["household_id"] as Int? })
        let caseIDs = Set(entries.compactMap(\.caseID))
        var conditions: [String] = []
        if !households.isEmpty { conditions.append("household_id IN (\(households.map(String.init).joined(separator: ",")))") }
        if !caseIDs.isEmpty { conditions.append("id IN (\(caseIDs.map(String.init).joined(separator: ",")))") }
        let cases =
            conditions.isEmpty
            ? []
            : try db.fetchMapped("SELECT * FROM care_case WHERE \(conditions.joined(separator: " OR ")) ORDER BY id", [], Rows.case)
        let members = try CaseWorkRows.members(db, caseIDs: cases.map(\.id))
        let byHousehold = Dictionary(grouping: cases, by: \.householdID)
        // A safety signal's decisions say as much as the signal (`Access.canReadSignal`).
        var unreadable = Set<Int>()
        for s in signals where (s["safety"] as Bool) {
            let household: Int? = s["household_id"]
            if !Access.canReadSignal(viewer, householdCases: household.flatMap { byHousehold[$0] } ?? [], members: members) {
                unreadable.insert(s["id"])
            }
        }
        let (leftOut, withheld) = Access.redactMinutes(
            &entries, cases: Dictionary(cases.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }), for: viewer, members: members,
            householdCases: byHousehold,
            readsSignal: { e in e.itemKey.flatMap(MeetingRows.signalID).map { !unreadable.contains($0) } ?? true })
        return (entries, leftOut, withheld)
    }

    package func startMeeting(chair: StaffID, on day: Day) throws -> Meeting {
        try requireTeam(householdID: nil, caseID: nil, detail: "the case meeting", refusal: tr("store.denied.team.meeting"))
        if let open = try MeetingRows.meetings(db, where: "status != 'ended'").first {
            try db.execute("UPDATE meeting SET status = 'running' WHERE id = ?", [open.id])
            try AuditRows.insert(db, AuditEvent(.change, detail: "meeting #\(open.id) resumed"), actor: actor)
            var m = open
            m.status = .running
            return m
        }
        guard try db.fetchOne("SELECT id FROM staff WHERE id = ?", [chair]) != nil else {
            throw WijkteamError.unknownStaff(chair)
        }
        let id = try db.insertReturningID("INSERT INTO meeting (date, chair_id, status) VALUES (?, ?, 'running')", [day.description, chair])
        let m = Meeting(id: id, date: day, chairID: chair, status: .running)
        try AuditRows.insert(db, AuditEvent(.change, detail: "meeting #\(m.id) started"), actor: actor)
        return m
    }

    package func saveMeeting(_ m: Meeting) throws {
        try MeetingRows.save(db, m)
    }

    @discardableResult
    package func recordDecision(meetingID: Int, itemKey: String?, caseID: Int?, householdID: Int?, text: String,
                               owner: StaffID?, due: Day?, on day: Day) throws -> MinuteEntry {
        try MinuteEntry.validateDecision(text: text, owner: owner, due: due, today: day)
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        try MeetingRows.requireOpen(db, meetingID)
        try requireTeam(householdID: householdID, caseID: caseID, detail: "meeting decisions",
                        refusal: tr("store.denied.team.meeting_decisions"))
        try AuditRows.insert(db, AuditEvent(.change, householdID: householdID, caseID: caseID,
                                            detail: "decision recorded in meeting #\(meetingID)"), actor: actor)
        if let owner, try db.fetchOne("SELECT id FROM staff WHERE id = ?", [owner]) == nil {
            throw WijkteamError.unknownStaff(owner)
        }
        if let caseID {
            guard try db.fetchOne("SELECT id FROM care_case WHERE id = ?", [caseID]) != nil else {
                throw WijkteamError.unknownCase(caseID)
            }
            try db.execute("INSERT INTO decision (case_id, date, text, owner_id, due, meeting_id) VALUES (?, ?, ?, ?, ?, ?)",
                           [caseID, day.description, text, owner, due?.description, meetingID])
        }
        return try MeetingRows.insertMinute(db, meetingID: meetingID, kind: .decision, itemKey: itemKey, caseID: caseID,
                                            householdID: householdID, text: text, ownerID: owner, due: due, detail: nil)
    }

    package func endMeeting(_ m: Meeting, on day: Day) throws {
        var ended = m
        ended.status = .ended
        try MeetingRows.save(db, ended)
        try db.execute("UPDATE meeting SET ended_on = ? WHERE id = ?", [day.description, m.id])
        try AuditRows.insert(db, AuditEvent(.change, detail: "meeting #\(m.id) ended"), actor: actor)
    }
}

enum MeetingRows {
    static func meetings(_ db: some SQLRunner, where condition: String, arguments: [(any SQLArgument)?] = []) throws -> [Meeting] {
        let rows = try db.fetchAll("SELECT * FROM meeting WHERE \(condition) ORDER BY id DESC", arguments)
        return try rows.map { r in
            let id: Int = r["id"]
            var items: [String: Meeting.ItemProgress] = [:]
            for i in try db.fetchAll("SELECT * FROM meeting_item WHERE meeting_id = ?", [id]) {
                items[i["item_key"]] = Meeting.ItemProgress(section: AgendaItem.Section(rawValue: i["section"]) ?? .discussion,
                                                            caseID: i["case_id"], householdID: i["household_id"],
                                                            seconds: i["seconds"], discussed: i["discussed"])
            }
            return Meeting(id: id, date: Day(r["date"] as String) ?? Day(daysSinceEpoch: 0), chairID: r["chair_id"],
                           status: Meeting.Status(rawValue: r["status"]) ?? .ended, currentItemKey: r["current_item"],
                           elapsedSeconds: r["elapsed_seconds"], items: items, endedOn: (r["ended_on"] as String?).flatMap(Day.init))
        }
    }

    static func minutes(_ db: some SQLRunner, meetingID: Int) throws -> [MinuteEntry] {
        try db.fetchAll("SELECT * FROM meeting_minute WHERE meeting_id = ? ORDER BY id", [meetingID]).map { r in
            MinuteEntry(
                id: r["id"], meetingID: r["meeting_id"], kind: MinuteEntry.Kind(rawValue: r["kind"]) ?? .decision,
                itemKey: r["item_key"], caseID: r["case_id"], householdID: r["household_id"], text: r["text"],
                ownerID: r["owner_id"], due: (r["due"] as String?).flatMap(Day.init), detail: r["detail"])
        }
    }

    /// The signal an agenda item key ("signal:12") is about.
    static func signalID(_ key: String) -> Int? { key.hasPrefix("signal:") ? Int(key.dropFirst(7)) : nil }

    static func requireOpen(_ db: some SQLRunner, _ id: Int) throws {
        guard let status = try db.fetchOne("SELECT status FROM meeting WHERE id = ?", [id]).map({ $0["status"] as String }) else {
            throw WijkteamError.invalid(tr("store.meeting.missing", id))
        }
        guard status != Meeting.Status.ended.rawValue else {
            throw WijkteamError.invalid(tr("store.meeting.ended", id))
        }
    }

    static func save(_ db: some SQLRunner, _ m: Meeting) throws {
        try requireOpen(db, m.id)
        try db.execute("UPDATE meeting SET status = ?, current_item = ?, elapsed_seconds = ? WHERE id = ?",
                       [m.status.rawValue, m.currentItemKey, max(0, m.elapsedSeconds), m.id])
        for (key, p) in m.items {
            try db.execute("""
                INSERT INTO meeting_item (meeting_id, item_key, section, case_id, household_id, seconds, discussed)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(meeting_id, item_key) DO UPDATE SET seconds = excluded.seconds, discussed = excluded.discussed
                """, [m.id, key, p.section.rawValue, p.caseID, p.householdID, max(0, p.seconds), p.discussed])
        }
    }

    @discardableResult
    static func insertMinute(_ db: some SQLRunner, meetingID: Int, kind: MinuteEntry.Kind, itemKey: String? = nil, caseID: Int?, householdID: Int?,
                             text: String, ownerID: StaffID?, due: Day?, detail: String?) throws -> MinuteEntry {
        try requireOpen(db, meetingID)
        let key = itemKey ?? caseID.map { "case:\($0)" }
        let id = try db.insertReturningID("""
            INSERT INTO meeting_minute (meeting_id, kind, item_key, case_id, household_id, text, owner_id, due, detail)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [meetingID, kind.rawValue, key, caseID, householdID, text, ownerID, due?.description, detail])
        return MinuteEntry(id: id, meetingID: meetingID, kind: kind, itemKey: key, caseID: caseID,
                           householdID: householdID, text: text, ownerID: ownerID, due: due, detail: detail)
    }
}
