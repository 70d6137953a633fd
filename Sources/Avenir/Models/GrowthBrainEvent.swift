import AgencyCore

/// One learning event of a client's growth brain (`growth_brain`): its kind, the
/// learning snapshot, a human-readable insight and a confidence.
///
/// ``learningSnapshot`` is stored exactly as read (any JSON, unknown kinds and keys
/// included); ``snapshot()`` gives the typed view for the row's ``eventType``.
public struct GrowthBrainEvent: Model {
    /// Primary key; assigned by the store when `ID/unassigned`.
    public var id: ID<GrowthBrainEvent>
    /// The owning client (tenant); `NOT NULL` in AgencyKit.
    public var clientId: ClientID
    /// The kind of event (an open set).
    public var eventType: GrowthEventType
    /// The learning data, exactly as stored.
    public var learningSnapshot: JSONValue?
    /// Insight for the dashboard.
    public var insightText: String?
    /// Confidence in the insight, 0–1 with two decimals.
    public var confidence: SQLNumeric?
    /// Inserted at; set by the store.
    public var createdAt: Timestamp

    /// Creates an event; every argument but client and kind has the database default.
    public init(
        id: ID<GrowthBrainEvent> = .unassigned, clientId: ClientID, eventType: GrowthEventType,
        learningSnapshot: JSONValue? = nil, insightText: String? = nil, confidence: SQLNumeric? = nil,
        createdAt: Timestamp = .unassigned
    ) {
        self.id = id
        self.clientId = clientId
        self.eventType = eventType
        self.learningSnapshot = learningSnapshot
        self.insightText = insightText
        self.confidence = confidence
        self.createdAt = createdAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case clientId = "client_id"
        case eventType = "event_type"
        case learningSnapshot = "learning_snapshot"
        case insightText = "insight_text"
        case confidence
        case createdAt = "created_at"
    }
}
