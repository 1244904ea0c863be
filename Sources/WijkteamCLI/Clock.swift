import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Wijkteam

/// The team's wall clock, from libc and the tz database. Foundation's calendars and date
/// formatters load ICU's data for this: about 6 MB of the process's memory and several
/// milliseconds before the first frame.
enum Clock {
    /// The team works in Dutch time whatever the shared machine's zone is, unless TZ says otherwise.
    /// Set once, before the first reading (`setenv` is not safe beside other threads reading it).
    private static let zone: Void = {
        if AppEnvironment.variable("TZ")?.isEmpty ?? true { setenv("TZ", "Europe/Amsterdam", 1) }
        tzset()
    }()

    static func prepare() { _ = zone }

    static func local(_ seconds: time_t = Glibc.time(nil)) -> tm {
        prepare()
        var t = seconds, out = tm()
        localtime_r(&t, &out)
        return out
    }

    static func twoDigits(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// The status bar's clock in the language of the screens: "Sun 22 Nov 09:14", "zo 22 nov 09:14".
    static func now() -> String { statusText(local()) }

    static func statusText(_ t: tm) -> String {
        let day = Day(year: Int(t.tm_year) + 1900, month: Int(t.tm_mon) + 1, day: Int(t.tm_mday))
        return (day?.weekdayDayMonth ?? "") + " \(twoDigits(t.tm_hour)):\(twoDigits(t.tm_min))"
    }

    /// When another terminal's change arrived: "13:20:05".
    static func time() -> String {
        let t = local()
        return "\(twoDigits(t.tm_hour)):\(twoDigits(t.tm_min)):\(twoDigits(t.tm_sec))"
    }

    static func today() -> Day {
        let t = local()
        return Day(year: Int(t.tm_year) + 1900, month: Int(t.tm_mon) + 1, day: Int(t.tm_mday))!
    }
}
