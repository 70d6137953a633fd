import Foundation

/// One column value in a type-erased, database-neutral form.
///
/// Stores compare, index and bind values in this form. Equality and ordering follow
/// PostgreSQL: text compares bytewise (the `C` collation), UUIDs bytewise, numbers
/// numerically across integer, floating and exact kinds (against a `double` as `float8`,
/// where `NaN` equals `NaN` and sorts above every number).
public enum SQLValue: Sendable {
    /// SQL `NULL`.
    case null
    /// `boolean`.
    case bool(Bool)
    /// `smallint`, `integer`, `bigint`.
    case int(Int64)
    /// `double precision`, `real`.
    case double(Double)
    /// `numeric(p, s)`.
    case numeric(SQLNumeric)
    /// `text`, `varchar(n)`.
    case text(String)
    /// `uuid`.
    case uuid(UUID)
    /// `timestamptz`, `timestamp`.
    case timestamp(Timestamp)
    /// `date`.
    case date(LocalDate)
    /// `time`.
    case time(TimeOfDay)
    /// `jsonb`, `json`.
    case json(JSONValue)
    /// Any `T[]`.
    case array([SQLValue])

    /// Whether this is `NULL`.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// Whether this is the placeholder a store replaces on insert (nil UUID, 0, epoch, "").
    public var isUnassignedPlaceholder: Bool {
        switch self {
        case .uuid(let value): return value == UUID.unassigned
        case .int(let value): return value == 0
        case .timestamp(let value): return value.isUnassigned
        case .text(let value): return value.isEmpty
        default: return false
        }
    }

    /// The value as text for messages (secrets must be redacted by the caller).
    public var displayText: String {
        switch self {
        case .null: return "NULL"
        case .bool(let value): return value ? "true" : "false"
        case .int(let value): return String(value)
        case .double(let value): return String(value)
        case .numeric(let value): return value.description
        case .text(let value): return value
        case .uuid(let value): return value.uuidString.lowercased()
        case .timestamp(let value): return value.postgresText
        case .date(let value): return value.isoText
        case .time(let value): return value.isoText
        case .json(let value):
            guard let data = try? JSONEncoder.agencyKit.encode(value) else { return "<json>" }
            return String(decoding: data, as: UTF8.self)
        case .array(let values): return "{" + values.map(\.displayText).joined(separator: ",") + "}"
        }
    }

    /// A readable name of the value's kind, for error messages.
    public var kindName: String {
        switch self {
        case .null: return "null"
        case .bool: return "boolean"
        case .int: return "integer"
        case .double: return "double precision"
        case .numeric: return "numeric"
        case .text: return "text"
        case .uuid: return "uuid"
        case .timestamp: return "timestamp"
        case .date: return "date"
        case .time: return "time"
        case .json: return "json"
        case .array: return "array"
        }
    }
}

extension SQLValue: Hashable {
    /// PostgreSQL equality: text bytewise, numbers numerically, `NULL` equal to `NULL` only
    /// here (SQL's three-valued `=` is ``compare(to:)``).
    public static func == (lhs: SQLValue, rhs: SQLValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case (.text(let a), .text(let b)): return a.utf8.elementsEqual(b.utf8)
        case (.array(let a), .array(let b)): return a == b
        case (.json(let a), .json(let b)): return a == b
        default:
            if let order = lhs.compare(to: rhs) { return order == .orderedSame }
            return false
        }
    }

    /// Hashes consistently with `==`: every number by its nearest `Double` (equal numbers of
    /// any kind share it), a date as the timestamp of its midnight UTC.
    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case .bool(let value): hasher.combine(value)
        case .int, .double, .numeric:
            let double = comparableDouble ?? 0
            hasher.combine(double.isNaN ? Double.nan : double)
        case .text(let value): value.utf8.forEach { hasher.combine($0) }
        case .uuid(let value): hasher.combine(value)
        case .timestamp(let value): hasher.combine(value)
        case .date(let value): hasher.combine(value.startOfDayUTC)
        case .time(let value): hasher.combine(value)
        case .json(let value): hasher.combine(value)
        case .array(let values): hasher.combine(values)
        }
    }
}
