import Testing
import Foundation
import AgencyCore
import AgencyOS
import AgencyStore

@Suite struct InMemoryStoreSmokeTests {
    @Test func insertQueryUniqueSoftDelete() async throws {
        let clock = ManualTimeSource(Timestamp(year: 2026, month: 1, day: 1)!)
        let store = try InMemoryStore(schema: AgencyOSSchema.target, clock: clock, ids: .seeded(1))
        let platform = store.scoped(.platformWide)
        let acme = try await platform.insert(Client(name: "Acme"))
        #expect(!acme.id.isUnassigned)
        #expect(acme.createdAt == clock.now())
        let scoped = store.scoped(.tenant(acme.id))
        let campaign = try await scoped.insert(Campaign(clientId: acme.id, name: "Q1"))
        let lead = try await scoped.insert(Lead(clientId: acme.id, campaignId: campaign.id, email: "Ada@Example.com"))
        await #expect(throws: StoreError.self) {
            _ = try await scoped.insert(Lead(clientId: acme.id, campaignId: campaign.id, email: "ada@example.com"))
        }
        let found = try await scoped.fetch(Query<Lead>().where(\.email, .equalsIgnoringCase("ADA@example.com")))
        #expect(found == [lead])
        clock.advance(seconds: 5)
        let deleted = try await scoped.softDelete(Lead.self, id: lead.id)
        #expect(deleted.deletedAt == clock.now())
        #expect(try await scoped.count(Query<Lead>()) == 0)
        let again = try await scoped.insert(Lead(clientId: acme.id, campaignId: campaign.id, email: "ada@example.com"))
        await #expect(throws: StoreError.self) { _ = try await scoped.restore(Lead.self, id: lead.id) }
        #expect(try await scoped.fetch(Query<Lead>()) == [again])
        let other = try await platform.insert(Client(name: "Other"))
        #expect(try await store.scoped(.tenant(other.id)).count(Query<Lead>()) == 0)
        var stale = again
        stale.title = "CEO"
        _ = try await scoped.update(stale)
        stale.title = "CTO"
        await #expect(throws: StoreError.self) { _ = try await scoped.update(stale) }
    }
}
