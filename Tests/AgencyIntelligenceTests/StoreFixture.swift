import AgencyCore
import AgencyIntelligence
import AgencyOS
import AgencyStore
import Foundation

/// An in-memory Agency OS store for the store-backed intelligence tests, with its clock at
/// ``Fixtures/now``.
struct StoreFixture {
    let store: InMemoryStore
    let clock: ManualTimeSource

    static func make(seed: UInt64 = 5) throws -> StoreFixture {
        let clock = ManualTimeSource(Fixtures.now)
        return StoreFixture(store: try InMemoryStore(schema: AgencyOSSchema.target, clock: clock, ids: .seeded(seed)),
                            clock: clock)
    }

    var platform: ScopedStore { store.scoped(.platformWide) }

    func scoped(_ client: ID<Client>) -> ScopedStore { store.scoped(.tenant(client)) }

    /// Inserts a client (100 days old, active by default).
    func client(_ name: String, status: SubscriptionStatus = .active, locked: [String] = []) async throws -> Client {
        try await platform.insert(Client(name: name, subscriptionStatus: status, targetingLockedFields: locked,
                                         createdAt: Fixtures.now.adding(days: -100)))
    }

    /// Inserts a user (a reviewer).
    func user(_ email: String = "reviewer@agency.test") async throws -> User {
        try await platform.insert(User(email: email))
    }

    /// Inserts a synthetic dataset: its client, campaigns, leads and activities, with their ids.
    func insert(_ dataset: SyntheticDataset, status: SubscriptionStatus = .active) async throws {
        var client = dataset.client
        client.subscriptionStatus = status
        _ = try await platform.insert(client)
        let tenant = scoped(client.id)
        _ = try await tenant.insert(dataset.campaigns)
        for start in stride(from: 0, to: dataset.leads.count, by: 1_000) {
            _ = try await tenant.insert(Array(dataset.leads[start..<min(start + 1_000, dataset.leads.count)]))
        }
        for start in stride(from: 0, to: dataset.activities.count, by: 2_000) {
            _ = try await tenant.insert(Array(dataset.activities[start..<min(start + 2_000, dataset.activities.count)]))
        }
    }

    /// Converted leads for `client` (each updated `daysAgo` days ago), enough for eligibility.
    func convertedLeads(_ count: Int, for client: Client, campaign: Campaign, updatedDaysAgo: Int = 3) async throws {
        _ = try await scoped(client.id).insert((0..<count).map { index in
            Lead(clientId: client.id, campaignId: campaign.id, email: "won\(index)@\(client.name.lowercased()).test",
                 status: .converted, createdAt: Fixtures.now.adding(days: -30),
                 updatedAt: Fixtures.now.adding(days: -updatedDaysAgo))
        })
    }
}

/// A small synthetic client (400 leads, about 1 600 activities, funnel records).
enum SmallDataset {
    static func make(seed: UInt64, leads: Int = 400, effects: PlantedEffects = .standard) -> SyntheticDataset {
        SyntheticDataGenerator(configuration: SyntheticConfiguration(
            seed: seed, leadCount: leads, touchesPerLead: 3...5, baseConversionRate: 0.12, effects: effects))
            .generate(now: Fixtures.now)
    }
}

/// A store that passes everything to `base` but refuses writes to one table in one tenant's
/// scope, or runs `before` ahead of a chosen write — to test failure isolation and races.
struct ScriptedStore: Store {
    let base: InMemoryStore
    var failingTable: String?
    var failingScope: StoreScope?
    /// Runs once, before the first batch that writes `racingTable`, against `base`.
    var race: (@Sendable (InMemoryStore) async throws -> Void)?
    var racingTable: String?
    let raced = Flag()

    final class Flag: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false
        /// Sets the flag; whether it was clear.
        func set() -> Bool {
            lock.lock()
            defer { lock.unlock() }
            defer { value = true }
            return !value
        }
    }

    init(base: InMemoryStore, failing table: String? = nil, in scope: StoreScope? = nil) {
        self.base = base
        failingTable = table
        failingScope = scope
    }

    init(base: InMemoryStore, racing table: String, race: @escaping @Sendable (InMemoryStore) async throws -> Void) {
        self.base = base
        racingTable = table
        self.race = race
    }

    func fetch<Row: Model>(_ query: Query<Row>, in scope: StoreScope) async throws -> [Row] {
        try await base.fetch(query, in: scope)
    }

    func count<Row: Model>(_ query: Query<Row>, in scope: StoreScope) async throws -> Int {
        try await base.count(query, in: scope)
    }

    func apply(_ batch: WriteBatch, in scope: StoreScope) async throws -> [WriteResult] {
        let tables = Set(batch.operations.map(\.table))
        if let failingTable, tables.contains(failingTable), failingScope == nil || failingScope == scope {
            throw StoreError.backend("injected failure writing \(failingTable)")
        }
        if let racingTable, let race, tables.contains(racingTable), raced.set() {
            try await race(base)
        }
        return try await base.apply(batch, in: scope)
    }
}
