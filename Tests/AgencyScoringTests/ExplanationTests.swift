import AgencyCore
import AgencyOS
import Foundation
import Testing
@testable import AgencyScoring

/// Explanations: every signal with its trigger, the breakdown reproducing the total,
/// Codable round trips, and recording a score on Lead / LeadPool rows.
@Suite struct ExplanationTests {
    @Test func fixtureExplanationListsEverySignal() {
        let explanation = Fixture.scorer.score(Fixture.lead).explanation
        #expect(explanation.signals.map(\.name) == [
            .emailVerified, .phoneVerified, .linkedinURL, .personalEmail, .titleAuthority, .industryMatch,
            .employeeCount, .country, .newRole, .hiring, .recentFunding,
        ])
        let title = explanation.signals.first { $0.name == .titleAuthority }
        #expect(title == ALSSignal(group: .authority, name: .titleAuthority, points: 25, value: "CEO", detail: "ceo"))
        let role = explanation.signals.first { $0.name == .newRole }
        #expect(role?.value == "2025-11-24")
        #expect(role?.detail == "60 days in role")
        #expect(explanation.components.map(\.rawPoints) == [20, 25, 25, 15, 15])
        #expect(explanation.components.map(\.weightedPoints).reduce(0, +) >= 100)
        #expect(explanation.total == 100)
        #expect(explanation.reproducedTotal == 100)
        #expect(explanation.isConsistent)
    }

    @Test func riskDeductionsAreExplainedAndFloored() {
        let lead = Fixture.lead {
            $0.bounceCount = 2
            $0.status = .unsubscribed
            $0.domain = "rival.com"
            $0.title = "Sales Assistant"
        }
        let configuration = ALSScoringConfiguration(today: Fixture.today, competitorDomains: ["rival.com"])
        let score = ALSScorer(configuration: configuration).score(lead)
        let risk = score.explanation.signals(in: .risk)
        #expect(risk.map(\.name) == [.bounced, .unsubscribed, .competitorDomain, .badTitle])
        #expect(risk.map(\.points) == [-10, -15, -15, -5])
        #expect(risk.map(\.value) == ["bounce_count = 2", "status = unsubscribed", "rival.com", "Sales Assistant"])
        #expect(risk.last?.detail == "assistant")
        #expect(score.points.risk == 0)
        #expect(score.explanation.components[4].basePoints == 15)
        #expect(score.explanation.isConsistent)
    }

    @Test func tamperedExplanationIsInconsistent() {
        var explanation = Fixture.scorer.score(Fixture.lead).explanation
        explanation.signals.removeFirst()
        #expect(!explanation.isConsistent)
        var other = Fixture.scorer.score(Fixture.lead).explanation
        other.total = 99
        #expect(!other.isConsistent)
    }

    @Test func explanationRoundTripsThroughJSON() throws {
        let weights = try Fixture.weights(0.15, 0.30, 0.25, 0.20, 0.10)
        let scorer = ALSScorer(configuration: ALSScoringConfiguration(today: Fixture.today, weights: .learned(weights)))
        let explanation = scorer.score(Fixture.lead { $0.domain = "acme.com" }, buyerSignal: ALSBuyerSignal(buyerScore: 70))
            .explanation
        let data = try JSONEncoder.agencyKit.encode(explanation)
        let decoded = try JSONDecoder.agencyKit.decode(ALSExplanation.self, from: data)
        #expect(decoded == explanation)
        #expect(decoded.isConsistent)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"weight_source\""))
        #expect(text.contains("\"weighted_points\""))
        #expect(text.contains("\"buyer_boost\""))
    }

    @Test func storedComponentsCarryPointsAndSignals() throws {
        let score = Fixture.scorer.score(Fixture.lead { $0.bounceCount = 1 })
        let stored = score.storedComponents
        let storedPoints: [Int] = [stored.dataQuality, stored.authority, stored.companyFit, stored.timing, stored.risk]
        #expect(storedPoints == [20, 25, 25, 15, 5])
        let bounce = try #require(stored.signals?.first { $0.name == "bounced" })
        #expect(bounce == ALSSignalRecord(component: "risk", name: "bounced", points: -10, value: "bounce_count = 1"))
        let json = try JSONValue(encoding: stored)
        #expect(try json.decode(as: ALSComponents.self) == stored)
    }

    @Test func recordingUpdatesEveryScoreColumn() throws {
        let now = try #require(Timestamp(year: 2026, month: 1, day: 23, hour: 9))
        let score = Fixture.scorer.score(Fixture.lead { $0.bounceCount = 1 })
        let lead = Fixture.lead { $0.bounceCount = 1 }.recording(score, scoredAt: now)
        #expect(lead.alsScore == 90)
        #expect(lead.alsTier == .hot)
        let columns: [Int?] = [lead.alsDataQuality, lead.alsAuthority, lead.alsCompanyFit, lead.alsTiming, lead.alsRisk]
        #expect(columns == [20, 25, 25, 15, 5])
        #expect(lead.alsComponents == score.storedComponents)
        #expect(lead.alsWeightsUsed == ALSWeights.defaults.dictionary)
        #expect(lead.scoredAt == now)
        #expect(lead.status == .scored)
    }

    @Test(arguments: [
        (LeadStatus.new, LeadStatus.scored), (.enriched, .scored), (.scored, .scored), (.inSequence, .inSequence),
        (.converted, .converted), (.unsubscribed, .unsubscribed), (.bounced, .bounced),
    ])
    func recordingPromotesOnlyNewAndEnriched(before: LeadStatus, after: LeadStatus) {
        let lead = Fixture.lead { $0.status = before }
        #expect(lead.recording(Fixture.scorer.score(lead), scoredAt: .unassigned).status == after)
    }

    @Test func recordingIsIdempotent() {
        let lead = Fixture.lead
        let once = lead.recording(Fixture.scorer.score(lead), scoredAt: .unassigned)
        let twice = once.recording(Fixture.scorer.score(once), scoredAt: .unassigned)
        #expect(once == twice)
    }

    @Test func recordingOnPoolLeads() throws {
        let now = try #require(Timestamp(year: 2026, month: 1, day: 23))
        let pool = Fixture.pool {
            $0.emailStatus = .catchAll
            $0.title = "Head of Sales"
        }
        let score = Fixture.scorer.score(pool)
        let recorded = pool.recording(score, scoredAt: now)
        #expect(recorded.alsScore == 5 + 15 + 15)
        #expect(recorded.alsTier == .cool)
        #expect(recorded.alsComponents?.signals?.map(\.name) == ["email_status", "title_authority"])
        #expect(recorded.scoredAt == now)
        #expect(score.path == .pool)
    }
}
