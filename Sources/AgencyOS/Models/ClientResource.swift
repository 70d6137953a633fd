import AgencyCore
import Foundation

/// The assignment of a pool resource to a client (`client_resources`): when it was assigned
/// and released, and how often the client has used it.
public struct ClientResource: Model, Timestamped {
    /// Primary key; assigned by the store when ``ID/unassigned``.
    public var id: ID<ClientResource>
    /// The owning client (tenant).
    public var clientId: ID<Client>
    /// The assigned pool resource.
    public var resourcePoolId: ID<ResourcePool>
    /// When it was assigned; set by the store when unassigned.
    public var assignedAt: Timestamp
    /// When it was released; `nil` while assigned.
    public var releasedAt: Timestamp?
    /// Sends through the resource by this client.
    public var totalSends: Int
    /// The client's last use.
    public var lastUsedAt: Timestamp?
    /// Inserted at; set by the store.
    public var createdAt: Timestamp
    /// Last changed at; set by the store.
    public var updatedAt: Timestamp

    /// Creates an assignment; every argument but the client and resource has the database default.
    public init(
        id: ID<ClientResource> = .unassigned, clientId: ID<Client>, resourcePoolId: ID<ResourcePool>,
        assignedAt: Timestamp = .unassigned, releasedAt: Timestamp? = nil, totalSends: Int = 0,
        lastUsedAt: Timestamp? = nil, createdAt: Timestamp = .unassigned, updatedAt: Timestamp = .unassigned
    ) {
        self.id = id
        self.clientId = clientId
        self.resourcePoolId = resourcePoolId
        self.assignedAt = assignedAt
        self.releasedAt = releasedAt
        self.totalSends = totalSends
        self.lastUsedAt = lastUsedAt
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case clientId = "client_id"
        case resourcePoolId = "resource_pool_id"
        case assignedAt = "assigned_at"
        case releasedAt = "released_at"
        case totalSends = "total_sends"
        case lastUsedAt = "last_used_at"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    /// Encodes every column under its name, `null` included, as PostgreSQL's `row_to_json` does.
}
