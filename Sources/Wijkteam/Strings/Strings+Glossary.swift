extension Strings {
    static let glossary: Section = [:]
}
