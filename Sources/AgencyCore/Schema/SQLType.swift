/// A PostgreSQL column type.
public indirect enum SQLType: Hashable, Sendable {
    /// `uuid`.
    case uuid
    /// `text`.
    case text
    /// `character varying(n)`.
    case varchar(Int)
    /// `smallint` (16-bit).
    case smallint
    /// `integer` (32-bit).
    case integer
    /// `bigint` (64-bit).
    case bigint
    /// `double precision`.
    case doublePrecision
    /// `numeric(precision, scale)`.
    case numeric(precision: Int, scale: Int)
    /// `boolean`.
    case boolean
    /// `timestamp with time zone`.
    case timestamptz
    /// `timestamp without time zone`.
    case timestamp
    /// `date`.
    case date
    /// `time without time zone`.
    case time
    /// `jsonb`.
    case jsonb
    /// `json`.
    case json
    /// `inet`.
    case inet
    /// `element[]`.
    case array(SQLType)

    /// The type as written in DDL, e.g. `character varying(255)`, `text[]`.
    public var ddl: String {
        switch self {
        case .uuid: return "uuid"
        case .text: return "text"
        case .varchar(let length): return "character varying(\(length))"
        case .smallint: return "smallint"
        case .integer: return "integer"
        case .bigint: return "bigint"
        case .doublePrecision: return "double precision"
        case .numeric(let precision, let scale): return "numeric(\(precision),\(scale))"
        case .boolean: return "boolean"
        case .timestamptz: return "timestamp with time zone"
        case .timestamp: return "timestamp without time zone"
        case .date: return "date"
        case .time: return "time without time zone"
        case .jsonb: return "jsonb"
        case .json: return "json"
        case .inet: return "inet"
        case .array(let element): return element.ddl + "[]"
        }
    }

    /// The type's `pg_type.typname` (`int4`, `_text`, …), as the catalog reports it.
    public var udtName: String {
        switch self {
        case .uuid: return "uuid"
        case .text: return "text"
        case .varchar: return "varchar"
        case .smallint: return "int2"
        case .integer: return "int4"
        case .bigint: return "int8"
        case .doublePrecision: return "float8"
        case .numeric: return "numeric"
        case .boolean: return "bool"
        case .timestamptz: return "timestamptz"
        case .timestamp: return "timestamp"
        case .date: return "date"
        case .time: return "time"
        case .jsonb: return "jsonb"
        case .json: return "json"
        case .inet: return "inet"
        case .array(let element): return "_" + element.udtName
        }
    }

    /// The inclusive range an integer type holds, or `nil` for non-integer types.
    public var integerRange: ClosedRange<Int64>? {
        switch self {
        case .smallint: return Int64(Int16.min)...Int64(Int16.max)
        case .integer: return Int64(Int32.min)...Int64(Int32.max)
        case .bigint: return Int64.min...Int64.max
        default: return nil
        }
    }

    /// Whether values of this type can be ordered in a query.
    public var isSortable: Bool {
        switch self {
        case .jsonb, .json, .array: return false
        default: return true
        }
    }
}
