import AgencyCore
import AgencyOS
import AgencyStore
import Foundation

/// What one suggestion generation did.
public struct SuggestionGenerationResult: Hashable, Sendable {
    /// The client's eligibility (evaluated even when forced).
    public var eligibility: SuggestionEligibility
    /// The stored pending suggestions, by priority descending.
    public var suggestions: [CampaignSuggestion]
    /// Suggestions the generator returned that the policy dropped (invalid, below their floor, over the limit).
    public var skipped: Int

    /// Creates a result.
    public init(eligibility: SuggestionEligibility, suggestions: [CampaignSuggestion], skipped: Int) {
        self.eligibility = eligibility
        self.suggestions = suggestions
        self.skipped = skipped
    }
}

/// Campaign suggestions through a store: generation into pending rows, review transitions
/// with their history rows, and the expiry sweep.
///
/// ```swift
/// let suggestions = SuggestionService(store: store.scoped(.tenant(clientID)))
/// let generated = try await suggestions.generate(forClient: clientID, at: now)
/// let approved = try await suggestions.approve(generated.suggestions[0], by: reviewerID, notes: "go", at: now)
/// ```
///
/// Every status change goes through ``SuggestionLifecycle`` (an illegal one throws
/// ``SuggestionTransitionError`` and writes nothing) and is written as **one** transaction:
/// the suggestion, updated from the copy the caller read (version-checked, so a stale
/// concurrent review fails with `StoreError.staleWrite` and writes nothing), and its
/// `campaign_suggestion_history` row (old, new, actor, reason, `changed_at = now`).
public struct SuggestionService: Sendable {
    /// The store read and written (tenant-scoped for one client, or platform-wide).
    public let store: ScopedStore
    /// The generator (rule-based by default; an LLM-backed one can be plugged in).
    public var generator: any SuggestionGenerator
    /// Floors, validation and the per-run limit, applied to every generator's output.
    public var policy: SuggestionPolicy

    /// A service over `store`.
    public init(store: ScopedStore, generator: any SuggestionGenerator = RuleBasedSuggestionGenerator(),
                policy: SuggestionPolicy = SuggestionPolicy()) {
        self.store = store
        self.generator = generator
        self.policy = policy
    }

    /// Generates and stores pending suggestions for the client at `now`.
    ///
    /// Reads the client, its live patterns valid at `now` and its live campaigns; checks
    /// ``SuggestionEligibility`` (unless `force`; an ineligible client gets no suggestions
    /// and nothing is written); runs the generator on the ``SuggestionContext``; applies
    /// ``policy``; then inserts, in **one** transaction, each suggestion (status pending) and
    /// its creation history row (no old status → pending, reason "generated", actor none).
    ///
    /// The suggestions' ids are derived from (client, `now`, position), not drawn by the
    /// store, so the creation rows can name them inside the same transaction; generating
    /// twice for a client at the same instant therefore fails with
    /// `StoreError.uniqueViolation` and writes nothing (a replay cannot duplicate suggestions).
    ///
    /// - Throws: `StoreError`, ``IntelligenceServiceError/foreignSuggestion(expected:found:)``,
    ///   `DecodingError` for a stored pattern of the wrong shape, or the generator's error.
    public func generate(forClient clientId: ID<Client>, at now: Timestamp, force: Bool = false) async throws
        -> SuggestionGenerationResult {
        let client = try await store.get(Client.self, id: clientId)
        let patterns = try await PatternRepository(store: store).validPatterns(clientId: clientId, at: now)
        let eligibility = SuggestionEligibility.evaluate(client: client, patterns: patterns, now: now)
        guard eligibility.isEligible || force else {
            return SuggestionGenerationResult(eligibility: eligibility, suggestions: [], skipped: 0)
        }
        let campaigns = try await store.fetch(Query<Campaign>().where(\.clientId, .equals(clientId)))
        let context = try SuggestionContext(clientId: clientId, now: now, patterns: patterns, campaigns: campaigns)
        let drafts = try await generator.generateSuggestions(for: context)
        if let foreign = drafts.first(where: { $0.clientId != clientId }) {
            throw IntelligenceServiceError.foreignSuggestion(expected: clientId, found: foreign.clientId)
        }
        let kept = policy.finalize(drafts)
        guard !kept.isEmpty else {
            return SuggestionGenerationResult(eligibility: eligibility, suggestions: [], skipped: drafts.count)
        }
        var batch = WriteBatch()
        for (position, draft) in kept.enumerated() {
            var suggestion = draft
            suggestion.id = Self.suggestionID(clientId: clientId, at: now, position: position)
            suggestion.status = .pending
            batch.insert(suggestion)
            batch.insert(try SuggestionLifecycle.creationRecord(for: suggestion, at: now))
        }
        let stored = try await store.apply(batch).compactMap { $0.row(as: CampaignSuggestion.self) }
        return SuggestionGenerationResult(eligibility: eligibility, suggestions: stored, skipped: drafts.count - kept.count)
    }

    /// The live suggestion with `id`.
    ///
    /// - Throws: `StoreError.notFound` when there is none in the scope.
    public func suggestion(_ id: ID<CampaignSuggestion>) async throws -> CampaignSuggestion {
        try await store.get(CampaignSuggestion.self, id: id)
    }

    /// The client's suggestions awaiting review at `now` (``CampaignSuggestion/pendingQuery(at:)``):
    /// pending, not expired, highest priority first.
    ///
    /// - Throws: `StoreError`.
    public func pending(forClient clientId: ID<Client>, at now: Timestamp) async throws -> [CampaignSuggestion] {
        try await store.fetch(CampaignSuggestion.pendingQuery(at: now).where(\.clientId, .equals(clientId)))
    }

    /// The status changes of a suggestion in the order they happened (creation first).
    ///
    /// Rows are ordered by `changed_at`; changes made at the same instant (an approval applied
    /// at once) are ordered by following the chain of statuses, each row's old status being
    /// the previous row's new one, which the state machine makes unambiguous.
    ///
    /// - Throws: `StoreError`.
    public func history(of id: ID<CampaignSuggestion>) async throws -> [CampaignSuggestionHistory] {
        var remaining = try await store.fetch(Query<CampaignSuggestionHistory>().where(\.suggestionId, .equals(id))
            .sorted(by: \.changedAt))
        var ordered: [CampaignSuggestionHistory] = []
        ordered.reserveCapacity(remaining.count)
        var status: SuggestionStatus?
        while let next = remaining.firstIndex(where: { $0.oldStatus == status })
            ?? remaining.indices.min(by: { remaining[$0].changedAt < remaining[$1].changedAt }) {
            let row = remaining.remove(at: next)
            ordered.append(row)
            status = row.newStatus
        }
        return ordered
    }

    /// The id of the suggestion at `position` of a generation for `clientId` at `now`: a
    /// version-4 UUID drawn from a generator seeded with the FNV-1a hash of the three, so it is
    /// the same on every platform and run.
    static func suggestionID(clientId: ID<Client>, at now: Timestamp, position: Int) -> ID<CampaignSuggestion> {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        func mix(_ byte: UInt8) {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        withUnsafeBytes(of: clientId.rawValue.uuid) { for byte in $0 { mix(byte) } }
        for value in [UInt64(bitPattern: now.microsecondsSinceEpoch), UInt64(position)] {
            for shift in stride(from: 0, to: 64, by: 8) { mix(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
        }
        var generator = SeededGenerator(seed: hash)
        return ID(UUID.version4(using: &generator))
    }
}
