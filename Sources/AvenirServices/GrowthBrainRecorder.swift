import AgencyCore
import AgencyStore
import Avenir

/// Computes a client's period insights with `GrowthBrainAnalytics` from the store's
/// rows and records them as growth-brain events.
public struct GrowthBrainRecorder: Sendable {
    /// The store, scoped to the client or platform-wide.
    public let store: ScopedStore
    /// Where "now" comes from.
    public let clock: any TimeSource

    /// Creates the service.
    public init(store: ScopedStore, clock: any TimeSource) {
        self.store = store
        self.clock = clock
    }

    /// Writes the `urgency_trend`, `tone_distribution`, `engagement_score` and
    /// `conversion_prediction` events of `clientId` in one batch and returns them as stored.
    /// The leads read include deleted ones, as the seed's analytics query does.
    ///
    /// - Throws: `StoreError`.
    public func recordPeriodInsights(for clientId: ClientID) async throws -> [GrowthBrainEvent] {
        let now = clock.now()
        let leads = try await store.fetch(Query<LeadMemory>().where(\.clientId, .equals(clientId)).includingDeleted())
        let conversions = try await store.fetch(Query<GrowthBrainEvent>()
            .where(\.clientId, .equals(clientId))
            .where(\.eventType, .equals(.conversion))
            .sorted(by: \.createdAt, .descending)
            .limit(GrowthBrainAnalytics.predictionHistoryLimit))
        var batch = WriteBatch()
        batch.insert(try GrowthBrainAnalytics.urgencyTrend(of: leads, clientId: clientId, now: now))
        batch.insert(try GrowthBrainAnalytics.toneDistribution(of: leads, clientId: clientId, now: now))
        batch.insert(try GrowthBrainAnalytics.engagementScore(of: leads, clientId: clientId, now: now))
        batch.insert(try GrowthBrainAnalytics.conversionPrediction(leads: leads.filter { !$0.deleted }, conversions: conversions,
                                                                   clientId: clientId, now: now))
        return try await store.apply(batch).compactMap { $0.row(as: GrowthBrainEvent.self) }
    }
}
