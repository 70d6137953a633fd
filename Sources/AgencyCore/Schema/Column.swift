/// The database facts of one column, without Swift accessors: what DDL, drift checks and
/// other languages' tooling read.
public struct ColumnDescription: Hashable, Sendable {
    /// The column name, e.g. `als_score`.
    public let name: String
    /// The PostgreSQL type.
    public let type: SQLType
    /// Whether the column admits `NULL` (exactly when the Swift property is optional).
    public let isNullable: Bool
    /// The database default, if any.
    public let defaultValue: ColumnDefault?
    /// Value rules (ranges, allowed values, formats); `varchar` length and integer width
    /// are implied by ``type``.
    public let rules: [ColumnRule]
    /// Whether the value is a secret that must never appear in messages, logs or dumps.
    public let isSecret: Bool

    /// Creates a column description.
    public init(name: String, type: SQLType, isNullable: Bool, defaultValue: ColumnDefault? = nil,
                rules: [ColumnRule] = [], isSecret: Bool = false) {
        self.name = name
        self.type = type
        self.isNullable = isNullable
        self.defaultValue = defaultValue
        self.rules = rules
        self.isSecret = isSecret
    }
}

/// One column of a model: its ``ColumnDescription`` plus the key path that reads and
/// writes it on the Swift value.
///
/// Nullability is not declared: it is the optionality of the property, so the two can
/// never disagree. Enumerations contribute their allowed values as a rule.
public struct Column<Row: Model>: Sendable {
    @usableFromInline let storage: ColumnStorage<Row>

    /// The database facts.
    public var description: ColumnDescription { storage.description }
    /// The property the column maps to.
    public var keyPath: PartialKeyPath<Row> & Sendable { storage.keyPath }

    /// Describes a column stored in the property at `keyPath`.
    ///
    /// - Parameters:
    ///   - name: The exact column name (also the property's coding key).
    ///   - keyPath: The property.
    ///   - type: The PostgreSQL type.
    ///   - defaultValue: The database default.
    ///   - rules: Value rules beyond what the type and an enumeration imply.
    ///   - secret: Redact the value everywhere it could be shown.
    @inlinable
    public init<Value: SQLValueConvertible & Encodable>(
        _ name: String, _ keyPath: WritableKeyPath<Row, Value> & Sendable, _ type: SQLType,
        default defaultValue: ColumnDefault? = nil, rules: [ColumnRule] = [], secret: Bool = false
    ) {
        var allRules = rules
        if let allowed = Value.enumeratedRawValues {
            if case .array = type { allRules.insert(.eachOneOf(allowed), at: 0) } else { allRules.insert(.oneOf(allowed), at: 0) }
        }
        let description = ColumnDescription(
            name: name, type: type, isNullable: Value.admitsNull, defaultValue: defaultValue,
            rules: allRules, isSecret: secret)
        let encode: @Sendable (Row, inout KeyedEncodingContainer<AnyCodingKey>, AnyCodingKey) throws -> Void
        switch type {
        case .uuid, .array(.uuid):
            encode = { row, container, key in try encodeLowercasedUUIDs(row[keyPath: keyPath].sqlValue, &container, key) }
        default:
            encode = { row, container, key in try container.encode(row[keyPath: keyPath], forKey: key) }
        }
        storage = ColumnStorage(
            description: description, keyPath: keyPath,
            read: { row in row[keyPath: keyPath].sqlValue },
            write: { row, value in row[keyPath: keyPath] = try Value(sqlValue: value) },
            encode: encode)
    }

