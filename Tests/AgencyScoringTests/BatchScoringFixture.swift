import AgencyCore
import AgencyOS
import AgencyStore
import Foundation
@testable import AgencyScoring

/// An in-memory store with one client, two campaigns and a handful of varied leads, for
/// the batch scoring tests.
struct BatchScoringFixture {
    static let today = Fixture.today
    static let start = Timestamp(year: 2026, month: 1, day: 23, hour: 9)!

    let store: InMemoryStore
    let clock: ManualTimeSource
    let client: Client
    let founders: Campaign
    let agencies: Campaign
    let scoped: ScopedStore

    static func make(learnedWeights: JSONValue? = nil) async throws -> BatchScoringFixture {
        let clock = ManualTimeSource(start)
        let store = try InMemoryStore(schema: AgencyOSSchema.target, clock: clock, ids: .seeded(7))
        let client = try await store.scoped(.platformWide).insert(
            Client(name: "Acme Growth", icpIndustries: ["Software", "Marketing"], alsLearnedWeights: learnedWeights))
        let scoped = store.scoped(.tenant(client.id))
        let founders = try await scoped.insert(Campaign(clientId: client.id, name: "Founders"))
        let agencies = try await scoped.insert(Campaign(clientId: client.id, name: "Agencies"))
        return BatchScoringFixture(store: store, clock: clock, client: client, founders: founders, agencies: agencies,
                                   scoped: scoped)
    }

    /// A lead of `campaign` whose fields vary with `index`, so scores differ.
    func lead(_ index: Int, in campaign: Campaign, status: LeadStatus = .new) -> Lead {
        let titles = ["CEO", "VP Sales", "Marketing Manager", "Executive Assistant", nil, "Head of Growth"]
        let industries = ["Software", "Retail", "Marketing and Advertising", nil]
        let countries = ["Australia", "US", "Germany", nil]
        return Lead(
            clientId: client.id, campaignId: campaign.id, email: "lead\(index)@company\(index % 4).com",
            phone: index % 2 == 0 ? "+6140000\(1000 + index)" : nil, title: titles[index % titles.count],
            linkedinUrl: index % 3 == 0 ? "https://linkedin.com/in/lead\(index)" : nil, domain: "company\(index % 4).com",
            organizationIndustry: industries[index % industries.count], organizationEmployeeCount: 10 + index * 17,
            organizationCountry: countries[index % countries.count], organizationIsHiring: index % 2 == 1,
            employmentStartDate: Self.today.adding(days: -30 * index), status: status,
            emailVerified: index % 3 == 1, bounceCount: index % 5 == 4 ? 1 : 0)
    }

    /// Inserts `count` leads of `campaign`, numbered from `first`.
    @discardableResult
    func insertLeads(_ count: Int, in campaign: Campaign, from first: Int = 0) async throws -> [Lead] {
        try await scoped.insert((first..<(first + count)).map { lead($0, in: campaign) })
    }

    /// Every lead of the client, soft-deleted ones included, in key order.
    func allLeads() async throws -> [Lead] {
        try await scoped.fetch(Query<Lead>().includingDeleted())
    }

    /// The scorer the service should use for this client.
    func scorer(for client: Client) -> ALSScorer {
        ALSScorer(configuration: ALSScoringConfiguration(client: client, today: Self.today))
    }
}

/// A store that passes everything to `base` but makes the `failing`-th transaction fail
/// after its own writes: it appends an update of a lead that does not exist, so `base`
/// applies the real writes, hits the bad one and rolls the whole batch back.
struct FailingTransactionStore: Store {
    let base: InMemoryStore
    let failing: Int
    let counter = Counter()

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func next() -> Int {
            lock.lock()
            defer { lock.unlock() }
            value += 1
            return value
        }
    }

    func fetch<Row: Model>(_ query: Query<Row>, in scope: StoreScope) async throws -> [Row] {
        try await base.fetch(query, in: scope)
    }

    func count<Row: Model>(_ query: Query<Row>, in scope: StoreScope) async throws -> Int {
        try await base.count(query, in: scope)
    }

    func apply(_ batch: WriteBatch, in scope: StoreScope) async throws -> [WriteResult] {
        var batch = batch
        if counter.next() == failing, let update = batch.operations.first?.row as? Lead {
            var ghost = update
            var generator = SeededGenerator(seed: 99)
            ghost.id = ID(UUID.version4(using: &generator))
            batch.update(ghost)
        }
        return try await base.apply(batch, in: scope)
    }
}
