import Testing
import AgencyCore
import AgencyOS
import AgencyStore

@Suite("Tenant scoping of the in-memory store")
struct TenantPartitionTests {
    @Test func tenantRootsSeeOnlyThemselvesAndSharedTablesAreVisible() async throws {
        let store = try InMemoryStore(schema: AgencyOSSchema.target, clock: FixedTimeSource(Timestamp(year: 2026, month: 1, day: 5)!), ids: .seeded(8))
        let platform = store.scoped(.platformWide)
        let a = try await platform.insert(Client(name: "A"))
        let b = try await platform.insert(Client(name: "B"))
        let user = try await platform.insert(User(email: "ops@example.com"))
        #expect(try await store.scoped(.tenant(a.id)).fetch(Query<Client>()).map(\.id) == [a.id])
        #expect(try await store.scoped(.tenant(b.id)).fetch(Query<User>()).map(\.id) == [user.id])
        #expect(try await platform.count(Query<Client>()) == 2)
    }

    @Test func poolLeadsWithoutAClientNeedThePlatformScope() async throws {
        let store = try InMemoryStore(schema: AgencyOSSchema.target, clock: FixedTimeSource(Timestamp(year: 2026, month: 1, day: 5)!), ids: .seeded(8))
        let client = try await store.scoped(.platformWide).insert(Client(name: "A"))
        await #expect(throws: StoreError.self) {
            _ = try await store.scoped(.tenant(client.id)).insert(LeadPool(email: "open@pool.io"))
        }
        var pooled = try await store.scoped(.platformWide).insert(LeadPool(email: "open@pool.io"))
        #expect(try await store.scoped(.tenant(client.id)).count(Query<LeadPool>()) == 0)
        pooled.clientId = client.id
        pooled.poolStatus = .assigned
        _ = try await store.scoped(.platformWide).update(pooled)
        #expect(try await store.scoped(.tenant(client.id)).count(Query<LeadPool>()) == 1)
    }
}
