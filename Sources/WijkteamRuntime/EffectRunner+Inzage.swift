import Wijkteam
import WijkteamScreens

/// Inzage from the household view: the store reads and logs it, the app's writer
/// (`EffectRunner.writeExport`) puts the Markdown in a new private file,
/// `wijkteam-inzage-<person>-<day>.md` (0600, whole or not at all, never over another file).
extension EffectRunner {
    func runInzage(personID: Int) -> ShellEvent {
        guard let writeExport else { return .failed(tr("shell.inzage.noWriter")) }
        do {
            let report = try store.inzage(personID: personID, today: today)
            let path = try writeExport(report.markdown(), "wijkteam-inzage-\(personID)-\(today)")
            return .inzageWritten(personID: personID, path: path)
        } catch {
            return .failed("\(error)")
        }
    }
}
