import AgencyCore
import AgencyOS
import AgencyStore

/// Fills an `InMemoryStore` with tenants and leads through the public API, timing only
/// the store's work (row generation is excluded).
struct StoreSeeding {
    let store: InMemoryStore
    private(set) var tenants: [(client: Client, campaigns: [Campaign])] = []
    /// Wall seconds spent inside `apply` for lead inserts.
    private(set) var leadInsertSeconds = 0.0
    /// Process-CPU seconds spent inside `apply` for lead inserts.
    private(set) var leadInsertCPU = 0.0
    private(set) var leadsInserted = 0
    private var factory: LeadFactory
    private var scores: SeededGenerator

    init(seed: UInt64) throws {
        store = try InMemoryStore(schema: AgencyOSSchema.target, clock: FixedTimeSource(LeadFactory.now), ids: .seeded(seed))
        factory = LeadFactory(seed: seed, shape: .insertable)
        scores = SeededGenerator(seed: seed ^ 0xA15)
    }

    /// Adds `count` clients with `campaigns` campaigns each.
    mutating func addTenants(_ count: Int, campaigns: Int = 1, configure: (inout Client) -> Void = { _ in }) async throws {
        let first = tenants.count
        let clients = try await store.scoped(.platformWide).insert((first..<(first + count)).map { index in
            var client = Client(name: "Agency \(index)")
            configure(&client)
            return client
        })
        for client in clients {
            let rows = try await store.scoped(.tenant(client.id)).insert(
                (0..<campaigns).map { Campaign(clientId: client.id, name: "Campaign \($0)") })
            tenants.append((client, rows))
        }
    }

    /// Inserts `count` leads into every tenant, `batch` per transaction, spread over the
    /// tenant's campaigns. With `withScores`, each lead carries an `als_score` and tier (so
    /// queries can filter and sort on them), as a scored database would.
    mutating func addLeads(perTenant count: Int, batch: Int, withScores: Bool) async throws {
        for tenant in tenants {
            let scoped = store.scoped(.tenant(tenant.client.id))
            var start = 0
            while start < count {
                let end = min(count, start + max(1, batch))
                let rows = (start..<end).map { index in
                    var lead = factory.lead(index, client: tenant.client.id, campaign: tenant.campaigns[index % tenant.campaigns.count].id)
                    if withScores {
                        let score = Int.random(in: 0...100, using: &scores)
                        lead.alsScore = score
                        lead.alsTier = ALSTier(score: score)
                    }
                    return lead
                }
                var writes = WriteBatch()
                writes.insert(contentsOf: rows)
                let timed = try await Measure.time { try await scoped.apply(writes) }
                leadInsertSeconds += timed.wall
                leadInsertCPU += timed.cpu
                leadsInserted += timed.value.count
                start = end
            }
        }
    }
}
