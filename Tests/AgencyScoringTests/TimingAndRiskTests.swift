import AgencyCore
import AgencyOS
import Foundation
import Testing
@testable import AgencyScoring

/// Timing buckets from an injected today (months = days ÷ 30) and the risk deductions.
@Suite struct TimingAndRiskTests {
    func timing(_ lead: Lead) -> Int { Fixture.scorer.score(lead).points.timing }

    @Test(arguments: [(-400, 6), (-1, 6), (0, 6), (179, 6), (180, 3), (359, 3), (360, 0), (2_000, 0)])
    func newRoleBuckets(daysInRole: Int, expected: Int) {
        #expect(timing(Fixture.bare { $0.employmentStartDate = Fixture.today.adding(days: -daysInRole) }) == expected)
    }

    @Test(arguments: [(-30, 4), (0, 4), (359, 4), (360, 2), (719, 2), (720, 0)])
    func fundingBuckets(daysSinceFunding: Int, expected: Int) {
        let date = Fixture.today.adding(days: -daysSinceFunding)
        #expect(timing(Fixture.bare { $0.organizationLatestFundingDate = date }) == expected)
        #expect(Fixture.scorer.score(Fixture.pool { $0.companyLatestFundingDate = date }).points.timing == expected)
    }

    @Test func hiringAndMaxima() {
        #expect(timing(Fixture.bare { $0.organizationIsHiring = true }) == 5)
        #expect(timing(Fixture.bare { $0.organizationIsHiring = false }) == 0)
        let pool = Fixture.pool {
            $0.companyIsHiring = true
            $0.companyLatestFundingDate = Fixture.today
            $0.currentRoleStartDate = Fixture.today
        }
        #expect(Fixture.scorer.score(pool).points.timing == 9, "the pool path does not score the role start")
    }

    @Test func todayIsInjected() {
        let lead = Fixture.bare { $0.employmentStartDate = LocalDate(year: 2025, month: 7, day: 27) }
        let early = ALSScorer(configuration: ALSScoringConfiguration(today: LocalDate(year: 2026, month: 1, day: 22)!))
        let late = ALSScorer(configuration: ALSScoringConfiguration(today: LocalDate(year: 2026, month: 1, day: 23)!))
        #expect(early.score(lead).points.timing == 6)  // 179 days
        #expect(late.score(lead).points.timing == 3)  // 180 days
    }

    @Test func todayFromTimestampAndTimeZone() throws {
        let now = try #require(Timestamp(year: 2026, month: 1, day: 23, hour: 20))
        #expect(ALSScoringConfiguration.today(at: now) == LocalDate(year: 2026, month: 1, day: 23))
        let sydney = try #require(TimeZone(identifier: "Australia/Sydney"))
        #expect(ALSScoringConfiguration.today(at: now, in: sydney) == LocalDate(year: 2026, month: 1, day: 24))
    }

    @Test func leadRiskDeductions() {
        #expect(Fixture.risk(Fixture.bare { $0.bounceCount = 3 }) == 5)
        #expect(Fixture.risk(Fixture.bare { $0.status = .bounced }) == 15, "status bounced alone does nothing")
        #expect(Fixture.risk(Fixture.bare { $0.status = .unsubscribed }) == 0)
        #expect(Fixture.risk(Fixture.bare {
            $0.bounceCount = 1
            $0.title = "Intern"
        }) == 0)
        #expect(Fixture.risk(Fixture.bare {
            $0.bounceCount = 1
            $0.status = .unsubscribed
        }) == 0, "floored at 0")
    }

    @Test func competitorDomainIsExactTrimmedCaseInsensitive() {
        let competitors = ["Competitor.com", " rival.io "]
        #expect(Fixture.risk(Fixture.bare { $0.domain = "competitor.com" }, competitors: competitors) == 0)
        #expect(Fixture.risk(Fixture.bare { $0.domain = " COMPETITOR.COM" }, competitors: competitors) == 0)
        #expect(Fixture.risk(Fixture.bare { $0.domain = "rival.io" }, competitors: competitors) == 0)
        #expect(Fixture.risk(Fixture.bare { $0.domain = "notcompetitor.com" }, competitors: competitors) == 15)
        #expect(Fixture.risk(Fixture.bare { $0.domain = "competitor.co" }, competitors: competitors) == 15)
        #expect(Fixture.risk(Fixture.bare { $0.domain = nil }, competitors: competitors) == 15)
        #expect(Fixture.risk(Fixture.bare { $0.domain = "competitor.com" }, competitors: []) == 15)
    }

    @Test func poolRiskDeductions() {
        func risk(_ change: (inout LeadPool) -> Void) -> Int { Fixture.scorer.score(Fixture.pool(change)).points.risk }
        #expect(risk { _ in } == 15)
        #expect(risk { $0.isBounced = true } == 5)
        #expect(risk { $0.poolStatus = .invalid } == 5)
        #expect(risk {
            $0.isBounced = true
            $0.poolStatus = .bounced
        } == 0, "pool status bounced deducts on top of is_bounced")
        #expect(risk { $0.isUnsubscribed = true } == 0)
        #expect(risk { $0.poolStatus = .unsubscribed } == 15)
        #expect(risk { $0.title = "Executive Assistant" } == 10)
    }
}
