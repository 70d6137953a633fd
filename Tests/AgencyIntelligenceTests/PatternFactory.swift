import AgencyCore
import AgencyIntelligence
import AgencyOS
import Foundation

/// Hand-built patterns for the suggestion and refinement tests.
enum PatternFactory {
    static func who(baseline: Double = 0.1, titles: [WhoPattern.TitleRanking] = [],
                    industries: [WhoPattern.IndustryRanking] = [],
                    size: WhoPattern.SizeAnalysis = WhoPattern.SizeAnalysis(sweetSpot: nil, sweetSpotRate: 0, distribution: []),
                    signals: WhoPattern.TimingSignals = WhoPattern.TimingSignals(newRoleLift: 1, hiringLift: 1, fundedLift: 1))
        -> WhoPattern {
        WhoPattern(computedAt: Fixtures.now.naiveISOText, sampleSize: 2000, baselineConversionRate: baseline,
                   titleRankings: titles, industryRankings: industries, sizeAnalysis: size, timingSignals: signals,
                   objectionPatterns: WhoPattern.ObjectionPatterns(byIndustry: [:], byCompanySize: [:], overallDistribution: []))
    }

    static func what(baseline: Double = 0.04, ctas: [RateRow<CallToActionKey>] = []) -> WhatPattern {
        var pattern = WhatPattern.defaultPattern(computedAt: Fixtures.now.naiveISOText)
        pattern.note = nil
        pattern.sampleSize = 50_000
        pattern.baselineConversionRate = baseline
        pattern.ctas = WhatPattern.CallsToAction(effective: ctas)
        return pattern
    }

    static func when(baseline: Double = 0.04, days: [WhenPattern.DayRate] = [], hours: [WhenPattern.HourRate] = [])
        -> WhenPattern {
        var pattern = WhenPattern.defaultPattern(computedAt: Fixtures.now.naiveISOText)
        pattern.note = nil
        pattern.sampleSize = 50_000
        pattern.baselineConversionRate = baseline
        pattern.bestDays = days
        pattern.bestHours = hours
        return pattern
    }

    static func how(baseline: Double = 0.2, channels: [RateRow<ChannelKey>] = [],
                    sequences: [RateRow<SequenceKey>] = []) -> HowPattern {
        var pattern = HowPattern.defaultPattern(computedAt: Fixtures.now.naiveISOText)
        pattern.note = nil
        pattern.sampleSize = 5000
        pattern.baselineConversionRate = baseline
        pattern.channelEffectiveness = channels
        pattern.sequencePatterns = HowPattern.SequencePatterns(winningSequences: sequences)
        return pattern
    }

    static func evidence<P>(_ pattern: P, confidence: Double = 0.95) -> PatternEvidence<P> {
        PatternEvidence(pattern: pattern, confidence: confidence, sampleSize: 2000, computedAt: Fixtures.now)
    }

    static func campaign(_ name: String, leads: Int, replied: Int, converted: Int, status: CampaignStatus = .active,
                         industries: [String]? = nil, titles: [String]? = nil) -> Campaign {
        Campaign(id: ID(UUID()), clientId: Fixtures.clientId, name: name, status: status, leadCount: leads,
                 targetIndustries: industries, targetTitles: titles, leadsReplied: replied, leadsConverted: converted)
    }
}
