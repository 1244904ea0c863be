extension Strings {
    /// Triage by deadline and vulnerability, respond-by dates and carer load (issue 26).
    static let urgency: Section = [:]
}
