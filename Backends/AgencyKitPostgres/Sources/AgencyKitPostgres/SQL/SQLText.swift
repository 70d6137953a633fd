import AgencyCore
import Foundation

/// Spelling of identifiers, literals and values in PostgreSQL's text forms.
enum SQLText {
    /// `"name"`, with embedded quotes doubled.
    static func identifier(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `'text'`, with embedded quotes doubled (standard-conforming strings).
    static func literal(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }

    /// The PostgreSQL input text of a non-null value (what a text parameter or a literal holds).
    static func inputText(_ value: SQLValue) -> String? {
        switch value {
        case .null: return nil
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let int): return String(int)
        case .double(let double):
            if double.isNaN { return "NaN" }
            if double.isInfinite { return double < 0 ? "-Infinity" : "Infinity" }
            return "\(double)"
        case .numeric(let number): return number.description
        case .text(let text): return text
        case .uuid(let uuid): return uuid.uuidString.lowercased()
        case .timestamp(let timestamp): return timestamp.postgresText
        case .date(let date): return date.isoText
        case .time(let time): return time.isoText
        case .json(let json):
            guard let data = try? JSONEncoder.agencyKit.encode(json) else { return "null" }
            return String(decoding: data, as: UTF8.self)
        case .array(let items): return arrayText(items)
        }
    }

    /// A PostgreSQL array literal, `{"a","b",NULL}`.
    static func arrayText(_ items: [SQLValue]) -> String {
        let parts = items.map { item -> String in
            guard let text = inputText(item) else { return "NULL" }
            let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            return "\"" + escaped + "\""
        }
        return "{" + parts.joined(separator: ",") + "}"
    }

    /// The PostgreSQL type a value of this kind is cast to, or `nil` for `NULL`.
    static func typeName(of value: SQLValue, column: SQLType? = nil) -> String? {
        switch value {
        case .null: return nil
        case .bool: return "boolean"
        case .int: return "bigint"
        case .double: return "double precision"
        case .numeric: return "numeric"
        case .text: return "text"
        case .uuid: return "uuid"
        case .timestamp: return "timestamp with time zone"
        case .date: return "date"
        case .time: return "time without time zone"
        case .json: return "jsonb"
        case .array(let items):
            if let column, case .array = column { return column.ddl }
            let element = items.lazy.compactMap { typeName(of: $0) }.first ?? "text"
            return element + "[]"
        }
    }

    /// A constant as a typed SQL literal, e.g. `'new'::text`, `0`, `'{}'::jsonb`; for DDL only
    /// (defaults and checks generated from schema descriptions, never from user input).
    static func typedLiteral(_ value: SQLValue, column: SQLType? = nil) -> String {
        switch value {
        case .null: return "NULL"
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let int): return String(int)
        case .numeric(let number): return number.description
        default:
            guard let text = inputText(value), let type = typeName(of: value, column: column) else { return "NULL" }
            return literal(text) + "::" + type
        }
    }
}
