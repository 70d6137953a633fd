import AgencyCore

extension ClientSuppression {
    /// The `client_suppression` table.
    public static let schema = TableSchema<ClientSuppression>(
        "client_suppression",
        columns: [
            Column("id", \.id, .uuid, default: .randomUUID),
            Column("client_id", \.clientId, .uuid),
            Column("email", \.email, .text, rules: [.format(.email)]),
            Column("reason", \.reason, .text, rules: [.nonEmpty]),
            Column("added_by", \.addedBy, .uuid),
            Column("created_at", \.createdAt, .timestamptz, default: .now),
        ],
        tenancy: .owned(column: "client_id"),
        unique: [
            UniqueConstraint("unique_client_suppression", columns: ["client_id", "email"], caseInsensitive: ["email"],
                liveRowsOnly: false),
        ],
        foreignKeys: [
            ForeignKey("client_id", references: "clients", onDelete: .cascade),
            ForeignKey("added_by", references: "users", onDelete: .setNull),
        ],
        indexes: [IndexDescription("idx_client_suppression_client_id", columns: ["client_id"])],
        timestamps: .createdOnly,
        purgePolicy: .retained)
}
