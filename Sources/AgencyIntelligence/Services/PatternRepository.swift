import AgencyCore
import AgencyOS
import AgencyStore

/// The conversion patterns of a store: one live row per (client, type), older versions
/// archived to `conversion_pattern_history`.
///
/// ```swift
/// let patterns = PatternRepository(store: store.scoped(.tenant(clientID)))
/// let row = try await patterns.save(WhoDetector().detect(leads: leads, now: now), clientId: clientID, now: now)
/// let who = try await patterns.newestValid(.who, clientId: clientID, at: now)
/// ```
///
/// **Save is an upsert** (the reference inserted, so a second save broke the unique key, D#6):
/// when the client has a live row of the type, that row is copied to history (with its
/// `valid_until` and `archived_at = now`, D#4) and updated in place — same id, version-checked
/// — otherwise a row is inserted. Either way in **one** all-or-nothing batch, with
/// `computed_at = now` and `valid_until = now + validityDays`. A concurrent save of the same
/// (client, type) loses cleanly with `StoreError.staleWrite` (or `.uniqueViolation` when both
/// inserted) and writes nothing.
public struct PatternRepository: Sendable {
    /// The store read and written; tenant-scoped for one client, or platform-wide.
    public let store: ScopedStore
    /// Days a saved pattern stays valid (14).
    public let validityDays: Int

    /// A repository over `store`.
    public init(store: ScopedStore, validityDays: Int = DetectorStatistics.validityDays) {
        self.store = store
        self.validityDays = validityDays
    }

    /// Saves a detection as the client's live pattern of its type (see the type's notes).
    ///
    /// - Returns: The stored row.
    /// - Throws: ``IntelligenceServiceError/invalidValidityDays(_:)``, `EncodingError` (never for
    ///   AgencyKit's patterns) or `StoreError`.
    @discardableResult
    public func save<Pattern>(_ detection: Detection<Pattern>, clientId: ID<Client>, now: Timestamp) async throws
        -> ConversionPattern {
        try await save(clientId: clientId, type: detection.patternType, patterns: try detection.patternJSON(),
                       sampleSize: detection.sampleSize, confidence: detection.confidence, now: now)
    }

    /// Saves `patterns` as the client's live pattern of `type` (see the type's notes).
    ///
    /// - Returns: The stored row.
    /// - Throws: ``IntelligenceServiceError/invalidValidityDays(_:)`` or `StoreError`.
    @discardableResult
    public func save(clientId: ID<Client>, type: PatternType, patterns: JSONValue, sampleSize: Int, confidence: Double,
                     now: Timestamp) async throws -> ConversionPattern {
        guard validityDays > 0 else { throw IntelligenceServiceError.invalidValidityDays(validityDays) }
        var batch = WriteBatch()
        if var live = try await current(type, clientId: clientId) {
            batch.insert(ConversionPatternHistory(archiving: live, at: now))
            live.patterns = patterns
            live.sampleSize = sampleSize
            live.confidence = confidence
            live.computedAt = now
            live.validUntil = now.adding(days: validityDays)
            batch.update(live)
        } else {
            batch.insert(ConversionPattern.make(clientId: clientId, type: type, patterns: patterns, sampleSize: sampleSize,
                                                confidence: confidence, now: now, validityDays: validityDays))
        }
        guard let stored = try await store.apply(batch).last?.row(as: ConversionPattern.self) else {
            throw StoreError.backend("the store returned no conversion_patterns row for a save")
        }
        return stored
    }

    /// The client's live row of `type`, valid or not (what a save replaces).
    ///
    /// - Throws: `StoreError`.
    public func current(_ type: PatternType, clientId: ID<Client>) async throws -> ConversionPattern? {
        try await store.first(Query<ConversionPattern>().where(\.clientId, .equals(clientId))
            .where(\.patternType, .equals(type)))
    }

    /// Live patterns valid at `now` (`now < valid_until`), of one client or of every client
    /// in the scope, oldest computation first.
    ///
    /// - Throws: `StoreError`.
    public func validPatterns(clientId: ID<Client>? = nil, at now: Timestamp) async throws -> [ConversionPattern] {
        try await store.fetch(Self.forClient(clientId, ConversionPattern.validQuery(at: now)).sorted(by: \.computedAt))
    }

    /// Valid patterns with confidence ≥ 0.7 (``ConversionPattern/highConfidenceThreshold``).
    ///
    /// - Throws: `StoreError`.
    public func highConfidencePatterns(clientId: ID<Client>? = nil, at now: Timestamp) async throws -> [ConversionPattern] {
        try await store.fetch(Self.forClient(clientId, ConversionPattern.highConfidenceQuery(at: now)).sorted(by: \.computedAt))
    }

    /// The newest live pattern of `type` valid at `now` (highest `computed_at`), or `nil`.
    ///
    /// - Throws: `StoreError`.
    public func newestValid(_ type: PatternType, clientId: ID<Client>, at now: Timestamp) async throws -> ConversionPattern? {
        try await store.first(ConversionPattern.validQuery(at: now, type: type).where(\.clientId, .equals(clientId))
            .sorted(by: \.computedAt, .descending))
    }

    /// The newest valid WHO pattern: what ICP refinement reads.
    ///
    /// - Throws: `StoreError`.
    public func newestValidWhoPattern(clientId: ID<Client>, at now: Timestamp) async throws -> ConversionPattern? {
        try await newestValid(.who, clientId: clientId, at: now)
    }

    /// The archived versions of the client's patterns, of one type or all, newest archive first.
    ///
    /// - Throws: `StoreError`.
    public func history(clientId: ID<Client>, type: PatternType? = nil) async throws -> [ConversionPatternHistory] {
        var query = Query<ConversionPatternHistory>().where(\.clientId, .equals(clientId))
        if let type { query = query.where(\.patternType, .equals(type)) }
        return try await store.fetch(query.sorted(by: \.archivedAt, .descending))
    }

    static func forClient(_ clientId: ID<Client>?, _ query: Query<ConversionPattern>) -> Query<ConversionPattern> {
        clientId.map { query.where(\.clientId, .equals($0)) } ?? query
    }
}
