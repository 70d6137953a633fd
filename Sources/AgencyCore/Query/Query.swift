/// Which rows a read sees with respect to soft delete.
public enum DeletedRowVisibility: String, Hashable, Sendable {
    /// Live rows only: the default for every read (Rule 14).
    case excluded
    /// Live and soft-deleted rows.
    case included
    /// Soft-deleted rows only.
    case only
}

/// A sort direction. Like PostgreSQL, `NULL`s sort last ascending and first descending.
public enum SortDirection: String, Hashable, Sendable {
    /// Smallest first, `NULL`s last.
    case ascending
    /// Largest first, `NULL`s first.
    case descending
}

/// One sort key.
public struct SortKey: Hashable, Sendable {
    /// The column.
    public let column: String
    /// The direction.
    public let direction: SortDirection

    /// Creates a sort key.
    public init(_ column: String, _ direction: SortDirection = .ascending) {
        self.column = column
        self.direction = direction
    }
}

/// A typed read of one model's rows: filters, sort, pagination and soft-delete visibility,
/// all expressed over column names so every store — in memory or SQL — runs it the same way.
///
/// ```swift
/// let hot = Query<Lead>()
///     .where(\.alsScore, .atLeast(85))
///     .where(\.email, .equalsIgnoringCase("ada@example.com"))
///     .sorted(by: \.alsScore, .descending)
///     .limit(20)
/// ```
///
/// The sort always ends with the primary key ascending, so equal sort values have one
/// deterministic order and pages never overlap.
public struct Query<Row: Model>: Sendable {
    /// The conjunction of every filter added (nil: all rows).
    public private(set) var predicate: SQLPredicate?
    /// The requested sort keys (the primary key is appended by ``effectiveSort``).
    public private(set) var sort: [SortKey] = []
    /// The maximum number of rows, if limited.
    public private(set) var limit: Int?
    /// Rows to skip before the first returned row.
    public private(set) var offset: Int = 0
    /// The keyset position: only rows strictly after it in sort order.
    public private(set) var cursor: KeysetCursor?
    /// Soft-delete visibility.
    public private(set) var deletedRows: DeletedRowVisibility = .excluded

    /// A query for every live row.
    public init() {}

    /// Adds a condition on the property at `keyPath` (ANDed with earlier ones).
    public func `where`<Value>(_ keyPath: KeyPath<Row, Value> & Sendable, _ condition: Condition<Value>) -> Query {
        filter(.field(keyPath, condition))
    }

    /// Adds a condition on the column called `name` (ANDed with earlier ones).
    public func `where`(column name: String, _ condition: Condition<SQLValue>) -> Query {
        filter(.column(name, condition))
    }

    /// Adds a filter (ANDed with earlier ones).
    public func filter(_ filter: Filter<Row>) -> Query {
        var copy = self
        if let existing = copy.predicate {
            if case .and(let parts) = existing {
                copy.predicate = .and(parts + [filter.predicate])
            } else {
                copy.predicate = .and([existing, filter.predicate])
            }
        } else {
            copy.predicate = filter.predicate
        }
        return copy
    }

    /// Adds a sort key on the property at `keyPath` after the existing ones.
    public func sorted<Value>(by keyPath: KeyPath<Row, Value> & Sendable, _ direction: SortDirection = .ascending) -> Query {
        sorted(byColumn: Row.schema.columnName(for: keyPath), direction)
    }

    /// Adds a sort key on the column called `name` after the existing ones.
    public func sorted(byColumn name: String, _ direction: SortDirection = .ascending) -> Query {
        var copy = self
        copy.sort.append(SortKey(name, direction))
        return copy
    }

    /// Returns at most `count` rows.
    public func limit(_ count: Int) -> Query {
        var copy = self
        copy.limit = count
        return copy
    }

    /// Skips the first `count` rows.
    public func offset(_ count: Int) -> Query {
        var copy = self
        copy.offset = count
        return copy
    }

    /// Returns only rows strictly after `row` in this query's sort order (keyset pagination:
    /// pass the last row of the previous page).
    public func after(_ row: Row) -> Query {
        var copy = self
        copy.cursor = KeysetCursor(values: effectiveSort.map { Row.schema.value($0.column, in: row) })
        return copy
    }

    /// Returns only rows strictly after `cursor` in this query's sort order.
    public func after(cursor: KeysetCursor) -> Query {
        var copy = self
        copy.cursor = cursor
        return copy
    }

    /// Also returns soft-deleted rows.
    public func includingDeleted() -> Query {
        var copy = self
        copy.deletedRows = .included
        return copy
    }

    /// Returns only soft-deleted rows.
    public func onlyDeleted() -> Query {
        var copy = self
        copy.deletedRows = .only
        return copy
    }

    /// The sort actually applied: the requested keys, then the primary key ascending
    /// unless already present.
    public var effectiveSort: [SortKey] {
        let key = Row.schema.table.primaryKey
        return sort.contains { $0.column == key } ? sort : sort + [SortKey(key, .ascending)]
    }

    /// The same query without limit, offset or cursor (what a store's `count` semantics use).
    public var unpaged: Query {
        var copy = self
        copy.limit = nil
        copy.offset = 0
        copy.cursor = nil
        return copy
    }
}

/// A position in a sorted result: the sort-key values of the last row seen, primary key
/// last.
public struct KeysetCursor: Hashable, Sendable {
    /// One value per effective sort key.
    public let values: [SQLValue]

    /// Creates a cursor from sort-key values.
    public init(values: [SQLValue]) { self.values = values }
}
