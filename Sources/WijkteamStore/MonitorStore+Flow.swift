import Wijkteam

/// The monitor's inflow/outflow, lead times and ZRM outcome (issue 29, part 2).
extension StoreWork {
    func fillFlow(_ report: inout MonitorReport, _ scope: MonitorScope) throws {}
    func fillLeadTimes(_ report: inout MonitorReport, _ scope: MonitorScope) throws {}
    func fillOutcome(_ report: inout MonitorReport, _ scope: MonitorScope) throws {}
}
