/// The single description of one model's table: every store, validation, the PostgreSQL
/// drift check and the conformance suite read it, so no store has code per model.
///
/// Declare it once beside the model as `static let schema`.
public struct TableSchema<Row: Model>: Sendable {
    /// The database facts.
    public let table: TableDescription
    /// The columns with their accessors, in declaration order.
    public let columns: [Column<Row>]
    private let indexByName: [String: Int]
    private let indexByKeyPath: [KeyPathKey: Int]
    let compiledChecks: [(check: TableCheck, predicate: CompiledPredicate<Row>?)]
    /// The columns whose values validation must read: those with rules, a type that bounds
    /// the value (`varchar(n)`, 16/32-bit integers, `numeric(p, s)`), or NOT NULL (except
    /// JSON payloads, which are never NULL while present).
    let validatedColumns: [Column<Row>]

    /// Describes a table.
    ///
    /// - Parameters:
    ///   - name: The table name.
    ///   - columns: Every column, in the order of the database table.
    ///   - primaryKey: The primary-key column (default `id`).
    ///   - tenancy: How rows belong to tenants.
    ///   - unique: UNIQUE constraints.
    ///   - foreignKeys: FOREIGN KEYs.
    ///   - checks: Multi-column CHECKs and cross-field rules.
    ///   - indexes: Non-unique indexes.
    ///   - softDelete: The soft-delete column, if any.
    ///   - timestamps: The store-stamped timestamp columns.
    ///   - mutability: Whether rows may change after insert.
    ///   - purgePolicy: Whether purge may remove rows.
    public init(
        _ name: String, columns: [Column<Row>], primaryKey: String = "id", tenancy: Tenancy,
        unique: [UniqueConstraint] = [], foreignKeys: [ForeignKey] = [], checks: [TableCheck] = [],
        indexes: [IndexDescription] = [], softDelete: SoftDeleteStyle? = nil,
        timestamps: TimestampColumns = .none, mutability: RowMutability = .mutable,
        purgePolicy: PurgePolicy = .allowed
    ) {
        self.columns = columns
        var byName: [String: Int] = [:]
        var byKeyPath: [KeyPathKey: Int] = [:]
        for (index, column) in columns.enumerated() {
            byName[column.name] = byName[column.name] ?? index
            byKeyPath[KeyPathKey(column.keyPath)] = byKeyPath[KeyPathKey(column.keyPath)] ?? index
        }
        indexByName = byName
        indexByKeyPath = byKeyPath
        let resolver = ColumnResolver<Row>(table: name, find: { byName[$0].map { columns[$0] } })
        compiledChecks = checks.map { ($0, try? $0.predicate.compile(with: resolver)) }
        validatedColumns = columns.filter { column in
            let description = column.description
            if !description.rules.isEmpty { return true }
            switch description.type {
            case .varchar, .smallint, .integer, .numeric, .array(.varchar): return true
            case .json, .jsonb: return false
            default: return !description.isNullable
            }
        }
        table = TableDescription(
            name: name, columns: columns.map(\.description), primaryKey: primaryKey,
            primaryKeyKind: Row.PrimaryKey.keyKind, tenancy: tenancy, uniqueConstraints: unique,
            foreignKeys: foreignKeys, checks: checks, indexes: indexes, softDelete: softDelete,
            timestamps: timestamps, mutability: mutability, purgePolicy: purgePolicy)
    }

    /// The table name.
    public var name: String { table.name }

    /// The column called `name`, if any. O(1).
    public func column(named name: String) -> Column<Row>? {
        indexByName[name].map { columns[$0] }
    }

    /// The column stored at `keyPath`, if the property is a column. O(1).
    public func column(for keyPath: AnyKeyPath) -> Column<Row>? {
        indexByKeyPath[KeyPathKey(keyPath)].map { columns[$0] }
    }

    /// The column name for `keyPath`, or a readable placeholder (which every store rejects
    /// as an unknown column) when the property is not a column.
    public func columnName(for keyPath: AnyKeyPath) -> String {
        column(for: keyPath)?.name ?? "\(keyPath)"
    }

    /// The primary-key value of `row`.
    public func primaryKeyValue(of row: Row) -> SQLValue {
        column(named: table.primaryKey)?.value(in: row) ?? .null
    }

    /// The value of column `name` in `row` (`NULL` for an unknown column).
    public func value(_ name: String, in row: Row) -> SQLValue {
        column(named: name)?.value(in: row) ?? .null
    }

    /// Whether `row` is soft-deleted (always `false` for tables without soft delete).
    public func isSoftDeleted(_ row: Row) -> Bool {
        switch table.softDelete {
        case .none: return false
        case .timestamp(let column)?: return !value(column, in: row).isNull
        case .flag(let column)?: return value(column, in: row) == .bool(true)
        }
    }
}

/// A key path as a dictionary key. Key paths are immutable, so sharing them is safe.
struct KeyPathKey: Hashable, @unchecked Sendable {
    let path: AnyKeyPath
    init(_ path: AnyKeyPath) { self.path = path }
}
