import AgencyKit

extension DemoSession {
    /// Domains whose leads take the competitor deduction.
    static let competitorDomains = ["rivalgrowth.io", "outboundly.com.au"]

    /// Step 6: score every lead with `LeadScoringService`, show the tiers, explain the best
    /// lead signal by signal, and guard its channels.
    mutating func scoreLeads() async throws {
        clock.advance(seconds: 600)
        output.section(6, "ALS scoring (LeadScoringService, default weights)")
        guard let client else { throw DemoError.unexpected("no tenant yet") }
        let tenant = try tenant()
        let service = LeadScoringService(store: tenant, batchSize: 100, competitorDomains: Self.competitorDomains)
        let scoring = try await service.scoreLeads(ofClient: client.id, now: clock.now(), today: clock.now().utcDate)
        report.initialScoring = scoring
        output.line("   \(scoring)")

        let leads = try await importedLeads()
        report.initialTiers = Self.tiers(of: leads)
        output.line("   tier distribution of the \(leads.count) imported leads:")
        printTiers(report.initialTiers, total: leads.count)

        guard let best = try await tenant.first(Query<Lead>().where(\.campaignId, .equals(mainCampaign?.id ?? .unassigned))
            .sorted(by: \.alsScore, .descending)) else { throw DemoError.unexpected("no scored lead") }
        let name = DemoFormat.name(best.firstName, best.lastName)
        report.bestLead = (name, best.alsScore ?? 0)
        output.line()
        output.line("   Best lead: \(name), \(best.title ?? "—") at \(best.company ?? "—") "
            + "(\(best.organizationIndustry ?? "—"), \(best.organizationCountry ?? "—"))")
        let scorer = ALSScorer(configuration: ALSScoringConfiguration(
            client: client, today: clock.now().utcDate, competitorDomains: Self.competitorDomains))
        explain(scorer.score(best), indent: 5)

        output.line()
        output.line("   Channel guard (ChannelPolicy.default) for \(name):")
        let open = ChannelPolicy.default.channels(forScore: best.alsScore).map(\.rawValue)
        output.line("     open channels: \(open.joined(separator: ", "))")
        for channel in [ChannelType.sms, .voice] {
            do {
                try ChannelPolicy.default.authorize(channel, for: best)
                output.line("     \(channel.rawValue): allowed")
            } catch {
                output.line("     \(error)")
            }
        }
        if let weakest = leads.min(by: { ($0.alsScore ?? 0, $0.id.description) < ($1.alsScore ?? 0, $1.id.description) }) {
            do {
                try ChannelPolicy.default.authorize(.voice, for: weakest)
            } catch {
                output.line("     lowest-scored lead (\(DemoFormat.name(weakest.firstName, weakest.lastName))): \(error)")
            }
        }
    }

    /// The imported leads as stored now, in id order.
    func importedLeads() async throws -> [Lead] {
        let ids = Set(imported.keys)
        guard let mainCampaign else { return [] }
        return try await tenant().fetch(Query<Lead>().where(\.campaignId, .equals(mainCampaign.id))).filter { ids.contains($0.id) }
    }

    /// Leads per tier (unscored leads are not counted).
    static func tiers(of leads: [Lead]) -> [ALSTier: Int] {
        var counts: [ALSTier: Int] = [:]
        for lead in leads {
            if let score = lead.alsScore { counts[ALSTier(score: score), default: 0] += 1 }
        }
        return counts
    }

    /// Prints a tier table with bars, hot first.
    func printTiers(_ counts: [ALSTier: Int], total: Int) {
        output.table(ALSTier.allCases.sorted(by: >).map { tier in
            let count = counts[tier] ?? 0
            return [tier.rawValue, "\(tier.minimumScore)+", DemoFormat.count(count), DemoFormat.bar(count, of: total)]
        }, indent: 5)
    }

    /// Prints a score's explanation: the components, then every signal.
    func explain(_ score: ALSScore, indent: Int) {
        let explanation = score.explanation
        let pad = String(repeating: " ", count: indent)
        output.line(pad + "ALS \(explanation.total) (\(explanation.tier.rawValue)), \(explanation.weightSource.rawValue) weights")
        output.table(explanation.components.map { part in
            [part.component.rawValue, "\(part.rawPoints)/\(part.maximumPoints) points",
             "× \(DemoFormat.decimal(part.normalizationFactor)) × weight \(DemoFormat.decimal(part.weight, digits: 3))",
             "= \(DemoFormat.decimal(part.weightedPoints))"]
        }, indent: indent + 2)
        output.line(pad + "signals:")
        output.table(explanation.signals.map { signal in
            [signal.points > 0 ? "+\(signal.points)" : "\(signal.points)", signal.group.rawValue, signal.name.rawValue,
             [signal.value, signal.detail].compactMap { $0 }.joined(separator: " — ")]
        }, indent: indent + 2)
    }
}
