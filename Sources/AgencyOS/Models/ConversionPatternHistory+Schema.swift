import AgencyCore

extension ConversionPatternHistory {
    /// The `conversion_pattern_history` table.
    public static let schema = TableSchema<ConversionPatternHistory>(
        "conversion_pattern_history",
        columns: [
            Column("id", \.id, .uuid, default: .randomUUID),
            Column("client_id", \.clientId, .uuid),
            Column("pattern_type", \.patternType, .text),
            Column("patterns", \.patterns, .jsonb),
            Column("sample_size", \.sampleSize, .integer, rules: [.nonNegative]),
            Column("confidence", \.confidence, .doublePrecision, rules: [.unitInterval]),
            Column("computed_at", \.computedAt, .timestamptz),
            Column("valid_until", \.validUntil, .timestamptz),
            Column("archived_at", \.archivedAt, .timestamptz, default: .now),
        ],
        tenancy: .owned(column: "client_id"),
        foreignKeys: [ForeignKey("client_id", references: "clients", onDelete: .cascade)],
        indexes: [IndexDescription("idx_conversion_pattern_history_client_type", columns: ["client_id", "pattern_type", "-archived_at"])],
        mutability: .appendOnly)
}
