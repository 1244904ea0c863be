// Correction at a resident's request (AVG art. 16): each changed field's old value is kept with
// the reason, the day and who corrected it (`person_correction`).

/// One field of a person as it was corrected.
public struct PersonCorrection: Hashable, Sendable, Codable {
    public var id: Int
    public var personID: Int
    /// `name`, `birth_date` or `role`.
    public var field: String
    /// Emptied when the person was erased since (the row, field, day and who stay).
    public var oldValue: String
    public var newValue: String
    public var reason: String
    public var correctedOn: Day
    public var correctedBy: StaffID?

    public init(
        id: Int, personID: Int, field: String, oldValue: String, newValue: String, reason: String, correctedOn: Day, correctedBy: StaffID?
    ) {
        self.id = id; self.personID = personID; self.field = field; self.oldValue = oldValue; self.newValue = newValue
        self.reason = reason; self.correctedOn = correctedOn; self.correctedBy = correctedBy
    }

    /// What the resident asked to change: only the fields given.
    public struct Request: Hashable, Sendable {
        public var name: String?
        public var birthDate: Day?
        public var role: MemberRole?
        public init(name: String? = nil, birthDate: Day? = nil, role: MemberRole? = nil) {
            self.name = name; self.birthDate = birthDate; self.role = role
        }
        public var isEmpty: Bool { name == nil && birthDate == nil && role == nil }

        /// The fields that differ from `person` as (field, old, new), in a fixed order; a value
        /// given but equal to the current one is no correction.
        public func changes(of person: Person) -> [(field: String, old: String, new: String)] {
            var out: [(field: String, old: String, new: String)] = []
            if let name, name.trimmed != person.name { out.append(("name", person.name, name.trimmed)) }
            if let birthDate, birthDate != person.birthDate {
                out.append(("birth_date", person.birthDate?.description ?? String(person.birthYear), birthDate.description))
            }
            if let role, role != person.role { out.append(("role", person.role.rawValue, role.rawValue)) }
            return out
        }

        /// `person` with the request applied.
        public func applied(to person: Person) -> Person {
            var p = person
            if let name { p.name = name.trimmed }
            if let birthDate { p.birthDate = birthDate; p.birthYear = birthDate.year }
            if let role { p.role = role }
            return p
        }
    }
}
