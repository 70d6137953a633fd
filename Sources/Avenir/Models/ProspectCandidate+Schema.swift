import AgencyCore

extension ProspectCandidate {
    /// The `prospect_candidates` table (the seed's later definition, with the
    /// high-priority partial index); shared by all tenants.
    public static let schema = TableSchema<ProspectCandidate>(
        "prospect_candidates",
        columns: [
            Column("id", \.id, .uuid, default: .randomUUID),
            Column("business_name", \.businessName, .text),
            Column("website", \.website, .text),
            Column("contact_email", \.contactEmail, .text),
            Column("form_url", \.formUrl, .text),
            Column("industry", \.industry, .text),
            Column("region", \.region, .text),
            Column("language", \.language, .text, default: .value(.text("en"))),
            Column("response_score", \.responseScore, .numeric(precision: 5, scale: 2), rules: [.percentage]),
            Column("automation_need_score", \.automationNeedScore, .numeric(precision: 5, scale: 2), rules: [.percentage]),
            Column("contacted", \.contacted, .boolean, default: .value(.bool(false))),
            Column("last_tested", \.lastTested, .timestamptz),
            Column("created_at", \.createdAt, .timestamptz, default: .now),
        ],
        tenancy: .global,
        checks: [
            TableCheck("prospect_candidates_need_is_inverse",
                       .compare(.sum([.column("response_score"), .column("automation_need_score")]), .equal, .value(.int(100))),
                       message: "automation_need_score is 100 − response_score",
                       databaseEnforced: false),
        ],
        indexes: [
            IndexDescription("idx_prospects_automation_score", columns: ["-automation_need_score"]),
            IndexDescription("idx_prospects_contacted", columns: ["contacted"]),
            IndexDescription("idx_prospects_industry", columns: ["industry"]),
            IndexDescription("idx_prospects_region", columns: ["region"]),
            IndexDescription("idx_prospects_created_at", columns: ["-created_at"]),
            IndexDescription("idx_prospects_high_priority", columns: ["-automation_need_score", "contacted"],
                             where: .compare(.column("automation_need_score"), .greaterOrEqual, .value(.int(70)))),
        ],
        timestamps: .createdOnly)
}
