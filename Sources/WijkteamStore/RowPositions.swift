import GRDB
import Wijkteam

/// The board's outline reads. From covering indexes (`case_open_outline`,
/// `follow_up_open_outline`): no case's texts or household are touched.
enum OutlineSQL {
    static let cases = """
        SELECT id, household_id, opened, phase, regisseur_id, complexity, safety, last_contact
        FROM care_case WHERE phase <> 'afgesloten' ORDER BY id
        """
    static let caseColumns = ["id", "household_id", "opened", "phase", "regisseur_id", "complexity", "safety", "last_contact"]
    static let followUps = "SELECT id, case_id, kind, due FROM follow_up WHERE done = 0 ORDER BY due, id"
    static let followUpColumns = ["id", "case_id", "kind", "due"]
    /// The same columns for one regisseur's open cases (`?`) and their open follow-ups.
    static let casesOfRegisseur = """
        SELECT id, household_id, opened, phase, regisseur_id, complexity, safety, last_contact
        FROM care_case WHERE phase <> 'afgesloten' AND regisseur_id = ? ORDER BY id
        """
    static let followUpsOfRegisseur = """
        SELECT f.id, f.case_id, f.kind, f.due FROM follow_up f JOIN care_case c ON c.id = f.case_id
        WHERE f.done = 0 AND c.phase <> 'afgesloten' AND c.regisseur_id = ? ORDER BY f.due, f.id
        """
}

/// Every follow-up (or every open one) whole, in due order, at known positions.
enum FollowUpSQL {
    static let columns = ["id", "case_id", "kind", "due", "owner_id", "note", "done", "outcome", "version"]
    static func all(includeDone: Bool) -> String {
        "SELECT \(columns.joined(separator: ", ")) FROM follow_up \(includeDone ? "" : "WHERE done = 0 ") ORDER BY due, id"
    }
}

/// The columns of an outline row by position, however the engine reads them.
package protocol OutlineFields {
    func int(_ i: Int32) -> Int
    func bool(_ i: Int32) -> Bool
    func text(_ i: Int32) -> String?
    func day(_ i: Int32) -> Day?
    /// The position of the column's text among `values` (each a value's UTF-8 bytes), -1 for
    /// NULL or none of them: a vocabulary column found without making a String per row.
    func code(_ i: Int32, _ values: [[UInt8]]) -> Int
}

extension Row.Columns: OutlineFields {}

/// A row read at the positions of a known column list, by name.
struct NamedOutlineRow<R: SQLRow>: OutlineFields {
    let row: R
    let names: [String]
    func int(_ i: Int32) -> Int { row[names[Int(i)]] }
    func bool(_ i: Int32) -> Bool { row[names[Int(i)]] }
    func text(_ i: Int32) -> String? { row[names[Int(i)]] }
    func day(_ i: Int32) -> Day? { (row[names[Int(i)]] as String?).flatMap(Day.init) }
    func code(_ i: Int32, _ values: [[UInt8]]) -> Int {
        guard let text = text(i) else { return -1 }
        return values.firstIndex { $0.elementsEqual(text.utf8) } ?? -1
    }
}
