import Foundation

extension WhatAccumulator {
    /// The pattern built from the tallies.
    func pattern(computedAt: String) -> WhatPattern {
        let baseline = all.rate
        return WhatPattern(
            computedAt: computedAt, sampleSize: all.total, baselineConversionRate: OutputRounding.round(baseline, places: 4),
            subjectPatterns: WhatPattern.SubjectPatterns(winning: subjectRows(baseline: baseline)),
            painPoints: painPointSection(baseline: baseline),
            ctas: WhatPattern.CallsToAction(effective: Array(ranked(ctas, baseline: nil).prefix(5))),
            angles: WhatPattern.Angles(rankings: ranked(angles, baseline: nil, name: { ContentVocabulary.angles[$0].angle })),
            optimalLength: optimalLengths(),
            personalizationLift: personalizationLifts(baseline: baseline),
            templatePerformance: templateSection(baseline: baseline),
            abTestInsights: abTestSection(),
            linkEffectiveness: linkSection(),
            aiModelPerformance: modelSection(baseline: baseline))
    }

    func ranked<Key: RateRowKey>(_ groups: GroupedTallies<String>, baseline: Double?) -> [RateRow<Key>] {
        ranked(groups, baseline: baseline, name: { $0 })
    }

    /// Groups with ≥ 5 items as rows (lift only when `baseline` is given), by rounded rate.
    func ranked<Key: RateRowKey, Group: Hashable & Sendable>(
        _ groups: GroupedTallies<Group>, baseline: Double?, name: (Group) -> String
    ) -> [RateRow<Key>] {
        let rows = groups.groups(minimumSample: SegmentMinimum.standard).map { group in
            RateRow<Key>(value: name(group.key), conversionRate: OutputRounding.round(group.tally.rate, places: 4),
                         sample: group.tally.total,
                         lift: baseline.map { OutputRounding.round(DetectorStatistics.lift(rate: group.tally.rate, baseline: $0), places: 2) })
        }
        return rows.stablySorted(by: \.conversionRate)
    }

    func subjectRows(baseline: Double) -> [RateRow<SubjectPatternKey>] {
        let rows = subjects.groups(minimumSample: SegmentMinimum.standard)
            .filter { $0.tally.rate > baseline }
            .map { group in
                RateRow<SubjectPatternKey>(value: SubjectPattern.allCases[group.key].rawValue,
                                           conversionRate: OutputRounding.round(group.tally.rate, places: 4),
                                           sample: group.tally.total)
            }
        return Array(rows.stablySorted(by: \.conversionRate).prefix(5))
    }

    func painPointSection(baseline: Double) -> WhatPattern.PainPoints {
        var effective: [WhatPattern.PainPointLift] = []
        var ineffective: [WhatPattern.PainPointLift] = []
        for group in painPoints.groups(minimumSample: SegmentMinimum.standard) {
            let lift = DetectorStatistics.lift(rate: group.tally.rate, baseline: baseline)
            let row = WhatPattern.PainPointLift(
                painPoint: group.key,
                frequency: OutputRounding.round(Double(group.tally.total) / Double(all.total), places: 2),
                lift: OutputRounding.round(lift, places: 2))
            if lift >= 1.1 {
                effective.append(row)
            } else if lift < 0.9 {
                ineffective.append(row)
            }
        }
        return WhatPattern.PainPoints(effective: Array(effective.stablySorted(by: \.lift).prefix(5)),
                                      ineffective: Array(ineffective.stablySorted(by: \.lift, descending: false).prefix(3)))
    }

    func optimalLengths() -> [String: WhatPattern.OptimalLength] {
        var result: [String: WhatPattern.OptimalLength] = [:]
        for (channel, entry) in zip(lengthChannels, lengthTallies)
        where entry.pairs >= SegmentMinimum.messageLength && entry.converting > 0 {
            let optimal = Int(Double(entry.convertingWords) / Double(entry.converting))
            result[channel] = WhatPattern.OptimalLength(optimalWords: optimal, rangeMin: max(10, optimal - 25),
                                                        rangeMax: optimal + 25)
        }
        return result
    }

    func personalizationLifts(baseline: Double) -> [String: Double] {
        var result: [String: Double] = [:]
        for (index, key) in Self.personalizationKeys.enumerated() {
            let tally = personalization[index]
            result[key] = tally.total < SegmentMinimum.standard
                ? 1.0 : OutputRounding.round(DetectorStatistics.lift(rate: tally.rate, baseline: baseline), places: 2)
        }
        return result
    }

    func templateSection(baseline: Double) -> WhatPattern.TemplatePerformance {
        let rows: [RateRow<TemplateKey>] = ranked(templates, baseline: baseline, name: { $0.uuidString.lowercased() })
        return WhatPattern.TemplatePerformance(topTemplates: Array(rows.prefix(5)),
                                               bottomTemplates: rows.count > 3 ? Array(rows.suffix(3)) : [],
                                               totalTemplatesAnalyzed: templates.count)
    }

    func abTestSection() -> WhatPattern.ABTestInsights {
        var insights: [WhatPattern.ABTestInsight] = []
        for test in testOrder {
            guard let variants = tests[test] else { continue }
            let eligible = variants.groups(minimumSample: SegmentMinimum.standard)
            guard eligible.count >= 2, var best = eligible.first, var worst = eligible.first else { continue }
            for variant in eligible.dropFirst() {
                if variant.tally.rate > best.tally.rate { best = variant }
                if variant.tally.rate < worst.tally.rate { worst = variant }
            }
            insights.append(WhatPattern.ABTestInsight(
                testId: test.uuidString.lowercased(), bestVariant: best.key,
                bestRate: OutputRounding.round(best.tally.rate, places: 4), worstVariant: worst.key,
                worstRate: OutputRounding.round(worst.tally.rate, places: 4),
                liftDifference: OutputRounding.round(best.tally.rate - worst.tally.rate, places: 4)))
        }
        return WhatPattern.ABTestInsights(testInsights: insights, totalTestsAnalyzed: testOrder.count)
    }

    func linkSection() -> WhatPattern.LinkEffectiveness {
        let withRate = withLinks.total >= SegmentMinimum.standard ? withLinks.rate : nil
        let withoutRate = withoutLinks.total >= SegmentMinimum.standard ? withoutLinks.rate : nil
        var optimal: Int?
        var best = 0.0
        for group in linkCounts.groups(minimumSample: SegmentMinimum.standard) where group.tally.rate > best {
            best = group.tally.rate
            optimal = group.key
        }
        var lift: Double?
        var recommendation = "no_links"
        if let withRate, let withoutRate {
            lift = OutputRounding.round(DetectorStatistics.lift(rate: withRate, baseline: withoutRate), places: 2)
            if withRate > withoutRate { recommendation = "include_links" }
        }
        return WhatPattern.LinkEffectiveness(
            withLinksRate: withRate.map { OutputRounding.round($0, places: 4) },
            withoutLinksRate: withoutRate.map { OutputRounding.round($0, places: 4) },
            linksLift: lift, optimalLinkCount: optimal, recommendation: recommendation)
    }

    func modelSection(baseline: Double) -> WhatPattern.AIModelPerformance {
        let modelRows: [RateRow<ModelKey>] = ranked(models, baseline: baseline)
        let promptRows: [RateRow<PromptVersionKey>] = ranked(prompts, baseline: baseline)
        return WhatPattern.AIModelPerformance(bestModel: modelRows.first, modelRankings: Array(modelRows.prefix(3)),
                                              bestPrompt: promptRows.first, promptRankings: Array(promptRows.prefix(3)))
    }
}
