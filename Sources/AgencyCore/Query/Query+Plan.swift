/// Why a query cannot run against its table.
public enum QueryError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A filter or sort names a column the table does not have (or a key path that is not a column).
    case unknownColumn(table: String, column: String)
    /// A sort key is a JSON or array column, which has no useful order.
    case unsortableColumn(table: String, column: String)
    /// A negative limit or offset.
    case invalidPagination(detail: String)
    /// A keyset cursor does not have one value per effective sort key.
    case cursorMismatch(expected: Int, found: Int)

    /// A sentence naming the table and the problem.
    public var description: String {
        switch self {
        case .unknownColumn(let table, let column): return "table \(table) has no column \(column)"
        case .unsortableColumn(let table, let column): return "column \(table).\(column) cannot be sorted"
        case .invalidPagination(let detail): return "invalid pagination: \(detail)"
        case .cursorMismatch(let expected, let found):
            return "keyset cursor has \(found) values, the query's sort has \(expected) keys"
        }
    }
}

extension Query {
    /// The full row condition a store applies: the filters, soft-delete visibility and the
    /// keyset cursor, as one predicate over column names (SQL stores render it, in-memory
    /// stores evaluate it). Tenant scoping is the store's and is not included.
    ///
    /// - Throws: ``QueryError`` when the query does not fit the table.
    public func resolvedPredicate() throws -> SQLPredicate {
        let schema = Row.schema
        var parts: [SQLPredicate] = []
        if let predicate { parts.append(predicate) }
        if let style = schema.table.softDelete {
            switch deletedRows {
            case .excluded: parts.append(Self.livePredicate(style))
            case .only: parts.append(.not(Self.livePredicate(style)))
            case .included: break
            }
        }
        if let cursor { parts.append(try keysetPredicate(cursor)) }
        let combined: SQLPredicate = parts.count == 1 ? parts[0] : .and(parts)
        for column in combined.referencedColumns where schema.column(named: column) == nil {
            throw QueryError.unknownColumn(table: schema.name, column: column)
        }
        try validatePagination()
        return combined
    }

    /// The condition "row is live" for a soft-delete style.
    public static func livePredicate(_ style: SoftDeleteStyle) -> SQLPredicate {
        switch style {
        case .timestamp(let column): return .isNull(.column(column))
        case .flag(let column): return .or([.isNull(.column(column)), .compare(.column(column), .equal, .value(.bool(false)))])
        }
    }

    /// Checks the sort keys and pagination values.
    ///
    /// - Throws: ``QueryError``.
    public func validatePagination() throws {
        let schema = Row.schema
        for key in effectiveSort {
            guard let column = schema.column(named: key.column) else {
                throw QueryError.unknownColumn(table: schema.name, column: key.column)
            }
            guard column.description.type.isSortable else {
                throw QueryError.unsortableColumn(table: schema.name, column: key.column)
            }
        }
        if let limit, limit < 0 { throw QueryError.invalidPagination(detail: "limit \(limit) is negative") }
        if offset < 0 { throw QueryError.invalidPagination(detail: "offset \(offset) is negative") }
    }

    /// Rows strictly after `cursor` in the effective sort, with PostgreSQL's null placement
    /// (`NULLS LAST` ascending, `NULLS FIRST` descending).
    func keysetPredicate(_ cursor: KeysetCursor) throws -> SQLPredicate {
        let keys = effectiveSort
        guard cursor.values.count == keys.count else {
            throw QueryError.cursorMismatch(expected: keys.count, found: cursor.values.count)
        }
        var alternatives: [SQLPredicate] = []
        var equalSoFar: [SQLPredicate] = []
        for (key, value) in zip(keys, cursor.values) {
            let column = SQLExpression.column(key.column)
            let after: SQLPredicate
            switch (key.direction, value.isNull) {
            case (.ascending, true): after = .constant(false)
            case (.ascending, false): after = .or([.compare(column, .greater, .value(value)), .isNull(column)])
            case (.descending, true): after = .isNotNull(column)
            case (.descending, false): after = .compare(column, .less, .value(value))
            }
            alternatives.append(equalSoFar.isEmpty ? after : .and(equalSoFar + [after]))
            equalSoFar.append(value.isNull ? .isNull(column) : .compare(column, .equal, .value(value)))
        }
        return .or(alternatives)
    }

