import AgencyCore
import AgencyOS
import Foundation

extension RuleBasedSuggestionGenerator {
    /// pause_campaign for each active campaign replying below 1 % after ≥ 100 leads.
    /// Confidence = Φ(z) of the one-sided test that its true reply rate is below the threshold.
    func pauseCampaigns(_ context: SuggestionContext) -> [CampaignSuggestion] {
        let live = context.campaigns.filter { $0.deletedAt == nil && $0.status == .active }
        return live.compactMap { campaign -> CampaignSuggestion? in
            guard campaign.leadCount >= rules.pauseMinimumLeads else { return nil }
            let leads = Double(campaign.leadCount)
            let replyRate = Double(campaign.leadsReplied) / leads
            guard replyRate < rules.pauseReplyRate else { return nil }
            let threshold = rules.pauseReplyRate
            let z = (threshold - replyRate) / (threshold * (1 - threshold) / leads).squareRoot()
            let confidence = OutputRounding.round(SuggestionStatistics.normalCDF(z), places: 2)
            let others = live.filter { $0.id != campaign.id && $0.leadCount > 0 }
            let otherLeads = others.reduce(0) { $0 + $1.leadCount }
            let otherReplyRate = otherLeads > 0 ? Double(others.reduce(0) { $0 + $1.leadsReplied }) / Double(otherLeads) : nil
            let summary = "\(campaign.name) has a \(SuggestionStatistics.percent(replyRate)) reply rate after "
                + "\(campaign.leadCount) leads, below the \(SuggestionStatistics.percent(threshold)) floor."
            return makeSuggestion(
                type: .pauseCampaign, campaignId: campaign.id, title: "Pause \(campaign.name)", description: summary,
                rationale: .object([
                    "summary": .string(summary), "lead_count": .number(Decimal(campaign.leadCount)),
                    "leads_replied": .number(Decimal(campaign.leadsReplied)),
                    "reply_rate": number(OutputRounding.round(replyRate, places: 4)),
                    "threshold": number(threshold), "z_score": number(OutputRounding.round(z, places: 2)),
                ]),
                action: .object([
                    "action": .string("pause_campaign"), "campaign_id": .string(campaign.id.description),
                    "campaign_name": .string(campaign.name),
                ]),
                confidence: confidence,
                priority: SuggestionStatistics.priority(strength: 1 - replyRate / threshold, confidence: confidence),
                patternTypes: [], currentMetrics: campaignMetrics(campaign),
                projected: .object([
                    "metric": .string("reply_rate"), "current": number(OutputRounding.round(replyRate, places: 4)),
                    "projected": otherReplyRate.map { number(OutputRounding.round($0, places: 4)) } ?? .null,
                    "assumption": .string("the campaign's leads go to the client's other active campaigns"),
                ]),
                context: context)
        }
    }

    /// adjust_allocation when the best active campaign (≥ 50 leads) converts at least 2× the
    /// pooled rate of the other eligible campaigns. Confidence = Φ(z)^k of the two-proportion
    /// test, k = eligible campaigns.
    func adjustAllocation(_ context: SuggestionContext) -> CampaignSuggestion? {
        let eligible = context.campaigns.filter {
            $0.deletedAt == nil && $0.status == .active && $0.leadCount >= rules.allocationMinimumLeads
        }
        guard eligible.count >= 2 else { return nil }
        func rate(_ campaign: Campaign) -> Double { Double(campaign.leadsConverted) / Double(campaign.leadCount) }
        var best = eligible[0]
        for campaign in eligible.dropFirst() where rate(campaign) > rate(best) { best = campaign }
        let others = eligible.filter { $0.id != best.id }
        let otherLeads = Double(others.reduce(0) { $0 + $1.leadCount })
        let otherConverted = Double(others.reduce(0) { $0 + $1.leadsConverted })
        let otherRate = otherConverted / otherLeads
        let bestRate = rate(best)
        let ratio = otherRate > 0 ? bestRate / otherRate : (bestRate > 0 ? Double.infinity : 0)
        guard ratio >= rules.allocationRatio else { return nil }
        let bestLeads = Double(best.leadCount)
        let pooled = (Double(best.leadsConverted) + otherConverted) / (bestLeads + otherLeads)
        let standardError = (pooled * (1 - pooled) * (1 / bestLeads + 1 / otherLeads)).squareRoot()
        let z = standardError > 0 ? (bestRate - otherRate) / standardError : 0
        let confidence = OutputRounding.round(pow(SuggestionStatistics.normalCDF(z), Double(eligible.count)), places: 2)
        let shift = Int(rules.projectedShare * 100)
        let projected = pooled + rules.projectedShare * (otherLeads / (bestLeads + otherLeads)) * (bestRate - otherRate)
        let ratioText = ratio.isFinite ? SuggestionStatistics.times(ratio) : "infinitely"
        let summary = "\(best.name) converts at \(SuggestionStatistics.percent(bestRate)) versus "
            + "\(SuggestionStatistics.percent(otherRate)) for the other active campaigns (\(ratioText), \(best.leadCount) leads)."
        return makeSuggestion(
            type: .adjustAllocation, campaignId: best.id, title: "Allocate more leads to \(best.name)", description: summary,
            rationale: .object([
                "summary": .string(summary), "best_conversion_rate": number(OutputRounding.round(bestRate, places: 4)),
                "other_conversion_rate": number(OutputRounding.round(otherRate, places: 4)),
                "ratio": ratio.isFinite ? number(OutputRounding.round(ratio, places: 2)) : .null,
                "z_score": number(OutputRounding.round(z, places: 2)),
                "campaigns_compared": .number(Decimal(eligible.count)),
            ]),
            action: .object([
                "action": .string("adjust_allocation"), "increase_campaign_id": .string(best.id.description),
                "decrease_campaign_ids": .array(others.map { .string($0.id.description) }),
                "shift_pct_of_other_leads": .number(Decimal(shift)),
            ]),
            confidence: confidence,
            priority: SuggestionStatistics.priority(strength: SuggestionStatistics.strength(lift: ratio), confidence: confidence),
            patternTypes: [], currentMetrics: campaignMetrics(best),
            projected: projection(current: pooled, projected: projected,
                                  assumption: "\(shift)% of the other campaigns' leads move to \(best.name)"),
            context: context)
    }

