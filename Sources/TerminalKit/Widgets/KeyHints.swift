/// A line of key hints ("J journal · z ZRM · …") cut between hints, not inside one: as many
/// as fit, in the order given (most important first), and `more` ("? more") when some are
/// left out, so a narrow terminal says that there are more keys instead of ending in "…".
public enum KeyHints {
    public static let separator = " · "

    public static func fit(_ hints: String, width: Int, more: String) -> String {
        guard TextWidth.width(of: hints) > width else { return hints }
        let parts = hints.components(separatedBy: separator)
        var line = ""
        for part in parts {
            let candidate = line.isEmpty ? part : line + separator + part
            if TextWidth.width(of: candidate + separator + more) > width { break }
            line = candidate
        }
        return line.isEmpty ? TextWidth.truncate(more, to: width) : line + separator + more
    }
}
