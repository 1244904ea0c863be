/// A case meeting (casuïstiekoverleg): who chairs it, where it is, how long it has run.
public struct Meeting: Hashable, Sendable, Codable, Identifiable {
    public enum Status: String, Sendable, Codable, CaseIterable {
        case running, paused, ended

        /// "running", "paused", "ended", for people.
        public var label: String {
            switch self {
            case .running: tr("meeting.status.running")
            case .paused: tr("meeting.status.paused")
            case .ended: tr("meeting.status.ended")
            }
        }
    }

    public var id: Int
    public var date: Day
    public var chairID: StaffID
    public var status: Status
    /// The agenda item on screen (`AgendaItem.key`), so a paused meeting resumes there.
    public var currentItemKey: String?
    public var elapsedSeconds: Int
    /// Time spent and whether it was discussed, per agenda item key.
    public var items: [String: ItemProgress]
    public var endedOn: Day?

    public struct ItemProgress: Hashable, Sendable, Codable {
        public var section: AgendaItem.Section
        public var caseID: Int?
        public var householdID: Int?
        public var seconds: Int
        public var discussed: Bool
        public init(section: AgendaItem.Section, caseID: Int?, householdID: Int?, seconds: Int = 0, discussed: Bool = false) {
            self.section = section; self.caseID = caseID; self.householdID = householdID
            self.seconds = seconds; self.discussed = discussed
        }
        public init(_ item: AgendaItem, seconds: Int = 0, discussed: Bool = false) {
            self.init(section: item.section, caseID: item.caseID, householdID: item.householdID, seconds: seconds, discussed: discussed)
        }
    }

    public init(id: Int, date: Day, chairID: StaffID, status: Status, currentItemKey: String? = nil,
                elapsedSeconds: Int = 0, items: [String: ItemProgress] = [:], endedOn: Day? = nil) {
        self.id = id; self.date = date; self.chairID = chairID; self.status = status
        self.currentItemKey = currentItemKey; self.elapsedSeconds = elapsedSeconds; self.items = items; self.endedOn = endedOn
    }

    public var isOpen: Bool { status != .ended }
    public func seconds(of key: String) -> Int { items[key]?.seconds ?? 0 }
    public func isDiscussed(_ key: String) -> Bool { items[key]?.discussed ?? false }

    /// "1:05:09" or "4:07".
    public static func clock(_ seconds: Int) -> String {
        let s = max(0, seconds)
        return s >= 3600 ? "\(s / 3600):\(pad(s / 60 % 60)):\(pad(s % 60))" : "\(s / 60):\(pad(s % 60))"
    }
    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}

/// One line of the besluitenlijst: a decision (with an action owner and due date when it is an
/// action), an assignment made, or a follow-up set, during a meeting.
public struct MinuteEntry: Hashable, Sendable, Codable, Identifiable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case decision, assignment
        case followUp = "follow_up"
    }
    public var id: Int
    public var meetingID: Int
    public var kind: Kind
    public var itemKey: String?
    public var caseID: Int?
    public var householdID: Int?
    /// The decision, the follow-up's reason; for an assignment, empty.
    public var text: String
    /// The action owner, the new regisseur, or the follow-up's owner.
    public var ownerID: StaffID?
    public var due: Day?
    /// For an assignment: the regisseur before. For a follow-up: its kind.
    public var detail: String?
    /// On a safety case (or safety signal) the reader may not read: the text says so instead.
    public var withheld: Bool = false

    public init(id: Int, meetingID: Int, kind: Kind, itemKey: String? = nil, caseID: Int? = nil, householdID: Int? = nil,
                text: String, ownerID: StaffID? = nil, due: Day? = nil, detail: String? = nil) {
        self.id = id; self.meetingID = meetingID; self.kind = kind; self.itemKey = itemKey; self.caseID = caseID
        self.householdID = householdID; self.text = text; self.ownerID = ownerID; self.due = due; self.detail = detail
    }

    /// A decision must say what was decided; an action needs both an owner and a due date.
    public static func validateDecision(text: String, owner: StaffID?, due: Day?, today: Day) throws {
        guard !text.trimmed.isEmpty else { throw WijkteamError.invalid(tr("invalid.decision.text")) }
        try Validation.text(text, what: tr("validation.what.text"))
        if let due { try Validation.followUpDue(due, today: today) }
        if (owner == nil) != (due == nil) {
            throw WijkteamError.invalid(tr("invalid.decision.owner_and_due"))
        }
    }
}

/// The minutes (besluitenlijst) of one meeting as Markdown.
public enum Minutes {
    public struct Names: Sendable {
        public var staff: [StaffID: String]
        /// Household display names and the names privacy mode hides for each (its members, the
        /// ties that are people, reporters: `Redactor.names(of:)`), by household.
        public var households: [Int: (name: String, members: [String])]
        public init(staff: [StaffID: String], households: [Int: (name: String, members: [String])]) {
            self.staff = staff; self.households = households
        }
    }

