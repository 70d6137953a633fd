import AgencyCore
import AgencyStore
import Avenir

/// The seed's maintenance operations: archiving idle leads and purging test data.
public struct AvenirMaintenance: Sendable {
    /// The store, scoped to one client or platform-wide (purge needs platform-wide).
    public let store: ScopedStore
    /// Where "now" comes from.
    public let clock: any TimeSource

    /// Creates the service.
    public init(store: ScopedStore, clock: any TimeSource) {
        self.store = store
        self.clock = clock
    }

    /// Archives every lead of the scope idle for a year (see
    /// `LeadMaintenance/idleLeads(_:actions:now:)`): `archived = true`, tag `Archived`
    /// and an `archive` action each, all in one batch. Returns the archived leads.
    ///
    /// - Throws: `StoreError`.
    public func archiveIdleLeads() async throws -> [LeadMemory] {
        let now = clock.now()
        let cutoff = LeadMaintenance.oneYearBefore(now)
        let candidates = try await store.fetch(Query<LeadMemory>()
            .where(\.currentTag, .equals(.active))
            .where(\.timestamp, .lessThan(cutoff)))
        let recent = try await store.fetch(Query<LeadAction>().where(\.timestamp, .greaterThan(cutoff)))
        let idle = LeadMaintenance.idleLeads(candidates, actions: recent, now: now)
        guard !idle.isEmpty else { return [] }
        var batch = WriteBatch()
        for lead in idle {
            let change = try LeadLifecycle.apply(.archive, to: lead, at: now)
            batch.update(change.lead)
            batch.insert(change.action)
        }
        return try await store.apply(batch).compactMap { $0.row(as: LeadMemory.self) }
    }

    /// Removes every test client (`is_test = true`) for good with the seed's cascade —
    /// their leads, lead actions, growth-brain events and key-rotation log — in one batch.
    /// An explicit, platform-wide operation.
    ///
    /// - Throws: `StoreError/requiresPlatformScope(table:operation:)` in a tenant scope;
    ///   `StoreError`.
    public func purgeTestData() async throws -> PurgeReport {
        guard store.scope.isPlatformWide else {
            throw StoreError.requiresPlatformScope(table: Client.schema.name, operation: "purge of test data")
        }
        let testClients = try await store.fetch(Query<Client>().where(\.isTest, .equals(true)))
        guard !testClients.isEmpty else { return PurgeReport() }
        var batch = WriteBatch()
        for client in testClients { batch.purge(Client.self, id: client.id) }
        var total = PurgeReport()
        for result in try await store.apply(batch) {
            guard let report = result.purge else { continue }
            total.removed.merge(report.removed, uniquingKeysWith: +)
            total.nulled.merge(report.nulled, uniquingKeysWith: +)
        }
        return total
    }
}
