import AgencyCore

extension APIKeyRotationLog {
    /// The `api_key_rotation_log` table (defined by AgencyKit): append-only, owned by the
    /// client, removed with it.
    public static let schema = TableSchema<APIKeyRotationLog>(
        "api_key_rotation_log",
        columns: [
            Column("id", \.id, .uuid, default: .randomUUID),
            Column("client_id", \.clientId, .uuid),
            Column("rotated_at", \.rotatedAt, .timestamptz, default: .now),
            Column("old_key_last_four", \.oldKeyLastFour, .text, rules: [.maxLength(4)]),
            Column("reason", \.reason, .text, rules: [.nonEmpty]),
        ],
        tenancy: .owned(column: "client_id"),
        foreignKeys: [ForeignKey("client_id", references: "clients", column: "client_id", onDelete: .cascade)],
        indexes: [IndexDescription("idx_api_key_rotation_log_client", columns: ["client_id", "-rotated_at"])],
        timestamps: TimestampColumns(createdAt: "rotated_at"),
        mutability: .appendOnly)
}