    /// create_campaign for the best WHO title or industry converting ≥ 15 % that no live
    /// campaign targets (compared case-insensitively; titles through the title normalizer).
    /// Confidence = WHO confidence × Φ(z)^m, z testing the segment against the higher of the
    /// baseline and 15 %, m = untapped segments examined.
    func createCampaign(_ context: SuggestionContext) -> CampaignSuggestion? {
        guard let who = context.who, let baseline = who.pattern.baselineConversionRateIfComputed else { return nil }
        let normalizer = TitleNormalizer()
        let live = context.campaigns.filter { $0.deletedAt == nil }
        let targetedTitles = Set(live.flatMap { $0.targetTitles ?? [] }.compactMap { normalizer.normalize($0)?.lowercased() })
        let targetedIndustries = Set(live.flatMap { $0.targetIndustries ?? [] }.map { Self.folded($0) })
        var candidates: [SuggestionFinding] = []
        for row in who.pattern.titleRankings where !targetedTitles.contains(row.title.lowercased()) {
            candidates.append(SuggestionFinding(source: "who.title_rankings", label: row.title, rate: row.conversionRate,
                                                baseline: baseline, sample: row.sample, lift: row.lift))
        }
        for row in who.pattern.industryRankings where !targetedIndustries.contains(Self.folded(row.industry)) {
            candidates.append(SuggestionFinding(source: "who.industry_rankings", label: row.industry,
                                                rate: row.conversionRate, baseline: baseline, sample: row.sample,
                                                lift: row.lift))
        }
        let findings = candidates.filter { $0.rate >= rules.untappedRate && $0.sample >= rules.minimumSegmentSample }
        // The segment must truly beat both the baseline and the 15 % bar.
        let bar = max(baseline, rules.untappedRate)
        func confidence(_ finding: SuggestionFinding) -> Double {
            let test = SuggestionFinding(source: finding.source, label: finding.label, rate: finding.rate, baseline: bar,
                                         sample: finding.sample)
            return who.confidence * test.evidence(comparisons: candidates.count)
        }
        guard var primary = findings.first else { return nil }
        var primaryConfidence = confidence(primary)
        for finding in findings.dropFirst() {
            let confidence = confidence(finding)
            if confidence > primaryConfidence {
                primary = finding
                primaryConfidence = confidence
            }
        }
        let confidence = OutputRounding.round(primaryConfidence, places: 2)
        let isTitle = primary.source == "who.title_rankings"
        let summary = "\(primary.label) leads convert at \(SuggestionStatistics.percent(primary.rate)) "
            + "(\(SuggestionStatistics.times(primary.lift)) the \(SuggestionStatistics.percent(baseline)) baseline, "
            + "\(primary.sample) leads) and no campaign targets them."
        return makeSuggestion(
            type: .createCampaign, campaignId: nil, title: "Create a campaign for \(primary.label)", description: summary,
            rationale: .object([
                "summary": .string(summary), "primary": primary.json, "evidence": .array(findings.map(\.json)),
                "pattern_confidence": number(who.confidence), "segments_examined": .number(Decimal(candidates.count)),
            ]),
            action: .object([
                "action": .string("create_campaign"), "name": .string("\(primary.label) outreach"),
                "target_titles": .array(isTitle ? [.string(primary.label)] : []),
                "target_industries": .array(isTitle ? [] : [.string(primary.label)]),
            ]),
            confidence: confidence,
            priority: SuggestionStatistics.priority(strength: SuggestionStatistics.strength(lift: primary.lift),
                                                    confidence: confidence),
            patternTypes: [.who],
            currentMetrics: .object(["baseline_conversion_rate": number(OutputRounding.round(baseline, places: 4))]),
            projected: projection(current: baseline, projected: primary.rate,
                                  assumption: "the new campaign converts as the segment has so far"),
            context: context)
    }

    func campaignMetrics(_ campaign: Campaign) -> JSONValue {
        let leads = Double(max(campaign.leadCount, 1))
        return .object([
            "lead_count": .number(Decimal(campaign.leadCount)),
            "reply_rate": number(OutputRounding.round(Double(campaign.leadsReplied) / leads * 100, places: 2)),
            "conversion_rate": number(OutputRounding.round(Double(campaign.leadsConverted) / leads * 100, places: 2)),
        ])
    }

    static func folded(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }
}
