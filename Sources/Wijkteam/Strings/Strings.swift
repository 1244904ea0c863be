/// The domain's wording in English and Dutch: rules' reasons, phase and vocabulary names, the
/// glossary, the store's refusals, validation. Kept in sections (one file each,
/// `Strings+….swift`); the screens' and the command line's wording is in their own modules,
/// in tables that include this one (`StringTable`).
public enum Strings {
    public typealias Section = StringTable.Section

    /// The sections, by name.
    public static let sections: [(name: String, phrases: Section)] = [
        ("domain", domain), ("glossary", glossary), ("store", store), ("validation", validation), ("frontDoor", frontDoor),
        ("import", imports), ("audit", audit), ("breakGlass", breakGlass), ("team", team), ("teamStore", teamStore),
        ("handover", handover), ("absence", absence), ("erasure", erasure), ("backup", backup), ("inzage", inzage),
        ("meldcode", meldcode), ("zrm", zrm), ("urgency", urgency), ("figures", figures),
        ("carer", carer),
        ("plan", plan), ("route", route), ("provisions", provisions), ("providers", providers), ("iwmo", iwmo),
        ("monitor", monitor), ("monitorFlow", monitorFlow), ("monitorCare", monitorCare), ("history", history),
    ]

    /// The domain's table: what `tr` in the domain, the store and the PostgreSQL store finds.
    public static let table = StringTable("domain", sections: sections)
}