    /// Describes a JSON or JSONB column stored in a `Codable` property of any shape
    /// (a typed payload, an array, a dictionary), converted through ``JSONValue``.
    ///
    /// An optional property's `nil` is SQL `NULL`; a JSON `null` inside a non-optional
    /// value stays a JSON value.
    @inlinable
    public init<Value: Codable & Sendable>(
        json name: String, _ keyPath: WritableKeyPath<Row, Value> & Sendable, _ type: SQLType = .jsonb,
        default defaultValue: ColumnDefault? = nil, rules: [ColumnRule] = []
    ) {
        let optional = Value.self is any OptionalMarker.Type
        let description = ColumnDescription(name: name, type: type, isNullable: optional, defaultValue: defaultValue, rules: rules)
        storage = ColumnStorage(
            description: description, keyPath: keyPath,
            read: { row in
                let value = row[keyPath: keyPath]
                if let marker = value as? any OptionalMarker, marker.isNone { return .null }
                guard let json = try? JSONValue(encoding: value) else { return .null }
                return .json(json)
            },
            write: { row, value in
                switch value {
                case .null:
                    row[keyPath: keyPath] = try JSONValue.null.decode(as: Value.self)
                case .json(let json):
                    row[keyPath: keyPath] = try json.decode(as: Value.self)
                default:
                    throw SQLValueConversionError(targetType: String(describing: Value.self), found: value.kindName)
                }
            },
            encode: { row, container, key in try container.encode(row[keyPath: keyPath], forKey: key) })
    }

    /// The column name.
    public var name: String { description.name }

    /// The column's value in `row`.
    public func value(in row: Row) -> SQLValue { storage.read(row) }

    /// Writes `value` into `row`.
    ///
    /// - Throws: ``SQLValueConversionError`` when the value has the wrong kind.
    public func setValue(_ value: SQLValue, in row: inout Row) throws { try storage.write(&row, value) }

    /// Encodes the column's value in `row` under its name; `nil` is written as `null`.
    public func encode(from row: Row, into container: inout KeyedEncodingContainer<AnyCodingKey>) throws {
        try storage.encode(row, &container, AnyCodingKey(name))
    }
}

/// The immutable parts of a column, shared by every copy so passing a column around
/// costs one reference count.
@usableFromInline
final class ColumnStorage<Row: Model>: Sendable {
    @usableFromInline let description: ColumnDescription
    @usableFromInline let keyPath: PartialKeyPath<Row> & Sendable
    @usableFromInline let read: @Sendable (Row) -> SQLValue
    @usableFromInline let write: @Sendable (inout Row, SQLValue) throws -> Void
    @usableFromInline let encode: @Sendable (Row, inout KeyedEncodingContainer<AnyCodingKey>, AnyCodingKey) throws -> Void

    @usableFromInline
    init(description: ColumnDescription, keyPath: PartialKeyPath<Row> & Sendable,
         read: @escaping @Sendable (Row) -> SQLValue, write: @escaping @Sendable (inout Row, SQLValue) throws -> Void,
         encode: @escaping @Sendable (Row, inout KeyedEncodingContainer<AnyCodingKey>, AnyCodingKey) throws -> Void) {
        self.description = description
        self.keyPath = keyPath
        self.read = read
        self.write = write
        self.encode = encode
    }
}

/// Writes UUIDs in lower case, as PostgreSQL prints them (Foundation writes upper case).
@usableFromInline
func encodeLowercasedUUIDs(_ value: SQLValue, _ container: inout KeyedEncodingContainer<AnyCodingKey>,
                           _ key: AnyCodingKey) throws {
    switch value {
    case .uuid(let uuid): try container.encode(uuid.uuidString.lowercased(), forKey: key)
    case .array(let items):
        try container.encode(items.map { item -> String? in
            if case .uuid(let uuid) = item { return uuid.uuidString.lowercased() }
            return nil
        }, forKey: key)
    default: try container.encodeNil(forKey: key)
    }
}

/// Lets a generic column tell an `Optional` holding `nil` from a value.
@usableFromInline
protocol OptionalMarker {
    var isNone: Bool { get }
}

extension Optional: OptionalMarker {
    @usableFromInline var isNone: Bool { self == nil }
}
