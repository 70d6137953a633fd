import AgencyCore
import AgencyOS
import Foundation
import Testing
@testable import AgencyScoring

/// The buyer-signal boost and its reasons; the LinkedIn boost, its cap and lenient parsing.
@Suite struct BoostTests {
    @Test(arguments: [(50, 7), (60, 9), (70, 10), (80, 12), (90, 13), (100, 15), (120, 15), (6, 0), (0, 0), (-20, 0)])
    func buyerBoostIsFloorOfFifteenPercentCapped(buyerScore: Int, boost: Int) {
        #expect(ALSBuyerSignal(buyerScore: buyerScore).boost == boost)
    }

    @Test(arguments: [
        (nil, "Known agency services buyer"), (1, "Known agency services buyer"),
        (2, "Has bought agency services before (2x)"), (3, "Repeat agency buyer (3x)"), (7, "Repeat agency buyer (7x)"),
    ] as [(Int?, String)])
    func buyerReasons(times: Int?, reason: String) {
        #expect(ALSBuyerSignal(buyerScore: 60, timesBought: times).reason == reason)
    }

    @Test func buyerBoostIsAddedAfterWeightingAndNeedsADomain() {
        let signal = ALSBuyerSignal(buyerScore: 60, timesBought: 2)
        let base = Fixture.bare { $0.domain = "acme.com" }
        #expect(Fixture.scorer.score(base, buyerSignal: signal).total == 15 + 9)
        #expect(Fixture.scorer.score(Fixture.bareLead, buyerSignal: signal).buyerBoost == 0, "no domain, no boost")
        let signalRecord = Fixture.scorer.score(base, buyerSignal: signal).signals.last
        #expect(signalRecord?.name == .buyerSignal)
        #expect(signalRecord?.points == 9)
        #expect(signalRecord?.detail == "Has bought agency services before (2x)")
        #expect(Fixture.scorer.score(Fixture.lead { $0.domain = "acme.com" }, buyerSignal: signal).total == 100, "clamped")
    }

    static let fullEnrichment: JSONValue = [
        "linkedin_person": [
            "posts": [["posted_date": "2026-01-10T08:00:00Z", "text": "hello"], ["posted_date": "2025-06-01"]],
            "connections": "500+",
        ],
        "linkedin_company": ["posts": [["text": "news"]], "followers": "1,200"],
    ]

    @Test func linkedInBoostReachesItsCapOfTen() {
        let activity = ALSLinkedInActivity(enrichmentData: Self.fullEnrichment)
        #expect(activity == ALSLinkedInActivity(
            personPostCount: 2, latestPersonPostDate: LocalDate(year: 2026, month: 1, day: 10), connections: 500,
            companyPostCount: 1, companyFollowers: 1200))
        let score = Fixture.scorer.score(Fixture.pool { $0.enrichmentData = Self.fullEnrichment })
        #expect(score.linkedInBoost == 10)
        #expect(score.total == 15 + 10, "risk 15 plus the LinkedIn boost")
    }

    @Test func connectionsWrittenAs500PlusCountAs500() {
        let enrichment: JSONValue = ["linkedin_person": ["connections": "500+"]]
        let score = Fixture.scorer.score(Fixture.pool { $0.enrichmentData = enrichment })
        #expect(score.linkedInBoost == 2)
        #expect(score.signals.contains { $0.name == .linkedinConnections && $0.value == "500 connections" })
        #expect(ALSLinkedInActivity.count(from: "499") == 499)
        #expect(ALSLinkedInActivity.count(from: "many") == nil)
        #expect(ALSLinkedInActivity.count(from: 812) == 812)
    }

    @Test(arguments: [(30, 4), (31, 3), (-2, 4)])
    func recentPostWithinThirtyDays(daysAgo: Int, boost: Int) {
        let activity = ALSLinkedInActivity(personPostCount: 1, latestPersonPostDate: Fixture.today.adding(days: -daysAgo))
        #expect(Fixture.scorer.score(Fixture.barePool, linkedInActivity: activity).linkedInBoost == boost)
    }

    @Test func thresholdsAndEmptyData() {
        func boost(_ activity: ALSLinkedInActivity) -> Int {
            Fixture.scorer.score(Fixture.barePool, linkedInActivity: activity).linkedInBoost
        }
        #expect(boost(ALSLinkedInActivity(connections: 499, companyFollowers: 999)) == 0)
        #expect(boost(ALSLinkedInActivity(connections: 500, companyFollowers: 1000)) == 4)
        #expect(boost(ALSLinkedInActivity(latestPersonPostDate: Fixture.today)) == 0, "recency needs posts")
        #expect(boost(ALSLinkedInActivity(companyPostCount: 3)) == 2)
        #expect(ALSLinkedInActivity(enrichmentData: .emptyObject) == ALSLinkedInActivity())
        #expect(ALSLinkedInActivity(enrichmentData: "not json") == ALSLinkedInActivity())
    }

    @Test func enrichmentDataAsJSONString() throws {
        let text = String(decoding: try JSONEncoder().encode(Self.fullEnrichment), as: UTF8.self)
        #expect(ALSLinkedInActivity(enrichmentData: .string(text)).connections == 500)
    }

    @Test func leadPathHasNoLinkedInBoostAndPoolTotalsClamp() {
        let pool = Fixture.pool {
            $0.emailStatus = .verified
            $0.phone = "+61400000000"
            $0.linkedinUrl = "https://linkedin.com/in/x"
            $0.seniority = "owner"
            $0.companyIndustry = "SaaS"
            $0.companyEmployeeCount = 20
            $0.companyCountry = "United Kingdom"
            $0.companyIsHiring = true
            $0.companyLatestFundingDate = Fixture.today
            $0.companyDomain = "acme.com"
            $0.enrichmentData = Self.fullEnrichment
        }
        let score = Fixture.scorer.score(pool, buyerSignal: ALSBuyerSignal(buyerScore: 100))
        #expect(score.points == ALSPoints(dataQuality: 18, authority: 25, companyFit: 22, timing: 9, risk: 15))
        #expect(score.unclampedTotal > 100)
        #expect(score.total == 100)
        #expect(score.explanation.isConsistent)
    }
}
