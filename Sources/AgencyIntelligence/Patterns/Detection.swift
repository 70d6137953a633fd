import AgencyCore
import AgencyOS
import Foundation

/// What a detector found: the pattern plus the sample size and confidence it is saved with.
public struct Detection<Pattern: Codable & Hashable & Sendable>: Hashable, Sendable {
    /// The pattern type the detection is saved as.
    public var patternType: PatternType
    /// The pattern (the `patterns` JSONB).
    public var pattern: Pattern
    /// Rows analysed (the actual count, also for a default pattern).
    public var sampleSize: Int
    /// The confidence the pattern is saved with (unrounded, as the reference stores it).
    public var confidence: Double
    /// When the detection ran.
    public var computedAt: Timestamp
    /// Whether the detector emitted its default pattern for lack of data.
    public var isDefault: Bool

    /// Creates a detection.
    public init(patternType: PatternType, pattern: Pattern, sampleSize: Int, confidence: Double,
                computedAt: Timestamp, isDefault: Bool) {
        self.patternType = patternType
        self.pattern = pattern
        self.sampleSize = sampleSize
        self.confidence = confidence
        self.computedAt = computedAt
        self.isDefault = isDefault
    }

    /// The pattern as the JSON value stored in `conversion_patterns.patterns`.
    ///
    /// - Throws: `EncodingError` (never for AgencyKit's patterns).
    public func patternJSON() throws -> JSONValue { try JSONValue(encoding: pattern) }

    /// The pattern's JSON text with sorted keys: byte-identical for identical inputs.
    ///
    /// - Throws: `EncodingError` (never for AgencyKit's patterns).
    public func encodedPattern() throws -> Data { try JSONEncoder.agencyKit.encode(pattern) }

    /// The `conversion_patterns` row for `clientId`: computed now, valid for `validityDays`.
    ///
    /// - Throws: `EncodingError` (never for AgencyKit's patterns).
    public func conversionPattern(clientId: ID<Client>,
                                  validityDays: Int = DetectorStatistics.validityDays) throws -> ConversionPattern {
        ConversionPattern(clientId: clientId, patternType: patternType, patterns: try patternJSON(),
                          sampleSize: sampleSize, confidence: confidence, computedAt: computedAt,
                          validUntil: computedAt.adding(days: validityDays))
    }
}
