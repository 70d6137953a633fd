import AgencyCore
import AgencyOS
import AgencyOutreach
import AgencyStore

/// Scores every lead of a client or of a campaign through a tenant-scoped store and
/// records the scores, one transaction per batch.
///
/// ```swift
/// let service = LeadScoringService(store: store.scoped(.tenant(clientID)), batchSize: 500)
/// let report = try await service.scoreLeads(ofClient: clientID, now: clock.now(), today: today)
/// print(report)   // scored 1200 (changed 40, unchanged 1160), skipped 3 suppressed, …
/// ```
///
/// A run loads the client (its ICP industries and learned weights, chosen by
/// ``ALSWeightSelection/init(client:)``: invalid learned weights fall back to the defaults
/// and the report names the reason), then reads the leads page by page in primary-key
/// order (keyset pagination, so writes of earlier pages cannot shift later ones). For each
/// page it checks the emails against the three suppression lists in one call, scores the
/// remaining leads, and writes the changed ones with ``Lead/record(_:scoredAt:)`` in one
/// all-or-nothing transaction.
///
/// - Soft-deleted leads are never read; suppressed leads are neither scored nor written.
/// - A lead whose stored score columns (`als_score`, `als_tier`, the five component
///   columns, `als_components`, `als_weights_used`) and status already equal the new score
///   is not written: rescoring with unchanged inputs writes nothing, so `scored_at` and
///   `updated_at` stay as they were.
/// - If a batch fails, the batches before it stay committed and the failed one is rolled
///   back by the store (``LeadScoringError/batchFailed(batch:committed:error:)``); running
///   again completes the work.
public struct LeadScoringService: Sendable {
    /// The batch size used when none is given.
    public static let defaultBatchSize = 500

    /// The tenant-scoped store read and written.
    public let store: ScopedStore
    /// Leads read, scored and written per transaction.
    public let batchSize: Int
    /// Domains whose leads take the competitor deduction.
    public let competitorDomains: [String]

    /// A service for the client of `store`'s scope.
    ///
    /// - Parameters:
    ///   - store: A store scoped to the client whose leads are scored.
    ///   - batchSize: Leads per page and per transaction (must be positive; checked when a
    ///     run starts).
    ///   - competitorDomains: Domains that take the −15 competitor deduction.
    public init(store: ScopedStore, batchSize: Int = defaultBatchSize, competitorDomains: [String] = []) {
        self.store = store
        self.batchSize = batchSize
        self.competitorDomains = competitorDomains
    }

    /// Scores every live lead of the client.
    ///
    /// - Parameters:
    ///   - now: The value written to `scored_at` of changed leads.
    ///   - today: The date the timing rules count days from.
    /// - Throws: ``LeadScoringError`` for a bad batch size or a failed batch;
    ///   `StoreError` when the client cannot be read in this scope.
    public func scoreLeads(ofClient clientID: ID<Client>, now: Timestamp, today: LocalDate) async throws -> LeadScoringReport {
        try checkBatchSize()
        let client = try await store.get(Client.self, id: clientID)
        return try await run(Query<Lead>().where(\.clientId, .equals(clientID)), client: client, now: now, today: today)
    }

    /// Scores every live lead of the campaign, with its client's configuration.
    ///
    /// - Parameters:
    ///   - now: The value written to `scored_at` of changed leads.
    ///   - today: The date the timing rules count days from.
    /// - Throws: ``LeadScoringError`` for a bad batch size or a failed batch;
    ///   `StoreError` when the campaign or its client cannot be read in this scope.
    public func scoreLeads(ofCampaign campaignID: ID<Campaign>, now: Timestamp, today: LocalDate) async throws
        -> LeadScoringReport {
        try checkBatchSize()
        let campaign = try await store.get(Campaign.self, id: campaignID)
        let client = try await store.get(Client.self, id: campaign.clientId)
        let leads = Query<Lead>().where(\.clientId, .equals(client.id)).where(\.campaignId, .equals(campaignID))
        return try await run(leads, client: client, now: now, today: today)
    }

    private func checkBatchSize() throws {
        guard batchSize > 0 else { throw LeadScoringError.invalidBatchSize(batchSize) }
    }

    private func run(_ leads: Query<Lead>, client: Client, now: Timestamp, today: LocalDate) async throws
        -> LeadScoringReport {
        let configuration = ALSScoringConfiguration(client: client, today: today, competitorDomains: competitorDomains)
        let scorer = ALSScorer(configuration: configuration)
        let suppression = SuppressionCheck(store: store)
        var report = LeadScoringReport(weights: configuration.weights)
        var query = leads
        while true {
            let batchNumber = report.batches + 1
            do {
                let page = try await store.page(query, size: batchSize)
                if page.rows.isEmpty { break }
                let suppressed = try await suppression.matches(page.rows.map(\.email))
                var batch = WriteBatch()
                var outcome = LeadScoringReport(weights: configuration.weights)
                for lead in page.rows {
                    if suppressed[EmailAddress.normalized(lead.email)] != nil {
                        outcome.skippedSuppressed += 1
                        continue
                    }
                    outcome.scored += 1
                    let scored = lead.recording(scorer.score(lead), scoredAt: now)
                    if Self.scoreColumnsEqual(lead, scored) {
                        outcome.unchanged += 1
                    } else {
                        outcome.changed += 1
                        batch.update(scored)
                    }
                }
                if !batch.isEmpty {
                    _ = try await store.apply(batch)
                    outcome.transactions = 1
                }
                report.add(outcome)
                guard let cursor = page.nextCursor else { break }
                query = leads.after(cursor: cursor)
            } catch let error as StoreError {
                throw LeadScoringError.batchFailed(batch: batchNumber, committed: report, error: error)
            } catch {
                throw LeadScoringError.batchFailed(
                    batch: batchNumber, committed: report, error: .backend(String(describing: error)))
            }
        }
        return report
    }

    /// Whether recording the score changed nothing but `scored_at`: then the lead is not
    /// written. A lead that was never scored (`scored_at` null) always is.
    static func scoreColumnsEqual(_ stored: Lead, _ scored: Lead) -> Bool {
        guard stored.scoredAt != nil else { return false }
        var comparable = scored
        comparable.scoredAt = stored.scoredAt
        return comparable == stored
    }
}

extension LeadScoringReport {
    mutating func add(_ page: LeadScoringReport) {
        scored += page.scored
        changed += page.changed
        unchanged += page.unchanged
        skippedSuppressed += page.skippedSuppressed
        transactions += page.transactions
        batches += 1
    }
}
