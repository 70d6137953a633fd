import AgencyCore
import AgencyOS
import AgencyStore

/// Refines a client's ICP search criteria with its newest valid WHO pattern and logs what
/// changed (`icp_refinement_log`), as the reference's scout does before a pool search.
///
/// ```swift
/// let icp = IcpRefinementService(store: store.scoped(.tenant(clientID)))
/// let refined = try await icp.refine(ICPCriteria(titles: ["CEO"], industries: ["SaaS"]), forClient: clientID, at: now)
/// search(with: refined.criteria)
/// ```
public struct IcpRefinementService: Sendable {
    /// The store read and written.
    public let store: ScopedStore
    /// The refinement rules (confidence gate 0.6, lift 1.2, at most 5 items).
    public var refinement: WhoRefinement

    /// A service over `store`.
    public init(store: ScopedStore, refinement: WhoRefinement = WhoRefinement()) {
        self.store = store
        self.refinement = refinement
    }

    /// Refines `base` for the client at `now` with ``WhoRefinement``:
    ///
    /// - the pattern is the client's newest live WHO pattern valid at `now`
    ///   (``PatternRepository/newestValidWhoPattern(clientId:at:)``); without one, or below the
    ///   confidence gate, the base comes back unchanged and nothing is written;
    /// - the client's `targeting_locked_fields` are respected;
    /// - when at least one refinement applied, the `icp_refinement_log` row (base and refined
    ///   criteria, the refinements, the pattern's id and confidence, `applied_at = now`) is
    ///   inserted and returned in ``ICPRefinementResult/log`` as stored.
    ///
    /// `base` is never modified, and neither is the client's stored ICP.
    ///
    /// - Throws: `StoreError` (e.g. `.notFound` for an unknown client), or `DecodingError`
    ///   when the stored WHO pattern is not WHO-shaped.
    public func refine(_ base: ICPCriteria, forClient clientId: ID<Client>, at now: Timestamp) async throws
        -> ICPRefinementResult {
        let client = try await store.get(Client.self, id: clientId)
        guard let pattern = try await PatternRepository(store: store).newestValidWhoPattern(clientId: clientId, at: now) else {
            return ICPRefinementResult(criteria: base, refinements: [], log: nil)
        }
        var result = try refinement.refine(base, with: pattern, lockedFields: client.targetingLockedFields, at: now)
        if let log = result.log { result.log = try await store.insert(log) }
        return result
    }

    /// The client's refinement log, newest first.
    ///
    /// - Throws: `StoreError`.
    public func log(forClient clientId: ID<Client>) async throws -> [IcpRefinementLog] {
        try await store.fetch(Query<IcpRefinementLog>().where(\.clientId, .equals(clientId)).sorted(by: \.appliedAt, .descending))
    }
}
