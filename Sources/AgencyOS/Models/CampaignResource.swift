import AgencyCore
import Foundation

/// A sending resource used by a campaign on one channel (`campaign_resources`): a mailbox,
/// number or seat with its daily limit and today's usage.
public struct CampaignResource: Model, Timestamped {
    /// Primary key; assigned by the store when ``ID/unassigned``.
    public var id: ID<CampaignResource>
    /// The campaign (its client is the tenant).
    public var campaignId: ID<Campaign>
    /// The channel the resource sends on.
    public var channel: ChannelType
    /// The provider's identifier of the resource (mailbox address, number, seat id).
    public var resourceId: String
    /// Display name.
    public var resourceName: String?
    /// Sends allowed per day.
    public var dailyLimit: Int
    /// Sends used today.
    public var dailyUsed: Int
    /// Last send.
    public var lastUsedAt: Timestamp?
    /// When `daily_used` was last reset; set by the store when unassigned.
    public var lastResetAt: Timestamp
    /// Whether the resource may send.
    public var isActive: Bool
    /// Whether warm-up is complete.
    public var isWarmed: Bool
    /// The pooled resource assignment (`client_resources`) behind it; a database-only column.
    public var clientResourceId: ID<ClientResource>?
    /// Inserted at; set by the store.
    public var createdAt: Timestamp
    /// Last changed at; set by the store.
    public var updatedAt: Timestamp

    /// Creates a campaign resource; every argument but campaign, channel, resource and daily limit has the database default.
    public init(
        id: ID<CampaignResource> = .unassigned, campaignId: ID<Campaign>, channel: ChannelType, resourceId: String,
        resourceName: String? = nil, dailyLimit: Int, dailyUsed: Int = 0, lastUsedAt: Timestamp? = nil,
        lastResetAt: Timestamp = .unassigned, isActive: Bool = true, isWarmed: Bool = false,
        clientResourceId: ID<ClientResource>? = nil, createdAt: Timestamp = .unassigned,
        updatedAt: Timestamp = .unassigned
    ) {
        self.id = id
        self.campaignId = campaignId
        self.channel = channel
        self.resourceId = resourceId
        self.resourceName = resourceName
        self.dailyLimit = dailyLimit
        self.dailyUsed = dailyUsed
        self.lastUsedAt = lastUsedAt
        self.lastResetAt = lastResetAt
        self.isActive = isActive
        self.isWarmed = isWarmed
        self.clientResourceId = clientResourceId
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case campaignId = "campaign_id"
        case channel
        case resourceId = "resource_id"
        case resourceName = "resource_name"
        case dailyLimit = "daily_limit"
        case dailyUsed = "daily_used"
        case lastUsedAt = "last_used_at"
        case lastResetAt = "last_reset_at"
        case isActive = "is_active"
        case isWarmed = "is_warmed"
        case clientResourceId = "client_resource_id"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}
