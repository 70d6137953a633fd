import AgencyCore

extension ActivityStats {
    /// The `activity_stats` table.
    public static let schema = TableSchema<ActivityStats>(
        "activity_stats",
        columns: [
            Column("id", \.id, .uuid, default: .randomUUID),
            Column("client_id", \.clientId, .uuid),
            Column("campaign_id", \.campaignId, .uuid),
            Column("lead_id", \.leadId, .uuid),
            Column("date", \.date, .date),
            Column("email_sent", \.emailSent, .integer, default: .value(.int(0)), rules: [.nonNegative]),
            Column("email_delivered", \.emailDelivered, .integer, default: .value(.int(0)), rules: [.nonNegative]),
            Column("email_opened", \.emailOpened, .integer, default: .value(.int(0)), rules: [.nonNegative]),
            Column("email_clicked", \.emailClicked, .integer, default: .value(.int(0)), rules: [.nonNegative]),
            Column("email_replied", \.emailReplied, .integer, default: .value(.int(0)), rules: [.nonNegative]),
            Column("email_bounced", \.emailBounced, .integer, default: .value(.int(0)), rules: [.nonNegative]),
            Column("sms_sent", \.smsSent, .integer, default: .value(.int(0)), rules: [.nonNegative]),
            Column("sms_delivered", \.smsDelivered, .integer, default: .value(.int(0)), rules: [.nonNegative]),
            Column("sms_replied", \.smsReplied, .integer, default: .value(.int(0)), rules: [.nonNegative]),
            Column("linkedin_sent", \.linkedinSent, .integer, default: .value(.int(0)), rules: [.nonNegative]),
            Column("linkedin_accepted", \.linkedinAccepted, .integer, default: .value(.int(0)), rules: [.nonNegative]),
            Column("linkedin_replied", \.linkedinReplied, .integer, default: .value(.int(0)), rules: [.nonNegative]),
            Column("voice_called", \.voiceCalled, .integer, default: .value(.int(0)), rules: [.nonNegative]),
            Column("voice_answered", \.voiceAnswered, .integer, default: .value(.int(0)), rules: [.nonNegative]),
            Column("voice_voicemail", \.voiceVoicemail, .integer, default: .value(.int(0)), rules: [.nonNegative]),
            Column("mail_sent", \.mailSent, .integer, default: .value(.int(0)), rules: [.nonNegative]),
            Column("mail_delivered", \.mailDelivered, .integer, default: .value(.int(0)), rules: [.nonNegative]),
            Column("total_sent", \.totalSent, .integer, default: .value(.int(0)), rules: [.nonNegative]),
            Column("total_replied", \.totalReplied, .integer, default: .value(.int(0)), rules: [.nonNegative]),
            Column("total_converted", \.totalConverted, .integer, default: .value(.int(0)), rules: [.nonNegative]),
            Column("updated_at", \.updatedAt, .timestamptz, default: .now),
        ],
        tenancy: .owned(column: "client_id"),
        unique: [
            UniqueConstraint("activity_stats_client_id_campaign_id_lead_id_date_key",
                columns: ["client_id", "campaign_id", "lead_id", "date"], liveRowsOnly: false),
        ],
        foreignKeys: [
            ForeignKey("client_id", references: "clients", onDelete: .cascade),
            ForeignKey("campaign_id", references: "campaigns", onDelete: .cascade),
            ForeignKey("lead_id", references: "leads", onDelete: .cascade),
        ],
        checks: [
            TableCheck("lead_stats_name_campaign", .or([.isNull(.column("lead_id")), .isNotNull(.column("campaign_id"))]),
                message: "a per-lead row also names the lead's campaign", databaseEnforced: false),
        ],
        indexes: [
            IndexDescription("idx_activity_stats_client_date", columns: ["client_id", "date"]),
            IndexDescription("idx_activity_stats_campaign_id", columns: ["campaign_id"]),
        ],
        timestamps: TimestampColumns(updatedAt: "updated_at"))
}
