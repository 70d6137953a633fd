import Foundation

/// The typed primary key of a model: an `ID<Lead>` cannot be passed where an `ID<Client>`
/// is expected, yet it encodes as the plain key (`"3f2a…"`, `42`, `"key"`).
///
/// The raw type is the model's ``Model/PrimaryKey`` (UUID unless the model says otherwise).
public struct ID<Entity: Model>: RawRepresentable, Hashable, Comparable, Sendable, Codable {
    /// The plain key.
    public var rawValue: Entity.PrimaryKey

    /// Wraps a plain key.
    public init(rawValue: Entity.PrimaryKey) { self.rawValue = rawValue }

    /// Wraps a plain key.
    public init(_ rawValue: Entity.PrimaryKey) { self.rawValue = rawValue }

    /// The placeholder meaning "assign on insert" (the nil UUID, 0 or "").
    public static var unassigned: ID { ID(Entity.PrimaryKey.unassigned) }

    /// Whether this is ``unassigned``.
    public var isUnassigned: Bool { rawValue == Entity.PrimaryKey.unassigned }

    /// Decodes the plain key.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(Entity.PrimaryKey.self)
    }

    /// Encodes the plain key (a UUID in lower case, as PostgreSQL prints it).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let uuid = rawValue as? UUID {
            try container.encode(uuid.uuidString.lowercased())
        } else {
            try container.encode(rawValue)
        }
    }

    /// Orders as PostgreSQL orders the key column (UUIDs bytewise, integers numerically).
    public static func < (lhs: ID, rhs: ID) -> Bool {
        lhs.rawValue.sqlValue.sortsBefore(rhs.rawValue.sqlValue)
    }
}

extension ID where Entity.PrimaryKey == UUID {
    /// Parses a UUID string; `nil` when it is not one.
    public init?(uuidString: String) {
        guard let uuid = UUID(uuidString: uuidString) else { return nil }
        self.init(uuid)
    }

    /// The UUID.
    public var uuid: UUID { rawValue }
}

extension ID: CustomStringConvertible {
    /// The plain key as text (UUIDs lower-cased, as PostgreSQL prints them).
    public var description: String {
        if let uuid = rawValue as? UUID { return uuid.uuidString.lowercased() }
        return "\(rawValue)"
    }
}
