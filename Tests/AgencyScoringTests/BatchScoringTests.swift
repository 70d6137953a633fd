import AgencyCore
import AgencyOS
import AgencyOutreach
import AgencyStore
import Testing
@testable import AgencyScoring

/// Batch scoring through a store (§ batch scoring of the issue): counts, skip rules,
/// idempotent rescoring, learned and rejected weights, and batch failure.
@Suite struct BatchScoringTests {
    static let now = Timestamp(year: 2026, month: 1, day: 23, hour: 10)!
    static let today = BatchScoringFixture.today

    @Test func scoresEveryLiveUnsuppressedLeadOfTheClient() async throws {
        let fixture = try await BatchScoringFixture.make()
        let leads = try await fixture.insertLeads(7, in: fixture.founders)
        try await fixture.insertLeads(3, in: fixture.agencies, from: 7)
        let deleted = try await fixture.scoped.softDelete(Lead.self, id: leads[0].id)
        let platform = fixture.store.scoped(.platformWide)
        _ = try await platform.insert(GlobalSuppression(email: "LEAD1@Company1.com", reason: "unsubscribe"))
        _ = try await fixture.scoped.insert(ClientSuppression(clientId: fixture.client.id, email: "lead2@company2.com",
                                                              reason: "existing customer"))
        _ = try await platform.insert(DomainSuppression(domain: "company3.com", reason: "competitor"))
        let suppressed: Set<String> = ["lead1@company1.com", "lead2@company2.com", "lead3@company3.com", "lead7@company3.com"]

        let service = LeadScoringService(store: fixture.scoped, batchSize: 3)
        let report = try await service.scoreLeads(ofClient: fixture.client.id, now: Self.now, today: Self.today)

        #expect(report.scored == 5)
        #expect(report.changed == 5)
        #expect(report.unchanged == 0)
        #expect(report.skippedSuppressed == 4)
        #expect(report.batches == 3)  // 9 live leads, 3 per page
        #expect(report.weightSource == .default)
        #expect(report.weightFallbackReason == nil)

        let scorer = fixture.scorer(for: fixture.client)
        for lead in try await fixture.allLeads() {
            if lead.id == deleted.id || suppressed.contains(lead.email) {
                #expect(lead.alsScore == nil, "\(lead.email) must not be scored")
                #expect(lead.scoredAt == nil)
                #expect(lead.status == .new)
                continue
            }
            let score = scorer.score(lead)
            #expect(lead.alsScore == score.total)
            #expect(lead.alsTier == score.tier)
            #expect(lead.alsComponents == score.storedComponents)
            #expect(lead.alsWeightsUsed == ALSWeights.defaults.dictionary)
            #expect(lead.scoredAt == Self.now)
            #expect(lead.status == .scored)
        }
    }

    @Test func campaignRunTouchesOnlyThatCampaign() async throws {
        let fixture = try await BatchScoringFixture.make()
        try await fixture.insertLeads(4, in: fixture.founders)
        try await fixture.insertLeads(3, in: fixture.agencies, from: 10)
        let service = LeadScoringService(store: fixture.scoped, batchSize: 2)
        let report = try await service.scoreLeads(ofCampaign: fixture.agencies.id, now: Self.now, today: Self.today)
        #expect(report.scored == 3)
        #expect(report.batches == 2)
        for lead in try await fixture.allLeads() {
            #expect((lead.alsScore != nil) == (lead.campaignId == fixture.agencies.id))
        }
    }

    @Test func recordingKeepsLaterLifecycleStatuses() async throws {
        let fixture = try await BatchScoringFixture.make()
        let statuses: [LeadStatus] = [.new, .enriched, .scored, .inSequence, .converted, .unsubscribed, .bounced]
        _ = try await fixture.scoped.insert(statuses.enumerated().map { fixture.lead($0.offset, in: fixture.founders, status: $0.element) })
        let service = LeadScoringService(store: fixture.scoped)
        _ = try await service.scoreLeads(ofClient: fixture.client.id, now: Self.now, today: Self.today)
        let stored = try await fixture.allLeads()
        for lead in stored {
            let index = Int(lead.email.dropFirst(4).prefix(while: \.isNumber)) ?? -1
            let before = statuses[index]
            #expect(lead.status == (before == .new || before == .enriched ? .scored : before))
            #expect(lead.alsScore != nil)
        }
    }

    @Test func rescoringUnchangedInputsWritesNothing() async throws {
        let fixture = try await BatchScoringFixture.make()
        try await fixture.insertLeads(8, in: fixture.founders)
        let service = LeadScoringService(store: fixture.scoped, batchSize: 3)
        let first = try await service.scoreLeads(ofClient: fixture.client.id, now: Self.now, today: Self.today)
        #expect(first.changed == 8)
        #expect(first.transactions == 3)
        let afterFirst = try await fixture.allLeads()

        fixture.clock.advance(seconds: 3_600)
        let later = Self.now.adding(hours: 1)
        let second = try await service.scoreLeads(ofClient: fixture.client.id, now: later, today: Self.today)
        #expect(second.scored == 8)
        #expect(second.changed == 0)
        #expect(second.unchanged == 8)
        #expect(second.transactions == 0)
        let afterSecond = try await fixture.allLeads()
        #expect(afterSecond == afterFirst)  // updated_at and scored_at included

        // One changed input: exactly that lead is written again.
        var promoted = try #require(afterSecond.first)
        promoted.title = promoted.title == "CEO" ? "Team Lead" : "CEO"
        promoted = try await fixture.scoped.update(promoted)
        let third = try await service.scoreLeads(ofClient: fixture.client.id, now: later, today: Self.today)
        #expect(third.changed == 1)
        #expect(third.unchanged == 7)
        let rescored = try await fixture.scoped.get(Lead.self, id: promoted.id)
        #expect(rescored.scoredAt == later)
        #expect(rescored.alsScore == fixture.scorer(for: fixture.client).score(promoted).total)
    }

