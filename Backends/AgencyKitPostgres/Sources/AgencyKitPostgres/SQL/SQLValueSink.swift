import AgencyCore

/// Where the constants of a rendered predicate go: bound parameters for queries, typed
/// literals for generated DDL.
protocol SQLValueSink {
    /// The SQL that stands for `value` (never `NULL`), typed as `type`.
    mutating func place(_ value: SQLValue, as type: String) -> String
}

/// Collects constants as text parameters `$n` cast to their type, so no value ever becomes
/// part of the SQL text.
struct ParameterSink: SQLValueSink {
    /// The parameters' texts in order (`nil` binds `NULL`).
    private(set) var values: [String?]

    /// A sink whose first parameter is `$\(first)`.
    init(existing: [String?] = []) { values = existing }

    mutating func place(_ value: SQLValue, as type: String) -> String {
        bind(SQLText.inputText(value)) + "::" + type
    }

    /// Appends a text parameter and returns its placeholder (`$n`).
    mutating func bind(_ text: String?) -> String {
        values.append(text)
        return "$\(values.count)"
    }
}

/// Writes constants as typed literals (DDL generated from schema descriptions only).
struct LiteralSink: SQLValueSink {
    func place(_ value: SQLValue, as type: String) -> String {
        guard let text = SQLText.inputText(value) else { return "NULL" }
        switch value {
        case .int, .numeric, .bool: return text
        default: return SQLText.literal(text) + "::" + type
        }
    }
}
