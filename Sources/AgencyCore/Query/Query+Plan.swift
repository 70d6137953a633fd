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
        for (column, direction) in zip(sortColumns, directions) {
            let a = column.value(in: lhs)
            let b = column.value(in: rhs)
            switch (a.isNull, b.isNull) {
            case (true, true): continue
            case (true, false): return direction == .descending
            case (false, true): return direction == .ascending
            case (false, false):
                if a == b { continue }
                return direction == .ascending ? a.sortsBefore(b) : b.sortsBefore(a)
            }
        }
        return false
    }

    /// Filters, sorts and pages `rows`. O(n log n); with a limit, O(n log k) for the first
    /// k = offset + limit rows, so a page of a large table is not found by sorting it all.
    public func apply<S: Sequence>(to rows: S) -> [Row] where S.Element == Row {
        var matched: [Row] = rows.filter(matches)
        if let limit, limit >= 0, case let (kept, overflow) = offset.addingReportingOverflow(limit), !overflow,
           kept < matched.count / 2 {
            let first = firstInOrder(kept, of: matched)
            return first[min(offset, first.count)...].map { matched[$0] }
        }
        matched.sort(by: areInIncreasingOrder)
        let start = min(offset, matched.count)
        let end = limit.map { start + min(matched.count - start, $0) } ?? matched.count
        return Array(matched[start..<end])
    }

    /// The indices of the first `count` rows of `rows` in the query's order (equal rows in
    /// their input order, as the stable full sort gives them): a sorted buffer of indices
    /// that a row enters only when it comes before the buffer's last row.
    private func firstInOrder(_ count: Int, of rows: [Row]) -> [Int] {
        var kept: [Int] = []
        guard count > 0 else { return kept }
        kept.reserveCapacity(count + 1)
        for index in rows.indices {
            let row = rows[index]
            if kept.count == count {
                guard let last = kept.last, areInIncreasingOrder(row, rows[last]) else { continue }
                kept.removeLast()
            }
            var low = 0
            var high = kept.count
            while low < high {
                let middle = (low + high) / 2
                if areInIncreasingOrder(row, rows[kept[middle]]) { high = middle } else { low = middle + 1 }
            }
            kept.insert(index, at: low)
        }
        return kept
    }
}
