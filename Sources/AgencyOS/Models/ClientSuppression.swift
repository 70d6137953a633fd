import AgencyCore
import Foundation

/// An email address one client must not contact (`client_suppression`). Entries are never
/// purged, so an erased person stays suppressed.
public struct ClientSuppression: Model {
    /// Primary key; assigned by the store when ``ID/unassigned``.
    public var id: ID<ClientSuppression>
    /// The owning client (tenant).
    public var clientId: ID<Client>
    /// The suppressed address (unique per client, compared case-insensitively).
    public var email: String
    /// Why.
    public var reason: String
    /// The user who added it.
    public var addedBy: ID<User>?
    /// When it was added; set by the store.
    public var createdAt: Timestamp

    /// Creates an entry; every argument but client, email and reason has the database default.
    public init(
        id: ID<ClientSuppression> = .unassigned, clientId: ID<Client>, email: String, reason: String,
        addedBy: ID<User>? = nil, createdAt: Timestamp = .unassigned
    ) {
        self.id = id
        self.clientId = clientId
        self.email = email
        self.reason = reason
        self.addedBy = addedBy
        self.createdAt = createdAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case clientId = "client_id"
        case email
        case reason
        case addedBy = "added_by"
        case createdAt = "created_at"
    }
}
