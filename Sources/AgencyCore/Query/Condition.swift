/// A condition on one field's value, typed by the field: `.equals(.converted)` on a
/// `LeadStatus` field, `.atLeast(85)` on an `Int?` field.
public enum Condition<Value: SQLValueConvertible>: Sendable {
    /// `field = value`.
    case equals(Value)
    /// `field <> value` (rows where the field is `NULL` do not match, as in SQL).
    case notEquals(Value)
    /// `field < value`.
    case lessThan(Value)
    /// `field <= value`.
    case atMost(Value)
    /// `field > value`.
    case greaterThan(Value)
    /// `field >= value`.
    case atLeast(Value)
    /// `lower ≤ field ≤ upper`.
    case between(Value, Value)
    /// `field IN (…)`.
    case isIn([Value])
    /// `field IS NULL`.
    case isNull
    /// `field IS NOT NULL`.
    case isNotNull
    /// `lower(field) = lower(text)`: for emails and domains.
    case equalsIgnoringCase(String)
    /// The field starts with `prefix` (bytewise, case-sensitive).
    case hasPrefix(String)

    /// The condition as a predicate on `column`.
    public func predicate(on column: String) -> SQLPredicate {
        let field = SQLExpression.column(column)
        switch self {
        case .equals(let value): return .compare(field, .equal, .value(value.sqlValue))
        case .notEquals(let value): return .compare(field, .notEqual, .value(value.sqlValue))
        case .lessThan(let value): return .compare(field, .less, .value(value.sqlValue))
        case .atMost(let value): return .compare(field, .lessOrEqual, .value(value.sqlValue))
        case .greaterThan(let value): return .compare(field, .greater, .value(value.sqlValue))
        case .atLeast(let value): return .compare(field, .greaterOrEqual, .value(value.sqlValue))
        case .between(let lower, let upper):
            return .and([.compare(field, .greaterOrEqual, .value(lower.sqlValue)),
                         .compare(field, .lessOrEqual, .value(upper.sqlValue))])
        case .isIn(let values): return .isIn(field, values.map(\.sqlValue))
        case .isNull: return .isNull(field)
        case .isNotNull: return .isNotNull(field)
        case .equalsIgnoringCase(let text): return .equalsIgnoringCase(field, text)
        case .hasPrefix(let prefix): return .hasPrefix(field, prefix)
        }
    }
}

extension SQLValue: SQLValueConvertible {
    /// Itself.
    public var sqlValue: SQLValue { self }
    /// Itself.
    public init(sqlValue: SQLValue) { self = sqlValue }
}

/// A condition on a model's rows, built from key paths or column names and combined with
/// AND, OR and NOT.
public struct Filter<Row: Model>: Sendable {
    /// The condition as a predicate over column names.
    public let predicate: SQLPredicate

    /// Wraps a predicate over column names.
    public init(_ predicate: SQLPredicate) { self.predicate = predicate }

    /// A condition on the property at `keyPath`.
    public static func field<Value>(_ keyPath: KeyPath<Row, Value> & Sendable, _ condition: Condition<Value>) -> Filter {
        Filter(condition.predicate(on: Row.schema.columnName(for: keyPath)))
    }

    /// A condition on the column called `name`.
    public static func column(_ name: String, _ condition: Condition<SQLValue>) -> Filter {
        Filter(condition.predicate(on: name))
    }

    /// All of the filters.
    public static func all(_ filters: [Filter]) -> Filter { Filter(.and(filters.map(\.predicate))) }

    /// Any of the filters.
    public static func any(_ filters: [Filter]) -> Filter { Filter(.or(filters.map(\.predicate))) }

    /// The negation (with SQL's rule that `NOT unknown` is unknown).
    public static func not(_ filter: Filter) -> Filter { Filter(.not(filter.predicate)) }
}
