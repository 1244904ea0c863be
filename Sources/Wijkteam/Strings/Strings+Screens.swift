extension Strings {
    static let screens: Section = [:]
}