    @Test func learnedWeightsAreApplied() async throws {
        let learned: JSONValue = ["data_quality": 0.15, "authority": 0.30, "company_fit": 0.25, "timing": 0.20, "risk": 0.10]
        let fixture = try await BatchScoringFixture.make(learnedWeights: learned)
        try await fixture.insertLeads(6, in: fixture.founders)
        let report = try await LeadScoringService(store: fixture.scoped)
            .scoreLeads(ofClient: fixture.client.id, now: Self.now, today: Self.today)
        #expect(report.weightSource == .learned)
        #expect(report.weightFallbackReason == nil)
        let weights = try ALSWeights(json: learned)
        let scorer = ALSScorer(configuration: ALSScoringConfiguration(
            today: Self.today, targetIndustries: ["Software", "Marketing"], weights: .learned(weights)))
        var differsFromDefaults = false
        for lead in try await fixture.allLeads() {
            #expect(lead.alsWeightsUsed == ["data_quality": 0.15, "authority": 0.30, "company_fit": 0.25, "timing": 0.20, "risk": 0.10])
            #expect(lead.alsScore == scorer.score(lead).total)
            if lead.alsScore != ALSScorer(configuration: ALSScoringConfiguration(
                today: Self.today, targetIndustries: ["Software", "Marketing"])).score(lead).total {
                differsFromDefaults = true
            }
        }
        #expect(differsFromDefaults, "the sample must tell learned weights from the defaults")
    }

    @Test func invalidLearnedWeightsFallBackToDefaultsWithTheReason() async throws {
        let invalid: JSONValue = ["data_quality": 0.6, "authority": 0.1, "company_fit": 0.1, "timing": 0.1, "risk": 0.1]
        let fixture = try await BatchScoringFixture.make(learnedWeights: invalid)
        try await fixture.insertLeads(3, in: fixture.founders)
        let report = try await LeadScoringService(store: fixture.scoped)
            .scoreLeads(ofClient: fixture.client.id, now: Self.now, today: Self.today)
        #expect(report.weightSource == .default)
        #expect(report.weightFallbackReason == .outOfBounds(component: .dataQuality, weight: 0.6))
        #expect(report.description.contains("learned weights rejected"))
        for lead in try await fixture.allLeads() {
            #expect(lead.alsWeightsUsed == ALSWeights.defaults.dictionary)
        }
    }

    @Test func failedBatchIsRolledBackAndEarlierBatchesStayCommitted() async throws {
        let fixture = try await BatchScoringFixture.make()
        try await fixture.insertLeads(6, in: fixture.founders)
        let failing = FailingTransactionStore(base: fixture.store, failing: 2)
        let scoped = failing.scoped(.tenant(fixture.client.id))
        let service = LeadScoringService(store: scoped, batchSize: 2)

        let error = await #expect(throws: LeadScoringError.self) {
            _ = try await service.scoreLeads(ofClient: fixture.client.id, now: Self.now, today: Self.today)
        }
        guard case .batchFailed(let batch, let committed, let cause)? = error else {
            Issue.record("expected batchFailed, got \(String(describing: error))")
            return
        }
        #expect(batch == 2)
        #expect(committed.changed == 2)
        #expect(committed.transactions == 1)
        guard case .notFound = cause else {
            Issue.record("expected the store's notFound, got \(cause)")
            return
        }
        let leads = try await fixture.allLeads()
        #expect(leads[0..<2].allSatisfy { $0.scoredAt == Self.now })
        #expect(leads[2...].allSatisfy { $0.alsScore == nil && $0.status == .new })

        let resumed = try await LeadScoringService(store: fixture.scoped, batchSize: 2)
            .scoreLeads(ofClient: fixture.client.id, now: Self.now, today: Self.today)
        #expect(resumed.unchanged == 2)
        #expect(resumed.changed == 4)
    }

    @Test func refusesANonPositiveBatchSize() async throws {
        let fixture = try await BatchScoringFixture.make()
        let error = await #expect(throws: LeadScoringError.self) {
            _ = try await LeadScoringService(store: fixture.scoped, batchSize: 0)
                .scoreLeads(ofClient: fixture.client.id, now: Self.now, today: Self.today)
        }
        guard case .invalidBatchSize(0)? = error else {
            Issue.record("expected invalidBatchSize(0), got \(String(describing: error))")
            return
        }
    }

    @Test func anotherTenantsClientIsNotFound() async throws {
        let fixture = try await BatchScoringFixture.make()
        let other = try await fixture.store.scoped(.platformWide).insert(Client(name: "Other Agency"))
        await #expect(throws: StoreError.self) {
            _ = try await LeadScoringService(store: fixture.scoped)
                .scoreLeads(ofClient: other.id, now: Self.now, today: Self.today)
        }
    }
}
