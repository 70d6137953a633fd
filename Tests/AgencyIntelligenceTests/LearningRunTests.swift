import AgencyCore
import AgencyIntelligence
import AgencyOS
import AgencyScoring
import AgencyStore
import Testing

/// The learning run through a store: eligibility, loading, concurrent detection, saving,
/// learned weights, failure isolation and replayability.
@Suite struct LearningRunTests {
    static let now = Fixtures.now

    /// Two synthetic clients in one store, with FUNNEL records supplied for both.
    struct TwoClients {
        let fixture: StoreFixture
        let first: SyntheticDataset
        let second: SyntheticDataset

        static func make(storeSeed: UInt64 = 5) async throws -> TwoClients {
            let fixture = try StoreFixture.make(seed: storeSeed)
            let first = SmallDataset.make(seed: 31)
            let second = SmallDataset.make(seed: 32)
            try await fixture.insert(first)
            try await fixture.insert(second, status: .trialing)
            return TwoClients(fixture: fixture, first: first, second: second)
        }

        var records: LearningRecords {
            let funnels = [first.client.id: first.funnel, second.client.id: second.funnel]
            return LearningRecords(funnel: { client, _ in funnels[client.id] })
        }

        func run(on store: any Store, records: LearningRecords? = nil) -> LearningRun {
            LearningRun(store: store.scoped(.platformWide), records: records ?? self.records, pageSize: 500)
        }
    }

