import AgencyCore

/// What an AI enrichment pass found for a lead. `nil` fields were not produced and leave
/// the lead's value as it is.
public struct LeadEnrichment: Hashable, Sendable {
    /// Summary of the message.
    public var aiSummary: String?
    /// Detected intent.
    public var intent: String?
    /// Detected tone (tracked in `tone_history`).
    public var tone: String?
    /// Detected urgency (tracked in `urgency_history`).
    public var urgency: String?
    /// Confidence that the lead is qualified, 0–1; rounded to two decimals as
    /// `numeric(3,2)` stores it (tracked in `confidence_history`).
    public var confidenceScore: SQLNumeric?
    /// Relationship analysis.
    public var relationshipInsight: String?

    /// Creates an enrichment.
    public init(aiSummary: String? = nil, intent: String? = nil, tone: String? = nil, urgency: String? = nil,
                confidenceScore: SQLNumeric? = nil, relationshipInsight: String? = nil) {
        self.aiSummary = aiSummary
        self.intent = intent
        self.tone = tone
        self.urgency = urgency
        self.confidenceScore = confidenceScore
        self.relationshipInsight = relationshipInsight
    }
}
