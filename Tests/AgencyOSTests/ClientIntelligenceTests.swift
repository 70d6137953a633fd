import Foundation
import Testing
import AgencyCore
import AgencyOS

@Suite struct ClientIntelligenceRowTests {
    @Test func fixtureRoundTripsLosslessly() throws {
        try ResourceFixtures.checkRoundTrip(ClientIntelligence.self)
        try ResourceFixtures.checkNullability(ClientIntelligence.self)
    }

    @Test func rules() throws {
        let intelligence = try ResourceFixtures.row(ClientIntelligence.self)
        let failing: [(String, (inout ClientIntelligence) -> Void)] = [
            ("range@g2_rating", { $0.g2Rating = SQLNumeric("5.1") }),
            ("range@google_rating", { $0.googleRating = SQLNumeric("-0.1") }),
            ("numeric_scale@trustpilot_rating", { $0.trustpilotRating = SQLNumeric("4.25") }),
            ("range@capterra_review_count", { $0.capterraReviewCount = -1 }),
            ("range@linkedin_follower_count", { $0.linkedinFollowerCount = -1 }),
            ("range@total_scrape_cost_aud", { $0.totalScrapeCostAud = SQLNumeric("-0.01") }),
            ("numeric_scale@total_scrape_cost_aud", { $0.totalScrapeCostAud = SQLNumeric("0.12345") }),
            ("format(url)@g2_url", { $0.g2Url = "g2.com/products/sparro" }),
            ("format(url)@linkedin_url", { $0.linkedinUrl = "not a url" }),
        ]
        let passing: [(String, (inout ClientIntelligence) -> Void)] = [
            ("ratings at bounds", { $0.g2Rating = 0; $0.googleRating = 5 }),
            ("nothing scraped", { $0.websiteServices = nil; $0.proofMetrics = [] }),
        ]
        ResourceFixtures.checkRules(intelligence, failing: failing, passing: passing)
    }

    @Test func clientIdIsAUUIDForeignKeyUniqueAmongLiveRows() throws {
        let table = ClientIntelligence.tableDescription
        #expect(table.column(named: "client_id")?.type == .uuid)
        #expect(table.foreignKey(on: "client_id")?.onDelete == .cascade)
        #expect(table.uniqueConstraints.count == 1)
        #expect(table.uniqueConstraints.first?.columns == ["client_id"])
        #expect(table.uniqueConstraints.first?.liveRowsOnly == true)
        #expect(table.softDelete == .timestamp(column: "deleted_at"))
        var object = try ResourceFixtures.object(ClientIntelligence.self)
        object["client_id"] = "sparro"
        #expect(throws: DecodingError.self) { try ResourceFixtures.decode(ClientIntelligence.self, from: object) }
    }

    @Test func softDeleteAndRestore() throws {
        let intelligence = try ResourceFixtures.row(ClientIntelligence.self)
        let first = try ResourceFixtures.time(2026, 2, 1)
        let deleted = intelligence.softDeleted(at: first).softDeleted(at: first.adding(days: 1))
        #expect(deleted.isDeleted && deleted.deletedAt == first)
        #expect(ClientIntelligence.schema.isSoftDeleted(deleted))
        #expect(deleted.restored() == intelligence)
    }
}

@Suite struct ClientIntelligenceFreshnessTests {
    @Test func sourcesScraped() throws {
        let full = try ResourceFixtures.row(ClientIntelligence.self)
        #expect(full.hasWebsiteData && full.hasSocialData && full.hasReviewData)
        let empty = ClientIntelligence(clientId: .unassigned)
        #expect(!empty.hasWebsiteData && !empty.hasSocialData && !empty.hasReviewData)
        var onlyInstagram = empty
        onlyInstagram.instagramScrapedAt = full.createdAt
        #expect(onlyInstagram.hasSocialData && !onlyInstagram.hasReviewData)
        var onlyCapterra = empty
        onlyCapterra.capterraScrapedAt = full.createdAt
        #expect(onlyCapterra.hasReviewData && !onlyCapterra.hasSocialData)
    }

    @Test func refreshAfterMoreThanThirtyWholeDays() throws {
        let scraped = try ResourceFixtures.time(2026, 1, 2, 1, 7, 30)
        var intelligence = ClientIntelligence(clientId: .unassigned)
        #expect(intelligence.needsRefresh(now: scraped))
        intelligence.lastFullScrapeAt = scraped
        #expect(!intelligence.needsRefresh(now: scraped))
        #expect(!intelligence.needsRefresh(now: scraped.adding(days: 30)))
        #expect(!intelligence.needsRefresh(now: scraped.adding(days: 31).adding(microseconds: -1)))
        #expect(intelligence.needsRefresh(now: scraped.adding(days: 31)))
    }
}

@Suite struct ClientIntelligenceProofSummaryTests {
    @Test func summaryOfTheFixture() throws {
        let summary = try ResourceFixtures.row(ClientIntelligence.self).proofSummary()
        #expect(summary.clients == ["Ledgerly", "Hart & Co", "Voltic"])
        #expect(summary.industries == ["fintech", "legal", "energy"])
        #expect(summary.painPoints == ["empty calendar", "low reply rates"])
        #expect(summary.differentiators == ["AU-based team", "meetings guarantee"])
        #expect(summary.metrics.count == 1)
        #expect(summary.testimonials.count == 2)
        #expect(summary.caseStudies.map { $0["client_name"] } == ["Ledgerly", "Hart & Co", "Voltic"])
        #expect(summary.ratings.g2 == PlatformRating(rating: SQLNumeric("4.7"), count: 38))
        #expect(summary.ratings.capterra == PlatformRating(rating: nil, count: nil))
        #expect(summary.ratings.trustpilot == PlatformRating(rating: SQLNumeric("4.2"), count: 17))
        #expect(summary.ratings.google == PlatformRating(rating: SQLNumeric("4.9"), count: 64))
    }

    @Test func emptyIntelligenceGivesEmptyLists() {
        var intelligence = ClientIntelligence(clientId: .unassigned, websiteCaseStudies: nil, proofMetrics: nil)
        intelligence.g2Rating = 0
        let summary = intelligence.proofSummary()
        #expect(summary.metrics.isEmpty && summary.clients.isEmpty && summary.caseStudies.isEmpty)
        #expect(summary.ratings.g2.rating == 0)
    }

    @Test func encodesWithTheReferenceKeys() throws {
        let summary = try ResourceFixtures.row(ClientIntelligence.self).proofSummary()
        let json = try JSONDecoder.agencyKit.decode(JSONValue.self, from: JSONEncoder.agencyKit.encode(summary))
        #expect(Set(json.objectValue?.keys.map { $0 } ?? []) == [
            "metrics", "clients", "industries", "pain_points", "differentiators", "testimonials", "case_studies", "ratings"])
        #expect(json["ratings"]?["capterra"] == ["rating": nil, "count": nil])
        #expect(json["ratings"]?["g2"]?["rating"] == 4.7)
        #expect(try JSONDecoder.agencyKit.decode(ProofSummary.self, from: JSONEncoder.agencyKit.encode(summary)) == summary)
    }
}
