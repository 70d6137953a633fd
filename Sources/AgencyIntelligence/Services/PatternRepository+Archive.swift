import AgencyCore
import AgencyOS
import AgencyStore

/// What the archive step for expired patterns did (the reference's `{archived_count, archived_at}`).
public struct PatternArchiveReport: Hashable, Sendable {
    /// Patterns moved to history and soft-deleted.
    public var archivedCount: Int
    /// The `archived_at` written to every history row.
    public var archivedAt: Timestamp
    /// Transactions committed (one per page of expired patterns).
    public var transactions: Int

    /// Creates a report.
    public init(archivedCount: Int = 0, archivedAt: Timestamp, transactions: Int = 0) {
        self.archivedCount = archivedCount
        self.archivedAt = archivedAt
        self.transactions = transactions
    }
}

extension PatternRepository {
    /// The weekly archive step: every live pattern in the scope whose `valid_until ≤ now`
    /// (``ConversionPattern/expiredQuery(at:)``) gets a history row (with `valid_until` and
    /// `archived_at = now`, D#4) and is soft-deleted (D#3), so the (client, type) slot is free
    /// for the next save.
    ///
    /// Works a page of `pageSize` patterns at a time, each page one all-or-nothing
    /// transaction (history rows and soft deletes together). If a page fails, the pages
    /// before it stay committed and the error is thrown; running the step again finishes the
    /// work. `deleted_at` is stamped by the store's clock, like every soft delete.
    ///
    /// - Throws: ``IntelligenceServiceError/invalidPageSize(_:)`` or `StoreError`.
    public func archiveExpired(at now: Timestamp, pageSize: Int = 500) async throws -> PatternArchiveReport {
        guard pageSize > 0 else { throw IntelligenceServiceError.invalidPageSize(pageSize) }
        var report = PatternArchiveReport(archivedAt: now)
        var archived = Set<ID<ConversionPattern>>()
        while true {
            let expired = try await store.fetch(ConversionPattern.expiredQuery(at: now).limit(pageSize))
            if expired.isEmpty { return report }
            var batch = WriteBatch()
            for pattern in expired {
                guard archived.insert(pattern.id).inserted else {
                    throw StoreError.backend("pattern \(pattern.id) is still live after it was soft-deleted")
                }
                batch.insert(ConversionPatternHistory(archiving: pattern, at: now))
                batch.softDelete(ConversionPattern.self, id: pattern.id)
            }
            _ = try await store.apply(batch)
            report.archivedCount += expired.count
            report.transactions += 1
        }
    }
}
