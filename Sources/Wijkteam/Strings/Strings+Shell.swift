extension Strings {
    static let shell: Section = [:]
}
