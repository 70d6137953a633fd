import AgencyCore

/// The typed view of a `growth_brain.learning_snapshot`, chosen by the row's event type.
///
/// Every typed snapshot keeps members it does not know, so decode → encode gives back the
/// stored object; an event type AgencyKit does not know keeps its JSON as it is.
public enum LearningSnapshot: Hashable, Sendable {
    /// A `conversion` event.
    case conversion(ConversionSnapshot)
    /// A `reversion` event.
    case reversion(ReversionSnapshot)
    /// A `pattern_detected` event.
    case patternDetected(PatternSnapshot)
    /// An `engagement_score` event.
    case engagementScore(EngagementSnapshot)
    /// An `urgency_trend` event.
    case urgencyTrend(UrgencyTrendSnapshot)
    /// A `tone_distribution` event.
    case toneDistribution(ToneDistributionSnapshot)
    /// A `conversion_prediction` event.
    case conversionPrediction(ConversionPredictionSnapshot)
    /// An event type AgencyKit does not know, with its JSON verbatim.
    case unrecognized(GrowthEventType, JSONValue)

    /// Reads `json` as the snapshot of an `eventType` event.
    ///
    /// - Throws: `DecodingError` when a known member of a known event type has another shape.
    public init(eventType: GrowthEventType, json: JSONValue) throws {
        switch eventType {
        case .conversion: self = .conversion(try json.decode(as: ConversionSnapshot.self))
        case .reversion: self = .reversion(try json.decode(as: ReversionSnapshot.self))
        case .patternDetected: self = .patternDetected(try json.decode(as: PatternSnapshot.self))
        case .engagementScore: self = .engagementScore(try json.decode(as: EngagementSnapshot.self))
        case .urgencyTrend: self = .urgencyTrend(try json.decode(as: UrgencyTrendSnapshot.self))
        case .toneDistribution: self = .toneDistribution(try json.decode(as: ToneDistributionSnapshot.self))
        case .conversionPrediction: self = .conversionPrediction(try json.decode(as: ConversionPredictionSnapshot.self))
        default: self = .unrecognized(eventType, json)
        }
    }

    /// The event type the snapshot belongs to.
    public var eventType: GrowthEventType {
        switch self {
        case .conversion: return .conversion
        case .reversion: return .reversion
        case .patternDetected: return .patternDetected
        case .engagementScore: return .engagementScore
        case .urgencyTrend: return .urgencyTrend
        case .toneDistribution: return .toneDistribution
        case .conversionPrediction: return .conversionPrediction
        case .unrecognized(let type, _): return type
        }
    }

    /// The snapshot as stored JSON.
    ///
    /// - Throws: `EncodingError` (not thrown by the snapshot types themselves).
    public func json() throws -> JSONValue {
        switch self {
        case .conversion(let value): return try JSONValue(encoding: value)
        case .reversion(let value): return try JSONValue(encoding: value)
        case .patternDetected(let value): return try JSONValue(encoding: value)
        case .engagementScore(let value): return try JSONValue(encoding: value)
        case .urgencyTrend(let value): return try JSONValue(encoding: value)
        case .toneDistribution(let value): return try JSONValue(encoding: value)
        case .conversionPrediction(let value): return try JSONValue(encoding: value)
        case .unrecognized(_, let value): return value
        }
    }
}

extension GrowthBrainEvent {
    /// Creates an event whose type and `learning_snapshot` come from a typed snapshot.
    ///
    /// - Throws: `EncodingError` (not thrown by the snapshot types themselves).
    public init(clientId: ClientID, snapshot: LearningSnapshot, insightText: String? = nil,
                confidence: SQLNumeric? = nil, createdAt: Timestamp = .unassigned) throws {
        self.init(clientId: clientId, eventType: snapshot.eventType, learningSnapshot: try snapshot.json(),
                  insightText: insightText, confidence: confidence, createdAt: createdAt)
    }

    /// The typed `learning_snapshot` for this row's event type, or `nil` when it is `NULL`.
    ///
    /// - Throws: `DecodingError` when a known member of a known event type has another shape
    ///   (the row itself still holds the JSON unchanged).
    public func snapshot() throws -> LearningSnapshot? {
        guard let json = learningSnapshot else { return nil }
        return try LearningSnapshot(eventType: eventType, json: json)
    }
}