    /// Compiles the query for evaluation in memory: a row filter and a row order.
    ///
    /// - Throws: ``QueryError`` or ``ExpressionError`` when the query does not fit the table.
    public func compiled() throws -> CompiledQuery<Row> {
        let predicate = try resolvedPredicate().compile(for: Row.schema)
        var columns: [Column<Row>] = []
        for key in effectiveSort {
            guard let column = Row.schema.column(named: key.column) else {
                throw QueryError.unknownColumn(table: Row.schema.name, column: key.column)
            }
            columns.append(column)
        }
        return CompiledQuery(predicate: predicate, sortColumns: columns,
                             directions: effectiveSort.map(\.direction), limit: limit, offset: offset)
    }
}

/// A query resolved against its table for in-memory stores: which rows match and in what
/// order, with PostgreSQL's semantics.
public struct CompiledQuery<Row: Model>: Sendable {
    /// The row condition (filters, soft delete, keyset).
    public let predicate: CompiledPredicate<Row>
    let sortColumns: [Column<Row>]
    let directions: [SortDirection]
    /// The limit, if any.
    public let limit: Int?
    /// The offset.
    public let offset: Int

    /// Whether `row` is in the result.
    public func matches(_ row: Row) -> Bool { predicate.matches(row) }

    /// Whether `lhs` comes before `rhs` in the query's order (nulls last ascending, first
    /// descending; the primary key breaks ties).
    public func areInIncreasingOrder(_ lhs: Row, _ rhs: Row) -> Bool {
        SortKeyTable(values: sortKey(of: lhs) + sortKey(of: rhs), directions: directions).precedes(0, 1)
    }

    /// Filters, sorts and pages `rows`. O(n log n); with a limit, O(n log k) for the first
    /// k = offset + limit rows, so a page of a large table is not found by sorting it all.
    public func apply<S: Sequence>(to rows: S) -> [Row] where S.Element == Row {
        apply(toMatching: rows.filter(matches))
    }

    /// Sorts and pages rows already known to match (``matches(_:)``), as ``apply(to:)`` does
    /// after filtering. O(n log n); with a limit, O(n log k).
    ///
    /// Each row's sort values are read once, and the sort orders row indices by those values:
    /// reading a column costs far more than comparing two values. The rows are then swapped
    /// into that order in place (moved, not copied) and trimmed to the page. Equal rows keep
    /// their input order, as a stable sort of the rows would.
    public func apply(toMatching rows: consuming [Row]) -> [Row] {
        var values: [SQLValue] = []
        values.reserveCapacity(rows.count * sortColumns.count)
        for index in rows.indices {
            for column in sortColumns { values.append(column.value(in: rows[index])) }
        }
        let table = SortKeyTable(values: values, directions: directions)
        if let limit, limit >= 0, case let (kept, overflow) = offset.addingReportingOverflow(limit), !overflow,
           kept < rows.count / 2 {
            let first = table.firstIndices(kept)
            return first[min(offset, first.count)...].map { rows[$0] }
        }
        Self.permute(&rows, into: table.sortedIndices())
        let start = min(offset, rows.count)
        let end = limit.map { start + min(rows.count - start, $0) } ?? rows.count
        if end < rows.count { rows.removeSubrange(end...) }
        if start > 0 { rows.removeSubrange(..<start) }
        return rows
    }

    /// Reorders `rows` so that position `i` holds the row that was at `order[i]`, by swaps
    /// along the permutation's cycles: rows are moved, never copied. O(n).
    private static func permute(_ rows: inout [Row], into order: [Int]) {
        var placed = [Bool](repeating: false, count: order.count)
        for start in order.indices where !placed[start] {
            var position = start
            while order[position] != start {
                rows.swapAt(position, order[position])
                placed[position] = true
                position = order[position]
            }
            placed[position] = true
        }
    }

    /// The values of the sort columns in `row`, in sort order.
    private func sortKey(of row: Row) -> [SQLValue] {
        sortColumns.map { $0.value(in: row) }
    }
}
