import AgencyCore
import Foundation

/// A domain no client may contact (`domain_suppression`): every address at it is
/// suppressed. Entries are never purged.
public struct DomainSuppression: Model {
    /// Primary key; assigned by the store when ``ID/unassigned``.
    public var id: ID<DomainSuppression>
    /// The suppressed domain (unique, compared case-insensitively).
    public var domain: String
    /// Why.
    public var reason: String
    /// Who or what added it (free text).
    public var addedBy: String?
    /// When it was added; set by the store.
    public var createdAt: Timestamp

    /// Creates an entry; every argument but domain and reason has the database default.
    public init(
        id: ID<DomainSuppression> = .unassigned, domain: String, reason: String, addedBy: String? = nil,
        createdAt: Timestamp = .unassigned
    ) {
        self.id = id
        self.domain = domain
        self.reason = reason
        self.addedBy = addedBy
        self.createdAt = createdAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case domain
        case reason
        case addedBy = "added_by"
        case createdAt = "created_at"
    }
}
