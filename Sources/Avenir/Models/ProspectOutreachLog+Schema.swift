import AgencyCore

extension ProspectOutreachLog {
    /// The `prospect_outreach_log` table; shared by all tenants.
    public static let schema = TableSchema<ProspectOutreachLog>(
        "prospect_outreach_log",
        columns: [
            Column("id", \.id, .uuid, default: .randomUUID),
            Column("prospect_id", \.prospectId, .uuid),
            Column("email_subject", \.emailSubject, .text),
            Column("email_body", \.emailBody, .text),
            Column("status", \.status, .text, default: .value(.text("sent"))),
            Column("sent_at", \.sentAt, .timestamptz, default: .now),
            Column("opened_at", \.openedAt, .timestamptz),
            Column("replied_at", \.repliedAt, .timestamptz),
        ],
        tenancy: .global,
        foreignKeys: [ForeignKey("prospect_id", references: "prospect_candidates", onDelete: .cascade)],
        checks: [
            TableCheck("prospect_outreach_log_opened_at",
                       .or([.isNull(.column("opened_at")), .compare(.column("status"), .notEqual, .value(.text("sent")))]),
                       message: "opened_at is set only once the email is past sent", databaseEnforced: false),
            TableCheck("prospect_outreach_log_replied_at",
                       .or([.isNull(.column("replied_at")), .compare(.column("status"), .equal, .value(.text("replied")))]),
                       message: "replied_at is set only when the status is replied", databaseEnforced: false),
        ],
        indexes: [
            IndexDescription("idx_outreach_prospect_id", columns: ["prospect_id"]),
            IndexDescription("idx_outreach_status", columns: ["status"]),
            IndexDescription("idx_outreach_sent_at", columns: ["-sent_at"]),
        ],
        timestamps: TimestampColumns(createdAt: "sent_at"))
}
