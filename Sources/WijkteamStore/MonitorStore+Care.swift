import Wijkteam

/// The monitor's prevention and outreaching, load and waiting figures (issue 29, part 3).
extension StoreWork {
    func fillProactive(_ report: inout MonitorReport, _ scope: MonitorScope) throws {}
    func fillLoad(_ report: inout MonitorReport, _ scope: MonitorScope) throws {}
    func fillWaiting(_ report: inout MonitorReport, _ scope: MonitorScope) throws {}
}
