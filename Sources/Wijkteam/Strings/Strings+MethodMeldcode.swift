extension Strings {
    /// The Meldcode since 2019 and the Kindcheck (Meldcode.swift).
    static let meldcode: Section = [:]
}
