import Foundation

/// Why an expression cannot be evaluated against a table.
public enum ExpressionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The expression names a column the table does not have.
    case unknownColumn(table: String, column: String)
    /// An operand cannot be used this way (e.g. summing text).
    case invalidOperand(table: String, detail: String)

    /// A sentence naming the table and the problem.
    public var description: String {
        switch self {
        case .unknownColumn(let table, let column): return "table \(table) has no column \(column)"
        case .invalidOperand(let table, let detail): return "invalid expression on \(table): \(detail)"
        }
    }
}

/// A predicate resolved against one table's columns, ready to test rows in memory.
public struct CompiledPredicate<Row: Model>: Sendable {
    private let test: @Sendable (Row) -> Bool?

    /// The three-valued result for `row`: `true`, `false`, or `nil` for unknown.
    public func evaluate(_ row: Row) -> Bool? { test(row) }

    /// Whether a filter keeps `row` (the predicate is true).
    public func matches(_ row: Row) -> Bool { test(row) == true }

    /// Whether a CHECK accepts `row` (the predicate is not false).
    public func accepts(_ row: Row) -> Bool { test(row) != false }

    init(_ test: @escaping @Sendable (Row) -> Bool?) { self.test = test }
}

extension SQLPredicate {
    /// Resolves every column against `schema`.
    ///
    /// - Throws: ``ExpressionError/unknownColumn(table:column:)`` for a column the table lacks.
    public func compile<Row: Model>(for schema: TableSchema<Row>) throws -> CompiledPredicate<Row> {
        CompiledPredicate(try closure(ColumnResolver(schema)))
    }

    func compile<Row: Model>(with resolver: ColumnResolver<Row>) throws -> CompiledPredicate<Row> {
        CompiledPredicate(try closure(resolver))
    }

    private func closure<Row: Model>(_ schema: ColumnResolver<Row>) throws -> @Sendable (Row) -> Bool? {
        switch self {
        case .constant(let value):
            return { _ in value }
        case .compare(let lhs, let op, let rhs):
            let left = try lhs.compile(schema, coerceTo: rhs.declaredType(schema))
            let right = try rhs.compile(schema, coerceTo: lhs.declaredType(schema))
            return { row in
                guard let order = left(row).compare(to: right(row)) else { return nil }
                return SQLPredicate.holds(op, order)
            }
        case .isNull(let expression):
            let value = try expression.compile(schema, coerceTo: nil)
            return { row in value(row).isNull }
        case .isNotNull(let expression):
            let value = try expression.compile(schema, coerceTo: nil)
            return { row in !value(row).isNull }
        case .isIn(let expression, let candidates):
            let type = expression.declaredType(schema)
            let value = try expression.compile(schema, coerceTo: nil)
            let options = candidates.map { $0.coerced(to: type) }
            let hasNull = options.contains { $0.isNull }
            return { row in
                let current = value(row)
                if current.isNull { return options.isEmpty ? false : nil }
                if options.contains(where: { $0.compare(to: current) == .orderedSame }) { return true }
                return hasNull ? nil : false
            }
        case .hasPrefix(let expression, let prefix):
            let value = try expression.compile(schema, coerceTo: nil)
            return { row in
                guard case .text(let text) = value(row) else { return value(row).isNull ? nil : false }
                return text.utf8.starts(with: prefix.utf8)
            }
        case .equalsIgnoringCase(let expression, let text):
            let value = try expression.compile(schema, coerceTo: nil)
            let folded = text.lowercased()
            return { row in
                guard case .text(let current) = value(row) else { return value(row).isNull ? nil : false }
                return current.lowercased().utf8.elementsEqual(folded.utf8)
            }
        case .and(let parts):
            let tests = try parts.map { try $0.closure(schema) }
            return { row in
                var unknown = false
                for test in tests {
                    switch test(row) {
                    case false?: return false
                    case nil: unknown = true
                    case true?: continue
                    }
                }
                return unknown ? nil : true
            }
        case .or(let parts):
            let tests = try parts.map { try $0.closure(schema) }
            return { row in
                var unknown = false
                for test in tests {
                    switch test(row) {
                    case true?: return true
                    case nil: unknown = true
                    case false?: continue
                    }
                }
                return unknown ? nil : false
            }
        case .not(let inner):
            let test = try inner.closure(schema)
            return { row in test(row).map { !$0 } }
        }
    }

