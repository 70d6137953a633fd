import AgencyCore

extension GrowthBrainEvent {
    /// The `growth_brain` table.
    public static let schema = TableSchema<GrowthBrainEvent>(
        "growth_brain",
        columns: [
            Column("id", \.id, .uuid, default: .randomUUID),
            Column("client_id", \.clientId, .uuid),
            Column("event_type", \.eventType, .text),
            Column("learning_snapshot", \.learningSnapshot, .jsonb),
            Column("insight_text", \.insightText, .text),
            Column("confidence", \.confidence, .numeric(precision: 3, scale: 2), rules: [.unitInterval]),
            Column("created_at", \.createdAt, .timestamptz, default: .now),
        ],
        tenancy: .owned(column: "client_id"),
        foreignKeys: [ForeignKey("client_id", references: "clients", column: "client_id", onDelete: .cascade)],
        indexes: [
            IndexDescription("idx_growth_brain_client_id", columns: ["client_id"]),
            IndexDescription("idx_growth_brain_event_type", columns: ["event_type"]),
            IndexDescription("idx_growth_brain_created_at", columns: ["-created_at"]),
            IndexDescription("idx_growth_brain_confidence", columns: ["-confidence"]),
            IndexDescription("idx_growth_brain_snapshot", columns: ["learning_snapshot"]),
        ],
        timestamps: .createdOnly)
}
