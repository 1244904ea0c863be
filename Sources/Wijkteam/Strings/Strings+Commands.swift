extension Strings {
    static let commands: Section = [:]
}
