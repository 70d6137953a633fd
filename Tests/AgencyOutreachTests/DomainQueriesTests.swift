import Testing
import AgencyCore
import AgencyOS
import AgencyStore

@Suite("Pending suggestions and expired patterns")
struct DomainQueriesTests {
    @Test func pendingSuggestionsExcludeExpiredReviewedAndDeleted() async throws {
        let fixture = try await OutreachFixture.make()
        let now = fixture.clock.now()
        func suggestion(_ title: String, priority: Int, expires: Timestamp) -> CampaignSuggestion {
            CampaignSuggestion(clientId: fixture.client.id, suggestionType: .adjustTiming, title: title, description: "d",
                               recommendedAction: [:], confidence: 0.8, priority: priority, expiresAt: expires)
        }
        let low = try await fixture.scoped.insert(suggestion("low", priority: 40, expires: now.adding(days: 14)))
        let high = try await fixture.scoped.insert(suggestion("high", priority: 90, expires: now.adding(days: 14)))
        _ = try await fixture.scoped.insert(suggestion("expired", priority: 99, expires: now.adding(minutes: 1)))
        let deleted = try await fixture.scoped.insert(suggestion("deleted", priority: 95, expires: now.adding(days: 14)))
        _ = try await fixture.scoped.softDelete(CampaignSuggestion.self, id: deleted.id)
        var approved = try await fixture.scoped.insert(suggestion("approved", priority: 97, expires: now.adding(days: 14)))
        approved.status = .approved
        approved.reviewedAt = now
        _ = try await fixture.scoped.update(approved)

        fixture.clock.advance(seconds: 120)
        let pending = try await fixture.scoped.fetch(CampaignSuggestion.pendingQuery(at: fixture.clock.now()))
        #expect(pending.map(\.id) == [high.id, low.id])
        let overdue = try await fixture.scoped.fetch(CampaignSuggestion.overdueQuery(at: fixture.clock.now()))
        #expect(overdue.map(\.title) == ["expired"])
    }

    @Test func expiredPatternsAreThosePastValidUntil() async throws {
        let fixture = try await OutreachFixture.make()
        let now = fixture.clock.now()
        let stale = try await fixture.scoped.insert(ConversionPattern(clientId: fixture.client.id, patternType: .who, patterns: [:],
                                                                      sampleSize: 40, confidence: 0.8, validUntil: now.adding(days: 1)))
        let fresh = try await fixture.scoped.insert(ConversionPattern(clientId: fixture.client.id, patternType: .what, patterns: [:],
                                                                      sampleSize: 40, confidence: 0.6, validUntil: now.adding(days: 14)))
        fixture.clock.advance(seconds: 2 * 86_400)
        let later = fixture.clock.now()
        #expect(try await fixture.scoped.fetch(ConversionPattern.expiredQuery(at: later)).map(\.id) == [stale.id])
        #expect(try await fixture.scoped.fetch(ConversionPattern.validQuery(at: later)).map(\.id) == [fresh.id])
        #expect(try await fixture.scoped.fetch(ConversionPattern.highConfidenceQuery(at: later)).isEmpty)
    }
}
