extension Strings {
    static let forms: Section = [:]
}
