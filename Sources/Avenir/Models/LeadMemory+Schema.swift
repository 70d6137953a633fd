import AgencyCore

extension LeadMemory {
    /// The `lead_memory` table.
    public static let schema = TableSchema<LeadMemory>(
        "lead_memory",
        columns: [
            Column("id", \.id, .uuid, default: .randomUUID),
            Column("email", \.email, .text),
            Column("name", \.name, .text),
            Column("message", \.message, .text),
            Column("language", \.language, .text, default: .value(.text("en"))),
            Column("ai_summary", \.aiSummary, .text),
            Column("intent", \.intent, .text),
            Column("tone", \.tone, .text),
            Column("urgency", \.urgency, .text),
            Column("confidence_score", \.confidenceScore, .numeric(precision: 3, scale: 2), rules: [.unitInterval]),
            Column("client_id", \.clientId, .uuid),
            Column("current_tag", \.currentTag, .text, default: .value(.text("Active"))),
            Column("archived", \.archived, .boolean, default: .value(.bool(false))),
            Column("deleted", \.deleted, .boolean, default: .value(.bool(false))),
            Column("is_test", \.isTest, .boolean, default: .value(.bool(false))),
            Column(json: "tone_history", \.toneHistory, default: .value(.json(.emptyArray))),
            Column(json: "urgency_history", \.urgencyHistory, default: .value(.json(.emptyArray))),
            Column(json: "confidence_history", \.confidenceHistory, default: .value(.json(.emptyArray))),
            Column("relationship_insight", \.relationshipInsight, .text),
            Column("timestamp", \.timestamp, .timestamptz, default: .now),
            Column("last_updated", \.lastUpdated, .timestamptz, default: .now),
        ],
        tenancy: .owned(column: "client_id"),
        foreignKeys: [ForeignKey("client_id", references: "clients", column: "client_id", onDelete: .cascade)],
        indexes: [
            IndexDescription("idx_lead_memory_client_id", columns: ["client_id"]),
            IndexDescription("idx_lead_memory_email", columns: ["email"]),
            IndexDescription("idx_lead_memory_is_test", columns: ["is_test"]),
            IndexDescription("idx_lead_memory_current_tag", columns: ["current_tag"]),
            IndexDescription("idx_lead_memory_timestamp", columns: ["-timestamp"]),
            IndexDescription("idx_lead_memory_urgency", columns: ["urgency"]),
            IndexDescription("idx_lead_memory_archived", columns: ["archived"],
                             where: .compare(.column("archived"), .equal, .value(.bool(false)))),
            IndexDescription("idx_lead_memory_deleted", columns: ["deleted"],
                             where: .compare(.column("deleted"), .equal, .value(.bool(false)))),
            IndexDescription("idx_lead_memory_client_active", columns: ["client_id", "current_tag", "is_test", "-timestamp"]),
        ],
        softDelete: .flag(column: "deleted"),
        timestamps: TimestampColumns(createdAt: "timestamp", updatedAt: "last_updated"))
}
