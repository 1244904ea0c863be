import ArgumentParser
import Wijkteam

// Break-the-glass on the command line: `journal show CASE --reason TEXT` and the team lead's
// `audit --review`, `--confirm ID`, `--question ID`.

/// What a withheld journal entry says: why, and how it opens when it can.
func withheldText(_ j: JournalEntry) -> String {
    j.withheldBecause == .selfGranted ? tr("cli.breakglass.withheld", j.caseID) : tr("cli.journal.withheld")
}

extension AuditCommand {
    var reviewsBreakGlass: Bool { review || confirm != nil || question != nil }

    func validateBreakGlass() throws {
        let chosen = [review, confirm != nil, question != nil, verify].filter { $0 }.count
        if reviewsBreakGlass, chosen > 1 { throw ValidationError(tr("cli.breakglass.error.one")) }
        if reviewsBreakGlass, household != nil { throw ValidationError(tr("cli.breakglass.error.household")) }
    }

    /// The team lead's review of break-the-glass reads (the reasons are shown here, never in the log).
    func runBreakGlassReview(_ ctx: AppContext) throws {
        if let id = confirm ?? question {
            let use = try ctx.store.reviewBreakGlass(id: id, verdict: confirm != nil ? .confirmed : .questioned)
            print(tr("cli.breakglass.reviewed", use.id, use.review?.label ?? "", use.staffID, use.caseID))
            return
        }
        let uses = try ctx.store.breakGlassLog()
        if output.json { try printJSON(uses); return }
        for u in uses {
            let state = u.review.map { tr("cli.breakglass.review.by", $0.label, u.reviewedBy ?? "—") } ?? tr("cli.breakglass.review.open")
            print("#\(u.id)\t\(u.at)\t\(u.staffID)\t\(tr("cli.audit.case", u.caseID))\t\(state)\t\(u.reason)")
        }
        if uses.isEmpty { print(tr("cli.breakglass.none")) }
    }
}
