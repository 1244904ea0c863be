extension Strings {
    /// Providers and their waiting times (issue 27).
    static let providers: Section = [
        "provider.law.wmo": Phrase(en: "Wmo", nl: "Wmo"),
        "provider.law.jeugdwet": Phrase(en: "Jeugdwet", nl: "Jeugdwet"),
        "provider.law.both": Phrase(en: "Wmo and Jeugdwet", nl: "Wmo en Jeugdwet"),
    ]
}