    /// In privacy mode clients appear as initials and case numbers, and staff by first name, so
    /// the file holds no full name; names typed into a decision are replaced by initials too
    /// (every name of the households concerned, in every script and casing: see `Redactor`).
    public static func markdown(meeting m: Meeting, entries: [MinuteEntry], names: Names, districtName: String, privacy: Bool) -> String {
        var w = Writer(names: names, privacy: privacy)
        w.out.append(tr("minutes.title", m.date))
        w.out.append("")
        w.out.append(tr("minutes.district", districtName))
        w.out.append(tr("minutes.meeting", m.id, w.staff(m.chairID)))
        let status = m.status == .ended ? tr("minutes.status.ended", m.endedOn.map(\.description) ?? "") : m.status.label
        w.out.append(tr("minutes.status", status, Meeting.clock(m.elapsedSeconds)))
        w.out.append(privacy ? tr("minutes.privacy.on") : tr("minutes.privacy.off"))
        w.out.append("")
        w.decisions(entries.filter { $0.kind == .decision })
        w.assignments(entries.filter { $0.kind == .assignment })
        w.followUps(entries.filter { $0.kind == .followUp })
        w.discussed(m)
        return w.out.joined(separator: "\n")
    }

    /// The minutes' lines being written, and how names show in them.
    private struct Writer {
        let names: Names
        let privacy: Bool
        let redactor: Redactor
        var out: [String] = []

        init(names: Names, privacy: Bool) {
            self.names = names; self.privacy = privacy
            let everyName = names.households.values.flatMap { [$0.name] + $0.members }
            // Staff appear by first name: a full staff name typed into a decision keeps only that.
            redactor = Redactor(names: everyName, firstNamesOnly: Array(names.staff.values))
        }

        func clean(_ text: String) -> String { privacy ? redactor.redact(text) : text }

        func staff(_ id: StaffID?) -> String {
            guard let id else { return "—" }
            let name = names.staff[id] ?? id
            return privacy ? String(name.split(separator: " ").first ?? Substring(name)) : name
        }

        func household(_ caseID: Int?, _ householdID: Int?) -> String {
            let name = householdID.flatMap { names.households[$0]?.name }
            let who = name.map { privacy ? Privacy.initials($0) : $0 }
            switch (caseID, who) {
            case let (c?, w?): return "#\(c) \(w)"
            case let (c?, nil): return "#\(c)"
            case let (nil, w?): return w
            default: return "—"
            }
        }

        func cell(_ s: String) -> String {
            s.replacing("|", with: "\\|").replacing("\n", with: " ")
        }

        mutating func decisions(_ decisions: [MinuteEntry]) {
            out.append(tr("minutes.decisions", decisions.count))
            out.append("")
            if decisions.isEmpty {
                out.append(tr("minutes.decisions.none"))
            } else {
                out.append(tr("minutes.decisions.header"))
                out.append("|---|------|----------|--------------|-----|")
                for (i, d) in decisions.enumerated() {
                    out.append("| \(i + 1) | \(cell(household(d.caseID, d.householdID))) | \(cell(clean(d.text))) | \(cell(staff(d.ownerID))) | \(d.due.map(\.description) ?? "—") |")
                }
            }
            out.append("")
        }

        mutating func assignments(_ assignments: [MinuteEntry]) {
            out.append(tr("minutes.assignments", assignments.count))
            out.append("")
            if assignments.isEmpty { out.append(tr("minutes.none")) }
            for a in assignments {
                let from = a.detail.map { staff($0) } ?? tr("minutes.unassigned")
                let to = a.ownerID.map { staff($0) } ?? tr("minutes.unassigned")
                out.append(tr("minutes.assignment", household(a.caseID, a.householdID), from, to))
            }
            out.append("")
        }

        mutating func followUps(_ followUps: [MinuteEntry]) {
            out.append(tr("minutes.follow_ups", followUps.count))
            out.append("")
            if followUps.isEmpty { out.append(tr("minutes.none")) }
            for f in followUps {
                let kind = f.detail.flatMap(FollowUpKind.init(rawValue:))?.label ?? (f.detail ?? tr("minutes.follow_up"))
                out.append(tr("minutes.follow_up.line", household(f.caseID, f.householdID), kind, staff(f.ownerID),
                              f.due.map(\.description) ?? "—", clean(f.text)))
            }
            out.append("")
        }

        /// In the agenda's order: by section, then as they were discussed (by key, stable).
        mutating func discussed(_ m: Meeting) {
            let sections = AgendaItem.Section.allCases
            let discussed = m.items.filter(\.value.discussed).sorted {
                (sections.firstIndex(of: $0.value.section)!, $0.key) < (sections.firstIndex(of: $1.value.section)!, $1.key)
            }
            out.append(tr("minutes.discussed", discussed.count))
            out.append("")
            if discussed.isEmpty { out.append(tr("minutes.discussed.none")) }
            for (key, p) in discussed {
                let signal = String(key.dropFirst(7))
                let what = key.hasPrefix("staff:") ? tr("minutes.discussed.capacity", staff(String(key.dropFirst(6))))
                    : key.hasPrefix("signal:") ? (p.householdID.map { tr("minutes.discussed.signal.about", signal, household(nil, $0)) }
                                                  ?? tr("minutes.discussed.signal", signal))
                    : household(p.caseID, p.householdID)
                out.append("- \(what) · \(p.section.title.lowercased()) · \(Meeting.clock(p.seconds))")
            }
            out.append("")
        }
    }
}

extension Privacy {
    /// Replaces the given names in free text by initials (see `Redactor`): "visit Ayşe Yılmaz"
    /// → "visit A.Y.", "Ayşe's" → "A.'s".
    public static func scrub(_ text: String, names: [String]) -> String {
        Redactor(names: names).redact(text)
    }
}
