extension Strings {
    static let tour: Section = [:]
}
