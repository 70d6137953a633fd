import AgencyCore
import AgencyStore
import Foundation

/// Writes models as the JSON that `json_populate_record(set)` reads: one object per row with
/// every column of the schema, `null` for SQL NULL, each value in PostgreSQL's input form.
///
/// Written straight from the schema's column values rather than through `JSONEncoder`:
/// Foundation's encoder builds a dictionary per row and boxes every value, which made
/// encoding most of `PostgresStore`'s client-side insert time (about 90 µs of a 78-column lead).
enum RowJSON {
    /// A JSON array of `rows`' objects. O(rows × columns).
    ///
    /// - Throws: `StoreError.backend` when a JSON number is NaN (JSON has no such number;
    ///   `JSONEncoder` refused it too).
    static func array<M: Model>(_ rows: [M]) throws -> String {
        let columns = M.schema.columns
        let keys = columns.map { quoted($0.name) + ":" }
        var text = "["
        text.reserveCapacity(rows.count * columns.count * 24)
        for (index, row) in rows.enumerated() {
            if index > 0 { text += "," }
            try writeObject(columns.map { $0.value(in: row) }, keys, into: &text)
        }
        text += "]"
        return text
    }

    /// One row's JSON object. O(columns).
    static func object<M: Model>(_ row: M) throws -> String {
        let columns = M.schema.columns
        var text = ""
        try writeObject(columns.map { $0.value(in: row) }, columns.map { quoted($0.name) + ":" }, into: &text)
        return text
    }

    private static func writeObject(_ values: [SQLValue], _ keys: [String], into text: inout String) throws {
        text += "{"
        for (index, value) in values.enumerated() {
            if index > 0 { text += "," }
            text += keys[index]
            try write(value, into: &text)
        }
        text += "}"
    }

    private static func write(_ value: SQLValue, into text: inout String) throws {
        switch value {
        case .null: text += "null"
        case .bool(let flag): text += flag ? "true" : "false"
        case .int(let int): text += String(int)
        case .double(let double):
            // JSON has no NaN or infinities; PostgreSQL reads them from their input text.
            if double.isFinite { text += "\(double)" } else { text += quoted(SQLText.inputText(value) ?? "NaN") }
        case .numeric(let number): try writeNumber(number.decimal, into: &text)
        case .text(let string): text += quoted(string)
        case .uuid, .timestamp, .date, .time: text += quoted(SQLText.inputText(value) ?? "")
        case .json(let json): try write(json, into: &text)
        case .array(let items): try writeArray(items, into: &text) { try write($0, into: &$1) }
        }
    }

    private static func write(_ json: JSONValue, into text: inout String) throws {
        switch json {
        case .null: text += "null"
        case .bool(let flag): text += flag ? "true" : "false"
        case .number(let number): try writeNumber(number, into: &text)
        case .string(let string): text += quoted(string)
        case .array(let items): try writeArray(items, into: &text) { try write($0, into: &$1) }
        case .object(let members):
            text += "{"
            for (index, key) in members.keys.sorted().enumerated() {
                if index > 0 { text += "," }
                text += quoted(key) + ":"
                try write(members[key] ?? .null, into: &text)
            }
            text += "}"
        }
    }

    private static func writeArray<Item>(_ items: [Item], into text: inout String,
                                         _ writeItem: (Item, inout String) throws -> Void) throws {
        text += "["
        for (index, item) in items.enumerated() {
            if index > 0 { text += "," }
            try writeItem(item, &text)
        }
        text += "]"
    }

    private static func writeNumber(_ number: Decimal, into text: inout String) throws {
        guard !number.isNaN else { throw StoreError.backend("a JSON number is NaN, which JSON cannot hold") }
        text += number.description
    }

    /// `string` as a JSON string: quotes, backslashes and control characters escaped; every
    /// other character, `/` and non-ASCII included, written as is.
    static func quoted(_ string: String) -> String {
        var needsEscaping = false
        for byte in string.utf8 where byte < 0x20 || byte == 0x22 || byte == 0x5C {
            needsEscaping = true
            break
        }
        guard needsEscaping else { return "\"" + string + "\"" }
        var result = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
