/// How a table's rows belong to tenants (agency clients).
public enum Tenancy: Hashable, Sendable {
    /// The tenants table itself; a tenant sees its own row, keyed by this column
    /// (`clients.id` in Agency OS, `clients.client_id` in Avenir).
    case tenantRoot(keyColumn: String)
    /// Every row belongs to the tenant in this non-null column.
    case owned(column: String)
    /// A row belongs to the tenant in this column, or to the platform when it is `NULL`
    /// (e.g. unassigned `lead_pool` rows).
    case optionallyOwned(column: String)
    /// A row belongs to the tenant of the parent row referenced by this foreign-key column.
    case inherited(through: String)
    /// Shared by all tenants (users, the resource pool, platform suppression lists).
    case global

    /// The tenant column for owned tables, if the table has one.
    public var tenantColumn: String? {
        switch self {
        case .owned(let column), .optionallyOwned(let column): return column
        case .tenantRoot(let column): return column
        case .inherited, .global: return nil
        }
    }
}

/// How a table marks rows as deleted without removing them (Rule 14).
public enum SoftDeleteStyle: Hashable, Sendable {
    /// A `timestamptz` column, `NULL` while live (Agency OS `deleted_at`).
    case timestamp(column: String)
    /// A boolean column, `false` while live (Avenir `deleted`).
    case flag(column: String)

    /// The marking column.
    public var column: String {
        switch self {
        case .timestamp(let column), .flag(let column): return column
        }
    }
}

/// Which columns a store stamps on insert and update.
public struct TimestampColumns: Hashable, Sendable {
    /// Set on insert when unassigned; never changed afterwards.
    public let createdAt: String?
    /// Set on insert and advanced on every update; also the optimistic-concurrency version.
    public let updatedAt: String?

    /// Creates the description.
    public init(createdAt: String? = nil, updatedAt: String? = nil) {
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// `created_at` and `updated_at`.
    public static let standard = TimestampColumns(createdAt: "created_at", updatedAt: "updated_at")
    /// `created_at` only.
    public static let createdOnly = TimestampColumns(createdAt: "created_at")
    /// None.
    public static let none = TimestampColumns()
}

/// Which writes a table accepts after insert.
public enum RowMutability: Hashable, Sendable {
    /// Updates, soft delete and purge are allowed.
    case mutable
    /// Insert only: an immutable log (updates, soft delete and direct purge are refused;
    /// rows leave only by a cascade from their parent's purge).
    case appendOnly
}

/// What `purge` (the only hard delete) may do to a table's rows.
public enum PurgePolicy: Hashable, Sendable {
    /// Rows may be purged, directly or by cascade.
    case allowed
    /// Rows are never purged, directly or by cascade: suppression entries must outlive an
    /// erasure, so an erased person stays suppressed.
    case retained
}
