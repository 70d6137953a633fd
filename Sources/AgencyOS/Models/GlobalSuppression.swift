import AgencyCore
import Foundation

/// An email address no client may contact (`global_suppression`): the platform-wide
/// suppression list. Entries are never purged, so an erased person stays suppressed.
public struct GlobalSuppression: Model {
    /// Primary key; assigned by the store when ``ID/unassigned``.
    public var id: ID<GlobalSuppression>
    /// The suppressed address (unique, compared case-insensitively).
    public var email: String
    /// Why (e.g. unsubscribe, bounce, spam, manual).
    public var reason: String
    /// Where the suppression came from.
    public var source: String?
    /// Who or what added it (free text).
    public var addedBy: String?
    /// Free-form details (the reference model calls it `extra_data`; the database column is `metadata`).
    public var metadata: JSONValue
    /// When it was added; set by the store.
    public var createdAt: Timestamp

    /// Creates an entry; every argument but email and reason has the database default.
    public init(
        id: ID<GlobalSuppression> = .unassigned, email: String, reason: String, source: String? = nil,
        addedBy: String? = nil, metadata: JSONValue = .emptyObject, createdAt: Timestamp = .unassigned
    ) {
        self.id = id
        self.email = email
        self.reason = reason
        self.source = source
        self.addedBy = addedBy
        self.metadata = metadata
        self.createdAt = createdAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case email
        case reason
        case source
        case addedBy = "added_by"
        case metadata
        case createdAt = "created_at"
    }
}
