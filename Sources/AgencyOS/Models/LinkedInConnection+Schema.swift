import AgencyCore

extension LinkedInConnection {
    /// The `linkedin_connections` table.
    public static let schema = TableSchema<LinkedInConnection>(
        "linkedin_connections",
        columns: [
            Column("id", \.id, .uuid, default: .randomUUID),
            Column("lead_id", \.leadId, .uuid),
            Column("seat_id", \.seatId, .uuid),
            Column("campaign_id", \.campaignId, .uuid),
            Column("unipile_request_id", \.unipileRequestId, .varchar(255)),
            Column("status", \.status, .varchar(20), default: .value(.text("pending"))),
            Column("note_included", \.noteIncluded, .boolean, default: .value(.bool(false))),
            Column("note_content", \.noteContent, .text),
            Column("requested_at", \.requestedAt, .timestamptz, default: .now),
            Column("profile_viewed_at", \.profileViewedAt, .timestamptz),
            Column("responded_at", \.respondedAt, .timestamptz),
            Column("follow_up_scheduled_for", \.followUpScheduledFor, .timestamptz),
            Column("follow_up_sent_at", \.followUpSentAt, .timestamptz),
            Column("created_at", \.createdAt, .timestamptz, default: .now),
        ],
        tenancy: .inherited(through: "seat_id"),
        unique: [UniqueConstraint("unique_lead_seat", columns: ["lead_id", "seat_id"], liveRowsOnly: false)],
        foreignKeys: [
            ForeignKey("lead_id", references: "lead_pool", onDelete: .cascade),
            ForeignKey("seat_id", references: "linkedin_seats", onDelete: .cascade),
            ForeignKey("campaign_id", references: "campaigns"),
        ],
        checks: [
            TableCheck("note_content_needs_note_included",
                       .or([.compare(.column("note_included"), .equal, .value(.bool(true))), .isNull(.column("note_content"))]),
                       message: "note_content is set only when note_included is true", databaseEnforced: false),
            TableCheck("responded_after_requested", .compare(.column("responded_at"), .greaterOrEqual, .column("requested_at")),
                       message: "responded_at must not be before requested_at", databaseEnforced: false),
        ],
        indexes: [
            IndexDescription("idx_linkedin_conn_lead", columns: ["lead_id"]),
            IndexDescription("idx_linkedin_conn_seat", columns: ["seat_id"]),
            IndexDescription("idx_linkedin_conn_status", columns: ["status"]),
            IndexDescription("idx_linkedin_conn_pending", columns: ["seat_id", "requested_at"],
                             where: .compare(.column("status"), .equal, .value(.text("pending")))),
            IndexDescription("idx_linkedin_conn_followup", columns: ["follow_up_scheduled_for"],
                             where: .and([.compare(.column("status"), .equal, .value(.text("accepted"))),
                                          .isNull(.column("follow_up_sent_at"))])),
        ],
        timestamps: .createdOnly)
}
