import AgencyCore

extension CampaignSequence {
    /// The `campaign_sequences` table.
    public static let schema = TableSchema<CampaignSequence>(
        "campaign_sequences",
        columns: [
            Column("id", \.id, .uuid, default: .randomUUID),
            Column("campaign_id", \.campaignId, .uuid),
            Column("step_number", \.stepNumber, .integer, rules: [.range(min: .int(1), max: nil)]),
            Column("channel", \.channel, .text),
            Column("delay_days", \.delayDays, .integer, default: .value(.int(3)), rules: [.nonNegative]),
            Column("subject_template", \.subjectTemplate, .text),
            Column("body_template", \.bodyTemplate, .text, rules: [.nonEmpty]),
            Column("skip_if_replied", \.skipIfReplied, .boolean, default: .value(.bool(true))),
            Column("skip_if_bounced", \.skipIfBounced, .boolean, default: .value(.bool(true))),
            Column("purpose", \.purpose, .text),
            Column("skip_if", \.skipIf, .text),
            Column("created_at", \.createdAt, .timestamptz, default: .now),
            Column("updated_at", \.updatedAt, .timestamptz, default: .now),
        ],
        tenancy: .inherited(through: "campaign_id"),
        unique: [UniqueConstraint("unique_sequence_step", columns: ["campaign_id", "step_number"], liveRowsOnly: false)],
        foreignKeys: [ForeignKey("campaign_id", references: "campaigns", onDelete: .cascade)],
        indexes: [IndexDescription("idx_campaign_sequences_campaign_id", columns: ["campaign_id"])],
        timestamps: .standard)
}
