import AgencyCore
import Foundation

/// A user's place in a client's team (`memberships`): the role, who invited them and when
/// they accepted. Only accepted, live memberships grant access.
public struct Membership: Model, SoftDeletable, Timestamped {
    /// Primary key; assigned by the store when ``ID/unassigned``.
    public var id: ID<Membership>
    /// The member.
    public var userId: ID<User>
    /// The client (tenant) the membership grants access to.
    public var clientId: ID<Client>
    /// The member's role.
    public var role: MembershipRole
    /// Who sent the invitation.
    public var invitedBy: ID<User>?
    /// The address the invitation went to.
    public var invitedEmail: String?
    /// When the invitation was accepted; `nil` while pending.
    public var acceptedAt: Timestamp?
    /// Inserted at; set by the store.
    public var createdAt: Timestamp
    /// Last changed at; set by the store.
    public var updatedAt: Timestamp
    /// Soft-deleted at; `nil` while live.
    public var deletedAt: Timestamp?

    /// Creates a membership; every argument but the user and client has the database default.
    public init(
        id: ID<Membership> = .unassigned, userId: ID<User>, clientId: ID<Client>, role: MembershipRole = .member,
        invitedBy: ID<User>? = nil, invitedEmail: String? = nil, acceptedAt: Timestamp? = nil,
        createdAt: Timestamp = .unassigned, updatedAt: Timestamp = .unassigned, deletedAt: Timestamp? = nil
    ) {
        self.id = id
        self.userId = userId
        self.clientId = clientId
        self.role = role
        self.invitedBy = invitedBy
        self.invitedEmail = invitedEmail
        self.acceptedAt = acceptedAt
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.deletedAt = deletedAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case userId = "user_id"
        case clientId = "client_id"
        case role
        case invitedBy = "invited_by"
        case invitedEmail = "invited_email"
        case acceptedAt = "accepted_at"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case deletedAt = "deleted_at"
    }
}
