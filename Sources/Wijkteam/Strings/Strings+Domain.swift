extension Strings {
    static let domain: Section = [:]
}
