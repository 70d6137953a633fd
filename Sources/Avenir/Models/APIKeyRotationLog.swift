import AgencyCore

/// One API-key rotation of a client (`api_key_rotation_log`), for the security audit.
///
/// The seed names the table without columns; AgencyKit defines it. It keeps only the
/// old key's last four characters — enough to match a key a client reports, never enough
/// to use it — and is append-only.
public struct APIKeyRotationLog: Model {
    /// Primary key; assigned by the store when `ID/unassigned`.
    public var id: ID<APIKeyRotationLog>
    /// The client whose key rotated (tenant).
    public var clientId: ClientID
    /// When the key rotated; stamped by the store when `Timestamp/unassigned`.
    public var rotatedAt: Timestamp
    /// The last (up to) four characters of the replaced key.
    public var oldKeyLastFour: String
    /// Why the key rotated (e.g. `scheduled`, `suspected leak`).
    public var reason: String

    /// Creates a log row.
    public init(
        id: ID<APIKeyRotationLog> = .unassigned, clientId: ClientID, rotatedAt: Timestamp = .unassigned,
        oldKeyLastFour: String, reason: String
    ) {
        self.id = id
        self.clientId = clientId
        self.rotatedAt = rotatedAt
        self.oldKeyLastFour = oldKeyLastFour
        self.reason = reason
    }

    enum CodingKeys: String, CodingKey {
        case id
        case clientId = "client_id"
        case rotatedAt = "rotated_at"
        case oldKeyLastFour = "old_key_last_four"
        case reason
    }
}
