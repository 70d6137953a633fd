/// What kind of rule a value broke.
public enum ViolationKind: String, Hashable, Sendable, Codable {
    /// A `NOT NULL` column is null.
    case notNull = "not_null"
    /// A `varchar(n)` value is longer than n characters.
    case maxLength = "max_length"
    /// An integer does not fit its column type, or a numeric its precision and scale.
    case outOfRange = "out_of_range"
    /// A CHECK range was broken.
    case range
    /// The value is not one of the allowed values.
    case allowedValues = "allowed_values"
    /// The value does not have the required format (email, domain, URL, E.164 phone, time zone).
    case format
    /// The value is empty where text is required.
    case empty
    /// A multi-column CHECK or cross-field rule was broken.
    case check
}

/// One broken rule: which table and columns, which rule, and the offending value.
public struct Violation: Hashable, Sendable, CustomStringConvertible {
    /// The table.
    public let table: String
    /// The columns involved (one for column rules).
    public let columns: [String]
    /// The kind of rule.
    public let kind: ViolationKind
    /// The rule's name: the CHECK constraint's name, or the column rule (`range`, `format(email)`).
    public let rule: String
    /// The offending value as text, `nil` for secrets and multi-column checks.
    public let value: String?
    /// A sentence a person can act on.
    public let message: String

    /// Creates a violation.
    public init(table: String, columns: [String], kind: ViolationKind, rule: String, value: String?, message: String) {
        self.table = table
        self.columns = columns
        self.kind = kind
        self.rule = rule
        self.value = value
        self.message = message
    }

    /// `table.column: message`.
    public var description: String { "\(table).\(columns.joined(separator: ",")): \(message)" }
}

/// A value that breaks one or more of its table's rules; lists **every** violation.
public struct ValidationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The table of the invalid row.
    public let table: String
    /// Every broken rule, in column order then check order.
    public let violations: [Violation]

    /// Creates the error.
    public init(table: String, violations: [Violation]) {
        self.table = table
        self.violations = violations
    }

    /// One line per violation.
    public var description: String {
        "invalid \(table) row (\(violations.count) violation\(violations.count == 1 ? "" : "s")):\n"
            + violations.map { "  - \($0)" }.joined(separator: "\n")
    }
}
