import AgencyCore

extension GlobalSuppression {
    /// The `global_suppression` table.
    public static let schema = TableSchema<GlobalSuppression>(
        "global_suppression",
        columns: [
            Column("id", \.id, .uuid, default: .randomUUID),
            Column("email", \.email, .text, rules: [.format(.email)]),
            Column("reason", \.reason, .text, rules: [.nonEmpty]),
            Column("source", \.source, .text),
            Column("added_by", \.addedBy, .text),
            Column("metadata", \.metadata, .jsonb, default: .value(.json(.emptyObject))),
            Column("created_at", \.createdAt, .timestamptz, default: .now),
        ],
        tenancy: .global,
        unique: [UniqueConstraint("global_suppression_email_key", columns: ["email"], caseInsensitive: ["email"], liveRowsOnly: false)],
        timestamps: .createdOnly,
        purgePolicy: .retained)
}
