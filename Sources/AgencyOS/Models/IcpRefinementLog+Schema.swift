import AgencyCore

extension IcpRefinementLog {
    /// The `icp_refinement_log` table.
    public static let schema = TableSchema<IcpRefinementLog>(
        "icp_refinement_log",
        columns: [
            Column("id", \.id, .uuid, default: .randomUUID),
            Column("client_id", \.clientId, .uuid),
            Column("pattern_id", \.patternId, .uuid),
            Column(json: "base_criteria", \.baseCriteria),
            Column(json: "refined_criteria", \.refinedCriteria),
            Column(json: "refinements_applied", \.refinementsApplied),
            Column("confidence", \.confidence, .doublePrecision, rules: [.unitInterval]),
            Column("applied_at", \.appliedAt, .timestamptz, default: .now),
            Column("deleted_at", \.deletedAt, .timestamptz),
            Column("created_at", \.createdAt, .timestamptz, default: .now),
            Column("updated_at", \.updatedAt, .timestamptz, default: .now),
        ],
        tenancy: .owned(column: "client_id"),
        foreignKeys: [
        ForeignKey("client_id", references: "clients", onDelete: .cascade),
        ForeignKey("pattern_id", references: "conversion_patterns", onDelete: .cascade),
        ],
        indexes: [IndexDescription("idx_icp_refinement_log_client_id", columns: ["client_id", "-applied_at"])],
        softDelete: .timestamp(column: "deleted_at"),
        timestamps: .standard)
}
