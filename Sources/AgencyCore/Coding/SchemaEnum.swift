import Foundation

/// A raw value that is not one of an enumeration's cases.
///
/// Decoding throws this error itself (not a generic `DecodingError`), so callers can
/// catch it by type and read which enum, which value and what was allowed.
public struct UnknownEnumValueError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The Swift enumeration, e.g. `LeadStatus`.
    public let enumName: String
    /// The rejected raw value.
    public let value: String
    /// Every raw value the enumeration accepts, in declaration order.
    public let allowedValues: [String]
    /// The coding path of the value, as key names (empty outside decoding).
    public let codingPath: [String]

    /// Creates the error.
    public init(enumName: String, value: String, allowedValues: [String], codingPath: [String] = []) {
        self.enumName = enumName
        self.value = value
        self.allowedValues = allowedValues
        self.codingPath = codingPath
    }

    /// A sentence naming the enum, the value and the allowed values.
    public var description: String {
        let location = codingPath.isEmpty ? "" : " at \(codingPath.joined(separator: "."))"
        return "\"\(value)\" is not a \(enumName)\(location); allowed: \(allowedValues.joined(separator: ", "))"
    }
}

/// A string enumeration whose raw values are exactly a database enum's or CHECK's values.
///
/// Conforming enums decode an unknown raw value as ``UnknownEnumValueError`` — never a
/// crash, never a silent default — and tell a ``Column`` their allowed values, so the
/// schema's CHECK is derived from the cases.
public protocol SchemaEnum: RawRepresentable, CaseIterable, Codable, Hashable, SQLValueConvertible
where RawValue == String {}

extension SchemaEnum {
    /// Every raw value, in declaration order.
    public static var allRawValues: [String] { allCases.map(\.rawValue) }

    /// Parses a raw value, throwing the typed error when it is unknown.
    ///
    /// - Throws: ``UnknownEnumValueError``.
    public init(validating rawValue: String) throws {
        guard let value = Self(rawValue: rawValue) else {
            throw UnknownEnumValueError(
                enumName: String(describing: Self.self), value: rawValue, allowedValues: Self.allRawValues)
        }
        self = value
    }

    /// Decodes the raw value; an unknown one throws ``UnknownEnumValueError``.
    public init(from decoder: any Decoder) throws {
        let rawValue = try decoder.singleValueContainer().decode(String.self)
        guard let value = Self(rawValue: rawValue) else {
            throw UnknownEnumValueError(
                enumName: String(describing: Self.self), value: rawValue, allowedValues: Self.allRawValues,
                codingPath: decoder.codingPath.map(\.stringValue))
        }
        self = value
    }

    /// Encodes the raw value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// `.text(rawValue)`.
    public var sqlValue: SQLValue { .text(rawValue) }

    /// From `.text`; an unknown value throws ``UnknownEnumValueError``.
    public init(sqlValue: SQLValue) throws {
        guard case .text(let text) = sqlValue else { throw Self.mismatch(sqlValue) }
        try self.init(validating: text)
    }

    /// The raw values, which become the column's `CHECK (… IN (…))`.
    public static var enumeratedRawValues: [String]? { allRawValues }
}
