import AgencyCore

extension Client {
    /// The `clients` table: the tenant root, keyed by `client_id`.
    public static let schema = TableSchema<Client>(
        "clients",
        columns: [
            Column("id", \.id, .uuid, default: .randomUUID),
            Column("client_id", \.clientId, .uuid),
            Column("business_name", \.businessName, .text),
            Column("contact_name", \.contactName, .text),
            Column("name", \.name, .text),
            Column("email", \.email, .text, rules: [.format(.email)]),
            Column("password_hash", \.passwordHash, .text, secret: true),
            Column("api_key", \.apiKey, .text, secret: true),
            Column("language", \.language, .text, default: .value(.text("en"))),
            Column("is_internal", \.isInternal, .boolean, default: .value(.bool(false))),
            Column("is_test", \.isTest, .boolean, default: .value(.bool(false))),
            Column("industry_category", \.industryCategory, .text),
            Column("primary_service", \.primaryService, .text),
            Column("booking_link", \.bookingLink, .text),
            Column("custom_tagline", \.customTagline, .text),
            Column("email_tone", \.emailTone, .text, default: .value(.text("Friendly"))),
            Column("followup_speed", \.followupSpeed, .text, default: .value(.text("Instant"))),
            Column("ai_personalized_reply", \.aiPersonalizedReply, .boolean, default: .value(.bool(true))),
            Column("outbound_email", \.outboundEmail, .text),
            Column("smtp_host", \.smtpHost, .text),
            Column("smtp_port", \.smtpPort, .integer),
            Column("smtp_username", \.smtpUsername, .text),
            Column("smtp_password", \.smtpPassword, .text, secret: true),
            Column("created_at", \.createdAt, .timestamptz, default: .now),
            Column("last_login", \.lastLogin, .timestamptz),
            Column("last_connection", \.lastConnection, .timestamptz),
            Column("last_rotated", \.lastRotated, .timestamptz),
        ],
        tenancy: .tenantRoot(keyColumn: "client_id"),
        unique: [
            UniqueConstraint("clients_client_id_key", columns: ["client_id"], liveRowsOnly: false),
            UniqueConstraint("clients_email_key", columns: ["email"], liveRowsOnly: false),
            UniqueConstraint("clients_api_key_key", columns: ["api_key"], liveRowsOnly: false),
        ],
        checks: [
            TableCheck("clients_internal_client",
                       .or([.compare(.column("is_internal"), .equal, .value(.bool(false))),
                            .compare(.column("client_id"), .equal, .value(ClientID.avenirInternal.sqlValue))]),
                       message: "only the Avenir internal client (00000000-0000-0000-0000-000000000001) is internal",
                       databaseEnforced: false),
        ],
        indexes: [
            IndexDescription("idx_clients_is_test", columns: ["is_test"]),
            IndexDescription("idx_clients_is_internal", columns: ["is_internal"]),
            IndexDescription("idx_clients_created_at", columns: ["-created_at"]),
        ],
        timestamps: .createdOnly)
}
