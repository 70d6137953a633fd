import AgencyCore
import AgencyOS
import AgencyStore

/// Whether a client qualifies for the weekly learning run, and how many conversions it has.
public struct LearningEligibility: Hashable, Sendable {
    /// The client.
    public var clientId: ID<Client>
    /// Its name.
    public var clientName: String
    /// Live converted leads updated within the eligibility window.
    public var conversionCount: Int

    /// Creates an entry.
    public init(clientId: ID<Client>, clientName: String, conversionCount: Int) {
        self.clientId = clientId
        self.clientName = clientName
        self.conversionCount = conversionCount
    }
}

extension LearningRun {
    /// The clients in the scope that qualify for learning at `now`, in client-id order:
    ///
    /// - the client is live (not soft-deleted);
    /// - its subscription is `active` or `trialing`;
    /// - it has at least ``minimumConversions`` live leads with status `converted` whose
    ///   `updated_at` is at least `now − eligibilityWindowDays` (the reference filters on
    ///   `updated_at`, the time of conversion, not `created_at`).
    ///
    /// Clients are read a page at a time; each count runs in the client's tenant scope.
    ///
    /// - Throws: ``IntelligenceServiceError/invalidPageSize(_:)`` or `StoreError`.
    public func eligibleClients(at now: Timestamp) async throws -> [LearningEligibility] {
        guard pageSize > 0 else { throw IntelligenceServiceError.invalidPageSize(pageSize) }
        let clients = Query<Client>().where(\.subscriptionStatus, .isIn([.active, .trialing]))
        let cutoff = now.adding(days: -eligibilityWindowDays)
        var eligible: [LearningEligibility] = []
        var query = clients
        while true {
            let page = try await store.page(query, size: pageSize)
            for client in page.rows {
                let conversions = try await clientStore(client.id).count(Query<Lead>()
                    .where(\.clientId, .equals(client.id)).where(\.status, .equals(.converted))
                    .where(\.updatedAt, .atLeast(cutoff)))
                if conversions >= minimumConversions {
                    eligible.append(LearningEligibility(clientId: client.id, clientName: client.name,
                                                        conversionCount: conversions))
                }
            }
            guard let cursor = page.nextCursor else { return eligible }
            query = clients.after(cursor: cursor)
        }
    }
}
