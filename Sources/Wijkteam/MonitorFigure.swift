/// Every figure the monitor shows, with its title and how it is computed: the monitor view's
/// `?`, `monitor --md` and the README read the same definitions.
public enum MonitorFigure: String, Vocabulary {
    case signalsIn = "signals_in", vroegsignalering, casesOpened = "cases_opened", casesClosed = "cases_closed"
    case leadRegistrationTriage = "lead_registration_triage"
    case leadRegistrationKeukentafel = "lead_registration_keukentafelgesprek"
    case leadKeukentafelPlan = "lead_keukentafelgesprek_plan"
    case zrmOutcome = "zrm_outcome", closedWithoutFinal = "closed_without_final"
    case contactsMade = "contacts_made", householdsReached = "households_reached", followUpsOnTime = "followups_on_time"
    case teamLoad = "team_load", regisseursOverCapacity = "regisseurs_over_capacity"
    case waiting, longestWaits = "longest_waits"

    /// The group the figure is shown in.
    public enum Group: String, Vocabulary {
        case flow, leadTimes = "lead_times", outcome, proactive, load, waiting
        public var label: String {
            switch self {
            case .flow: tr("monitor.group.flow")
            case .leadTimes: tr("monitor.group.lead_times")
            case .outcome: tr("monitor.group.outcome")
            case .proactive: tr("monitor.group.proactive")
            case .load: tr("monitor.group.load")
            case .waiting: tr("monitor.group.waiting")
            }
        }
    }

    public var group: Group {
        switch self {
        case .signalsIn, .vroegsignalering, .casesOpened, .casesClosed: .flow
        case .leadRegistrationTriage, .leadRegistrationKeukentafel, .leadKeukentafelPlan: .leadTimes
        case .zrmOutcome, .closedWithoutFinal: .outcome
        case .contactsMade, .householdsReached, .followUpsOnTime: .proactive
        case .teamLoad, .regisseursOverCapacity: .load
        case .waiting, .longestWaits: .waiting
        }
    }

    public var label: String {
        switch self {
        case .signalsIn: tr("monitor.figure.signals_in")
        case .vroegsignalering: tr("monitor.figure.vroegsignalering")
        case .casesOpened: tr("monitor.figure.cases_opened")
        case .casesClosed: tr("monitor.figure.cases_closed")
        case .leadRegistrationTriage: tr("monitor.figure.lead_registration_triage")
        case .leadRegistrationKeukentafel: tr("monitor.figure.lead_registration_keukentafelgesprek")
        case .leadKeukentafelPlan: tr("monitor.figure.lead_keukentafelgesprek_plan")
        case .zrmOutcome: tr("monitor.figure.zrm_outcome")
        case .closedWithoutFinal: tr("monitor.figure.closed_without_final")
        case .contactsMade: tr("monitor.figure.contacts_made")
        case .householdsReached: tr("monitor.figure.households_reached")
        case .followUpsOnTime: tr("monitor.figure.followups_on_time")
        case .teamLoad: tr("monitor.figure.team_load")
        case .regisseursOverCapacity: tr("monitor.figure.regisseurs_over_capacity")
        case .waiting: tr("monitor.figure.waiting")
        case .longestWaits: tr("monitor.figure.longest_waits")
        }
    }
    /// How the figure is computed and from which stored facts (one or two sentences).
    public var definition: String {
        switch self {
        case .signalsIn: tr("monitor.define.signals_in")
        case .vroegsignalering: tr("monitor.define.vroegsignalering")
        case .casesOpened: tr("monitor.define.cases_opened")
        case .casesClosed: tr("monitor.define.cases_closed")
        case .leadRegistrationTriage: tr("monitor.define.lead_registration_triage")
        case .leadRegistrationKeukentafel: tr("monitor.define.lead_registration_keukentafelgesprek")
        case .leadKeukentafelPlan: tr("monitor.define.lead_keukentafelgesprek_plan")
        case .zrmOutcome: tr("monitor.define.zrm_outcome")
        case .closedWithoutFinal: tr("monitor.define.closed_without_final")
        case .contactsMade: tr("monitor.define.contacts_made")
        case .householdsReached: tr("monitor.define.households_reached")
        case .followUpsOnTime: tr("monitor.define.followups_on_time")
        case .teamLoad: tr("monitor.define.team_load")
        case .regisseursOverCapacity: tr("monitor.define.regisseurs_over_capacity")
        case .waiting: tr("monitor.define.waiting")
        case .longestWaits: tr("monitor.define.longest_waits")
        }
    }
}
