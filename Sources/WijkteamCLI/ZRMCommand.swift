import ArgumentParser
import Foundation
import Wijkteam
import WijkteamStore

/// `wijkteam zrm PERSON DOMAIN=SCORE … [--not-assessed D,…|--rest-not-assessed]`: a ZRM
/// measurement as a whole. Every one of the 13 domains is scored or marked not assessed;
/// nothing is copied from an earlier measurement.
struct ZRMCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zrm", abstract: "Record a ZRM measurement for an adult: every domain DOMAIN=SCORE or not assessed.",
        discussion: """
            A measurement covers all 13 domains: each scored 1–5 or named in --not-assessed (or --rest-not-assessed for every \
            domain not scored); nothing is copied from an earlier measurement. Domains: \
            \(LifeDomain.zrmDomains.map(\.rawValue).joined(separator: ", ")).
            """)
    @OptionGroup var common: CommonOptions
    @Argument(help: "Person id (a household member, 18 or over).") var person: Int
    @Argument(help: "Scores such as financien=3 sociaal_netwerk=2 (1 acuut … 5 volledig zelfredzaam).") var scores: [String] = []
    @Option(name: .long, help: "Date of the measurement (YYYY-MM-DD, default today).") var date: String?
    @Option(name: .long, help: "Domains not assessed, comma-separated (e.g. justitie,middelengebruik).") var notAssessed: String?
    @Flag(name: .long, help: "Every domain not scored is not assessed.") var restNotAssessed = false

    func run() throws {
        try runReporting {
            var typed: [LifeDomain: Int] = [:]
            for pair in scores {
                let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2, let d = LifeDomain(rawValue: parts[0]), let s = Int(parts[1]) else {
                    throw ValidationError(tr("cli.error.zrm.pair", pair))
                }
                guard typed[d] == nil else { throw ValidationError(tr("cli.error.zrm.twice", d.rawValue)) }
                typed[d] = s
            }
            var skipped = Set<LifeDomain>()
            for name in (notAssessed ?? "").split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
                guard let d = LifeDomain(rawValue: name), d.isZRM else {
                    throw ValidationError(
                        tr("cli.error.oneof", "--not-assessed", name, LifeDomain.zrmDomains.map(\.rawValue).joined(separator: ", ")))
                }
                skipped.insert(d)
            }
            if restNotAssessed { skipped.formUnion(ZRMMeasurement.unaccounted(scored: typed.keys, notAssessed: skipped)) }
            let ctx = try common.context()
            let day = try date.map { try parseDay($0, option: "--date", expect: .past) } ?? ctx.today
            let saved = try ctx.store.recordZRM(
                personID: person, date: day, scores: typed, notAssessed: skipped, basedOn: nil, today: ctx.today)
            print(tr("cli.zrm.recorded", person, day, saved.count, skipped.count))
        }
    }
}

/// A measurement in `household --json`: whose, when, the domains not assessed, legacy.
struct ZRMMeasurementJSON: Encodable {
    var personID: Int
    var date: Day
    var notAssessed: [LifeDomain]
    var legacy: Bool
    var recordedBy: StaffID?
    init(_ m: ZRMMeasurementRecord) {
        personID = m.personID; date = m.date; legacy = m.legacy; recordedBy = m.recordedBy
        notAssessed = LifeDomain.zrmDomains.filter(m.notAssessed.contains)
    }
}
