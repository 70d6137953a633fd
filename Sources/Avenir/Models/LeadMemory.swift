import AgencyCore

/// An enriched lead (`lead_memory`): what the lead sent, what the AI made of it, its
/// lifecycle tag and flags, and the histories of its tone, urgency and confidence.
///
/// Change the tag only through ``LeadLifecycle`` (each change has its `lead_actions`
/// row) and the enrichment through ``LeadMemory/enriched(with:at:)`` (histories append
/// only on change).
public struct LeadMemory: Model, FlagSoftDeletable {
    /// Primary key; assigned by the store when `ID/unassigned`.
    public var id: ID<LeadMemory>
    /// The lead's email.
    public var email: String
    /// The lead's name.
    public var name: String
    /// What the lead wrote.
    public var message: String?
    /// The lead's language (free text; the seed has no CHECK here).
    public var language: String
    /// AI summary of the message.
    public var aiSummary: String?
    /// Detected intent.
    public var intent: String?
    /// Current detected tone.
    public var tone: String?
    /// Current detected urgency.
    public var urgency: String?
    /// AI confidence that the lead is qualified, 0–1 with two decimals.
    public var confidenceScore: SQLNumeric?
    /// The owning client (tenant); `NOT NULL` in AgencyKit.
    public var clientId: ClientID
    /// Lifecycle tag.
    public var currentTag: LeadTag
    /// Archived for later review (lifecycle state, not deletion).
    public var archived: Bool
    /// Soft-deleted (the table's soft-delete flag).
    public var deleted: Bool
    /// Whether this is test data.
    public var isTest: Bool
    /// Every tone observed, oldest first.
    public var toneHistory: [HistoryEntry<String>]
    /// Every urgency observed, oldest first.
    public var urgencyHistory: [HistoryEntry<String>]
    /// Every confidence observed, oldest first.
    public var confidenceHistory: [HistoryEntry<SQLNumeric>]
    /// AI relationship analysis.
    public var relationshipInsight: String?
    /// When the lead arrived; set by the store, never changed (the table's `created_at`).
    public var timestamp: Timestamp
    /// When the lead last changed; advanced by the store on every write (the version).
    public var lastUpdated: Timestamp

    /// Creates a lead; every argument but email, name and client has the database default.
    public init(
        id: ID<LeadMemory> = .unassigned, email: String, name: String, message: String? = nil, language: String = "en",
        aiSummary: String? = nil, intent: String? = nil, tone: String? = nil, urgency: String? = nil,
        confidenceScore: SQLNumeric? = nil, clientId: ClientID, currentTag: LeadTag = .active, archived: Bool = false,
        deleted: Bool = false, isTest: Bool = false, toneHistory: [HistoryEntry<String>] = [],
        urgencyHistory: [HistoryEntry<String>] = [], confidenceHistory: [HistoryEntry<SQLNumeric>] = [],
        relationshipInsight: String? = nil, timestamp: Timestamp = .unassigned, lastUpdated: Timestamp = .unassigned
    ) {
        self.id = id
        self.email = email
        self.name = name
        self.message = message
        self.language = language
        self.aiSummary = aiSummary
        self.intent = intent
        self.tone = tone
        self.urgency = urgency
        self.confidenceScore = confidenceScore
        self.clientId = clientId
        self.currentTag = currentTag
        self.archived = archived
        self.deleted = deleted
        self.isTest = isTest
        self.toneHistory = toneHistory
        self.urgencyHistory = urgencyHistory
        self.confidenceHistory = confidenceHistory
        self.relationshipInsight = relationshipInsight
        self.timestamp = timestamp
        self.lastUpdated = lastUpdated
    }

    /// The soft-delete flag (`deleted`), for `FlagSoftDeletable`.
    public var isDeleted: Bool {
        get { deleted }
        set { deleted = newValue }
    }

    enum CodingKeys: String, CodingKey {
        case id
        case email
        case name
        case message
        case language
        case aiSummary = "ai_summary"
        case intent
        case tone
        case urgency
        case confidenceScore = "confidence_score"
        case clientId = "client_id"
        case currentTag = "current_tag"
        case archived
        case deleted
        case isTest = "is_test"
        case toneHistory = "tone_history"
        case urgencyHistory = "urgency_history"
        case confidenceHistory = "confidence_history"
        case relationshipInsight = "relationship_insight"
        case timestamp
        case lastUpdated = "last_updated"
    }
}
