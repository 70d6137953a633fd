/// A scalar expression over a row's columns: what CHECKs, filters and keyset cursors
/// are built from. Every case has an exact SQL rendering and an in-memory evaluation.
public indirect enum SQLExpression: Hashable, Sendable {
    /// A column of the row.
    case column(String)
    /// A constant.
    case value(SQLValue)
    /// The sum of the operands (`a + b + …`); `NULL` if any is `NULL`.
    case sum([SQLExpression])
    /// `lower(x)`.
    case lower(SQLExpression)
    /// `char_length(x)` for text, `cardinality(x)` for arrays.
    case length(SQLExpression)
}

/// A comparison operator.
public enum ComparisonOperator: String, Hashable, Sendable, CaseIterable {
    /// `=`
    case equal = "="
    /// `<>`
    case notEqual = "<>"
    /// `<`
    case less = "<"
    /// `<=`
    case lessOrEqual = "<="
    /// `>`
    case greater = ">"
    /// `>=`
    case greaterOrEqual = ">="
}

/// A condition over a row with SQL's three-valued logic: comparing with `NULL` is
/// unknown, `NOT unknown` is unknown, and a filter keeps a row only when the condition is
/// true.
public indirect enum SQLPredicate: Hashable, Sendable {
    /// `lhs op rhs`.
    case compare(SQLExpression, ComparisonOperator, SQLExpression)
    /// `x IS NULL`.
    case isNull(SQLExpression)
    /// `x IS NOT NULL`.
    case isNotNull(SQLExpression)
    /// `x IN (v1, v2, …)`; an empty list is false.
    case isIn(SQLExpression, [SQLValue])
    /// `starts_with(x, prefix)`, bytewise.
    case hasPrefix(SQLExpression, String)
    /// `lower(x) = lower(text)`.
    case equalsIgnoringCase(SQLExpression, String)
    /// All of the conditions (true when empty).
    case and([SQLPredicate])
    /// Any of the conditions (false when empty).
    case or([SQLPredicate])
    /// The negation.
    case not(SQLPredicate)
    /// A constant truth value.
    case constant(Bool)

    /// Every column the predicate reads.
    public var referencedColumns: Set<String> {
        switch self {
        case .compare(let a, _, let b): return a.referencedColumns.union(b.referencedColumns)
        case .isNull(let e), .isNotNull(let e), .isIn(let e, _), .hasPrefix(let e, _), .equalsIgnoringCase(let e, _):
            return e.referencedColumns
        case .and(let parts), .or(let parts): return parts.reduce(into: Set()) { $0.formUnion($1.referencedColumns) }
        case .not(let inner): return inner.referencedColumns
        case .constant: return []
        }
    }
}

extension SQLExpression {
    /// Every column the expression reads.
    public var referencedColumns: Set<String> {
        switch self {
        case .column(let name): return [name]
        case .value: return []
        case .sum(let parts): return parts.reduce(into: Set()) { $0.formUnion($1.referencedColumns) }
        case .lower(let inner), .length(let inner): return inner.referencedColumns
        }
    }
}

extension SQLExpression {
    /// `column = value`.
    public static func == (lhs: SQLExpression, rhs: SQLValue) -> SQLPredicate { .compare(lhs, .equal, .value(rhs)) }
    /// `column <> value`.
    public static func != (lhs: SQLExpression, rhs: SQLValue) -> SQLPredicate { .compare(lhs, .notEqual, .value(rhs)) }
    /// `column >= value`.
    public static func >= (lhs: SQLExpression, rhs: SQLValue) -> SQLPredicate { .compare(lhs, .greaterOrEqual, .value(rhs)) }
    /// `column <= value`.
    public static func <= (lhs: SQLExpression, rhs: SQLValue) -> SQLPredicate { .compare(lhs, .lessOrEqual, .value(rhs)) }
    /// `column > value`.
    public static func > (lhs: SQLExpression, rhs: SQLValue) -> SQLPredicate { .compare(lhs, .greater, .value(rhs)) }
    /// `column < value`.
    public static func < (lhs: SQLExpression, rhs: SQLValue) -> SQLPredicate { .compare(lhs, .less, .value(rhs)) }
}
