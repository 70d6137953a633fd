import AgencyCore

/// Renders ``SQLPredicate``s and sort keys over one table's columns as PostgreSQL, with the
/// in-memory evaluation's semantics: three-valued logic, text compared bytewise
/// (`COLLATE "C"`), numbers compared across kinds, text constants coerced to a compared
/// column's type, and comparisons of kinds that cannot be compared rendered as unknown.
struct PredicateSQL<Sink: SQLValueSink> {
    /// The value classes comparisons are decided on.
    indirect enum Kind: Equatable {
        case text, integer, double, numeric, bool, uuid, timestamp, date, time, json
        case array(Kind)

        var isNumber: Bool { self == .integer || self == .double || self == .numeric }
        var isTemporal: Bool { self == .timestamp || self == .date }

        func isComparable(with other: Kind) -> Bool {
            switch (self, other) {
            case (.json, _), (_, .json): return false
            case (.array(let a), .array(let b)): return a.isComparable(with: b)
            default:
                if self == other { return true }
                return (isNumber && other.isNumber) || (isTemporal && other.isTemporal)
            }
        }

        init(_ type: SQLType) {
            switch type {
            case .uuid: self = .uuid
            case .text, .varchar, .inet: self = .text
            case .smallint, .integer, .bigint: self = .integer
            case .doublePrecision: self = .double
            case .numeric: self = .numeric
            case .boolean: self = .bool
            case .timestamptz, .timestamp: self = .timestamp
            case .date: self = .date
            case .time: self = .time
            case .jsonb, .json: self = .json
            case .array(let element): self = .array(Kind(element))
            }
        }

        init?(_ value: SQLValue) {
            switch value {
            case .null: return nil
            case .bool: self = .bool
            case .int: self = .integer
            case .double: self = .double
            case .numeric: self = .numeric
            case .text: self = .text
            case .uuid: self = .uuid
            case .timestamp: self = .timestamp
            case .date: self = .date
            case .time: self = .time
            case .json: self = .json
            case .array(let items): self = .array(items.lazy.compactMap { Kind($0) }.first ?? .text)
            }
        }
    }

    /// A rendered expression and its kind (`nil`: the constant `NULL`).
    struct Rendered {
        let sql: String
        let kind: Kind?
    }

    let table: TableDescription
    let qualifier: String?
    var sink: Sink

    init(table: TableDescription, qualifier: String?, sink: Sink) {
        self.table = table
        self.qualifier = qualifier
        self.sink = sink
    }

    /// The predicate as a boolean SQL expression.
    ///
    /// - Throws: ``QueryError/unknownColumn(table:column:)``.
    mutating func render(_ predicate: SQLPredicate) throws -> String {
        switch predicate {
        case .constant(let value): return value ? "TRUE" : "FALSE"
        case .compare(let lhs, let op, let rhs):
            let left = try expression(lhs, coerceTo: declaredType(rhs))
            let right = try expression(rhs, coerceTo: declaredType(lhs))
            guard let a = left.kind, let b = right.kind, a.isComparable(with: b) else { return "(NULL::boolean)" }
            let ordering = op != .equal && op != .notEqual
            let collate = ordering && a == .text && b == .text ? " COLLATE \"C\"" : ""
            return "(\(left.sql)\(collate) \(op.rawValue) \(right.sql))"
        case .isNull(let inner): return "(\(try expression(inner, coerceTo: nil).sql) IS NULL)"
        case .isNotNull(let inner): return "(\(try expression(inner, coerceTo: nil).sql) IS NOT NULL)"
        case .isIn(let inner, let candidates):
            let type = declaredType(inner)
            let value = try expression(inner, coerceTo: nil)
            if candidates.isEmpty { return "FALSE" }
            var options: [String] = []
            for candidate in candidates.map({ $0.coerced(to: type) }) {
                if candidate.isNull { options.append("NULL"); continue }
                guard let kind = value.kind, let other = Kind(candidate), kind.isComparable(with: other),
                      let cast = castType(candidate, against: type) else { continue }
                options.append(sink.place(candidate, as: cast))
            }
            guard !options.isEmpty else { return "(CASE WHEN \(value.sql) IS NULL THEN NULL ELSE FALSE END)" }
            return "(\(value.sql) IN (\(options.joined(separator: ", "))))"
        case .hasPrefix(let inner, let prefix):
            let value = try expression(inner, coerceTo: nil)
            guard value.kind == .text else { return unknownUnlessNull(value) }
            return "starts_with(\(value.sql), \(sink.place(.text(prefix), as: "text")))"
        case .equalsIgnoringCase(let inner, let text):
            let value = try expression(inner, coerceTo: nil)
            guard value.kind == .text else { return unknownUnlessNull(value) }
            return "(lower(\(value.sql)) = lower(\(sink.place(.text(text), as: "text"))))"
        case .and(let parts):
            if parts.isEmpty { return "TRUE" }
            return "(" + (try parts.map { try render($0) }).joined(separator: " AND ") + ")"
        case .or(let parts):
            if parts.isEmpty { return "FALSE" }
            return "(" + (try parts.map { try render($0) }).joined(separator: " OR ") + ")"
        case .not(let inner): return "(NOT \(try render(inner)))"
        }
    }

