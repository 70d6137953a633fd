/// Everything the database knows about one table, without Swift accessors: the form DDL
/// generation, the PostgreSQL drift check and the conformance suite read.
public struct TableDescription: Hashable, Sendable {
    /// The table name, e.g. `leads`.
    public let name: String
    /// Every column, in declaration order.
    public let columns: [ColumnDescription]
    /// The primary-key column.
    public let primaryKey: String
    /// How the primary key gets its value.
    public let primaryKeyKind: PrimaryKeyKind
    /// How rows belong to tenants.
    public let tenancy: Tenancy
    /// UNIQUE constraints.
    public let uniqueConstraints: [UniqueConstraint]
    /// FOREIGN KEYs.
    public let foreignKeys: [ForeignKey]
    /// Multi-column CHECKs and cross-field rules.
    public let checks: [TableCheck]
    /// Non-unique indexes.
    public let indexes: [IndexDescription]
    /// The soft-delete column, if rows are soft-deleted.
    public let softDelete: SoftDeleteStyle?
    /// The store-stamped timestamp columns.
    public let timestamps: TimestampColumns
    /// Which writes are allowed after insert.
    public let mutability: RowMutability
    /// Whether purge may remove rows.
    public let purgePolicy: PurgePolicy

    /// The column called `name`, if any.
    public func column(named name: String) -> ColumnDescription? {
        columns.first { $0.name == name }
    }

    /// The foreign key on `column`, if any.
    public func foreignKey(on column: String) -> ForeignKey? {
        foreignKeys.first { $0.column == column }
    }

    /// The column that versions rows for optimistic concurrency (`updated_at`), if any.
    public var versionColumn: String? { timestamps.updatedAt }
}
