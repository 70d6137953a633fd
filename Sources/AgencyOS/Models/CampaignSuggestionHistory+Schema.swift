import AgencyCore

extension CampaignSuggestionHistory {
    /// The `campaign_suggestion_history` table.
    public static let schema = TableSchema<CampaignSuggestionHistory>(
        "campaign_suggestion_history",
        columns: [
            Column("id", \.id, .uuid, default: .randomUUID),
            Column("suggestion_id", \.suggestionId, .uuid),
            Column("old_status", \.oldStatus, .text),
            Column("new_status", \.newStatus, .text),
            Column("changed_by", \.changedBy, .uuid),
            Column("change_reason", \.changeReason, .text),
            Column("changed_at", \.changedAt, .timestamptz, default: .now),
        ],
        tenancy: .inherited(through: "suggestion_id"),
        foreignKeys: [
        ForeignKey("suggestion_id", references: "campaign_suggestions", onDelete: .cascade),
        ForeignKey("changed_by", references: "users", onDelete: .setNull),
        ],
        indexes: [IndexDescription("idx_campaign_suggestion_history_suggestion_id", columns: ["suggestion_id"])],
        mutability: .appendOnly)
}
