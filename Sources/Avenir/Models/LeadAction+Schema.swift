import AgencyCore

extension LeadAction {
    /// `tag = 'Converted'`, false (not unknown) when the tag is `NULL`.
    private static let taggedConverted = SQLPredicate.and([
        .compare(.column("action_type"), .equal, .value(.text("tag"))),
        .isNotNull(.column("tag")),
        .compare(.column("tag"), .equal, .value(.text("Converted"))),
    ])

    /// The `lead_actions` table: an append-only log (the seed's later, fuller definition).
    public static let schema = TableSchema<LeadAction>(
        "lead_actions",
        columns: [
            Column("id", \.id, .uuid, default: .randomUUID),
            Column("lead_id", \.leadId, .uuid),
            Column("client_id", \.clientId, .uuid),
            Column("action_type", \.actionType, .text),
            Column("tag", \.tag, .text),
            Column("conversion_outcome", \.conversionOutcome, .boolean, default: .value(.bool(false))),
            Column("reversion_reason", \.reversionReason, .text),
            Column("is_test", \.isTest, .boolean, default: .value(.bool(false))),
            Column("timestamp", \.timestamp, .timestamptz, default: .now),
        ],
        tenancy: .owned(column: "client_id"),
        foreignKeys: [
            ForeignKey("lead_id", references: "lead_memory", onDelete: .cascade),
            ForeignKey("client_id", references: "clients", column: "client_id", onDelete: .cascade),
        ],
        checks: [
            TableCheck("lead_actions_conversion_outcome",
                       .or([.and([.compare(.column("conversion_outcome"), .equal, .value(.bool(true))), taggedConverted]),
                            .and([.compare(.column("conversion_outcome"), .equal, .value(.bool(false))), .not(taggedConverted)])]),
                       message: "conversion_outcome is true exactly for a tag action to Converted",
                       databaseEnforced: false),
            TableCheck("lead_actions_reversion_reason",
                       .or([.isNull(.column("reversion_reason")),
                            .compare(.column("action_type"), .equal, .value(.text("revert")))]),
                       message: "only a revert action has a reversion_reason",
                       databaseEnforced: false),
        ],
        indexes: [
            IndexDescription("idx_lead_actions_lead_id", columns: ["lead_id"]),
            IndexDescription("idx_lead_actions_client_id", columns: ["client_id"]),
            IndexDescription("idx_lead_actions_timestamp", columns: ["-timestamp"]),
            IndexDescription("idx_lead_actions_action_type", columns: ["action_type"]),
            IndexDescription("idx_lead_actions_conversion", columns: ["conversion_outcome"],
                             where: .compare(.column("conversion_outcome"), .equal, .value(.bool(true)))),
            IndexDescription("idx_lead_actions_tag", columns: ["tag"]),
            IndexDescription("idx_lead_actions_client_timeline", columns: ["client_id", "-timestamp"]),
        ],
        timestamps: TimestampColumns(createdAt: "timestamp"),
        mutability: .appendOnly)
}
