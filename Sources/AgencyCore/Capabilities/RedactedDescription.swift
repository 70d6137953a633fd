/// A model whose textual and reflected forms never show its secret columns.
///
/// `print`, string interpolation, `String(reflecting:)`, `dump` and debugger summaries all
/// go through ``description``, ``debugDescription`` or ``customMirror``; the default
/// implementations read the columns of ``Model/schema`` and replace the value of every
/// column marked ``ColumnDescription/isSecret`` with `<redacted>` (a `NULL`
/// secret is shown as `NULL`: whether a secret is set is not itself secret).
///
/// Adopt it with an empty extension. A model with a column stored in a property named
/// `description` cannot adopt it.
public protocol RedactedDescription: Model, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {}

extension RedactedDescription {
    /// What a secret column's value is replaced with in descriptions and mirrors.
    public static var redactedPlaceholder: String { "<redacted>" }

    /// Every column as `(name, text)`, secrets redacted, in schema order.
    public var redactedColumns: [(name: String, text: String)] {
        Self.schema.columns.map { column in
            let value = column.value(in: self)
            let secret = column.description.isSecret && !value.isNull
            return (column.name, secret ? Self.redactedPlaceholder : value.displayText)
        }
    }

    /// `TypeName(column: value, …)` with secret values redacted.
    public var description: String {
        "\(Self.self)(" + redactedColumns.map { "\($0.name): \($0.text)" }.joined(separator: ", ") + ")"
    }

    /// The same as ``description``: the debug form never shows secrets either.
    public var debugDescription: String { description }

    /// One child per column, labelled with the column name, holding the value's text
    /// (secrets redacted), so `dump` and debuggers never reach a secret.
    public var customMirror: Mirror {
        Mirror(self, children: redactedColumns.map { (label: Optional($0.name), value: $0.text as Any) },
               displayStyle: .struct)
    }
}
