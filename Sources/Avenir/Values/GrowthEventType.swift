import AgencyCore

/// The kind of a `growth_brain` row (`event_type`): one of the seven documented kinds,
/// or any other text.
///
/// The column has no CHECK, and the intelligence engine adds kinds over time, so this is
/// an open set: an unknown value decodes, is kept verbatim and encodes back unchanged
/// (a `RawRepresentable` struct rather than a `SchemaEnum`, which would reject it).
public struct GrowthEventType: RawRepresentable, Hashable, Sendable, Codable, SQLValueConvertible,
    ExpressibleByStringLiteral, CustomStringConvertible {
    /// The text stored in `event_type`.
    public var rawValue: String

    /// Wraps any text.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Wraps a string literal.
    public init(stringLiteral value: String) { rawValue = value }

    /// A lead was converted.
    public static let conversion: GrowthEventType = "conversion"
    /// A conversion was reverted.
    public static let reversion: GrowthEventType = "reversion"
    /// The engine found a behavioural pattern.
    public static let patternDetected: GrowthEventType = "pattern_detected"
    /// The overall engagement level.
    public static let engagementScore: GrowthEventType = "engagement_score"
    /// The urgency mix over time.
    public static let urgencyTrend: GrowthEventType = "urgency_trend"
    /// The tone mix.
    public static let toneDistribution: GrowthEventType = "tone_distribution"
    /// A forecast of conversions.
    public static let conversionPrediction: GrowthEventType = "conversion_prediction"

    /// The seven documented kinds, in the seed's order.
    public static let known: [GrowthEventType] = [
        .conversion, .reversion, .patternDetected, .engagementScore, .urgencyTrend, .toneDistribution,
        .conversionPrediction,
    ]

    /// Whether this is one of the documented kinds.
    public var isKnown: Bool { Self.known.contains(self) }

    /// Decodes any text.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes the text unchanged.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// `.text(rawValue)`.
    public var sqlValue: SQLValue { .text(rawValue) }

    /// From `.text`; any text is accepted.
    public init(sqlValue: SQLValue) throws { rawValue = try String(sqlValue: sqlValue) }

    /// The raw text.
    public var description: String { rawValue }
}
