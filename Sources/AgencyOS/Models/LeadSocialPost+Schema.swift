import AgencyCore

extension LeadSocialPost {
    /// The `lead_social_posts` table.
    public static let schema = TableSchema<LeadSocialPost>(
        "lead_social_posts",
        columns: [
            Column("id", \.id, .uuid, default: .randomUUID),
            Column("lead_id", \.leadId, .uuid),
            Column("source", \.source, .text, rules: [.nonEmpty]),
            Column("post_content", \.postContent, .text),
            Column("post_date", \.postDate, .date),
            Column("summary_hook", \.summaryHook, .text),
            Column("created_at", \.createdAt, .timestamptz, default: .now),
        ],
        tenancy: .inherited(through: "lead_id"),
        foreignKeys: [ForeignKey("lead_id", references: "leads", onDelete: .cascade)],
        indexes: [IndexDescription("idx_lead_social_posts_lead_id", columns: ["lead_id"])],
        timestamps: .createdOnly)
}
