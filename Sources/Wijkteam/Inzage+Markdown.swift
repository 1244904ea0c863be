extension InzageReport {
    /// The report as a document a resident can be given: headings and plain sentences, in
    /// `Language.current`. Every value is made safe: no control character reaches the file (a
    /// note may hold an escape sequence), and Markdown's own characters are escaped.
    public func markdown() -> String {
        var out: [String] = []
        out.append("# " + tr("inzage.md.title", Self.safe(subject.name), Self.safe(team)))
        out.append("")
        out.append(tr("inzage.md.intro", madeOn.description, Self.safe(madeBy)))
        out.append("")
        out.append(tr("inzage.md.left_out"))
        out.append("")
        section(&out, tr("inzage.md.person"), personLines())
        section(&out, tr("inzage.md.household"), householdLines())
        section(&out, tr("inzage.md.cases"), caseLines())
        section(
            &out, tr("inzage.md.goals"),
            goals.map { g in
                let whose = g.household ? " (" + tr("inzage.md.goal.household") + ")" : ""
                return tr("inzage.md.goal", g.caseID, g.domain.label, g.targetScore, Self.safe(g.text)) + whose
            })
        section(&out, tr("inzage.md.plan"), planLines())
        section(&out, tr("inzage.md.zrm"), zrm.map { tr("inzage.md.score", $0.date.description, $0.domain.label, $0.score) })
        section(&out, tr("inzage.md.journal"), journalLines())
        section(
            &out, tr("inzage.md.provisions"),
            provisions.map { p in
                let start = p.start.map { " " + tr("inzage.md.provision.start", $0.description) } ?? ""
                return tr("inzage.md.provision", p.caseID, p.kind.label, Self.safe(p.provider), Self.safe(p.description), p.status.label)
                    + start
            })
        section(
            &out, tr("inzage.md.follow_ups"),
            followUps.map { f in
                let state = f.done ? tr("inzage.md.follow_up.done", Self.safe(f.outcome ?? "")) : tr("inzage.md.follow_up.open")
                return tr("inzage.md.follow_up", f.caseID, f.due.description, f.kind.label, Self.safe(f.note)) + " " + state
            })
        section(
            &out, tr("inzage.md.decisions"),
            decisions.map { d in
                let onCase = d.caseID.map { tr("inzage.md.case_ref", $0) + " · " } ?? ""
                return "\(d.date) · " + onCase + Self.safe(d.text)
            })
        section(&out, tr("inzage.md.signals"), signalLines())
        section(
            &out, tr("inzage.md.network"),
            ties.map { t in
                let who = t.name.map(Self.safe) ?? tr("inzage.md.tie.unnamed")
                return "\(who) · \(Self.safe(t.relation)) · \(t.sector.label)"
            })
        section(
            &out, tr("inzage.md.corrections"),
            corrections.map { c in
                let (old, new) = (Self.safe(c.oldValue), Self.safe(c.newValue))
                return tr("inzage.md.correction", c.correctedOn.description, Self.safe(c.field), old, new, Self.safe(c.reason))
            })
        section(
            &out, tr("inzage.md.access"),
            access.map { a in
                let role = a.role.map { " (\($0.label.lowercased()))" } ?? ""
                let refused = a.result == .denied ? " · " + tr("inzage.md.access.refused") : ""
                return "\(Self.safe(a.at)) · \(Self.safe(a.staff))\(role) · \(Self.actionLabel(a.action))\(refused)"
            })
        return out.joined(separator: "\n")
    }

    private func section(_ out: inout [String], _ title: String, _ lines: [String]) {
        out.append("## " + title)
        out.append("")
        out.append(contentsOf: lines.isEmpty ? [tr("inzage.md.none")] : lines.map { "- " + $0 })
        out.append("")
    }

    /// Per case: the question and days, the strengths and worries, the actions (issue 27).
    private func planLines() -> [String] {
        plans.flatMap { p -> [String] in
            let ref = tr("inzage.md.case_ref", p.caseID) + " · "
            let days = p.agreedOn.map { " · " + tr("inzage.md.plan.agreed", $0.description, p.evaluateOn?.description ?? "–") } ?? ""
            var lines = [ref + tr("inzage.md.plan.question", Self.safe(p.question)) + days]
            lines += p.strengths.map { ref + tr("inzage.md.plan.strength", Self.safe($0)) }
            lines += p.worries.map { ref + tr("inzage.md.plan.worry", Self.safe($0)) }
            lines += p.actions.map { a in
                let who = a.yours ? tr("inzage.md.plan.yours") : a.owner.label
                let due = a.due.map { tr("inzage.md.plan.due", $0.description) } ?? ""
                let when = a.doneOn.map { tr("inzage.md.plan.done", $0.description) } ?? due
                return ref + tr("inzage.md.plan.action", Self.safe(a.text), who) + " " + when
            }
            return lines
        }
    }

    private func personLines() -> [String] {
        var lines = [
            tr("inzage.md.person.name", Self.safe(subject.name)),
            tr("inzage.md.person.born", subject.birthDate?.description ?? String(subject.birthYear)),
            tr("inzage.md.person.role", subject.role.label),
            subject.isClient ? tr("inzage.md.person.client") : tr("inzage.md.person.not_client"),
        ]
        if let left = subject.leftOn { lines.append(tr("inzage.md.person.left", left.description)) }
        return lines
    }

    private func householdLines() -> [String] {
        var lines = [
            tr("inzage.md.household.name", Self.safe(household.name)),
            tr("inzage.md.household.address", Self.safe(household.address)),
            tr("inzage.md.household.language", Self.safe(household.language)),
        ]
        if let note = household.learningNote { lines.append(tr("inzage.md.household.note", Self.safe(note))) }
        for m in household.otherMembers {
            let left = m.leftOn.map { " · " + tr("inzage.md.member.left", $0.description) } ?? ""
            lines.append(tr("inzage.md.member", Self.safe(m.name), m.role.label) + left)
        }
        return lines
    }

    private func caseLines() -> [String] {
        cases.map { c in
            var parts = [
                tr("inzage.md.case", c.id, c.opened.description, c.phase.label),
                tr("inzage.md.case.question", Self.safe(c.question)),
            ]
            if let behind = c.questionBehind { parts.append(tr("inzage.md.case.behind", Self.safe(behind))) }
            parts.append(tr("inzage.md.case.domains", c.domains.map(\.label).joined(separator: ", ")))
            parts.append(tr("inzage.md.case.source", c.source.label))
            if let r = c.regisseur { parts.append(tr("inzage.md.case.regisseur", Self.safe(r))) }
            if c.safety { parts.append(tr("inzage.md.case.safety")) }
            if let closed = c.closedOn { parts.append(tr("inzage.md.case.closed", closed.description)) }
            if let reason = c.closedReason { parts.append(tr("inzage.md.case.closed_reason", Self.safe(reason))) }
            return parts.joined(separator: " · ")
        }
    }

    private func journalLines() -> [String] {
        journal.map { j in
            var head = "\(j.date) · " + tr("inzage.md.case_ref", j.caseID) + " · \(j.kind.label)"
            if let a = j.author { head += " · " + Self.safe(a) }
            if j.sensitive { head += " · " + tr("inzage.md.journal.sensitive") }
            return head + ": " + Self.safe(j.text)
        }
    }

    private func signalLines() -> [String] {
        signals.map { s in
            var who = ""
            if let r = s.reporter { who = " · " + tr("inzage.md.signal.reporter", Self.safe(r)) }
            if s.reporterLeftOut { who = " · " + tr("inzage.md.signal.reporter_left_out") }
            return "\(s.date) · \(s.source.label)\(who): " + Self.safe(s.description)
        }
    }

    static func actionLabel(_ action: AuditAction) -> String {
        switch action {
        case .openHousehold: tr("inzage.action.open_household")
        case .openNetwork: tr("inzage.action.open_network")
        case .openJournal: tr("inzage.action.open_journal")
        case .readSensitive: tr("inzage.action.read_sensitive")
        case .change: tr("inzage.action.change")
        case .export: tr("inzage.action.export")
        case .search: tr("inzage.action.search")
        case .seal: tr("inzage.action.seal")
        }
    }

    /// One line of Markdown text: control characters (an escape sequence, a line break in a
    /// note) and the bidi overrides that can reorder a line become visible marks or spaces,
    /// and Markdown's own characters are escaped so a name never becomes a link or a heading.
    public static func safe(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: out.unicodeScalars.append(" ")
            case 0x00...0x1F, 0x7F...0x9F: out.unicodeScalars.append("\u{FFFD}")
            case 0x202A...0x202E, 0x2066...0x2069: out.unicodeScalars.append("\u{FFFD}")
            case 0x5C, 0x2A, 0x5F, 0x60, 0x5B, 0x5D, 0x3C, 0x3E, 0x7C, 0x23:
                out.unicodeScalars.append("\\")
                out.unicodeScalars.append(scalar)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
