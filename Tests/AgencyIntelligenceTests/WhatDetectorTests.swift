import AgencyCore
import AgencyIntelligence
import AgencyOS
import Foundation
import Testing

@Suite struct WhatDetectorTests {
    let factory = ActivityFactory()
    let detector = WhatDetector()

    func detect(_ activities: [Activity]) -> WhatPattern {
        detector.detect(activities: activities, now: Fixtures.now).pattern
    }

    /// D#14: a 0.0 rate is a value, not "missing".
    @Test func zeroLinkRateIsReported() throws {
        let activities = factory.batch(10, converted: 0) { $0.linksIncluded = ["https://a.example"] }
            + factory.batch(20, converted: 5)
        let links = detect(activities).linkEffectiveness
        #expect(links == WhatPattern.LinkEffectiveness(withLinksRate: 0.0, withoutLinksRate: 0.25, linksLift: 0.0,
                                                       optimalLinkCount: nil, recommendation: "no_links"))
        let reversed = factory.batch(10, converted: 3) { $0.linksIncluded = ["a", "b", "c", "d", "e", "f"] }
            + factory.batch(20, converted: 0)
        let other = detect(reversed).linkEffectiveness
        #expect(other == WhatPattern.LinkEffectiveness(withLinksRate: 0.3, withoutLinksRate: 0.0, linksLift: 1.0,
                                                       optimalLinkCount: 5, recommendation: "include_links"))
        let json = try JSONValue(encoding: links)
        #expect(json["with_links_rate"] == 0)
        #expect(json["optimal_link_count"] == .null)
    }

    @Test func painPointsSplitByLift() {
        // Baseline 10/40 = 0.25. "leads": 5 of 10 convert (lift 2.0); "cost": 0 of 10 (lift 0);
        // "time": 5 of 20 (lift 1.0, dropped); "quality": 3 of 10 (lift 1.2).
        var activities = factory.batch(10, converted: 5) { $0.contentSnapshot?.painPointsUsed = ["leads"] }
        activities += factory.batch(10, converted: 0) { $0.contentSnapshot?.painPointsUsed = ["cost"] }
        activities += factory.batch(10, converted: 2) { $0.contentSnapshot?.painPointsUsed = ["time"] }
        activities += factory.batch(10, converted: 3) { $0.contentSnapshot?.painPointsUsed = ["time", "quality"] }
        let pains = detect(activities).painPoints
        #expect(pains.effective == [WhatPattern.PainPointLift(painPoint: "leads", frequency: 0.25, lift: 2.0),
                                    WhatPattern.PainPointLift(painPoint: "quality", frequency: 0.25, lift: 1.2)])
        #expect(pains.ineffective == [WhatPattern.PainPointLift(painPoint: "cost", frequency: 0.25, lift: 0.0)])
    }

    @Test func subjectsMustBeatTheBaseline() {
        var activities = factory.batch(10, converted: 6) { $0.contentSnapshot?.subject = "Quick question about Acme" }
        activities += factory.batch(10, converted: 1) { $0.contentSnapshot?.subject = "Idea for Acme" }
        activities += factory.batch(20, converted: 1) { $0.contentSnapshot?.subject = "" }
        let winning = detect(activities).subjectPatterns.winning
        #expect(winning.map(\.value) == ["question_about", "quick_question"])
        #expect(winning.map(\.conversionRate) == [0.6, 0.6])
    }

    @Test func ctasAnglesLengthAndPersonalization() {
        var activities = factory.batch(10, converted: 4) {
            $0.contentSnapshot = ContentSnapshot(body: "We helped clients like you save money", ctaUsed: "quick call",
                                                 channel: "linkedin", wordCount: 40, hasFirstName: true)
        }
        activities += factory.batch(20, converted: 2) {
            $0.contentSnapshot = ContentSnapshot(body: "Just checking in", ctaUsed: "", wordCount: 100,
                                                 hasCompanyMention: true)
        }
        let pattern = detect(activities)
        #expect(pattern.ctas.effective == [RateRow(value: "quick call", conversionRate: 0.4, sample: 10)])
        #expect(pattern.angles.rankings.map(\.value) == ["roi_focused", "social_proof"])
        #expect(pattern.optimalLength["linkedin"] == WhatPattern.OptimalLength(optimalWords: 40, rangeMin: 15, rangeMax: 65))
        #expect(pattern.optimalLength["email"] == WhatPattern.OptimalLength(optimalWords: 100, rangeMin: 75, rangeMax: 125))
        #expect(pattern.personalizationLift["first_name"] == 2.0)
        #expect(pattern.personalizationLift["company_mention"] == 0.5)
        #expect(pattern.personalizationLift["recent_news"] == 1.0)
        #expect(pattern.personalizationLift.count == 5)
    }

    @Test func templatesAndModels() throws {
        let templates = (0..<5).map { _ in UUID() }
        var activities: [Activity] = []
        for (index, template) in templates.enumerated() {
            activities += factory.batch(6, converted: 5 - index) {
                $0.templateId = template
                $0.aiModelUsed = index < 2 ? "model-a" : "model-b"
                $0.promptVersion = "v\(index)"
            }
        }
        let rare = UUID()
        activities += factory.batch(4, converted: 0) { $0.templateId = rare }
        let pattern = detect(activities)
        let performance = pattern.templatePerformance
        #expect(performance.topTemplates.map(\.value) == templates.map { $0.uuidString.lowercased() })
        #expect(performance.bottomTemplates.map(\.value) == templates.suffix(3).map { $0.uuidString.lowercased() })
        #expect(performance.totalTemplatesAnalyzed == 6)
        let models = pattern.aiModelPerformance
        #expect(models.bestModel?.value == "model-a")
        #expect(models.modelRankings.count == 2)
        #expect(models.promptRankings.map(\.value) == ["v0", "v1", "v2"])
        #expect(try JSONValue(encoding: models)["best_model"]?["model"] == "model-a")
    }

    @Test func abTestsTakeFirstSeenVariantOnTies() {
        let test = UUID()
        var activities = factory.batch(5, converted: 1) { $0.abTestId = test; $0.abVariant = "A" }
        activities += factory.batch(5, converted: 3) { $0.abTestId = test; $0.abVariant = "B" }
        activities += factory.batch(5, converted: 1) { $0.abTestId = test; $0.abVariant = "C" }
        activities += factory.batch(4, converted: 4) { $0.abTestId = test; $0.abVariant = "D" }
        let other = UUID()
        activities += factory.batch(5, converted: 0) { $0.abTestId = other; $0.abVariant = "A" }
        activities += factory.batch(6, converted: 0)
        let insights = detect(activities).abTestInsights
        #expect(insights.totalTestsAnalyzed == 2)
        #expect(insights.testInsights == [WhatPattern.ABTestInsight(
            testId: test.uuidString.lowercased(), bestVariant: "B", bestRate: 0.6, worstVariant: "A", worstRate: 0.2,
            liftDifference: 0.4)])
    }

    @Test func sampleIsOutboundWithSnapshotInWindow() {
        var activities = factory.batch(30, converted: 3)
        activities.append(factory.make(action: "opened"))
        activities.append(factory.make(snapshot: nil))
        activities.append(factory.make(daysAgo: 91))
        activities.append(factory.make(channel: .voice, action: "voice_completed"))
        #expect(detector.detect(activities: activities, now: Fixtures.now).sampleSize == 30)
    }

    /// §4 default, §12a #12.
    @Test func defaultPattern() throws {
        let detection = detector.detect(activities: factory.batch(29, converted: 2), now: Fixtures.now)
        #expect(detection.isDefault)
        let json = try detection.patternJSON()
        #expect(json["baseline_conversion_rate"] == nil)
        #expect(json["version"] == "2.0")
        #expect(json["note"] == "Insufficient data for pattern detection.")
        #expect(json["link_effectiveness"] == ["with_links_rate": nil, "without_links_rate": nil, "recommendation": "unknown"])
        #expect(json["template_performance"] == ["top_templates": [], "bottom_templates": [], "total_templates_analyzed": 0])
        #expect(json["ai_model_performance"] == ["best_model": nil, "model_rankings": [], "best_prompt": nil, "prompt_rankings": []])
        #expect(json["optimal_length"] == [:])
        #expect(json["personalization_lift"] == [:])
    }
}
