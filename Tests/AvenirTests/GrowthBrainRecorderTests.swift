import Testing
import AgencyCore
import AgencyStore
import Avenir
import AvenirServices

/// Period insights computed from the store's rows and recorded in one batch.
@Suite("Avenir growth-brain recorder")
struct GrowthBrainRecorderTests {
    @Test("records urgency, tone, engagement and prediction events from the client's leads and conversions")
    func recordsInsights() async throws {
        var world = try await AvenirWorld()
        let service = LeadLifecycleService(store: world.scope, clock: world.clock)
        var ids: [ID<LeadMemory>] = []
        for (index, urgency) in ["High", "High", "Low", "Medium"].enumerated() {
            let inserted = try await service.insert(world.lead("Lead \(index)", email: "l\(index)@x.co"), using: &world.generator)
            _ = try await service.enrich(inserted.lead.id, with: LeadEnrichment(tone: index == 0 ? "Urgent" : "Friendly", urgency: urgency,
                                                                               confidenceScore: 0.9))
            ids.append(inserted.lead.id)
        }
        world.clock.advance(seconds: 86_400 * 3)
        _ = try await service.tag(ids[0], as: .converted, conversionValue: 1200)
        _ = try await service.delete(ids[3])
        let events = try await GrowthBrainRecorder(store: world.scope, clock: world.clock)
            .recordPeriodInsights(for: world.client.clientId)
        #expect(events.map(\.eventType) == [.urgencyTrend, .toneDistribution, .engagementScore, .conversionPrediction])
        #expect(events.allSatisfy { $0.createdAt == world.clock.now() && $0.clientId == world.client.clientId })
        #expect(events[0].learningSnapshot?["total_leads"] == 4, "the deleted lead counts, as in the seed's query")
        #expect(events[0].learningSnapshot?["high_urgency_pct"] == 0.5)
        #expect(events[1].learningSnapshot == ["friendly": 0.75, "urgent": 0.25])
        #expect(events[3].learningSnapshot?["based_on"] == "1 historical conversions")
        #expect(events[3].learningSnapshot?["predicted_conversions"] == 1, "2 open × 1/3 converted = 0.67")
        #expect(try await world.scope.count(Query<GrowthBrainEvent>()) == 5)
    }
}