    static func holds(_ op: ComparisonOperator, _ order: ComparisonResult) -> Bool {
        switch op {
        case .equal: return order == .orderedSame
        case .notEqual: return order != .orderedSame
        case .less: return order == .orderedAscending
        case .lessOrEqual: return order != .orderedDescending
        case .greater: return order == .orderedDescending
        case .greaterOrEqual: return order != .orderedAscending
        }
    }
}

extension SQLExpression {
    func declaredType<Row: Model>(_ schema: ColumnResolver<Row>) -> SQLType? {
        switch self {
        case .column(let name): return schema.column(named: name)?.description.type
        case .lower(let inner): return inner.declaredType(schema)
        case .value, .sum, .length: return nil
        }
    }

    func compile<Row: Model>(_ schema: ColumnResolver<Row>, coerceTo type: SQLType?) throws -> @Sendable (Row) -> SQLValue {
        switch self {
        case .column(let name):
            guard let column = schema.column(named: name) else {
                throw ExpressionError.unknownColumn(table: schema.table, column: name)
            }
            return { row in column.value(in: row) }
        case .value(let value):
            let coerced = value.coerced(to: type)
            return { _ in coerced }
        case .sum(let parts):
            let operands = try parts.map { try $0.compile(schema, coerceTo: nil) }
            return { row in
                var total = Decimal(0)
                var allIntegers = true
                for operand in operands {
                    let value = operand(row)
                    guard let number = value.numericValue else { return .null }
                    if case .int = value {} else { allIntegers = false }
                    total += number
                }
                if allIntegers, let int = Int64(exactly: NSDecimalNumber(decimal: total).int64Value),
                   Decimal(int) == total {
                    return .int(int)
                }
                return .numeric(SQLNumeric(total))
            }
        case .lower(let inner):
            let value = try inner.compile(schema, coerceTo: nil)
            return { row in
                if case .text(let text) = value(row) { return .text(text.lowercased()) }
                return value(row)
            }
        case .length(let inner):
            let value = try inner.compile(schema, coerceTo: nil)
            return { row in
                switch value(row) {
                case .text(let text): return .int(Int64(text.unicodeScalars.count))
                case .array(let items): return .int(Int64(items.count))
                default: return .null
                }
            }
        }
    }
}

extension SQLValue {
    /// This constant converted to a column's type where PostgreSQL would cast a literal
    /// (text to uuid, timestamp, date or time); other values are returned unchanged.
    public func coerced(to type: SQLType?) -> SQLValue {
        guard case .text(let text) = self, let type else { return self }
        switch type {
        case .uuid: return UUID(uuidString: text).map(SQLValue.uuid) ?? self
        case .timestamptz, .timestamp: return (try? Timestamp(parsing: text)).map(SQLValue.timestamp) ?? self
        case .date: return (try? LocalDate(parsing: text)).map(SQLValue.date) ?? self
        case .time: return (try? TimeOfDay(parsing: text)).map(SQLValue.time) ?? self
        default: return self
        }
    }
}

/// Column lookup by name for compiling expressions, usable while a schema is being built.
struct ColumnResolver<Row: Model> {
    let table: String
    let find: (String) -> Column<Row>?

    init(table: String, find: @escaping (String) -> Column<Row>?) {
        self.table = table
        self.find = find
    }

    init(_ schema: TableSchema<Row>) {
        self.init(table: schema.name, find: { schema.column(named: $0) })
    }

    func column(named name: String) -> Column<Row>? { find(name) }
}
