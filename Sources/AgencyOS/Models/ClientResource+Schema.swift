import AgencyCore

extension ClientResource {
    /// The `client_resources` table.
    public static let schema = TableSchema<ClientResource>(
        "client_resources",
        columns: [
            Column("id", \.id, .uuid, default: .randomUUID),
            Column("client_id", \.clientId, .uuid),
            Column("resource_pool_id", \.resourcePoolId, .uuid),
            Column("assigned_at", \.assignedAt, .timestamptz, default: .now),
            Column("released_at", \.releasedAt, .timestamptz),
            Column("total_sends", \.totalSends, .integer, default: .value(.int(0)), rules: [.nonNegative]),
            Column("last_used_at", \.lastUsedAt, .timestamptz),
            Column("created_at", \.createdAt, .timestamptz, default: .now),
            Column("updated_at", \.updatedAt, .timestamptz, default: .now),
        ],
        tenancy: .owned(column: "client_id"),
        unique: [UniqueConstraint("unique_client_resource", columns: ["client_id", "resource_pool_id"], liveRowsOnly: false)],
        foreignKeys: [
            ForeignKey("client_id", references: "clients", onDelete: .cascade),
            ForeignKey("resource_pool_id", references: "resource_pool"),
        ],
        checks: [
            TableCheck("released_after_assigned", .compare(.column("released_at"), .greaterOrEqual, .column("assigned_at")),
                       message: "released_at must not be before assigned_at", databaseEnforced: false),
        ],
        indexes: [
            IndexDescription("idx_client_resources_client", columns: ["client_id"], where: .isNull(.column("released_at"))),
            IndexDescription("idx_client_resources_pool", columns: ["resource_pool_id"]),
        ],
        timestamps: .standard)
}
