import AgencyKit

extension DemoSession {
    /// Step 9: the learned weights in use — every lead rescored by `LeadScoringService`
    /// (the client's `als_learned_weights` are picked up automatically), and what changed for
    /// the imported leads.
    mutating func applyLearnedWeights() async throws {
        clock.advance(seconds: 900)
        output.section(9, "Learned weights applied")
        guard let client else { throw DemoError.unexpected("no tenant yet") }
        let tenant = try tenant()
        let current = try await tenant.get(Client.self, id: client.id)
        self.client = current
        let selection = ALSWeightSelection(client: current)
        output.table([["component", "default", "learned"]] + ALSComponent.allCases.map { component in
            [component.rawValue, DemoFormat.decimal(ALSWeights.defaults[component], digits: 3),
             selection.source == .learned ? DemoFormat.decimal(selection.weights[component], digits: 3) : "—"]
        })
        if let reason = selection.fallbackReason { output.line("   learned weights rejected: \(reason)") }

        let before = try await importedLeads()
        let service = LeadScoringService(store: tenant, batchSize: 5_000, competitorDomains: Self.competitorDomains)
        let rescoring = try await service.scoreLeads(ofClient: client.id, now: clock.now(), today: clock.now().utcDate)
        report.rescoring = rescoring
        output.line("   rescored every lead of the client: \(rescoring)")

        let after = try await importedLeads()
        report.rescoredTiers = Self.tiers(of: after)
        let previous = Dictionary(uniqueKeysWithValues: before.map { ($0.id, $0) })
        let moves = after.compactMap { lead -> (lead: Lead, from: Int, to: Int)? in
            guard let old = previous[lead.id]?.alsScore, let new = lead.alsScore, old != new else { return nil }
            return (lead, old, new)
        }
        report.importedScoresChanged = moves.count
        output.line("   imported leads: \(moves.count) of \(after.count) scores changed; tiers before → after:")
        output.table(ALSTier.allCases.sorted(by: >).map { tier in
            [tier.rawValue, "\(report.initialTiers[tier] ?? 0)", "→", "\(report.rescoredTiers[tier] ?? 0)"]
        }, indent: 5)
        let ordered = moves.sorted { ($1.to - $1.from, $0.lead.email) < ($0.to - $0.from, $1.lead.email) }
        let shown = Array(ordered.prefix(3)) + Array(ordered.suffix(3).reversed()).filter { move in
            !ordered.prefix(3).contains { $0.lead.id == move.lead.id }
        }
        if let best = after.max(by: { ($0.alsScore ?? 0, $1.email) < ($1.alsScore ?? 0, $0.email) }), let score = best.alsScore {
            output.line("   best imported lead now: \(DemoFormat.name(best.firstName, best.lastName)), \(best.title ?? "—") at "
                + "\(best.company ?? "—"), ALS \(previous[best.id]?.alsScore.map(String.init) ?? "—") → \(score)")
        }
        output.line("   largest moves:")
        output.table(shown.map { move in
            [DemoFormat.name(move.lead.firstName, move.lead.lastName), DemoFormat.clipped(move.lead.title ?? "—", 28),
             move.lead.organizationIndustry ?? "—", "\(move.from) → \(move.to)",
             "(\(ALSTier(score: move.from).rawValue) → \(ALSTier(score: move.to).rawValue))"]
        }, indent: 5)
    }
}
