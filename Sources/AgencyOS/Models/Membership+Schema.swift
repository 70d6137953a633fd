import AgencyCore

extension Membership {
    /// The `memberships` table.
    public static let schema = TableSchema<Membership>(
        "memberships",
        columns: [
            Column("id", \.id, .uuid, default: .randomUUID),
            Column("user_id", \.userId, .uuid),
            Column("client_id", \.clientId, .uuid),
            Column("role", \.role, .text, default: .value(.text("member"))),
            Column("invited_by", \.invitedBy, .uuid),
            Column("invited_email", \.invitedEmail, .text, rules: [.format(.email)]),
            Column("accepted_at", \.acceptedAt, .timestamptz),
            Column("created_at", \.createdAt, .timestamptz, default: .now),
            Column("updated_at", \.updatedAt, .timestamptz, default: .now),
            Column("deleted_at", \.deletedAt, .timestamptz),
        ],
        tenancy: .owned(column: "client_id"),
        unique: [UniqueConstraint("unique_membership", columns: ["user_id", "client_id"], liveRowsOnly: false)],
        foreignKeys: [
            ForeignKey("user_id", references: "users", onDelete: .cascade),
            ForeignKey("client_id", references: "clients", onDelete: .cascade),
            ForeignKey("invited_by", references: "users", onDelete: .setNull),
        ],
        indexes: [
            IndexDescription("idx_memberships_user_id", columns: ["user_id"]),
            IndexDescription("idx_memberships_client_id", columns: ["client_id"]),
            IndexDescription("idx_memberships_deleted_at", columns: ["deleted_at"]),
        ],
        softDelete: .timestamp(column: "deleted_at"),
        timestamps: .standard)
}
