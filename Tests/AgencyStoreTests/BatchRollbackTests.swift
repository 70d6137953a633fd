import Testing
import AgencyCore
import AgencyOS
import AgencyStore

@Suite("Rollback of a failed batch in the in-memory store")
struct BatchRollbackTests {
    /// The update swaps the row in place; the purge then empties the tenant's partition of
    /// `leads`, and undoing the purge recreates it. Undoing the update must reach the row
    /// where it is now, not the partition object it was written to.
    @Test func anUpdateThenAPurgeOfTheSameRowRollBackToTheOriginal() async throws {
        let store = try InMemoryStore(schema: AgencyOSSchema.target, clock: FixedTimeSource(Timestamp(year: 2026, month: 1, day: 5)!),
                                      ids: .seeded(11))
        let client = try await store.scoped(.platformWide).insert(Client(name: "A"))
        let scope = store.scoped(.tenant(client.id))
        let campaign = try await scope.insert(Campaign(clientId: client.id, name: "Spring"))
        let original = try await scope.insert(Lead(clientId: client.id, campaignId: campaign.id, email: "ada@example.com",
                                                   firstName: "Ada"))
        var changed = original
        changed.firstName = "Changed"
        var batch = WriteBatch()
        batch.update(changed)
        batch.purge(Lead.self, id: original.id)
        batch.insert(Lead(clientId: client.id, campaignId: campaign.id, email: "not an email"))
        await #expect(throws: StoreError.self) { _ = try await scope.apply(batch) }
        #expect(try await scope.fetch(Query<Lead>()) == [original])
        #expect(try await scope.find(Lead.self, id: original.id) == original)
    }
}