    @Test func eligibilityNeedsALiveSubscribedClientWithTwentyRecentConversions() async throws {
        let fixture = try StoreFixture.make()
        var expected: [String: Int] = [:]
        func add(_ name: String, _ status: SubscriptionStatus, conversions: Int, updatedDaysAgo: Int = 3,
                 deleted: Bool = false) async throws -> Client {
            let client = try await fixture.client(name, status: status)
            let campaign = try await fixture.scoped(client.id).insert(Campaign(clientId: client.id, name: "Main"))
            try await fixture.convertedLeads(conversions, for: client, campaign: campaign, updatedDaysAgo: updatedDaysAgo)
            if deleted { _ = try await fixture.platform.softDelete(Client.self, id: client.id) }
            return client
        }
        let active = try await add("Active", .active, conversions: 20)
        expected["Active"] = 20
        _ = try await add("Trialing", .trialing, conversions: 26)
        expected["Trialing"] = 26
        _ = try await add("Short", .active, conversions: 19)
        _ = try await add("Paused", .paused, conversions: 30)
        _ = try await add("PastDue", .pastDue, conversions: 30)
        _ = try await add("Deleted", .active, conversions: 30, deleted: true)
        _ = try await add("Stale", .active, conversions: 30, updatedDaysAgo: 91)
        // 18 live conversions plus 5 soft-deleted ones: not enough.
        let mixed = try await add("Mixed", .active, conversions: 23)
        for lead in try await fixture.scoped(mixed.id).fetch(Query<Lead>().limit(5)) {
            _ = try await fixture.scoped(mixed.id).softDelete(Lead.self, id: lead.id)
        }
        _ = try await add("Edge", .active, conversions: 90, updatedDaysAgo: 90)  // exactly 90 days: counts
        expected["Edge"] = 90

        let run = LearningRun(store: fixture.platform, pageSize: 3)
        let eligible = try await run.eligibleClients(at: Self.now)
        #expect(Dictionary(uniqueKeysWithValues: eligible.map { ($0.clientName, $0.conversionCount) }) == expected)
        #expect(eligible.map(\.clientId) == eligible.map(\.clientId).sorted())
        // A tenant-scoped run sees its own client only.
        let own = try await LearningRun(store: fixture.scoped(active.id)).eligibleClients(at: Self.now)
        #expect(own.map(\.clientName) == ["Active"])
        await #expect(throws: IntelligenceServiceError.invalidPageSize(0)) {
            try await LearningRun(store: fixture.platform, pageSize: 0).eligibleClients(at: Self.now)
        }
    }

    @Test func fullRunSavesEveryPatternAndWritesLearnedWeights() async throws {
        let setup = try await TwoClients.make()
        let fixture = setup.fixture
        _ = try await fixture.client("No data")  // active but without conversions: not eligible
        let run = setup.run(on: fixture.store)
        let summary = try await run.run(at: Self.now)

        #expect(summary.clientsProcessed == 2)
        #expect(Set(summary.eligibleClients.map(\.clientId)) == [setup.first.client.id, setup.second.client.id])
        #expect(summary.patternsCreated == 10)
        #expect(summary.patternFailures == 0)
        #expect(summary.weightsOptimized == 2)
        #expect(summary.weightsWritten == 2)
        #expect(summary.message == nil)
        #expect(summary.completedAt == Self.now)

        for result in summary.clientResults {
            let dataset = result.clientId == setup.first.client.id ? setup.first : setup.second
            #expect(!result.hasFailures)
            #expect(result.detectorsSucceeded == [.who, .what, .when, .how, .funnel])
            // What was saved is exactly what the detectors compute on the loaded rows.
            let client = try await fixture.platform.get(Client.self, id: result.clientId)
            let inputs = try await run.load(client, at: Self.now)
            #expect(inputs.leads.count == dataset.leads.count)
            let cutoff = Self.now.adding(days: -90)
            #expect(inputs.activities.count == dataset.activities.filter { $0.createdAt >= cutoff }.count)
            #expect(inputs.activities.map(\.createdAt) == inputs.activities.map(\.createdAt).sorted())
            let detections = await run.detect(inputs, at: Self.now)
            #expect(result.pattern(.who)?.patterns == (try detections.who.patternJSON()))
            #expect(result.pattern(.what)?.patterns == (try detections.what.patternJSON()))
            #expect(result.pattern(.when)?.patterns == (try detections.when.patternJSON()))
            #expect(result.pattern(.how)?.patterns == (try detections.how.patternJSON()))
            #expect(result.pattern(.funnel)?.patterns == (try detections.funnel?.patternJSON()))
            #expect(!detections.who.isDefault && !detections.what.isDefault && !detections.how.isDefault)
            #expect(result.pattern(.who)?.confidence == detections.who.confidence)

            let optimization = try #require(result.optimization)
            #expect(optimization.optimizationStatus == .success)
            #expect(optimization == detections.optimization)
            #expect(result.weightsWritten)
            #expect(client.alsLearnedWeights == optimization.weights.json)
            #expect(client.alsWeightsUpdatedAt == Self.now)
            #expect(client.conversionSampleCount == optimization.sampleSize)
            #expect(ALSWeightSelection(client: client).source == .learned)
        }
    }

    @Test func concurrentDetectionEqualsRunningEachDetectorAlone() async throws {
        let dataset = SmallDataset.make(seed: 41)
        let inputs = LearningInputs(client: dataset.client, leads: dataset.leads, activities: dataset.activities,
                                    funnel: dataset.funnel)
        let detections = await LearningEngine().detect(inputs, at: Self.now)
        #expect(detections.who == WhoDetector().detect(leads: dataset.leads, now: Self.now))
        #expect(detections.what == WhatDetector().detect(activities: dataset.activities, now: Self.now))
        #expect(detections.when == WhenDetector().detect(activities: dataset.activities, now: Self.now))
        #expect(detections.how == HowDetector().detect(leads: dataset.leads, activities: dataset.activities, now: Self.now))
        #expect(detections.funnel == FunnelDetector().detect(leads: dataset.leads, input: dataset.funnel, now: Self.now))
        #expect(detections.optimization == WeightOptimizer().optimize(leads: dataset.leads, now: Self.now))
    }

    @Test func reRunWithTheSameDataAndClockProducesIdenticalPatterns() async throws {
        let setup = try await TwoClients.make()
        let run = setup.run(on: setup.fixture.store)
        _ = try await run.run(at: Self.now)
        let firstRows = try await setup.fixture.platform.fetch(Query<ConversionPattern>())
        #expect(firstRows.count == 10)

        // Again on the same store: every pattern is upserted to the same values, the
        // previous version archived.
        let again = try await run.run(at: Self.now)
        #expect(again.patternsCreated == 10)
        let secondRows = try await setup.fixture.platform.fetch(Query<ConversionPattern>())
        #expect(secondRows.map(\.id) == firstRows.map(\.id))
        #expect(secondRows.map(\.patterns) == firstRows.map(\.patterns))
        #expect(secondRows.map(\.sampleSize) == firstRows.map(\.sampleSize))
        #expect(secondRows.map(\.confidence) == firstRows.map(\.confidence))
        #expect(secondRows.map(\.validUntil) == firstRows.map(\.validUntil))
        let history = try await setup.fixture.platform.fetch(Query<ConversionPatternHistory>())
        #expect(history.count == 10)
        #expect(Set(history.map(\.patterns)) == Set(firstRows.map(\.patterns)))

        // On an independently built identical store: the same rows, ids included.
        let replica = try await TwoClients.make()
        _ = try await replica.run(on: replica.fixture.store).run(at: Self.now)
        let replicaRows = try await replica.fixture.platform.fetch(Query<ConversionPattern>())
        #expect(replicaRows == firstRows)
        let weights = try await replica.fixture.platform.fetch(Query<Client>()).map(\.alsLearnedWeights)
        #expect(try await setup.fixture.platform.fetch(Query<Client>()).map(\.alsLearnedWeights) == weights)
    }

    @Test func oneClientsFailureNeverStopsTheOthers() async throws {
        let setup = try await TwoClients.make()
        let broken = StoreScope.tenant(setup.second.client.id)
        let store = ScriptedStore(base: setup.fixture.store, failing: "conversion_patterns", in: broken)
        // The first client's funnel source fails too: only its FUNNEL is lost.
        let funnels = setup.second.funnel
        let firstId = setup.first.client.id
        let records = LearningRecords(funnel: { client, _ in
            if client.id == firstId { throw StoreError.backend("CRM unavailable") }
            return funnels
        })
        let summary = try await setup.run(on: store, records: records).run(at: Self.now)
        let first = try #require(summary.clientResults.first { $0.clientId == firstId })
        let second = try #require(summary.clientResults.first { $0.clientId == setup.second.client.id })

        #expect(first.detectorsSucceeded == [.who, .what, .when, .how])
        #expect(first.detectorsFailed == [.funnel])
        #expect(first.detectors.last?.failure == .recordSource("backend error: CRM unavailable"))
        #expect(first.weightsWritten)

        #expect(second.detectorsSucceeded.isEmpty)
        #expect(second.detectorsFailed == [.who, .what, .when, .how, .funnel])
        #expect(second.detectors.allSatisfy { $0.failure == .store(.backend("injected failure writing conversion_patterns")) })
        #expect(second.optimization == nil)  // fewer than two detectors succeeded
        #expect(!second.weightsWritten)
        #expect(summary.patternFailures == 6)
        let client = try await setup.fixture.platform.get(Client.self, id: setup.second.client.id)
        #expect(client.alsLearnedWeights == nil)
        #expect(try await setup.fixture.scoped(setup.second.client.id).count(Query<ConversionPattern>()) == 0)
    }

    @Test func lowDataDefaultsCountAsSuccessButWeightsNeedASuccessfulOptimisation() async throws {
        let fixture = try StoreFixture.make()
        let client = try await fixture.client("Small")
        let campaign = try await fixture.scoped(client.id).insert(Campaign(clientId: client.id, name: "Main"))
        try await fixture.convertedLeads(25, for: client, campaign: campaign)
        let summary = try await LearningRun(store: fixture.platform).run(at: Self.now)
        let result = try #require(summary.clientResults.first)
        #expect(result.detectorsSucceeded == [.who, .what, .when, .how])
        #expect(result.pattern(.who)?.sampleSize == 25)
        #expect(result.pattern(.who)?.patterns["sample_size"] == 0)  // the default pattern
        #expect(result.optimization?.optimizationStatus == .insufficientData)
        #expect(!result.weightsWritten)
        #expect(try await fixture.platform.get(Client.self, id: client.id).alsWeightsUpdatedAt == nil)
    }

    @Test func singleClientRunsAndScopes() async throws {
        let setup = try await TwoClients.make()
        let fixture = setup.fixture
        let first = setup.first.client.id
        // A tenant-scoped run learns for its own client only.
        let tenantRun = LearningRun(store: fixture.scoped(first), records: setup.records, pageSize: 400)
        let summary = try await tenantRun.run(at: Self.now)
        #expect(summary.clientResults.map(\.clientId) == [first])
        let other = await tenantRun.learn(clientId: setup.second.client.id, at: Self.now)
        guard case .store(.notFound) = other.failure else {
            Issue.record("a tenant-scoped run reached another tenant: \(String(describing: other.failure))")
            return
        }
        #expect(other.detectors.isEmpty)
        // A bad page size fails that client's load, typed.
        let badPage = await LearningRun(store: fixture.platform, pageSize: -1).learn(clientId: first, at: Self.now)
        #expect(badPage.failure == .configuration(.invalidPageSize(-1)))
        #expect(badPage.clientName == setup.first.client.name)
    }

    @Test func runArchivesExpiredPatternsFirstAndReportsNoEligibleClients() async throws {
        let fixture = try StoreFixture.make()
        let client = try await fixture.client("Quiet")
        _ = try await PatternRepository(store: fixture.platform)
            .save(clientId: client.id, type: .who, patterns: [:], sampleSize: 3, confidence: 0.2, now: Self.now.adding(days: -30))
        let summary = try await LearningRun(store: fixture.platform).run(at: Self.now)
        #expect(summary.archive.archivedCount == 1)
        #expect(summary.clientsProcessed == 0)
        #expect(summary.message == "No eligible clients found")
    }
}
