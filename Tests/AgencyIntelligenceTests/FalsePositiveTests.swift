import AgencyCore
import AgencyIntelligence
import AgencyOS
import Foundation
import Testing

/// With no planted effect, no segment shows a lift beyond sampling noise and the rule-based
/// generator suggests nothing.
@Suite struct FalsePositiveTests {
    static let data = Fixtures.neutral
    static let who = WhoDetector().detect(leads: data.leads, now: data.now)
    static let what = WhatDetector().detect(activities: data.activities, now: data.now)
    static let when = WhenDetector().detect(activities: data.activities, now: data.now)
    static let how = HowDetector().detect(leads: data.leads, activities: data.activities, now: data.now)

    /// |rate − baseline| within four standard errors of a segment of `sample` items.
    func expectNoEffect(rate: Double, baseline: Double, sample: Int, _ label: String) {
        let standardError = (baseline * (1 - baseline) / Double(sample)).squareRoot()
        #expect(abs(rate - baseline) <= 4 * standardError + 0.00005, "\(label): rate \(rate), baseline \(baseline), n \(sample)")
    }

    @Test func whoShowsNoLift() {
        let pattern = Self.who.pattern
        let baseline = pattern.baselineConversionRate
        for row in pattern.titleRankings { expectNoEffect(rate: row.conversionRate, baseline: baseline, sample: row.sample, row.title) }
        for row in pattern.industryRankings {
            expectNoEffect(rate: row.conversionRate, baseline: baseline, sample: row.sample, row.industry)
        }
        for row in pattern.sizeAnalysis.distribution {
            expectNoEffect(rate: row.conversionRate, baseline: baseline, sample: row.sample, row.range)
        }
        for lift in [pattern.timingSignals.newRoleLift, pattern.timingSignals.hiringLift, pattern.timingSignals.fundedLift] {
            #expect(abs(lift - 1) < 0.15)
        }
    }

    @Test func whenAndWhatShowNoLift() throws {
        let when = Self.when.pattern
        let baseline = try #require(when.baselineConversionRate)
        for row in when.bestDays { expectNoEffect(rate: row.conversionRate, baseline: baseline, sample: row.sample, row.day) }
        for row in when.bestHours {
            expectNoEffect(rate: row.conversionRate, baseline: baseline, sample: row.sample, "hour \(row.hour)")
        }
        let what = Self.what.pattern
        let whatBaseline = try #require(what.baselineConversionRate)
        for row in what.ctas.effective {
            expectNoEffect(rate: row.conversionRate, baseline: whatBaseline, sample: row.sample, row.value)
        }
        for row in what.angles.rankings {
            expectNoEffect(rate: row.conversionRate, baseline: whatBaseline, sample: row.sample, row.value)
        }
        for row in what.templatePerformance.topTemplates {
            expectNoEffect(rate: row.conversionRate, baseline: whatBaseline, sample: row.sample, row.value)
        }
        #expect(what.painPoints.effective.allSatisfy { $0.lift < 1.2 })
    }

    @Test func howShowsNoLift() throws {
        let how = Self.how.pattern
        let baseline = try #require(how.baselineConversionRate)
        for row in how.channelEffectiveness {
            expectNoEffect(rate: row.conversionRate, baseline: baseline, sample: row.sample, row.value)
        }
        for row in how.sequencePatterns.winningSequences {
            expectNoEffect(rate: row.conversionRate, baseline: baseline, sample: row.sample, row.value)
        }
    }

    @Test func noSuggestionWithoutAnEffect() {
        let context = SuggestionContext(
            clientId: Self.data.client.id, now: Self.data.now, who: PatternEvidence(Self.who), what: PatternEvidence(Self.what),
            when: PatternEvidence(Self.when), how: PatternEvidence(Self.how), campaigns: Self.data.campaigns)
        #expect(RuleBasedSuggestionGenerator().suggestions(for: context).isEmpty)
    }

    @Test func plantedEffectsAreSuggested() {
        let data = Fixtures.planted
        let context = SuggestionContext(
            clientId: data.client.id, now: data.now,
            who: PatternEvidence(SyntheticRecoveryTests.whoDetection), what: PatternEvidence(SyntheticRecoveryTests.whatDetection),
            when: PatternEvidence(SyntheticRecoveryTests.whenDetection), how: PatternEvidence(SyntheticRecoveryTests.howDetection),
            campaigns: data.campaigns)
        let suggestions = RuleBasedSuggestionGenerator().suggestions(for: context)
        let types = Set(suggestions.map(\.suggestionType))
        #expect(types.contains(.refineTargeting))
        #expect(types.contains(.changeChannelMix))
        #expect(types.contains(.updateContent))
        #expect(suggestions.count <= 7)
        #expect(suggestions.map(\.priority) == suggestions.map(\.priority).sorted(by: >))
        for suggestion in suggestions {
            #expect(suggestion.violations.isEmpty)
            #expect(suggestion.status == .pending)
            #expect(suggestion.id.isUnassigned)
            #expect(suggestion.expiresAt == data.now.adding(days: 14))
            #expect(suggestion.confidence.doubleValue >= SuggestionPolicy().floor(for: suggestion.suggestionType))
            #expect(suggestion.confidence.scale <= 2)
        }
    }
}
