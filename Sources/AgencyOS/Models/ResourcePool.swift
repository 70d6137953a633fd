import AgencyCore
import Foundation

/// A platform-owned sending resource (`resource_pool`): an email domain, a phone number or a
/// LinkedIn seat, shared by up to `max_clients` clients, with its warm-up state and — for email
/// domains — its 30-day bounce and complaint health.
public struct ResourcePool: Model, Timestamped {
    /// Primary key; assigned by the store when ``ID/unassigned``.
    public var id: ID<ResourcePool>
    /// What kind of resource it is.
    public var resourceType: ResourceType
    /// The resource itself: a domain, an E.164 number or a seat id; unique across the pool.
    public var resourceValue: String
    /// A friendly name.
    public var resourceName: String?
    /// How many clients may share the resource.
    public var maxClients: Int
    /// Clients currently assigned.
    public var currentClients: Int
    /// Lifecycle state.
    public var status: ResourceStatus
    /// When warm-up started.
    public var warmupStartedAt: Timestamp?
    /// When warm-up completed; a resource with this set is warmed.
    public var warmupCompletedAt: Timestamp?
    /// Sender reputation 0–100.
    public var reputationScore: Int
    /// The provider (infraforge, twilio, unipile, …).
    public var provider: String?
    /// The provider's id for the resource.
    public var providerId: String?
    /// Provider-specific data.
    public var providerMetadata: JSONValue?
    /// Emails sent in the last 30 days.
    public var sends30d: Int
    /// Bounces in the last 30 days.
    public var bounces30d: Int
    /// Spam complaints in the last 30 days.
    public var complaints30d: Int
    /// `bounces_30d / sends_30d` as a fraction (4 decimals).
    public var bounceRate: SQLNumeric?
    /// `complaints_30d / sends_30d` as a fraction (5 decimals).
    public var complaintRate: SQLNumeric?
    /// Domain health from the bounce and complaint rates.
    public var healthStatus: HealthStatus
    /// A daily limit that replaces the warm-up and health limits (35 on warning, 0 on critical).
    public var dailyLimitOverride: Int?
    /// When the health metrics were last computed.
    public var healthCheckedAt: Timestamp?
    /// Inserted at; set by the store.
    public var createdAt: Timestamp
    /// Last changed at; set by the store.
    public var updatedAt: Timestamp

    /// Creates a pool resource; every argument but the type and value has the database default.
    public init(
        id: ID<ResourcePool> = .unassigned, resourceType: ResourceType, resourceValue: String,
        resourceName: String? = nil, maxClients: Int = 1, currentClients: Int = 0,
        status: ResourceStatus = .available, warmupStartedAt: Timestamp? = nil, warmupCompletedAt: Timestamp? = nil,
        reputationScore: Int = 0, provider: String? = nil, providerId: String? = nil,
        providerMetadata: JSONValue? = .emptyObject, sends30d: Int = 0, bounces30d: Int = 0, complaints30d: Int = 0,
        bounceRate: SQLNumeric? = 0, complaintRate: SQLNumeric? = 0, healthStatus: HealthStatus = .good,
        dailyLimitOverride: Int? = nil, healthCheckedAt: Timestamp? = nil, createdAt: Timestamp = .unassigned,
        updatedAt: Timestamp = .unassigned
    ) {
        self.id = id
        self.resourceType = resourceType
        self.resourceValue = resourceValue
        self.resourceName = resourceName
        self.maxClients = maxClients
        self.currentClients = currentClients
        self.status = status
        self.warmupStartedAt = warmupStartedAt
        self.warmupCompletedAt = warmupCompletedAt
        self.reputationScore = reputationScore
        self.provider = provider
        self.providerId = providerId
        self.providerMetadata = providerMetadata
        self.sends30d = sends30d
        self.bounces30d = bounces30d
        self.complaints30d = complaints30d
        self.bounceRate = bounceRate
        self.complaintRate = complaintRate
        self.healthStatus = healthStatus
        self.dailyLimitOverride = dailyLimitOverride
        self.healthCheckedAt = healthCheckedAt
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case resourceType = "resource_type"
        case resourceValue = "resource_value"
        case resourceName = "resource_name"
        case maxClients = "max_clients"
        case currentClients = "current_clients"
        case status
        case warmupStartedAt = "warmup_started_at"
        case warmupCompletedAt = "warmup_completed_at"
        case reputationScore = "reputation_score"
        case provider
        case providerId = "provider_id"
        case providerMetadata = "provider_metadata"
        case sends30d = "sends_30d"
        case bounces30d = "bounces_30d"
        case complaints30d = "complaints_30d"
        case bounceRate = "bounce_rate"
        case complaintRate = "complaint_rate"
        case healthStatus = "health_status"
        case dailyLimitOverride = "daily_limit_override"
        case healthCheckedAt = "health_checked_at"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    /// Encodes every column under its name, `null` included, as PostgreSQL's `row_to_json` does.
}
