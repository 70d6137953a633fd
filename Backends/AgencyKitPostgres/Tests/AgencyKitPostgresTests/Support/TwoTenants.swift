import AgencyCore
import AgencyKitPostgres
import AgencyOS
import AgencyStore

/// Two agency clients, each with one campaign and one sequence step, in a fresh namespace.
struct TwoTenants {
    let namespace: String
    let store: PostgresStore
    let clock: ManualTimeSource
    let a: Client
    let b: Client
    let campaignA: Campaign
    let campaignB: Campaign

    static let epoch = Timestamp(microsecondsSinceEpoch: 1_767_225_600_000_000)

    static func make(prefix: String, seed: UInt64 = 7) async throws -> TwoTenants {
        let namespace = try await TestDatabase.migratedNamespace(prefix: prefix)
        let clock = ManualTimeSource(epoch)
        let store = try TestDatabase.store(namespace: namespace, clock: clock, seed: seed)
        let platform = store.scoped(.platformWide)
        let a = try await platform.insert(Client(name: "Tenant A"))
        let b = try await platform.insert(Client(name: "Tenant B"))
        let campaignA = try await store.scoped(.tenant(a.id)).insert(Campaign(clientId: a.id, name: "A outreach"))
        let campaignB = try await store.scoped(.tenant(b.id)).insert(Campaign(clientId: b.id, name: "B outreach"))
        _ = try await store.scoped(.tenant(a.id)).insert(CampaignSequence(campaignId: campaignA.id, stepNumber: 1, channel: .email, bodyTemplate: "Hi A"))
        _ = try await store.scoped(.tenant(b.id)).insert(CampaignSequence(campaignId: campaignB.id, stepNumber: 1, channel: .email, bodyTemplate: "Hi B"))
        return TwoTenants(namespace: namespace, store: store, clock: clock, a: a, b: b, campaignA: campaignA, campaignB: campaignB)
    }

    func lead(_ tenant: Client, email: String, firstName: String? = nil) -> Lead {
        Lead(clientId: tenant.id, campaignId: tenant.id == a.id ? campaignA.id : campaignB.id, email: email, firstName: firstName)
    }
}
