import AgencyCore

extension SDKUsageLog {
    /// The `sdk_usage_log` table.
    public static let schema = TableSchema<SDKUsageLog>(
        "sdk_usage_log",
        columns: [
            Column("id", \.id, .uuid, default: .randomUUID),
            Column("client_id", \.clientId, .uuid),
            Column("lead_id", \.leadId, .uuid),
            Column("campaign_id", \.campaignId, .uuid),
            Column("user_id", \.userId, .uuid),
            Column("agent_type", \.agentType, .varchar(50), rules: [.nonEmpty]),
            Column("model_used", \.modelUsed, .varchar(100), rules: [.nonEmpty]),
            Column("input_tokens", \.inputTokens, .integer, default: .value(.int(0)), rules: [.nonNegative]),
            Column("output_tokens", \.outputTokens, .integer, default: .value(.int(0)), rules: [.nonNegative]),
            Column("cached_tokens", \.cachedTokens, .integer, default: .value(.int(0)), rules: [.nonNegative]),
            Column("cost_aud", \.costAud, .numeric(precision: 10, scale: 6), default: .value(.numeric(0)),
                   rules: [.nonNegative]),
            Column("turns_used", \.turnsUsed, .integer, default: .value(.int(1)), rules: [.nonNegative]),
            Column("duration_ms", \.durationMs, .integer, default: .value(.int(0)), rules: [.nonNegative]),
            Column(json: "tool_calls", \.toolCalls, default: .value(.json(.emptyArray))),
            Column("success", \.success, .boolean, default: .value(.bool(true))),
            Column("error_message", \.errorMessage, .text),
            Column("created_at", \.createdAt, .timestamptz, default: .now),
            Column("deleted_at", \.deletedAt, .timestamptz),
            Column("signals_used", \.signalsUsed, .array(.text)),
            Column("output_schema", \.outputSchema, .varchar(100)),
        ],
        tenancy: .owned(column: "client_id"),
        foreignKeys: [
            ForeignKey("client_id", references: "clients", onDelete: .cascade),
            ForeignKey("lead_id", references: "leads", onDelete: .setNull),
            ForeignKey("campaign_id", references: "campaigns", onDelete: .setNull),
            ForeignKey("user_id", references: "users", onDelete: .setNull),
        ],
        indexes: [
            IndexDescription("idx_sdk_usage_client", columns: ["client_id"], where: .isNull(.column("deleted_at"))),
            IndexDescription("idx_sdk_usage_lead", columns: ["lead_id"], where: .isNull(.column("deleted_at"))),
            IndexDescription("idx_sdk_usage_agent", columns: ["agent_type"], where: .isNull(.column("deleted_at"))),
            IndexDescription("idx_sdk_usage_created", columns: ["created_at"], where: .isNull(.column("deleted_at"))),
        ],
        softDelete: .timestamp(column: "deleted_at"),
        timestamps: .createdOnly)
}
