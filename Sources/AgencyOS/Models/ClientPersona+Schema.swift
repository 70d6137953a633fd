import AgencyCore

extension ClientPersona {
    /// The `client_personas` table.
    public static let schema = TableSchema<ClientPersona>(
        "client_personas",
        columns: [
            Column("id", \.id, .uuid, default: .randomUUID),
            Column("client_id", \.clientId, .uuid),
            Column("first_name", \.firstName, .varchar(100), rules: [.nonEmpty]),
            Column("last_name", \.lastName, .varchar(100), rules: [.nonEmpty]),
            Column("title", \.title, .varchar(255)),
            Column("email", \.email, .varchar(255), rules: [.format(.email)]),
            Column("phone", \.phone, .varchar(50), rules: [.format(.e164Phone)]),
            Column("display_name", \.displayName, .varchar(255)),
            Column("photo_url", \.photoUrl, .text, rules: [.format(.url)]),
            Column("calendar_link", \.calendarLink, .text, rules: [.format(.url)]),
            Column("assigned_mailbox_ids", \.assignedMailboxIds, .array(.uuid), default: .value(.array([]))),
            Column("assigned_phone_ids", \.assignedPhoneIds, .array(.uuid), default: .value(.array([]))),
            Column("assigned_linkedin_seat_ids", \.assignedLinkedinSeatIds, .array(.uuid), default: .value(.array([]))),
            Column("is_active", \.isActive, .boolean, default: .value(.bool(true))),
            Column("is_default", \.isDefault, .boolean, default: .value(.bool(false))),
            Column("created_at", \.createdAt, .timestamptz, default: .now),
            Column("updated_at", \.updatedAt, .timestamptz, default: .now),
        ],
        tenancy: .owned(column: "client_id"),
        unique: [
            UniqueConstraint("idx_client_personas_default", columns: ["client_id"], liveRowsOnly: false,
                             where: .compare(.column("is_default"), .equal, .value(.bool(true)))),
        ],
        foreignKeys: [ForeignKey("client_id", references: "clients", onDelete: .cascade)],
        indexes: [
            IndexDescription("idx_client_personas_client", columns: ["client_id"]),
            IndexDescription("idx_client_personas_active", columns: ["client_id"],
                             where: .compare(.column("is_active"), .equal, .value(.bool(true)))),
        ],
        timestamps: .standard)
}
