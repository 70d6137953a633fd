import AgencyCore
import AgencyIntelligence
import AgencyOS
import Foundation
import Testing

/// The same seed and the same `now` give byte-identical data, patterns, weights and suggestions.
@Suite struct DeterminismTests {
    func run() throws -> (data: SyntheticDataset, json: [Data]) {
        let data = SyntheticDataGenerator(configuration: SyntheticConfiguration(seed: 3, leadCount: 1500))
            .generate(now: Fixtures.now)
        let who = WhoDetector().detect(leads: data.leads, now: data.now)
        let what = WhatDetector().detect(activities: data.activities, now: data.now)
        let when = WhenDetector().detect(activities: data.activities, now: data.now)
        let how = HowDetector().detect(leads: data.leads, activities: data.activities, now: data.now)
        let funnel = FunnelDetector().detect(leads: data.leads, input: data.funnel, now: data.now)
        let weights = WeightOptimizer().optimize(leads: data.leads, now: data.now)
        let suggestions = RuleBasedSuggestionGenerator().suggestions(for: SuggestionContext(
            clientId: data.client.id, now: data.now, who: PatternEvidence(who), what: PatternEvidence(what),
            when: PatternEvidence(when), how: PatternEvidence(how), campaigns: data.campaigns))
        let encoder = JSONEncoder.agencyKit
        return (data, [try who.encodedPattern(), try what.encodedPattern(), try when.encodedPattern(), try how.encodedPattern(),
                       try funnel.encodedPattern(), try encoder.encode(weights), try encoder.encode(suggestions)])
    }

    @Test func sameSeedSameNowSameOutput() throws {
        let first = try run()
        let second = try run()
        #expect(first.data.leads == second.data.leads)
        #expect(first.data.activities == second.data.activities)
        #expect(first.data.funnel == second.data.funnel)
        #expect(first.json == second.json)
    }

    @Test func differentSeedDifferentData() {
        let now = Fixtures.now
        let one = SyntheticDataGenerator(configuration: SyntheticConfiguration(seed: 1, leadCount: 50)).generate(now: now)
        let two = SyntheticDataGenerator(configuration: SyntheticConfiguration(seed: 2, leadCount: 50)).generate(now: now)
        #expect(one.leads != two.leads)
    }

    @Test func generatedRowsAreValidAndTriggerConsistent() {
        let data = SyntheticDataGenerator(configuration: SyntheticConfiguration(seed: 5, leadCount: 200)).generate(now: Fixtures.now)
        #expect(data.leads.allSatisfy { $0.violations.isEmpty })
        #expect(data.activities.allSatisfy { $0.violations.isEmpty })
        #expect(data.campaigns.allSatisfy { $0.violations.isEmpty })
        #expect(data.client.violations.isEmpty)
        for lead in data.leads {
            let touches = data.activities.filter { $0.leadId == lead.id }
            #expect(touches.map(\.touchNumber) == Array(1...touches.count).map { Optional($0) })
            #expect(touches.filter(\.ledToBooking).count == (lead.status == .converted ? 1 : 0))
            #expect(touches.allSatisfy { $0.createdAt <= Fixtures.now && $0.createdAt >= lead.createdAt })
            #expect(zip(touches, touches.dropFirst()).allSatisfy { $0.0.createdAt < $0.1.createdAt })
        }
    }
}
