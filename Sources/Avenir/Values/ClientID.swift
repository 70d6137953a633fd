import AgencyCore
import Foundation

/// An Avenir tenant key: the value of `clients.client_id`, the unique non-primary column
/// every tenant-owned table references (`lead_memory.client_id`, `lead_actions.client_id`,
/// `growth_brain.client_id`, `api_key_rotation_log.client_id`).
///
/// It is not `ID<Client>`: `clients.id` is the row's own primary key, which nothing
/// references. Pass it to `StoreScope.tenant(_:)` to scope a store to one client.
public struct ClientID: RawRepresentable, Hashable, Sendable, Codable, SQLValueConvertible, CustomStringConvertible {
    /// The UUID.
    public var rawValue: UUID

    /// Wraps a UUID.
    public init(rawValue: UUID) { self.rawValue = rawValue }

    /// Wraps a UUID.
    public init(_ rawValue: UUID) { self.rawValue = rawValue }

    /// Parses a UUID string; `nil` when it is not one.
    public init?(uuidString: String) {
        guard let uuid = UUID(uuidString: uuidString) else { return nil }
        self.init(uuid)
    }

    /// A new random (version 4) key drawn from `generator`.
    public static func random<G: RandomNumberGenerator>(using generator: inout G) -> ClientID {
        ClientID(UUID.version4(using: &generator))
    }

    /// Avenir AI Solutions' own client, `00000000-0000-0000-0000-000000000001`: the only
    /// client with `is_internal = true`.
    public static let avenirInternal = ClientID(UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1)))

    /// Decodes the UUID text.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(UUID.self)
    }

    /// Encodes the UUID in lower case, as PostgreSQL prints it.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// `.uuid`.
    public var sqlValue: SQLValue { .uuid(rawValue) }

    /// From `.uuid` or UUID text.
    public init(sqlValue: SQLValue) throws { self.init(try UUID(sqlValue: sqlValue)) }

    /// The UUID in lower case.
    public var description: String { rawValue.uuidString.lowercased() }
}
