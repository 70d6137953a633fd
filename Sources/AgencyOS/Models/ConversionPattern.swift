import AgencyCore
import Foundation

/// What CIS learned about one client for one pattern type (`conversion_patterns`): the
/// pattern JSON, its sample size and confidence, and how long it stays valid. One live row per
/// (client, type); saving a new version archives the old one to history.
public struct ConversionPattern: Model, SoftDeletable, Timestamped {
    /// Primary key; assigned by the store when ``ID/unassigned``.
    public var id: ID<ConversionPattern>
    /// The owning client (tenant).
    public var clientId: ID<Client>
    /// WHO, WHAT, WHEN, HOW or FUNNEL.
    public var patternType: PatternType
    /// The detector's pattern JSON.
    public var patterns: JSONValue
    /// Rows the pattern was computed from.
    public var sampleSize: Int
    /// Confidence 0–1.
    public var confidence: Double
    /// When the pattern was computed.
    public var computedAt: Timestamp
    /// When the pattern expires.
    public var validUntil: Timestamp
    /// Inserted at; set by the store.
    public var createdAt: Timestamp
    /// Last changed at; set by the store.
    public var updatedAt: Timestamp
    /// Soft-deleted (archived) at; `nil` while live.
    public var deletedAt: Timestamp?

    /// Creates a pattern row.
    public init(
        id: ID<ConversionPattern> = .unassigned, clientId: ID<Client>, patternType: PatternType, patterns: JSONValue,
        sampleSize: Int, confidence: Double, computedAt: Timestamp = .unassigned, validUntil: Timestamp,
        createdAt: Timestamp = .unassigned, updatedAt: Timestamp = .unassigned, deletedAt: Timestamp? = nil
    ) {
        self.id = id
        self.clientId = clientId
        self.patternType = patternType
        self.patterns = patterns
        self.sampleSize = sampleSize
        self.confidence = confidence
        self.computedAt = computedAt
        self.validUntil = validUntil
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.deletedAt = deletedAt
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
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case deletedAt = "deleted_at"
    }
}
