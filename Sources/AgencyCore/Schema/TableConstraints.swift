/// A UNIQUE constraint, enforced by every store.
public struct UniqueConstraint: Hashable, Sendable {
    /// The constraint (or unique index) name, reported in conflicts.
    public let name: String
    /// The key columns, in order.
    public let columns: [String]
    /// Key columns compared case-insensitively (`lower(email)`).
    public let caseInsensitiveColumns: Set<String>
    /// Whether uniqueness holds among live rows only (`WHERE deleted_at IS NULL`).
    public let liveRowsOnly: Bool
    /// A further partial-index condition, e.g. `is_default = true`.
    public let condition: SQLPredicate?

    /// Creates a unique constraint. Rows whose key has a `NULL` never conflict, as in SQL.
    public init(_ name: String, columns: [String], caseInsensitive: Set<String> = [],
                liveRowsOnly: Bool = true, where condition: SQLPredicate? = nil) {
        self.name = name
        self.columns = columns
        self.caseInsensitiveColumns = caseInsensitive
        self.liveRowsOnly = liveRowsOnly
        self.condition = condition
    }
}

/// What happens to referencing rows when a referenced row is purged.
public enum ReferentialAction: String, Hashable, Sendable {
    /// Refuse while references exist (checked at the end of the statement).
    case noAction = "NO ACTION"
    /// Refuse while references exist.
    case restrict = "RESTRICT"
    /// Purge the referencing rows too.
    case cascade = "CASCADE"
    /// Set the referencing column to `NULL`.
    case setNull = "SET NULL"
}

/// A FOREIGN KEY: the referenced row must exist and, for tenant-owned tables, belong to
/// the same tenant.
public struct ForeignKey: Hashable, Sendable {
    /// The referencing column.
    public let column: String
    /// The referenced table.
    public let table: String
    /// The referenced column (the primary key unless stated, e.g. Avenir's `client_id`).
    public let referencedColumn: String
    /// The action on purge of the referenced row.
    public let onDelete: ReferentialAction

    /// Creates a foreign key.
    public init(_ column: String, references table: String, column referencedColumn: String = "id",
                onDelete: ReferentialAction = .noAction) {
        self.column = column
        self.table = table
        self.referencedColumn = referencedColumn
        self.onDelete = onDelete
    }
}

/// A CHECK over several columns, evaluated with SQL's three-valued logic (it fails only
/// when the predicate is false, not when it is unknown).
public struct TableCheck: Hashable, Sendable {
    /// The constraint name.
    public let name: String
    /// The condition every row satisfies.
    public let predicate: SQLPredicate
    /// What the rule means, for violation messages.
    public let message: String
    /// Whether the PostgreSQL migrations create it as a CHECK (false for rules that only
    /// validation enforces).
    public let isDatabaseEnforced: Bool

    /// Creates a check.
    public init(_ name: String, _ predicate: SQLPredicate, message: String, databaseEnforced: Bool = true) {
        self.name = name
        self.predicate = predicate
        self.message = message
        self.isDatabaseEnforced = databaseEnforced
    }
}

/// A non-unique index the migrations create for a query the system runs often.
public struct IndexDescription: Hashable, Sendable {
    /// The index name.
    public let name: String
    /// Indexed columns, in order; a leading `-` means descending.
    public let columns: [String]
    /// A partial-index condition.
    public let condition: SQLPredicate?

    /// Creates an index description.
    public init(_ name: String, columns: [String], where condition: SQLPredicate? = nil) {
        self.name = name
        self.columns = columns
        self.condition = condition
    }
}
