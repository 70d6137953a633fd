import AgencyCore
import AgencyIntelligence
import AgencyOS
import Foundation
import Testing

@Suite struct SuggestionGeneratorTests {
    let generator = RuleBasedSuggestionGenerator()

    func context(who: WhoPattern? = nil, what: WhatPattern? = nil, when: WhenPattern? = nil, how: HowPattern? = nil,
                 campaigns: [Campaign] = [], confidence: Double = 0.95) -> SuggestionContext {
        SuggestionContext(clientId: Fixtures.clientId, now: Fixtures.now,
                          who: who.map { PatternFactory.evidence($0, confidence: confidence) },
                          what: what.map { PatternFactory.evidence($0, confidence: confidence) },
                          when: when.map { PatternFactory.evidence($0, confidence: confidence) },
                          how: how.map { PatternFactory.evidence($0, confidence: confidence) }, campaigns: campaigns)
    }

    @Test func refineTargetingCitesThePattern() throws {
        let who = PatternFactory.who(titles: [
            WhoPattern.TitleRanking(title: "ceo", conversionRate: 0.3, sample: 200, lift: 3.0),
            WhoPattern.TitleRanking(title: "cmo", conversionRate: 0.14, sample: 300, lift: 1.4),
            WhoPattern.TitleRanking(title: "owner", conversionRate: 0.4, sample: 10, lift: 4.0),
        ])
        let targeting = [PatternFactory.campaign("Execs", leads: 10, replied: 1, converted: 0, titles: ["CEO"])]
        let suggestions = generator.suggestions(for: context(who: who, campaigns: targeting))
        let suggestion = try #require(suggestions.first)
        #expect(suggestions.count == 1)
        #expect(suggestion.suggestionType == .refineTargeting)
        #expect(suggestion.patternTypes == [.who])
        #expect(suggestion.title == "Refine targeting toward ceo")
        #expect(suggestion.description.contains("30.0%") && suggestion.description.contains("10.0%")
            && suggestion.description.contains("3.00×") && suggestion.description.contains("200 leads"))
        #expect(suggestion.confidence == SQLNumeric(0.95))
        // round(20 + 50·min(1, (3 − 1) / 2) + 30·0.95) = round(98.5) = 98 (half to even).
        #expect(suggestion.priority == 98)
        #expect(suggestion.recommendedAction["titles"] == ["ceo"])
        #expect(suggestion.rationale["primary"]?["lift"] == 3)
        #expect(suggestion.rationale["primary"]?["sample"] == 200)
        #expect(suggestion.projectedImprovement?["projected"] == 0.15)
        #expect(suggestion.expiresAt == Fixtures.now.adding(days: 14))
        #expect(suggestion.generatedAt == Fixtures.now)
        #expect(suggestion.status == .pending)
        #expect(suggestion.violations.isEmpty)
    }

    @Test func contentTimingAndChannelRules() {
        let what = PatternFactory.what(ctas: [RateRow(value: "quick call", conversionRate: 0.08, sample: 5000)])
        let when = PatternFactory.when(days: [WhenPattern.DayRate(day: "Tuesday", dayIndex: 2, conversionRate: 0.06, sample: 10_000),
                                              WhenPattern.DayRate(day: "Monday", dayIndex: 1, conversionRate: 0.05, sample: 10_000)],
                                       hours: [WhenPattern.HourRate(hour: 0, conversionRate: 0.07, sample: 4000)])
        let how = PatternFactory.how(channels: [RateRow(value: "linkedin", conversionRate: 0.32, sample: 2000, lift: 1.6),
                                                RateRow(value: "email", conversionRate: 0.2, sample: 5000, lift: 1.0)],
                                     sequences: [RateRow(value: "email\u{2192}linkedin\u{2192}email", conversionRate: 0.25,
                                                         sample: 900)])
        let suggestions = generator.suggestions(for: context(what: what, when: when, how: how))
        #expect(Set(suggestions.map(\.suggestionType)) == [.updateContent, .adjustTiming, .changeChannelMix])
        let timing = suggestions.first { $0.suggestionType == .adjustTiming }
        #expect(timing?.recommendedAction["work_days"] == [2])
        #expect(timing?.recommendedAction["send_hours"] == [0])
        let channel = suggestions.first { $0.suggestionType == .changeChannelMix }
        #expect(channel?.recommendedAction["favor_channels"] == ["linkedin"])
        #expect(channel?.recommendedAction["favor_sequences"] == [])
    }

    @Test func perTypeConfidenceFloors() {
        let what = PatternFactory.what(ctas: [RateRow(value: "quick call", conversionRate: 0.08, sample: 5000)])
        let how = PatternFactory.how(channels: [RateRow(value: "linkedin", conversionRate: 0.4, sample: 2000, lift: 2.0)])
        let types = generator.suggestions(for: context(what: what, how: how, confidence: 0.75)).map(\.suggestionType)
        // 0.75 passes update_content's 0.70 floor but not change_channel_mix's 0.80.
        #expect(types == [.updateContent])
        #expect(SuggestionPolicy().floor(for: .createCampaign) == 0.8)
        #expect(SuggestionPolicy().floor(for: .pauseCampaign) == 0.7)
    }

    @Test func weakOrSmallSegmentsDoNotTrigger() {
        let who = PatternFactory.who(titles: [WhoPattern.TitleRanking(title: "ceo", conversionRate: 0.16, sample: 25, lift: 1.6)])
        // z = 0.06 / √(0.09 / 25) = 1.0 → Φ = 0.84, over 4 segments examined: 0.84⁴ · 0.95 ≈ 0.48 < 0.70;
        // as an untapped segment it barely clears 15 % (z = 0.14): 0.56 · 0.95 < 0.80.
        #expect(generator.suggestions(for: context(who: who)).isEmpty)
    }

    @Test func pauseCampaign() throws {
        let quiet = PatternFactory.campaign("Quiet", leads: 400, replied: 1, converted: 0)
        let campaigns = [quiet, PatternFactory.campaign("Young", leads: 80, replied: 0, converted: 0),
                         PatternFactory.campaign("Paused", leads: 500, replied: 0, converted: 0, status: .paused),
                         PatternFactory.campaign("Healthy", leads: 400, replied: 40, converted: 0)]
        let suggestions = generator.suggestions(for: context(campaigns: campaigns))
        let suggestion = try #require(suggestions.first)
        #expect(suggestions.count == 1)
        #expect(suggestion.suggestionType == .pauseCampaign)
        #expect(suggestion.campaignId == quiet.id)
        // z = (0.01 − 0.0025) / √(0.01·0.99/400) = 1.5076 → Φ = 0.934.
        #expect(suggestion.confidence == SQLNumeric(0.93))
        #expect(suggestion.recommendedAction["campaign_id"] == .string(quiet.id.description))
        #expect(suggestion.violations.isEmpty)
    }

    @Test func adjustAllocation() throws {
        let best = PatternFactory.campaign("Best", leads: 200, replied: 60, converted: 40)
        let campaigns = [PatternFactory.campaign("B", leads: 300, replied: 30, converted: 15), best,
                         PatternFactory.campaign("C", leads: 300, replied: 30, converted: 15)]
        let suggestion = try #require(generator.suggestions(for: context(campaigns: campaigns)).first)
        #expect(suggestion.suggestionType == .adjustAllocation)
        #expect(suggestion.campaignId == best.id)
        #expect(suggestion.priority == 100)
        #expect(suggestion.rationale["ratio"] == 4)
        let even = [PatternFactory.campaign("A", leads: 300, replied: 30, converted: 20),
                    PatternFactory.campaign("B", leads: 300, replied: 30, converted: 15)]
        #expect(generator.suggestions(for: context(campaigns: even)).isEmpty)
    }

    @Test func createCampaignForAnUntappedSegment() throws {
        let who = PatternFactory.who(industries: [
            WhoPattern.IndustryRanking(industry: "Healthcare", conversionRate: 0.3, sample: 300, lift: 1.2),
            WhoPattern.IndustryRanking(industry: "SaaS", conversionRate: 0.35, sample: 300, lift: 1.4),
        ])
        let targeted = [PatternFactory.campaign("SaaS", leads: 10, replied: 1, converted: 0, industries: [" saas "])]
        let suggestion = try #require(generator.suggestions(for: context(who: who, campaigns: targeted)).first)
        #expect(suggestion.suggestionType == .createCampaign)
        #expect(suggestion.campaignId == nil)
        #expect(suggestion.recommendedAction["target_industries"] == ["Healthcare"])
        let all = targeted + [PatternFactory.campaign("Care", leads: 10, replied: 1, converted: 0, industries: ["healthcare"])]
        #expect(generator.suggestions(for: context(who: who, campaigns: all)).isEmpty)
        let titles = PatternFactory.who(titles: [WhoPattern.TitleRanking(title: "ceo", conversionRate: 0.3, sample: 300, lift: 1.2)])
        let ceoCampaign = [PatternFactory.campaign("Execs", leads: 10, replied: 1, converted: 0, titles: ["Chief Executive Officer"])]
        #expect(generator.suggestions(for: context(who: titles, campaigns: ceoCampaign)).isEmpty)
    }

    @Test func atMostSevenByPriority() {
        let campaigns = (0..<10).map { PatternFactory.campaign("C\($0)", leads: 200 + 100 * $0, replied: 0, converted: 0) }
        let suggestions = generator.suggestions(for: context(campaigns: campaigns))
        #expect(suggestions.count == 7)
        #expect(suggestions.map(\.priority) == suggestions.map(\.priority).sorted(by: >))
        // Priorities 98, 99, 99, then 100 for the seven largest campaigns, kept in input order.
        #expect(suggestions.map(\.campaignId) == campaigns.suffix(7).map(\.id))
    }

    @Test func policyValidatesSuggestions() {
        func suggestion(title: String = "t", priority: Int = 50, confidence: SQLNumeric = 0.9) -> CampaignSuggestion {
            CampaignSuggestion(clientId: Fixtures.clientId, suggestionType: .updateContent, title: title, description: "d",
                               recommendedAction: ["action": "x"], confidence: confidence, priority: priority,
                               generatedAt: Fixtures.now, expiresAt: Fixtures.now.adding(days: 14))
        }
        let policy = SuggestionPolicy()
        let kept = policy.finalize([suggestion(priority: 0), suggestion(title: ""), suggestion(confidence: 1.5),
                                    suggestion(priority: 40), suggestion(confidence: 0.5), suggestion(priority: 90)])
        #expect(kept.map(\.priority) == [90, 40])
    }

    @Test func contextFromStoredPatterns() async throws {
        let who = PatternFactory.who(titles: [WhoPattern.TitleRanking(title: "ceo", conversionRate: 0.3, sample: 200, lift: 3.0)])
        let stale = ConversionPattern(clientId: Fixtures.clientId, patternType: .who,
                                      patterns: try JSONValue(encoding: PatternFactory.who()), sampleSize: 100, confidence: 0.9,
                                      computedAt: Fixtures.now.adding(days: -20), validUntil: Fixtures.now.adding(days: -6))
        let current = ConversionPattern(clientId: Fixtures.clientId, patternType: .who, patterns: try JSONValue(encoding: who),
                                        sampleSize: 2000, confidence: 0.95, computedAt: Fixtures.now.adding(days: -1),
                                        validUntil: Fixtures.now.adding(days: 13))
        let context = try SuggestionContext(clientId: Fixtures.clientId, now: Fixtures.now, patterns: [current, stale],
                                            campaigns: [])
        #expect(context.who?.pattern == who)
        #expect(context.what == nil)
        #expect(context.patternSnapshot["who"]?["sample_size"] == 2000)
        let generated: any SuggestionGenerator = generator
        let suggestions = try await generated.generateSuggestions(for: context)
        #expect(suggestions.map(\.suggestionType) == [.refineTargeting, .createCampaign])
        #expect(suggestions.first?.patternSnapshot == context.patternSnapshot)
    }
}
