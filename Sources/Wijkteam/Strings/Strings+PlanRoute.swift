extension Strings {
    /// The route to support: eigen kracht, network, voorliggend veld; general provisions (issue 27).
    static let route: Section = [
        "route.rung.eigen_kracht": Phrase(en: "eigen kracht (the household itself)", nl: "eigen kracht"),
        "route.rung.network": Phrase(en: "network", nl: "netwerk"),
        "route.rung.voorliggend_veld": Phrase(en: "voorliggend veld (general provision)", nl: "voorliggend veld"),
    ]
}
