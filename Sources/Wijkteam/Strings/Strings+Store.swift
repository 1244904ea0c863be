extension Strings {
    static let store: Section = [:]
}
