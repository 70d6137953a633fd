import AgencyCore

extension DomainSuppression {
    /// The `domain_suppression` table.
    public static let schema = TableSchema<DomainSuppression>(
        "domain_suppression",
        columns: [
            Column("id", \.id, .uuid, default: .randomUUID),
            Column("domain", \.domain, .text, rules: [.format(.domain)]),
            Column("reason", \.reason, .text, rules: [.nonEmpty]),
            Column("added_by", \.addedBy, .text),
            Column("created_at", \.createdAt, .timestamptz, default: .now),
        ],
        tenancy: .global,
        unique: [UniqueConstraint("domain_suppression_domain_key", columns: ["domain"], caseInsensitive: ["domain"], liveRowsOnly: false)],
        timestamps: .createdOnly,
        purgePolicy: .retained)
}
