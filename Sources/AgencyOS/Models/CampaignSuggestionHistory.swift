import AgencyCore
import Foundation

/// One status change of a campaign suggestion (`campaign_suggestion_history`): old and new
/// status, who and why. Written in the same transaction as the change; append-only.
public struct CampaignSuggestionHistory: Model {
    /// Primary key; assigned by the store when ``ID/unassigned``.
    public var id: ID<CampaignSuggestionHistory>
    /// The suggestion.
    public var suggestionId: ID<CampaignSuggestion>
    /// The status before (`nil` for creation).
    public var oldStatus: SuggestionStatus?
    /// The status after.
    public var newStatus: SuggestionStatus
    /// Who changed it (`nil` for the system).
    public var changedBy: ID<User>?
    /// Why.
    public var changeReason: String?
    /// When; set by the store when unassigned.
    public var changedAt: Timestamp

    /// Creates a history row.
    public init(
        id: ID<CampaignSuggestionHistory> = .unassigned, suggestionId: ID<CampaignSuggestion>,
        oldStatus: SuggestionStatus? = nil, newStatus: SuggestionStatus, changedBy: ID<User>? = nil,
        changeReason: String? = nil, changedAt: Timestamp = .unassigned
    ) {
        self.id = id
        self.suggestionId = suggestionId
        self.oldStatus = oldStatus
        self.newStatus = newStatus
        self.changedBy = changedBy
        self.changeReason = changeReason
        self.changedAt = changedAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case suggestionId = "suggestion_id"
        case oldStatus = "old_status"
        case newStatus = "new_status"
        case changedBy = "changed_by"
        case changeReason = "change_reason"
        case changedAt = "changed_at"
    }
}
