import AgencyCore

extension CampaignResource {
    /// The `campaign_resources` table.
    public static let schema = TableSchema<CampaignResource>(
        "campaign_resources",
        columns: [
            Column("id", \.id, .uuid, default: .randomUUID),
            Column("campaign_id", \.campaignId, .uuid),
            Column("channel", \.channel, .text),
            Column("resource_id", \.resourceId, .text, rules: [.nonEmpty]),
            Column("resource_name", \.resourceName, .text),
            Column("daily_limit", \.dailyLimit, .integer, rules: [.nonNegative]),
            Column("daily_used", \.dailyUsed, .integer, default: .value(.int(0)), rules: [.nonNegative]),
            Column("last_used_at", \.lastUsedAt, .timestamptz),
            Column("last_reset_at", \.lastResetAt, .timestamptz, default: .now),
            Column("is_active", \.isActive, .boolean, default: .value(.bool(true))),
            Column("is_warmed", \.isWarmed, .boolean, default: .value(.bool(false))),
            Column("client_resource_id", \.clientResourceId, .uuid),
            Column("created_at", \.createdAt, .timestamptz, default: .now),
            Column("updated_at", \.updatedAt, .timestamptz, default: .now),
        ],
        tenancy: .inherited(through: "campaign_id"),
        unique: [
            UniqueConstraint("campaign_resources_campaign_id_channel_resource_id_key",
                columns: ["campaign_id", "channel", "resource_id"], liveRowsOnly: false),
        ],
        foreignKeys: [
            ForeignKey("campaign_id", references: "campaigns", onDelete: .cascade),
            ForeignKey("client_resource_id", references: "client_resources", onDelete: .setNull),
        ],
        indexes: [
            IndexDescription("idx_campaign_resources_campaign_id", columns: ["campaign_id"]),
            IndexDescription("idx_campaign_resources_client_resource_id", columns: ["client_resource_id"]),
        ],
        timestamps: .standard)
}
