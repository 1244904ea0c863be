extension Strings {
    /// The team figures of work done (issue 26).
    static let figures: Section = [:]
}
