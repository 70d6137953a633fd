import AgencyCore

extension LinkedInSeat {
    /// The `linkedin_seats` table.
    public static let schema = TableSchema<LinkedInSeat>(
        "linkedin_seats",
        columns: [
            Column("id", \.id, .uuid, default: .randomUUID),
            Column("client_id", \.clientId, .uuid),
            Column("resource_id", \.resourceId, .uuid),
            Column("unipile_account_id", \.unipileAccountId, .varchar(255)),
            Column("account_email", \.accountEmail, .varchar(255), rules: [.format(.email)]),
            Column("account_name", \.accountName, .varchar(255)),
            Column("profile_url", \.profileUrl, .text, rules: [.format(.url)]),
            Column("persona_id", \.personaId, .uuid),
            Column("status", \.status, .varchar(20), default: .value(.text("pending"))),
            Column("pending_connection_id", \.pendingConnectionId, .varchar(255)),
            Column("activated_at", \.activatedAt, .timestamptz),
            Column("warmup_completed_at", \.warmupCompletedAt, .timestamptz),
            Column("daily_limit_override", \.dailyLimitOverride, .integer, rules: [.nonNegative]),
            Column("accept_rate_7d", \.acceptRate7d, .numeric(precision: 5, scale: 4), rules: [.unitInterval]),
            Column("accept_rate_30d", \.acceptRate30d, .numeric(precision: 5, scale: 4), rules: [.unitInterval]),
            Column("pending_count", \.pendingCount, .integer, default: .value(.int(0)), rules: [.nonNegative]),
            Column("restricted_at", \.restrictedAt, .timestamptz),
            Column("restricted_reason", \.restrictedReason, .text),
            Column("created_at", \.createdAt, .timestamptz, default: .now),
            Column("updated_at", \.updatedAt, .timestamptz, default: .now),
        ],
        tenancy: .owned(column: "client_id"),
        foreignKeys: [
            ForeignKey("client_id", references: "clients", onDelete: .cascade),
            ForeignKey("resource_id", references: "client_resources"),
            ForeignKey("persona_id", references: "client_personas"),
        ],
        checks: [
            TableCheck("restricted_seat_has_restricted_at",
                       .or([.compare(.column("status"), .notEqual, .value(.text("restricted"))), .isNotNull(.column("restricted_at"))]),
                       message: "a restricted seat has restricted_at", databaseEnforced: false),
            TableCheck("warmup_completed_after_activated",
                       .compare(.column("warmup_completed_at"), .greaterOrEqual, .column("activated_at")),
                       message: "warmup_completed_at must not be before activated_at", databaseEnforced: false),
        ],
        indexes: [
            IndexDescription("idx_linkedin_seats_client", columns: ["client_id"]),
            IndexDescription("idx_linkedin_seats_active", columns: ["client_id"],
                             where: .isIn(.column("status"), [.text("warmup"), .text("active")])),
            IndexDescription("idx_linkedin_seats_persona", columns: ["persona_id"]),
            IndexDescription("idx_linkedin_seats_unipile", columns: ["unipile_account_id"],
                             where: .isNotNull(.column("unipile_account_id"))),
        ],
        timestamps: .standard)
}
