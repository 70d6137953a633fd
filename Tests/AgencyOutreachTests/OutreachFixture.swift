import AgencyCore
import AgencyOS
import AgencyStore

/// A store with one client and campaign, for outreach tests.
struct OutreachFixture {
    let store: InMemoryStore
    let clock: ManualTimeSource
    let client: Client
    let campaign: Campaign
    let scoped: ScopedStore

    static func make() async throws -> OutreachFixture {
        let clock = ManualTimeSource(Timestamp(year: 2026, month: 3, day: 2, hour: 9)!)
        let store = try InMemoryStore(schema: AgencyOSSchema.target, clock: clock, ids: .seeded(42))
        let client = try await store.scoped(.platformWide).insert(Client(name: "Acme Growth"))
        let scoped = store.scoped(.tenant(client.id))
        let campaign = try await scoped.insert(Campaign(clientId: client.id, name: "Founders"))
        return OutreachFixture(store: store, clock: clock, client: client, campaign: campaign, scoped: scoped)
    }

    func lead(_ email: String, title: String? = nil, company: String? = nil) -> Lead {
        Lead(clientId: client.id, campaignId: campaign.id, email: email, title: title, company: company)
    }
}
