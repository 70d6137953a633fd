import AgencyCore

extension ResourcePool {
    /// The `resource_pool` table.
    public static let schema = TableSchema<ResourcePool>(
        "resource_pool",
        columns: [
            Column("id", \.id, .uuid, default: .randomUUID),
            Column("resource_type", \.resourceType, .text),
            Column("resource_value", \.resourceValue, .text, rules: [.nonEmpty]),
            Column("resource_name", \.resourceName, .text),
            Column("max_clients", \.maxClients, .integer, default: .value(.int(1)),
                   rules: [.range(min: .int(1), max: nil)]),
            Column("current_clients", \.currentClients, .integer, default: .value(.int(0)), rules: [.nonNegative]),
            Column("status", \.status, .text, default: .value(.text("available"))),
            Column("warmup_started_at", \.warmupStartedAt, .timestamptz),
            Column("warmup_completed_at", \.warmupCompletedAt, .timestamptz),
            Column("reputation_score", \.reputationScore, .integer, default: .value(.int(0)), rules: [.percentage]),
            Column("provider", \.provider, .text),
            Column("provider_id", \.providerId, .text),
            Column("provider_metadata", \.providerMetadata, .jsonb, default: .value(.json(.emptyObject))),
            Column("sends_30d", \.sends30d, .integer, default: .value(.int(0)), rules: [.nonNegative]),
            Column("bounces_30d", \.bounces30d, .integer, default: .value(.int(0)), rules: [.nonNegative]),
            Column("complaints_30d", \.complaints30d, .integer, default: .value(.int(0)), rules: [.nonNegative]),
            Column("bounce_rate", \.bounceRate, .numeric(precision: 5, scale: 4), default: .value(.numeric(0)),
                   rules: [.unitInterval]),
            Column("complaint_rate", \.complaintRate, .numeric(precision: 6, scale: 5), default: .value(.numeric(0)),
                   rules: [.unitInterval]),
            Column("health_status", \.healthStatus, .text, default: .value(.text("good"))),
            Column("daily_limit_override", \.dailyLimitOverride, .integer, rules: [.nonNegative]),
            Column("health_checked_at", \.healthCheckedAt, .timestamptz),
            Column("created_at", \.createdAt, .timestamptz, default: .now),
            Column("updated_at", \.updatedAt, .timestamptz, default: .now),
        ],
        tenancy: .global,
        unique: [UniqueConstraint("resource_pool_resource_value_key", columns: ["resource_value"], liveRowsOnly: false)],
        checks: [
            TableCheck("current_clients_within_capacity",
                       .compare(.column("current_clients"), .lessOrEqual, .column("max_clients")),
                       message: "current_clients must not exceed max_clients", databaseEnforced: false),
            TableCheck("warmup_completed_after_started",
                       .compare(.column("warmup_completed_at"), .greaterOrEqual, .column("warmup_started_at")),
                       message: "warmup_completed_at must not be before warmup_started_at", databaseEnforced: false),
        ],
        indexes: [
            IndexDescription("idx_resource_pool_type_status", columns: ["resource_type", "status"]),
            IndexDescription("idx_resource_pool_provider", columns: ["provider", "provider_id"]),
        ],
        timestamps: .standard)
}
