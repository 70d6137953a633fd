import Foundation

/// Why a ``SQLValue`` could not become a Swift value.
public struct SQLValueConversionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The Swift type that was wanted.
    public let targetType: String
    /// The kind of value that was found.
    public let found: String

    /// Creates the error for a value of kind `found` that is not a `targetType`.
    public init(targetType: String, found: String) {
        self.targetType = targetType
        self.found = found
    }

    /// A sentence naming both types.
    public var description: String { "cannot convert a \(found) value to \(targetType)" }
}

/// A Swift type that maps to one column value.
///
/// Every property a ``Column`` describes conforms: the standard scalars, `UUID`,
/// ``Timestamp``, ``LocalDate``, ``TimeOfDay``, ``SQLNumeric``, ``JSONValue``, ``ID``,
/// string enums (``SchemaEnum``), and optionals and arrays of them. Typed JSONB payloads
/// are described with `Column(json:)` instead.
public protocol SQLValueConvertible: Sendable {
    /// The column value.
    var sqlValue: SQLValue { get }
    /// Converts a column value back.
    ///
    /// - Throws: ``SQLValueConversionError`` when the value has the wrong kind.
    init(sqlValue: SQLValue) throws
    /// The raw values allowed for this type when it is an enumeration, else `nil`.
    static var enumeratedRawValues: [String]? { get }
    /// Whether this type admits `NULL` (true only for `Optional`).
    static var admitsNull: Bool { get }
}

extension SQLValueConvertible {
    /// Not an enumeration.
    public static var enumeratedRawValues: [String]? { nil }
    /// Not optional.
    public static var admitsNull: Bool { false }

    static func mismatch(_ value: SQLValue) -> SQLValueConversionError {
        SQLValueConversionError(targetType: String(describing: Self.self), found: value.kindName)
    }
}

extension Bool: SQLValueConvertible {
    /// `.bool`.
    public var sqlValue: SQLValue { .bool(self) }
    /// From `.bool`.
    public init(sqlValue: SQLValue) throws {
        guard case .bool(let value) = sqlValue else { throw Self.mismatch(sqlValue) }
        self = value
    }
}

extension Int: SQLValueConvertible {
    /// `.int`.
    public var sqlValue: SQLValue { .int(Int64(self)) }
    /// From `.int`, or an integral number that fits.
    public init(sqlValue: SQLValue) throws {
        guard let value = Int64(exactlyFrom: sqlValue), let int = Int(exactly: value) else {
            throw Self.mismatch(sqlValue)
        }
        self = int
    }
}

extension Int64: SQLValueConvertible {
    /// `.int`.
    public var sqlValue: SQLValue { .int(self) }
    /// From `.int`, or an integral number that fits.
    public init(sqlValue: SQLValue) throws {
        guard let value = Int64(exactlyFrom: sqlValue) else { throw Self.mismatch(sqlValue) }
        self = value
    }

    init?(exactlyFrom value: SQLValue) {
        switch value {
        case .int(let int): self = int
        case .double(let double): guard let int = Int64(exactly: double) else { return nil }; self = int
        case .numeric(let numeric):
            guard let int = numeric.exactInt64 else { return nil }
            self = int
        default: return nil
        }
    }
}

extension Double: SQLValueConvertible {
    /// `.double`.
    public var sqlValue: SQLValue { .double(self) }
    /// From any number.
    public init(sqlValue: SQLValue) throws {
        switch sqlValue {
        case .double(let value): self = value
        case .int(let value): self = Double(value)
        case .numeric(let value): self = value.doubleValue
        default: throw Self.mismatch(sqlValue)
        }
    }
}

extension String: SQLValueConvertible {
    /// `.text`.
    public var sqlValue: SQLValue { .text(self) }
    /// From `.text`.
    public init(sqlValue: SQLValue) throws {
        guard case .text(let value) = sqlValue else { throw Self.mismatch(sqlValue) }
        self = value
    }
}

extension UUID: SQLValueConvertible {
    /// `.uuid`.
    public var sqlValue: SQLValue { .uuid(self) }
    /// From `.uuid`, or text holding a UUID.
    public init(sqlValue: SQLValue) throws {
        switch sqlValue {
        case .uuid(let value): self = value
        case .text(let text): guard let value = UUID(uuidString: text) else { throw Self.mismatch(sqlValue) }; self = value
        default: throw Self.mismatch(sqlValue)
        }
    }
}

extension Timestamp: SQLValueConvertible {
    /// `.timestamp`.
    public var sqlValue: SQLValue { .timestamp(self) }
    /// From `.timestamp`.
    public init(sqlValue: SQLValue) throws {
        guard case .timestamp(let value) = sqlValue else { throw Self.mismatch(sqlValue) }
        self = value
    }
}

extension LocalDate: SQLValueConvertible {
    /// `.date`.
    public var sqlValue: SQLValue { .date(self) }
    /// From `.date`.
    public init(sqlValue: SQLValue) throws {
        guard case .date(let value) = sqlValue else { throw Self.mismatch(sqlValue) }
        self = value
    }
}

extension TimeOfDay: SQLValueConvertible {
    /// `.time`.
    public var sqlValue: SQLValue { .time(self) }
    /// From `.time`.
    public init(sqlValue: SQLValue) throws {
        guard case .time(let value) = sqlValue else { throw Self.mismatch(sqlValue) }
        self = value
    }
}

extension SQLNumeric: SQLValueConvertible {
    /// `.numeric`.
    public var sqlValue: SQLValue { .numeric(self) }
    /// From any number.
    public init(sqlValue: SQLValue) throws {
        switch sqlValue {
        case .numeric(let value): self = value
        case .int(let value): self = SQLNumeric(Decimal(value))
        case .double(let value): self = SQLNumeric(value)
        default: throw Self.mismatch(sqlValue)
        }
    }
}

extension JSONValue: SQLValueConvertible {
    /// `.json`.
    public var sqlValue: SQLValue { .json(self) }
    /// From `.json`.
    public init(sqlValue: SQLValue) throws {
        guard case .json(let value) = sqlValue else { throw Self.mismatch(sqlValue) }
        self = value
    }
}

extension ID: SQLValueConvertible {
    /// The raw key's value.
    public var sqlValue: SQLValue { rawValue.sqlValue }
    /// From the raw key's value.
    public init(sqlValue: SQLValue) throws { self.init(try Entity.PrimaryKey(sqlValue: sqlValue)) }
}

extension Optional: SQLValueConvertible where Wrapped: SQLValueConvertible {
    /// `.null` for `nil`, else the wrapped value's.
    public var sqlValue: SQLValue {
        switch self {
        case .none: return .null
        case .some(let value): return value.sqlValue
        }
    }

    /// `nil` from `.null`, else the wrapped conversion.
    public init(sqlValue: SQLValue) throws {
        self = sqlValue.isNull ? nil : try Wrapped(sqlValue: sqlValue)
    }

    /// The wrapped type's raw values.
    public static var enumeratedRawValues: [String]? { Wrapped.enumeratedRawValues }
    /// Optionals admit `NULL`.
    public static var admitsNull: Bool { true }
}

extension Array: SQLValueConvertible where Element: SQLValueConvertible {
    /// `.array` of the elements' values.
    public var sqlValue: SQLValue { .array(map(\.sqlValue)) }

    /// From `.array`.
    public init(sqlValue: SQLValue) throws {
        guard case .array(let values) = sqlValue else { throw Self.mismatch(sqlValue) }
        self = try values.map(Element.init(sqlValue:))
    }

    /// The element type's raw values.
    public static var enumeratedRawValues: [String]? { Element.enumeratedRawValues }
}
