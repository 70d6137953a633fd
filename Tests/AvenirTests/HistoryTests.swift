import Testing
import AgencyCore
import AgencyStore
import Avenir
import AvenirServices

/// Tone, urgency and confidence histories append only on change, stamped by the clock.
@Suite("Avenir lead histories")
struct HistoryTests {
    static let clientId = ClientID.avenirInternal

    @Test("a changed value is appended with the given time; an unchanged one is not")
    func appendsOnChange() {
        let t1 = Instants.now
        let t2 = t1.adding(hours: 1)
        let t3 = t2.adding(hours: 1)
        var lead = LeadMemory(email: "a@b.co", name: "A", clientId: Self.clientId)
        lead = lead.enriched(with: LeadEnrichment(tone: "Professional", urgency: "Medium", confidenceScore: 0.85), at: t1)
        lead = lead.enriched(with: LeadEnrichment(tone: "Professional", urgency: "High", confidenceScore: 0.85), at: t2)
        lead = lead.enriched(with: LeadEnrichment(tone: "Friendly", confidenceScore: 0.851), at: t3)
        #expect(lead.toneHistory == [HistoryEntry(value: "Professional", timestamp: t1), HistoryEntry(value: "Friendly", timestamp: t3)])
        #expect(lead.urgencyHistory == [HistoryEntry(value: "Medium", timestamp: t1), HistoryEntry(value: "High", timestamp: t2)])
        #expect(lead.confidenceHistory == [HistoryEntry(value: 0.85, timestamp: t1)], "0.851 rounds to the stored 0.85: no change")
        #expect(lead.tone == "Friendly" && lead.urgency == "High" && lead.confidenceScore == 0.85)
        #expect(lead.initialTone == "Professional" && lead.initialUrgency == "Medium")
    }

    @Test("confidence is rounded half away from zero to two decimals, as numeric(3,2)")
    func confidenceRounding() {
        let lead = LeadMemory(email: "a@b.co", name: "A", clientId: Self.clientId)
            .enriched(with: LeadEnrichment(confidenceScore: 0.875), at: Instants.now)
        #expect(lead.confidenceScore == 0.88)
        #expect(lead.confidenceHistory.map(\.value) == [0.88])
        #expect(lead.isValid)
    }

    @Test("enrichment without history columns changes the lead but no history")
    func otherFields() {
        let lead = LeadMemory(email: "a@b.co", name: "A", clientId: Self.clientId)
            .enriched(with: LeadEnrichment(aiSummary: "Condo buyer", intent: "purchase", relationshipInsight: "warm"), at: Instants.now)
        #expect(lead.aiSummary == "Condo buyer" && lead.intent == "purchase" && lead.relationshipInsight == "warm")
        #expect(lead.toneHistory.isEmpty && lead.urgencyHistory.isEmpty && lead.confidenceHistory.isEmpty)
    }

    @Test("histories encode as the seed's [{value, timestamp}] arrays")
    func encoding() throws {
        let lead = LeadMemory(email: "a@b.co", name: "A", clientId: Self.clientId)
            .enriched(with: LeadEnrichment(tone: "Urgent", confidenceScore: 0.9), at: Instants.now)
        let object = try Fixtures.encodedObject(lead)
        #expect(object["tone_history"] == [["value": "Urgent", "timestamp": "2026-03-01T12:00:00+00:00"]])
        #expect(object["confidence_history"] == [["value": 0.9, "timestamp": "2026-03-01T12:00:00+00:00"]])
    }

    @Test("the service stamps history entries and the update action from the injected clock")
    func serviceUsesClock() async throws {
        var world = try await AvenirWorld()
        let service = LeadLifecycleService(store: world.scope, clock: world.clock)
        let id = try await service.insert(world.lead(), using: &world.generator).lead.id
        world.clock.advance(seconds: 90)
        let first = try #require(try await service.enrich(id, with: LeadEnrichment(tone: "Friendly", urgency: "High")))
        #expect(first.lead.toneHistory == [HistoryEntry(value: "Friendly", timestamp: Instants.now.adding(seconds: 90))])
        #expect(first.action.actionType == .update && first.action.tag == .active)
        world.clock.advance(seconds: 90)
        #expect(try await service.enrich(id, with: LeadEnrichment(tone: "Friendly", urgency: "High")) == nil, "no change, no write")
        #expect(try await service.actions(of: id).map(\.actionType) == [.insert, .update])
    }
}
