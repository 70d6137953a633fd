/// A value format that validation checks in Swift (PostgreSQL does not enforce it).
public enum ValueFormat: String, Hashable, Sendable, CaseIterable {
    /// An email address: one `@`, a non-empty local part, a domain with a dot, no spaces.
    case email
    /// A DNS domain name: dot-separated labels of letters, digits and inner hyphens.
    case domain
    /// An absolute `http` or `https` URL with a host.
    case url
    /// A phone number in E.164: `+` followed by 8 to 15 digits, the first not 0.
    case e164Phone
    /// An IANA time zone identifier such as `Australia/Sydney` or `UTC`.
    case timeZone
}

/// A rule on one column's value. `NULL` always passes (as in a SQL CHECK); nullability is
/// checked separately.
public enum ColumnRule: Hashable, Sendable {
    /// `min ≤ value ≤ max`; either bound may be absent.
    case range(min: SQLValue?, max: SQLValue?)
    /// `value IN (…)`.
    case oneOf([String])
    /// Every element of an array is one of the values.
    case eachOneOf([String])
    /// At most this many characters.
    case maxLength(Int)
    /// Not empty after trimming white space.
    case nonEmpty
    /// A ``ValueFormat`` (checked in Swift only).
    case format(ValueFormat)

    /// Whether PostgreSQL can enforce the rule as a CHECK constraint.
    public var isDatabaseEnforced: Bool {
        if case .format = self { return false }
        return true
    }

    /// The rule's short name in violations (`range`, `one_of`, `format(email)`, …).
    public var name: String {
        switch self {
        case .range: return "range"
        case .oneOf: return "one_of"
        case .eachOneOf: return "each_one_of"
        case .maxLength(let length): return "max_length(\(length))"
        case .nonEmpty: return "non_empty"
        case .format(let format): return "format(\(format.rawValue))"
        }
    }
}

extension ColumnRule {
    /// `0 ≤ value ≤ 100`.
    public static let percentage = ColumnRule.range(min: .int(0), max: .int(100))
    /// `value ≥ 0`.
    public static let nonNegative = ColumnRule.range(min: .int(0), max: nil)
    /// `0 ≤ value ≤ 1` (confidences and rates as fractions).
    public static let unitInterval = ColumnRule.range(min: .int(0), max: .int(1))
}
