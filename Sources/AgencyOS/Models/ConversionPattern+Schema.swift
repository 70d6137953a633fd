import AgencyCore

extension ConversionPattern {
    /// The `conversion_patterns` table.
    public static let schema = TableSchema<ConversionPattern>(
        "conversion_patterns",
        columns: [
            Column("id", \.id, .uuid, default: .randomUUID),
            Column("client_id", \.clientId, .uuid),
            Column("pattern_type", \.patternType, .text),
            Column("patterns", \.patterns, .jsonb),
            Column("sample_size", \.sampleSize, .integer, rules: [.nonNegative]),
            Column("confidence", \.confidence, .doublePrecision, rules: [.unitInterval]),
            Column("computed_at", \.computedAt, .timestamptz, default: .now),
            Column("valid_until", \.validUntil, .timestamptz),
            Column("created_at", \.createdAt, .timestamptz, default: .now),
            Column("updated_at", \.updatedAt, .timestamptz, default: .now),
            Column("deleted_at", \.deletedAt, .timestamptz),
        ],
        tenancy: .owned(column: "client_id"),
        unique: [UniqueConstraint("conversion_patterns_client_id_pattern_type_key", columns: ["client_id", "pattern_type"])],
        foreignKeys: [ForeignKey("client_id", references: "clients", onDelete: .cascade)],
        checks: [
        TableCheck("valid_until_after_computed", .compare(.column("valid_until"), .greater, .column("computed_at")),
        message: "valid_until must be after computed_at"),
        ],
        indexes: [IndexDescription("idx_conversion_patterns_valid_until", columns: ["valid_until"])],
        softDelete: .timestamp(column: "deleted_at"),
        timestamps: .standard)
}
