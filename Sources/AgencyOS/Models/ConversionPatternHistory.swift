import AgencyCore
import Foundation

/// An archived version of a conversion pattern (`conversion_pattern_history`), written when a
/// newer version replaces it or it expires. Append-only.
public struct ConversionPatternHistory: Model {
    /// Primary key; assigned by the store when ``ID/unassigned``.
    public var id: ID<ConversionPatternHistory>
    /// The owning client (tenant).
    public var clientId: ID<Client>
    /// The pattern type.
    public var patternType: PatternType
    /// The archived pattern JSON.
    public var patterns: JSONValue
    /// Its sample size.
    public var sampleSize: Int
    /// Its confidence.
    public var confidence: Double
    /// When it was computed.
    public var computedAt: Timestamp
    /// When it was due to expire.
    public var validUntil: Timestamp
    /// When it was archived; set by the store when unassigned.
    public var archivedAt: Timestamp

    /// Creates a history row.
    public init(
        id: ID<ConversionPatternHistory> = .unassigned, clientId: ID<Client>, patternType: PatternType,
        patterns: JSONValue, sampleSize: Int, confidence: Double, computedAt: Timestamp, validUntil: Timestamp,
        archivedAt: Timestamp = .unassigned
    ) {
        self.id = id
        self.clientId = clientId
        self.patternType = patternType
        self.patterns = patterns
        self.sampleSize = sampleSize
        self.confidence = confidence
        self.computedAt = computedAt
        self.validUntil = validUntil
        self.archivedAt = archivedAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case clientId = "client_id"
        case patternType = "pattern_type"
        case patterns
        case sampleSize = "sample_size"
        case confidence
        case computedAt = "computed_at"
        case validUntil = "valid_until"
        case archivedAt = "archived_at"
    }
}
