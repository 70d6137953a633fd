import AgencyCore
import AgencyStore
import Avenir

/// Lead lifecycle changes written to a store: each change, its `lead_actions` row and,
/// for a conversion or a revert, its growth-brain event, in ONE all-or-nothing batch.
/// An illegal change throws `LeadTransitionError` before anything is written.
public struct LeadLifecycleService: Sendable {
    /// What one lifecycle change stored.
    public struct Outcome: Sendable, Hashable {
        /// The lead as stored after the change.
        public let lead: LeadMemory
        /// The action row as stored.
        public let action: LeadAction
        /// The growth-brain event written with a conversion or a revert.
        public let growthEvent: GrowthBrainEvent?
    }

    /// The store, scoped to a client (or platform-wide).
    public let store: ScopedStore
    /// Where action timestamps and history timestamps come from.
    public let clock: any TimeSource

    /// Creates the service.
    public init(store: ScopedStore, clock: any TimeSource) {
        self.store = store
        self.clock = clock
    }

    /// Inserts a new lead (tag `Active`) with its `insert` action; an unassigned id is
    /// drawn from `generator` (pass `SystemRandomNumberGenerator()` in production).
    ///
    /// - Throws: `LeadTransitionError` for a lead that does not start Active; `StoreError`.
    public func insert<G: RandomNumberGenerator>(_ lead: LeadMemory, using generator: inout G) async throws -> Outcome {
        let change = try LeadLifecycle.insertion(of: lead, at: clock.now(), using: &generator)
        var batch = WriteBatch()
        batch.insert(change.lead)
        batch.insert(change.action)
        return try outcome(of: try await store.apply(batch))
    }

    /// Applies `transition` to the lead `id`. A change to `Converted` also records a
    /// `conversion` event (`conversionValue` if known), a revert a `reversion` event.
    ///
    /// - Throws: `LeadTransitionError` for an illegal change (nothing written);
    ///   `StoreError/notFound(table:key:)` when the lead is not in this scope.
    public func apply(_ transition: LeadTransition, to id: ID<LeadMemory>,
                      conversionValue: SQLNumeric? = nil) async throws -> Outcome {
        let lead = try await load(id)
        let now = clock.now()
        let change = try LeadLifecycle.apply(transition, to: lead, at: now)
        var batch = WriteBatch()
        batch.update(change.lead)
        if change.softDeletes { batch.softDelete(LeadMemory.self, id: id) }
        batch.insert(change.action)
        switch transition {
        case .tag(.converted):
            let prior = try await store.fetch(Query<LeadAction>().where(\.leadId, .equals(id)))
            batch.insert(try GrowthBrainAnalytics.conversion(of: change.lead, priorActions: prior, at: now,
                                                             conversionValue: conversionValue))
        case .revert:
            batch.insert(try GrowthBrainAnalytics.reversion(of: change.lead, reason: change.action.reversionReason ?? "", at: now))
        default:
            break
        }
        return try outcome(of: try await store.apply(batch))
    }

    /// Tags the lead `Active`, `Follow-Up` or `Converted`.
    ///
    /// - Throws: See ``apply(_:to:conversionValue:)``.
    public func tag(_ id: ID<LeadMemory>, as tag: LeadTag, conversionValue: SQLNumeric? = nil) async throws -> Outcome {
        try await apply(.tag(tag), to: id, conversionValue: conversionValue)
    }

    /// Reverts a converted lead to `Active` for `reason`.
    ///
    /// - Throws: See ``apply(_:to:conversionValue:)``.
    public func revert(_ id: ID<LeadMemory>, reason: String) async throws -> Outcome {
        try await apply(.revert(reason: reason), to: id)
    }

    /// Archives the lead.
    ///
    /// - Throws: See ``apply(_:to:conversionValue:)``.
    public func archive(_ id: ID<LeadMemory>) async throws -> Outcome { try await apply(.archive, to: id) }

    /// Soft-deletes the lead (`deleted = true`, tag `Deleted`).
    ///
    /// - Throws: See ``apply(_:to:conversionValue:)``.
    public func delete(_ id: ID<LeadMemory>) async throws -> Outcome { try await apply(.delete, to: id) }

    /// Applies an AI enrichment with its `update` action; histories grow only where a
    /// value changed. Returns `nil` (and writes nothing) when nothing changed.
    ///
    /// - Throws: `LeadTransitionError/leadDeleted`; `StoreError`.
    public func enrich(_ id: ID<LeadMemory>, with enrichment: LeadEnrichment) async throws -> Outcome? {
        let lead = try await load(id)
        guard let change = try LeadLifecycle.enrichment(of: lead, with: enrichment, at: clock.now()) else { return nil }
        var batch = WriteBatch()
        batch.update(change.lead)
        batch.insert(change.action)
        return try outcome(of: try await store.apply(batch))
    }

    /// The lead's action rows, oldest first.
    ///
    /// - Throws: `StoreError`.
    public func actions(of id: ID<LeadMemory>) async throws -> [LeadAction] {
        try await store.fetch(Query<LeadAction>().where(\.leadId, .equals(id)).sorted(by: \.timestamp))
    }

    /// The lead, deleted or not (a deleted lead must report `LeadTransitionError/leadDeleted`).
    private func load(_ id: ID<LeadMemory>) async throws -> LeadMemory {
        guard let lead = try await store.find(LeadMemory.self, id: id, includingDeleted: true) else {
            throw StoreError.notFound(table: LeadMemory.schema.name, key: id.description)
        }
        return lead
    }

    private func outcome(of results: [WriteResult]) throws -> Outcome {
        let rows = results.compactMap(\.row)
        guard let lead = rows.compactMap({ $0 as? LeadMemory }).last,
              let action = rows.compactMap({ $0 as? LeadAction }).first else {
            throw StoreError.backend("the store returned no lead_memory or lead_actions row for a lifecycle change")
        }
        return Outcome(lead: lead, action: action, growthEvent: rows.compactMap { $0 as? GrowthBrainEvent }.first)
    }
}
