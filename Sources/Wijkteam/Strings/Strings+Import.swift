extension Strings {
    /// Importing files: a partner's arrears list and a team's caseload (Import.swift, ImportReport.swift, the store's ImportFile.swift).
    static let imports: Section = [
        "import.question": Phrase(en: "{1}: {2}, {3}", nl: "{1}: {2}, {3}"),
        "import.question.rent": Phrase(en: "Rent arrears", nl: "Huurachterstand"),
        "import.question.energy": Phrase(en: "Energy arrears", nl: "Achterstand energie"),
        "import.question.water": Phrase(en: "Water arrears", nl: "Achterstand water"),
        "import.question.health_insurer": Phrase(en: "Health insurance arrears", nl: "Premieachterstand zorgverzekering"),
        "import.question.other": Phrase(en: "Payment arrears", nl: "Betalingsachterstand"),
        "import.months.one": Phrase(en: "1 month", nl: "1 maand"),
        "import.months.other": Phrase(en: "{1} months", nl: "{1} maanden"),
        "import.column.missing": Phrase(en: "column '{1}' is missing", nl: "kolom '{1}' ontbreekt"),
        "import.columns.missing": Phrase(en: "columns {1} are missing", nl: "kolommen {1} ontbreken"),
        "import.fields": Phrase(en: "this row has {1} fields, the header {2}", nl: "deze rij heeft {1} velden, de kopregel {2}"),
        "import.empty": Phrase(en: "empty", nl: "leeg"),
        "import.date": Phrase(en: "'{1}' is not a date (YYYY-MM-DD or DD-MM-YYYY)", nl: "'{1}' is geen datum (JJJJ-MM-DD of DD-MM-JJJJ)"),
        "import.amount": Phrase(
            en: "'{1}' is not an amount in euros (1234.56 or 1.234,56)", nl: "'{1}' is geen bedrag in euro (1234.56 of 1.234,56)"),
        "import.number": Phrase(en: "'{1}' is not a whole number of 0 or more", nl: "'{1}' is geen heel getal van 0 of meer"),
        "import.partner": Phrase(en: "'{1}' is not a partner ({2})", nl: "'{1}' is geen partner ({2})"),
        "import.phase": Phrase(en: "'{1}' is not an open phase ({2})", nl: "'{1}' is geen open fase ({2})"),
        "import.member.form": Phrase(
            en: "'{1}' is not 'Name (YYYY-MM-DD, role)' or 'Name (YYYY-MM-DD, role, client)'",
            nl: "'{1}' is niet 'Naam (JJJJ-MM-DD, rol)' of 'Naam (JJJJ-MM-DD, rol, client)'"),
        "import.reference.twice": Phrase(en: "{1} reference {2} is also on line {3}", nl: "kenmerk {2} van {1} staat ook op regel {3}"),
        "import.birth_date.needed": Phrase(
            en: "needed for a household the team does not know yet", nl: "nodig voor een huishouden dat het team nog niet kent"),
        "import.regisseur.unknown": Phrase(en: "no staff member has id or account '{1}'", nl: "geen medewerker heeft id of account '{1}'"),
        "import.file.unreadable": Phrase(en: "cannot be read ({1})", nl: "kan niet gelezen worden ({1})"),
        "import.file.too_big": Phrase(
            en: "is {1} MB; at most {2} MB can be imported at once", nl: "is {1} MB; hoogstens {2} MB kan in één keer ingelezen worden"),
        "import.file.line_too_long": Phrase(en: "the line is longer than {1} MB", nl: "de regel is langer dan {1} MB"),
        "import.file.not_utf8": Phrase(
            en: "not UTF-8 (byte 0x{1}); a file saved by a spreadsheet is often Windows-1252: use --encoding windows-1252",
            nl: "geen UTF-8 (byte 0x{1}); een bestand uit een spreadsheet is vaak Windows-1252: gebruik --encoding windows-1252"),
        "import.file.no_header": Phrase(en: "no header line", nl: "geen kopregel"),
        "import.count.matched.one": Phrase(en: "1 matched", nl: "1 gevonden"),
        "import.count.matched.other": Phrase(en: "{1} matched", nl: "{1} gevonden"),
        "import.count.new.one": Phrase(en: "1 new household", nl: "1 nieuw huishouden"),
        "import.count.new.other": Phrase(en: "{1} new households", nl: "{1} nieuwe huishoudens"),
        "import.count.ambiguous.one": Phrase(en: "1 ambiguous", nl: "1 onduidelijk"),
        "import.count.ambiguous.other": Phrase(en: "{1} ambiguous", nl: "{1} onduidelijk"),
        "import.count.already.one": Phrase(en: "1 already imported", nl: "1 al eerder ingelezen"),
        "import.count.already.other": Phrase(en: "{1} already imported", nl: "{1} al eerder ingelezen"),
        "import.count.conflicts.one": Phrase(en: "1 with an open case", nl: "1 met een open casus"),
        "import.count.conflicts.other": Phrase(en: "{1} with an open case", nl: "{1} met een open casus"),
        "import.basis.address": Phrase(en: "same address", nl: "zelfde adres"),
        "import.basis.address_birth": Phrase(en: "same address and birth date", nl: "zelfde adres en geboortedatum"),
        "import.basis.name_birth": Phrase(en: "same name and birth date", nl: "zelfde naam en geboortedatum"),
        "import.row.matched.signal": Phrase(en: "household #{1} ({2}); signal", nl: "huishouden #{1} ({2}); signaal"),
        "import.row.matched.case": Phrase(en: "household #{1} ({2}); case", nl: "huishouden #{1} ({2}); casus"),
        "import.row.new.signal": Phrase(en: "new household #{1}; signal", nl: "nieuw huishouden #{1}; signaal"),
        "import.row.new.case": Phrase(en: "new household #{1}; case", nl: "nieuw huishouden #{1}; casus"),
        "import.row.ambiguous": Phrase(en: "matches households {1}; not imported", nl: "past bij huishoudens {1}; niet ingelezen"),
        "import.row.already": Phrase(
            en: "{1} reference {2} was imported before; skipped", nl: "kenmerk {2} van {1} is al eerder ingelezen; overgeslagen"),
        "import.row.open_case": Phrase(
            en: "household #{1} already has an open case (#{2}); not imported",
            nl: "huishouden #{1} heeft al een open casus (#{2}); niet ingelezen"),
        "import.row.open_case_line": Phrase(
            en: "household #{1} already gets an open case from line {2}; not imported",
            nl: "huishouden #{1} krijgt al een open casus van regel {2}; niet ingelezen"),
    ]
}
