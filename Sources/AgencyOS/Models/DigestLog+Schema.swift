import AgencyCore

extension DigestLog {
    /// The `digest_logs` table.
    public static let schema = TableSchema<DigestLog>(
        "digest_logs",
        columns: [
            Column("id", \.id, .uuid, default: .randomUUID),
            Column("client_id", \.clientId, .uuid),
            Column("digest_date", \.digestDate, .date),
            Column("digest_type", \.digestType, .text, default: .value(.text("daily"))),
            Column(json: "recipients", \.recipients, default: .value(.json(.emptyArray))),
            Column("metrics_snapshot", \.metricsSnapshot, .jsonb, default: .value(.json(.emptyObject))),
            Column("content_summary", \.contentSummary, .jsonb, default: .value(.json(.emptyObject))),
            Column("status", \.status, .text, default: .value(.text("pending"))),
            Column("sent_at", \.sentAt, .timestamptz),
            Column("error_message", \.errorMessage, .text),
            Column("opened_at", \.openedAt, .timestamptz),
            Column("clicked_at", \.clickedAt, .timestamptz),
            Column("created_at", \.createdAt, .timestamptz, default: .now),
            Column("updated_at", \.updatedAt, .timestamptz, default: .now),
        ],
        tenancy: .owned(column: "client_id"),
        unique: [
            UniqueConstraint("digest_logs_client_id_digest_date_digest_type_key",
                             columns: ["client_id", "digest_date", "digest_type"], liveRowsOnly: false),
        ],
        foreignKeys: [ForeignKey("client_id", references: "clients", onDelete: .cascade)],
        checks: [
            TableCheck("sent_digest_has_sent_at",
                       .or([.compare(.column("status"), .notEqual, .value(.text("sent"))), .isNotNull(.column("sent_at"))]),
                       message: "a sent digest has sent_at", databaseEnforced: false),
        ],
        indexes: [
            IndexDescription("idx_digest_logs_client_date", columns: ["client_id", "-digest_date"]),
            IndexDescription("idx_digest_logs_status", columns: ["status"],
                             where: .compare(.column("status"), .equal, .value(.text("pending")))),
        ],
        timestamps: .standard)
}
