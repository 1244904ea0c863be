extension Strings {
    /// A case's dated history (phase changes, regisseurs): store messages (issue 29, part 1).
    static let history: Section = [:]
}
