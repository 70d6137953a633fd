import AgencyCore

extension LinkedInCredential {
    /// The `client_linkedin_credentials` table.
    public static let schema = TableSchema<LinkedInCredential>(
        "client_linkedin_credentials",
        columns: [
            Column("id", \.id, .uuid, default: .randomUUID),
            Column("client_id", \.clientId, .uuid),
            Column("linkedin_email_encrypted", \.linkedinEmailEncrypted, .text, rules: [.nonEmpty], secret: true),
            Column("linkedin_password_encrypted", \.linkedinPasswordEncrypted, .text, rules: [.nonEmpty], secret: true),
            Column("connection_status", \.connectionStatus, .text, default: .value(.text("pending"))),
            Column("heyreach_sender_id", \.heyreachSenderId, .text),
            Column("heyreach_account_id", \.heyreachAccountId, .text),
            Column("linkedin_profile_url", \.linkedinProfileUrl, .text, rules: [.format(.url)]),
            Column("linkedin_profile_name", \.linkedinProfileName, .text),
            Column("linkedin_headline", \.linkedinHeadline, .text),
            Column("linkedin_connection_count", \.linkedinConnectionCount, .integer, rules: [.nonNegative]),
            Column("two_fa_method", \.twoFaMethod, .text, rules: [.oneOf(["sms", "email", "authenticator"])]),
            Column("two_fa_requested_at", \.twoFaRequestedAt, .timestamptz),
            Column("last_error", \.lastError, .text),
            Column("error_count", \.errorCount, .integer, default: .value(.int(0)), rules: [.nonNegative]),
            Column("last_error_at", \.lastErrorAt, .timestamptz),
            Column("created_at", \.createdAt, .timestamptz, default: .now),
            Column("updated_at", \.updatedAt, .timestamptz, default: .now),
            Column("connected_at", \.connectedAt, .timestamptz),
            Column("disconnected_at", \.disconnectedAt, .timestamptz),
            Column("unipile_account_id", \.unipileAccountId, .text),
            Column("auth_method", \.authMethod, .text, default: .value(.text("heyreach")),
                   rules: [.oneOf(["heyreach", "hosted"])]),
        ],
        tenancy: .owned(column: "client_id"),
        unique: [UniqueConstraint("client_linkedin_credentials_client_id_key", columns: ["client_id"], liveRowsOnly: false)],
        foreignKeys: [ForeignKey("client_id", references: "clients", onDelete: .cascade)],
        indexes: [
            IndexDescription("idx_linkedin_creds_status", columns: ["connection_status"]),
            IndexDescription("idx_linkedin_creds_heyreach", columns: ["heyreach_sender_id"],
                             where: .isNotNull(.column("heyreach_sender_id"))),
            IndexDescription("idx_linkedin_creds_unipile", columns: ["unipile_account_id"],
                             where: .isNotNull(.column("unipile_account_id"))),
        ],
        timestamps: .standard)
}
