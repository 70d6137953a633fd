import AgencyCore
import Foundation

/// A LinkedIn account a client connected for outreach (`linkedin_seats`; 4, 7 or 14 per
/// tier): its provider account, warm-up, daily connection limit and accept-rate health.
public struct LinkedInSeat: Model, Timestamped {
    /// Primary key; assigned by the store when ``ID/unassigned``.
    public var id: ID<LinkedInSeat>
    /// The owning client (tenant).
    public var clientId: ID<Client>
    /// The pool assignment, for platform-managed seats.
    public var resourceId: ID<ClientResource>?
    /// Unipile account id (internal).
    public var unipileAccountId: String?
    /// The account's email.
    public var accountEmail: String?
    /// The account's display name.
    public var accountName: String?
    /// The LinkedIn profile URL.
    public var profileUrl: String?
    /// The persona the seat acts as.
    public var personaId: ID<ClientPersona>?
    /// Seat state.
    public var status: LinkedInSeatStatus
    /// The provider's id of a connection flow waiting for two-factor.
    public var pendingConnectionId: String?
    /// When the seat connected and warm-up began (day 1).
    public var activatedAt: Timestamp?
    /// When warm-up completed.
    public var warmupCompletedAt: Timestamp?
    /// A daily connection limit replacing the warm-up schedule (health reduction, restriction).
    public var dailyLimitOverride: Int?
    /// Connection accept rate over 7 days, 0–1.
    public var acceptRate7d: SQLNumeric?
    /// Connection accept rate over 30 days, 0–1.
    public var acceptRate30d: SQLNumeric?
    /// Connection requests awaiting an answer.
    public var pendingCount: Int
    /// When LinkedIn restricted the account.
    public var restrictedAt: Timestamp?
    /// Why it was restricted.
    public var restrictedReason: String?
    /// Inserted at; set by the store.
    public var createdAt: Timestamp
    /// Last changed at; set by the store.
    public var updatedAt: Timestamp

    /// Creates a seat; every argument but the client has the database default.
    public init(
        id: ID<LinkedInSeat> = .unassigned, clientId: ID<Client>, resourceId: ID<ClientResource>? = nil,
        unipileAccountId: String? = nil, accountEmail: String? = nil, accountName: String? = nil,
        profileUrl: String? = nil, personaId: ID<ClientPersona>? = nil, status: LinkedInSeatStatus = .pending,
        pendingConnectionId: String? = nil, activatedAt: Timestamp? = nil, warmupCompletedAt: Timestamp? = nil,
        dailyLimitOverride: Int? = nil, acceptRate7d: SQLNumeric? = nil, acceptRate30d: SQLNumeric? = nil,
        pendingCount: Int = 0, restrictedAt: Timestamp? = nil, restrictedReason: String? = nil,
        createdAt: Timestamp = .unassigned, updatedAt: Timestamp = .unassigned
    ) {
        self.id = id
        self.clientId = clientId
        self.resourceId = resourceId
        self.unipileAccountId = unipileAccountId
        self.accountEmail = accountEmail
        self.accountName = accountName
        self.profileUrl = profileUrl
        self.personaId = personaId
        self.status = status
        self.pendingConnectionId = pendingConnectionId
        self.activatedAt = activatedAt
        self.warmupCompletedAt = warmupCompletedAt
        self.dailyLimitOverride = dailyLimitOverride
        self.acceptRate7d = acceptRate7d
        self.acceptRate30d = acceptRate30d
        self.pendingCount = pendingCount
        self.restrictedAt = restrictedAt
        self.restrictedReason = restrictedReason
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case clientId = "client_id"
        case resourceId = "resource_id"
        case unipileAccountId = "unipile_account_id"
        case accountEmail = "account_email"
        case accountName = "account_name"
        case profileUrl = "profile_url"
        case personaId = "persona_id"
        case status
        case pendingConnectionId = "pending_connection_id"
        case activatedAt = "activated_at"
        case warmupCompletedAt = "warmup_completed_at"
        case dailyLimitOverride = "daily_limit_override"
        case acceptRate7d = "accept_rate_7d"
        case acceptRate30d = "accept_rate_30d"
        case pendingCount = "pending_count"
        case restrictedAt = "restricted_at"
        case restrictedReason = "restricted_reason"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    /// Encodes every column under its name, `null` included, as PostgreSQL's `row_to_json` does.
}