    /// `ORDER BY` items for the sort keys (bytewise text, NULLs last ascending, first descending).
    func orderBy(_ keys: [SortKey]) throws -> String {
        try keys.map { key in
            let rendered = try column(key.column)
            let collate = rendered.kind == .text ? " COLLATE \"C\"" : ""
            return rendered.sql + collate + (key.direction == .ascending ? " ASC NULLS LAST" : " DESC NULLS FIRST")
        }.joined(separator: ", ")
    }

    /// A column reference: inet columns read as the text the row's JSON carries.
    func column(_ name: String) throws -> Rendered {
        guard let description = table.column(named: name) else {
            throw QueryError.unknownColumn(table: table.name, column: name)
        }
        let reference = (qualifier.map { $0 + "." } ?? "") + SQLText.identifier(name)
        if description.type == .inet { return Rendered(sql: "abbrev(\(reference))", kind: .text) }
        return Rendered(sql: reference, kind: Kind(description.type))
    }

    private func declaredType(_ expression: SQLExpression) -> SQLType? {
        switch expression {
        case .column(let name): return table.column(named: name)?.type
        case .lower(let inner): return declaredType(inner)
        case .value, .sum, .length: return nil
        }
    }

    private func castType(_ value: SQLValue, against type: SQLType?) -> String? {
        if case .array = value, let type, case .array = type { return type.ddl }
        return SQLText.typeName(of: value)
    }

    private func unknownUnlessNull(_ value: Rendered) -> String {
        value.kind == nil ? "(NULL::boolean)" : "(CASE WHEN \(value.sql) IS NULL THEN NULL ELSE FALSE END)"
    }

    private mutating func expression(_ expression: SQLExpression, coerceTo type: SQLType?) throws -> Rendered {
        switch expression {
        case .column(let name): return try column(name)
        case .value(let raw):
            let value = raw.coerced(to: type)
            guard let kind = Kind(value), let cast = castType(value, against: type) else { return Rendered(sql: "NULL", kind: nil) }
            return Rendered(sql: sink.place(value, as: cast), kind: kind)
        case .sum(let parts):
            var operands: [String] = []
            for part in parts {
                let rendered = try self.expression(part, coerceTo: nil)
                guard let kind = rendered.kind, kind.isNumber else { return Rendered(sql: "(NULL::numeric)", kind: .numeric) }
                operands.append("(\(rendered.sql))::numeric")
            }
            if operands.isEmpty { return Rendered(sql: "(0::numeric)", kind: .numeric) }
            return Rendered(sql: "(" + operands.joined(separator: " + ") + ")", kind: .numeric)
        case .lower(let inner):
            let rendered = try self.expression(inner, coerceTo: nil)
            guard rendered.kind == .text else { return rendered }
            return Rendered(sql: "lower(\(rendered.sql))", kind: .text)
        case .length(let inner):
            let rendered = try self.expression(inner, coerceTo: nil)
            switch rendered.kind {
            case .text?: return Rendered(sql: "char_length(\(rendered.sql))", kind: .integer)
            case .array?: return Rendered(sql: "cardinality(\(rendered.sql))", kind: .integer)
            default: return Rendered(sql: "(NULL::bigint)", kind: .integer)
            }
        }
    }
}
