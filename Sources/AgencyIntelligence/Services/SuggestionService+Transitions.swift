import AgencyCore
import AgencyOS
import AgencyStore

/// What an expiry sweep did.
public struct SuggestionExpiryReport: Hashable, Sendable {
    /// Suggestions moved to expired (each with its history row).
    public var expired: Int
    /// Overdue suggestions left as they were because they changed while the sweep ran (a
    /// concurrent review or deletion); the next sweep looks at them again.
    public var conflicts: Int

    /// Creates a report.
    public init(expired: Int = 0, conflicts: Int = 0) {
        self.expired = expired
        self.conflicts = conflicts
    }
}

extension SuggestionService {
    /// pending → approved, from the copy the reviewer read: sets `reviewed_at`, `reviewed_by`
    /// and `client_notes` (when non-empty), with its history row, in one transaction.
    ///
    /// - Throws: ``SuggestionTransitionError`` (nothing written) or `StoreError` (e.g.
    ///   `.staleWrite` when the suggestion changed since it was read; nothing written).
    @discardableResult
    public func approve(_ suggestion: CampaignSuggestion, by user: ID<User>, notes: String? = nil,
                        at now: Timestamp) async throws -> CampaignSuggestion {
        try await record(SuggestionLifecycle.approve(suggestion, by: user, notes: notes, at: now), readFrom: suggestion)
    }

    /// pending → rejected: sets `reviewed_at`, `reviewed_by` and `rejection_reason` (when
    /// non-empty), with its history row, in one transaction.
    ///
    /// - Throws: ``SuggestionTransitionError`` or `StoreError`; either way nothing is written.
    @discardableResult
    public func reject(_ suggestion: CampaignSuggestion, by user: ID<User>, reason: String? = nil,
                       at now: Timestamp) async throws -> CampaignSuggestion {
        try await record(SuggestionLifecycle.reject(suggestion, by: user, reason: reason, at: now), readFrom: suggestion)
    }

    /// approved → applied: sets `applied_at`, with its history row, in one transaction.
    ///
    /// - Throws: ``SuggestionTransitionError`` or `StoreError`; either way nothing is written.
    @discardableResult
    public func markApplied(_ suggestion: CampaignSuggestion, by user: ID<User>? = nil, note: String? = nil,
                            at now: Timestamp) async throws -> CampaignSuggestion {
        try await record(SuggestionLifecycle.markApplied(suggestion, by: user, note: note, at: now), readFrom: suggestion)
    }

    /// pending or approved → expired, at or after `expires_at`, by the system, with its
    /// history row, in one transaction.
    ///
    /// - Throws: ``SuggestionTransitionError`` or `StoreError`; either way nothing is written.
    @discardableResult
    public func expire(_ suggestion: CampaignSuggestion, at now: Timestamp) async throws -> CampaignSuggestion {
        try await record(SuggestionLifecycle.expire(suggestion, at: now), readFrom: suggestion)
    }

    /// The expiry sweep: every live pending or approved suggestion of the client with
    /// `expires_at ≤ now` becomes expired, each in its own transaction with its history row.
    /// (Approved suggestions expire too, see ``SuggestionLifecycle``, which is why the
    /// pending-only ``CampaignSuggestion/overdueQuery(at:)`` is not enough here.)
    ///
    /// A suggestion that changes while the sweep runs is counted in
    /// ``SuggestionExpiryReport/conflicts`` and left for the next sweep.
    ///
    /// - Throws: ``IntelligenceServiceError/invalidPageSize(_:)`` or `StoreError` from a read.
    public func expireDue(forClient clientId: ID<Client>, at now: Timestamp, pageSize: Int = 200) async throws
        -> SuggestionExpiryReport {
        guard pageSize > 0 else { throw IntelligenceServiceError.invalidPageSize(pageSize) }
        let overdue = Query<CampaignSuggestion>().where(\.clientId, .equals(clientId))
            .where(\.status, .isIn([.pending, .approved])).where(\.expiresAt, .atMost(now))
        var report = SuggestionExpiryReport()
        var query = overdue
        while true {
            let page = try await store.page(query, size: pageSize)
            for suggestion in page.rows {
                do {
                    _ = try await record(SuggestionLifecycle.expire(suggestion, at: now), readFrom: suggestion)
                    report.expired += 1
                } catch let error as StoreError {
                    switch error {
                    case .staleWrite, .notFound: report.conflicts += 1
                    default: throw error
                    }
                }
            }
            guard let cursor = page.nextCursor else { return report }
            query = overdue.after(cursor: cursor)
        }
    }

    /// Writes `transition` (computed from `read`) in one transaction, version-checked against `read`.
    func record(_ transition: SuggestionTransition, readFrom read: CampaignSuggestion) async throws -> CampaignSuggestion {
        var row = transition.suggestion
        // The lifecycle stamps `updated_at = now`; the store checks the version that was read
        // and advances it itself.
        row.updatedAt = read.updatedAt
        var batch = WriteBatch()
        batch.update(row)
        batch.insert(transition.history)
        guard let stored = try await store.apply(batch).first?.row(as: CampaignSuggestion.self) else {
            throw StoreError.backend("the store returned no campaign_suggestions row for a transition")
        }
        return stored
    }
}
