import Foundation
import Wijkteam

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads iWmo/iJw 3.x messages (301, 305, 307) from their XML with the toolchain's `XMLParser`
/// into `IwmoMessage`s, checking what the team relies on: the namespace, the message code and
/// version, the required elements, dates and the date order. Elements are found by their
/// local name under the message's own root; the namespace is checked once, on the root. BSN
/// and names are never read.
public enum IwmoParser {
    /// A file from disk; a file that cannot be read is a problem, not a throw.
    public static func read(path: String) -> IwmoFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            return IwmoFile(path: path, messages: [], problem: IwmoProblem(file: path, reason: tr("iwmo.parse.unreadable")))
        }
        return parse(data, file: path)
    }

    /// The message in `data` (one `Bericht` per file, as the standard sends them).
    public static func parse(_ data: Data, file: String) -> IwmoFile {
        do {
            let root = try Tree.build(data)
            return IwmoFile(path: file, messages: [try message(root, file: file)])
        } catch let problem as IwmoProblem {
            return IwmoFile(path: file, messages: [], problem: problem)
        } catch {
            return IwmoFile(path: file, messages: [], problem: IwmoProblem(file: file, reason: "\(error)"))
        }
    }

    // MARK: The message

    static func message(_ root: Node, file: String) throws -> IwmoMessage {
        guard root.name == "Bericht", let (type, sub) = IwmoMessageType.from(namespace: root.namespace) else {
            let ns = root.namespace.isEmpty ? "—" : root.namespace
            throw IwmoProblem(file: file, element: root.name, reason: tr("iwmo.parse.namespace", ns))
        }
        var r = Reader(file: file, message: nil)
        let header = try r.need(root, "Header")
        let code = try r.text(header, "BerichtCode")
        guard code == type.berichtCode else {
            throw r.problem("Header/BerichtCode", tr("iwmo.parse.code", code, type.name, type.berichtCode))
        }
        let version = try r.text(header, "BerichtVersie"), subversion = try r.text(header, "BerichtSubversie")
        guard version == "3", subversion == sub else {
            throw r.problem("Header/BerichtVersie", tr("iwmo.parse.version", "\(version).\(subversion)", "3.\(sub)"))
        }
        let ident = try r.need(header, "BerichtIdentificatie")
        let identification = try r.text(ident, "Identificatie", at: "Header/BerichtIdentificatie")
        r.message = identification
        let dated = try r.day(ident, "Dagtekening", at: "Header/BerichtIdentificatie")
        let sender = try r.text(header, "Afzender"), receiver = try r.text(header, "Ontvanger")
        let client = try r.need(root, "Client")
        let born = try r.day(try r.need(client, "Geboortedatum"), "Datum", at: "Client/Geboortedatum")
        var m = IwmoMessage(
            type: type, release: "3.\(sub)", sender: sender, receiver: receiver, identification: identification, dated: dated,
            birthDate: born, products: [])
        switch type.kind {
        case .allocation:
            (m.postcode, m.houseNumber) = try address(client, &r)
            m.products = try r.list(client, "ToegewezenProducten", "ToegewezenProduct").map { try allocated($0, &r) }
        case .start:
            m.products = try r.list(client, "StartProducten", "StartProduct").map { try delivered($0, stop: false, &r) }
        case .stop:
            m.products = try r.list(client, "StopProducten", "StopProduct").map { try delivered($0, stop: true, &r) }
        }
        return m
    }

    /// The client's address for matching: the BRP address (`Soort` 01) when given, else the first.
    static func address(_ client: Node, _ r: inout Reader) throws -> (String, String) {
        let at = "Client/Contactgegevens/Contact/Adres"
        let contacts = client.child("Contactgegevens")?.children(named: "Contact") ?? []
        let withAddress = contacts.filter { $0.child("Adres") != nil }
        guard let contact = withAddress.first(where: { $0.child("Soort")?.text == "01" }) ?? withAddress.first,
            let adres = contact.child("Adres")
        else { throw r.problem(at, tr("iwmo.parse.missing")) }
        let postcode = try r.text(adres, "Postcode", at: at)
        let number = adres.child("Huisnummer").flatMap { $0.child("Huisnummer")?.text ?? $0.text }
        guard let number, !number.isEmpty else { throw r.problem(at + "/Huisnummer", tr("iwmo.parse.missing")) }
        return (postcode, number)
    }

    static func product(_ node: Node, _ p: inout IwmoProduct) {
        if let product = node.child("Product") {
            p.category = product.child("Categorie")?.text
            p.code = product.child("Code")?.text
        }
    }

    static func allocated(_ node: Node, _ r: inout Reader) throws -> IwmoProduct {
        let at = "Client/ToegewezenProducten/ToegewezenProduct"
        var p = IwmoProduct(allocationNumber: try r.text(node, "ToewijzingNummer", at: at))
        product(node, &p)
        guard p.category != nil, p.code != nil else { throw r.problem(at + "/Product", tr("iwmo.parse.missing")) }
        p.allocatedOn = try r.day(node, "Toewijzingsdatum", at: at)
        p.validFrom = try r.day(node, "Ingangsdatum", at: at)
        p.validTo = try r.optionalDay(node, "Einddatum", at: at)
        if let bad = IwmoRules.impossibleDate(p) { throw r.problem(at + "/" + bad, tr("iwmo.parse.order")) }
        return p
    }

    static func delivered(_ node: Node, stop: Bool, _ r: inout Reader) throws -> IwmoProduct {
        let at = stop ? "Client/StopProducten/StopProduct" : "Client/StartProducten/StartProduct"
        // Optional in the XSD; the team finds the provision by it, so it is needed here.
        var p = IwmoProduct(allocationNumber: try r.text(node, "ToewijzingNummer", at: at))
        product(node, &p)
        p.begins = try r.day(node, "Begindatum", at: at)
        if stop {
            p.ends = try r.day(node, "Einddatum", at: at)
            let reason = try r.text(node, "RedenBeeindiging", at: at)
            guard IwmoRules.endReasons[reason] != nil else {
                throw r.problem(at + "/RedenBeeindiging", tr("iwmo.parse.reason", reason))
            }
            p.reasonCode = reason
        }
        if let bad = IwmoRules.impossibleDate(p) { throw r.problem(at + "/" + bad, tr("iwmo.parse.order")) }
        return p
    }

    /// Reads required elements, naming the file, message and element when one is missing.
    struct Reader {
        var file: String
        var message: String?

        func problem(_ element: String, _ reason: String) -> IwmoProblem {
            IwmoProblem(file: file, message: message, element: element, reason: reason)
        }

        func need(_ node: Node, _ name: String) throws -> Node {
            guard let child = node.child(name) else { throw problem(node.path(name), tr("iwmo.parse.missing")) }
            return child
        }

        func text(_ node: Node, _ name: String, at: String? = nil) throws -> String {
            guard let value = node.child(name)?.text, !value.isEmpty else {
                throw problem((at.map { $0 + "/" } ?? node.path("")) + name, tr("iwmo.parse.missing"))
            }
            return value
        }

        func day(_ node: Node, _ name: String, at: String? = nil) throws -> Day {
            let value = try text(node, name, at: at)
            guard let day = Day(value) else { throw problem((at.map { $0 + "/" } ?? "") + name, tr("iwmo.parse.date", value)) }
            return day
        }

        func optionalDay(_ node: Node, _ name: String, at: String) throws -> Day? {
            guard node.child(name) != nil else { return nil }
            return try day(node, name, at: at)
        }

        func list(_ node: Node, _ group: String, _ item: String) throws -> [Node] {
            let items = try need(node, group).children(named: item)
            guard !items.isEmpty else { throw problem("Client/\(group)/\(item)", tr("iwmo.parse.missing")) }
            return items
        }
    }

    // MARK: The element tree

    final class Node {
        let name: String
        let namespace: String
        weak var parent: Node?
        var children: [Node] = []
        var text = ""

        init(name: String, namespace: String, parent: Node?) {
            self.name = name
            self.namespace = namespace
            self.parent = parent
        }

        func child(_ name: String) -> Node? { children.first { $0.name == name } }
        func children(named name: String) -> [Node] { children.filter { $0.name == name } }

        /// "Header/BerichtCode": the path below the root.
        func path(_ name: String) -> String {
            var parts = name.isEmpty ? [] : [name]
            var node: Node? = self
            while let n = node, n.parent != nil {
                parts.insert(n.name, at: 0)
                node = n.parent
            }
            return parts.joined(separator: "/") + (name.isEmpty && !parts.isEmpty ? "/" : "")
        }
    }

    /// Builds the tree with `XMLParser` (namespaces resolved); not XML is a problem naming the line.
    final class Tree: NSObject, XMLParserDelegate {
        var root: Node?
        var current: Node?

        static func build(_ data: Data) throws -> Node {
            let tree = Tree()
            let parser = XMLParser(data: data)
            parser.shouldProcessNamespaces = true
            parser.shouldResolveExternalEntities = false
            parser.delegate = tree
            guard parser.parse(), let root = tree.root else {
                throw IwmoProblem(file: "", reason: tr("iwmo.parse.xml", parser.lineNumber))
            }
            return root
        }

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            let node = Node(name: elementName, namespace: namespaceURI ?? "", parent: current)
            if let current { current.children.append(node) } else { root = node }
            current = node
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            current?.text = current?.text.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            current = current?.parent
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            current?.text += string
        }
    }
}
