import AgencyCore
import Foundation

/// A change CIS proposes to a client's campaigns (`campaign_suggestions`), with its rationale,
/// recommended action, confidence and priority, reviewed by a person through the
/// pending → approved/rejected → applied lifecycle.
public struct CampaignSuggestion: Model, SoftDeletable, Timestamped {
    /// Primary key; assigned by the store when ``ID/unassigned``.
    public var id: ID<CampaignSuggestion>
    /// The owning client (tenant).
    public var clientId: ID<Client>
    /// The campaign concerned; `nil` for `create_campaign`.
    public var campaignId: ID<Campaign>?
    /// The kind of change.
    public var suggestionType: SuggestionType
    /// Review state.
    public var status: SuggestionStatus
    /// Short title.
    public var title: String
    /// What to do and why.
    public var description: String
    /// The pattern evidence behind the suggestion.
    public var rationale: JSONValue
    /// The concrete action.
    public var recommendedAction: JSONValue
    /// Confidence 0–1 (two decimals).
    public var confidence: SQLNumeric
    /// Priority 1–100.
    public var priority: Int
    /// The pattern types the suggestion draws on.
    public var patternTypes: [PatternType]
    /// The patterns as they were when suggested.
    public var patternSnapshot: JSONValue?
    /// Metrics when suggested.
    public var currentMetrics: JSONValue?
    /// Expected improvement if applied.
    public var projectedImprovement: JSONValue?
    /// When CIS generated it; set by the store when unassigned.
    public var generatedAt: Timestamp
    /// When a person reviewed it.
    public var reviewedAt: Timestamp?
    /// Who reviewed it.
    public var reviewedBy: ID<User>?
    /// When it was applied.
    public var appliedAt: Timestamp?
    /// When it expires if not acted on.
    public var expiresAt: Timestamp
    /// The reviewer's notes.
    public var clientNotes: String?
    /// Why it was rejected.
    public var rejectionReason: String?
    /// Inserted at; set by the store.
    public var createdAt: Timestamp
    /// Last changed at; set by the store.
    public var updatedAt: Timestamp
    /// Soft-deleted at; `nil` while live.
    public var deletedAt: Timestamp?

    /// Creates a suggestion; `expiresAt` is usually `generatedAt` + 14 days.
    public init(
        id: ID<CampaignSuggestion> = .unassigned, clientId: ID<Client>, campaignId: ID<Campaign>? = nil,
        suggestionType: SuggestionType, status: SuggestionStatus = .pending, title: String, description: String,
        rationale: JSONValue = .emptyObject, recommendedAction: JSONValue, confidence: SQLNumeric,
        priority: Int = 50, patternTypes: [PatternType] = [], patternSnapshot: JSONValue? = nil,
        currentMetrics: JSONValue? = nil, projectedImprovement: JSONValue? = nil,
        generatedAt: Timestamp = .unassigned, reviewedAt: Timestamp? = nil, reviewedBy: ID<User>? = nil,
        appliedAt: Timestamp? = nil, expiresAt: Timestamp, clientNotes: String? = nil,
        rejectionReason: String? = nil, createdAt: Timestamp = .unassigned, updatedAt: Timestamp = .unassigned,
        deletedAt: Timestamp? = nil
    ) {
        self.id = id
        self.clientId = clientId
        self.campaignId = campaignId
        self.suggestionType = suggestionType
        self.status = status
        self.title = title
        self.description = description
        self.rationale = rationale
        self.recommendedAction = recommendedAction
        self.confidence = confidence
        self.priority = priority
        self.patternTypes = patternTypes
        self.patternSnapshot = patternSnapshot
        self.currentMetrics = currentMetrics
        self.projectedImprovement = projectedImprovement
        self.generatedAt = generatedAt
        self.reviewedAt = reviewedAt
        self.reviewedBy = reviewedBy
        self.appliedAt = appliedAt
        self.expiresAt = expiresAt
        self.clientNotes = clientNotes
        self.rejectionReason = rejectionReason
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.deletedAt = deletedAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case clientId = "client_id"
        case campaignId = "campaign_id"
        case suggestionType = "suggestion_type"
        case status
        case title
        case description
        case rationale
        case recommendedAction = "recommended_action"
        case confidence
        case priority
        case patternTypes = "pattern_types"
        case patternSnapshot = "pattern_snapshot"
        case currentMetrics = "current_metrics"
        case projectedImprovement = "projected_improvement"
        case generatedAt = "generated_at"
        case reviewedAt = "reviewed_at"
        case reviewedBy = "reviewed_by"
        case appliedAt = "applied_at"
        case expiresAt = "expires_at"
        case clientNotes = "client_notes"
        case rejectionReason = "rejection_reason"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case deletedAt = "deleted_at"
    }
}
