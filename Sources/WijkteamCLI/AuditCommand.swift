import ArgumentParser
import Foundation
import Wijkteam
import WijkteamStore

/// `wijkteam audit`: the access log for the team lead (as privacy officer): listing it,
/// checking its chain and seals, sealing it, and making the sealing key.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "The access log (NEN 7513): who looked at or changed which household; --verify checks the hash chain and seals.",
        discussion: """
            For the team lead (as privacy officer). --verify exits 1 and names the first row that was altered or removed, or that no \
            longer matches a seal. --seal signs the log's head with the sealing key (daily from cron); --new-key makes that key \
            (no database needed).
            """)
    @OptionGroup var common: CommonOptions
    @OptionGroup var output: JSONOption
    @Option(name: .long, help: "Only this household.") var household: Int?
    @Flag(name: .long, help: "Check the hash chain and every seal instead of listing.") var verify = false
    @Flag(name: .long, help: "Seal the log's head with the sealing key (refused when the log does not verify).") var seal = false
    @Flag(name: .customLong("new-key"), help: "Make a sealing key (Ed25519): the private half 0600, never overwritten.") var newKey = false
    @Option(
        name: .long,
        help: "The private sealing key file (default $XDG_CONFIG_HOME/wijkteam/audit-seal.key, else ~/.config/wijkteam/audit-seal.key).")
    var key: String?
    @Option(
        name: .customLong("public-key"),
        help:
            "With --verify: the sealing key's public half as kept apart (a .pub file or the bare key); a different key in the database is an error."
    )
    var publicKey: String?
    @Flag(name: .long, help: "List the break-the-glass reads (with their reasons) to confirm or question.") var review = false
    @Option(name: .long, help: "Confirm break-the-glass read ID.") var confirm: Int?
    @Option(name: .long, help: "Question break-the-glass read ID: the colleague needs a new reason to read on.") var question: Int?

    func validate() throws {
        try validateBreakGlass()
        let modes = [verify, seal, newKey].filter { $0 }.count
        if modes > 1 { throw ValidationError(tr("cli.error.audit.modes")) }
        if verify || seal || newKey {
            if household != nil { throw ValidationError(tr("cli.error.audit.household")) }
            if output.json { throw ValidationError(tr("cli.error.audit.json")) }
        }
        if key != nil, !(seal || newKey) { throw ValidationError(tr("cli.error.audit.key")) }
        if publicKey != nil, !verify { throw ValidationError(tr("cli.error.audit.publickey")) }
    }

    func run() throws {
        var failed = false
        try runReporting {
            if newKey { return try makeKey() }
            // The key first: a missing or bad key touches no database.
            let signer = try seal ? AuditSealKeyFile.signer(at: key ?? AuditSealKeyFile.defaultPath()) : nil
            let trusted = try publicKey.map { try AuditSealKeyFile.publicKey(at: $0) }
            let ctx = try common.context()
            guard ctx.identity.staff.role.keepsRecords else {
                throw CLIError(tr("cli.error.audit.lead", ctx.identity.staff.role.label.lowercased()))
            }
            if reviewsBreakGlass { return try runBreakGlassReview(ctx) }
            if let signer {
                let s = try ctx.store.sealAudit(with: signer)
                print(tr("cli.audit.sealed", s.lastID, s.sealedAt, s.keyID))
            } else if verify {
                failed = !report(try ctx.store.verifyAudit(trustedKey: trusted))
            } else {
                try list(ctx.store.auditLog(householdID: household))
            }
        }
        if failed { throw ExitCode(1) }
    }

    func makeKey() throws {
        let made = try AuditSealKeyFile.create(at: key ?? AuditSealKeyFile.defaultPath())
        print(tr("cli.audit.newkey", made.path, made.publicKey, made.keyID, made.publicPath))
    }

    /// Prints the verdict; false when the log does not check out.
    func report(_ v: AuditChain.Verification) -> Bool {
        if let broken = v.broken {
            Output.error(broken.id > 0 ? tr("cli.audit.broken", broken.id, broken.reason) : tr("cli.audit.broken.seal", broken.reason))
            return false
        }
        if let last = v.lastSeal {
            let counts = (trCount("cli.count.rows", v.rows), trCount("cli.count.seals", v.seals))
            print(tr("cli.audit.intact.sealed", counts.0, counts.1, last.sealedAt, last.lastID))
        } else {
            print(tr("cli.audit.intact", trCount("cli.count.rows", v.rows)))
        }
        return true
    }

    func list(_ rows: [AuditRecord]) throws {
        if output.json { try printJSON(rows); return }
        for r in rows {
            let on = [r.householdID.map { tr("cli.audit.household", $0) }, r.caseID.map { tr("cli.audit.case", $0) }].compactMap { $0 }
                .joined(separator: " ")
            print(
                "\(r.id)\t\(r.at)\t\(tr("cli.audit.as", r.account, r.staffID ?? "—"))\t\(r.action.rawValue)\t\(r.result.rawValue)\t\(on)\t\(r.detail)\t\(r.origin)"
            )
        }
        if rows.isEmpty { print(household.map { tr("cli.audit.none.household", $0) } ?? tr("cli.audit.none")) }
    }
}
