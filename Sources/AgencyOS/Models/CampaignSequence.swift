import AgencyCore
import Foundation

/// One step of a campaign's outreach sequence (`campaign_sequences`): channel, delay,
/// templates and skip rules. Step numbers are unique within a campaign.
public struct CampaignSequence: Model, Timestamped {
    /// Primary key; assigned by the store when ``ID/unassigned``.
    public var id: ID<CampaignSequence>
    /// The campaign (its client is the tenant).
    public var campaignId: ID<Campaign>
    /// Position in the sequence, from 1.
    public var stepNumber: Int
    /// The channel of the step.
    public var channel: ChannelType
    /// Days to wait after the previous step.
    public var delayDays: Int
    /// Subject template (email steps).
    public var subjectTemplate: String?
    /// Message template.
    public var bodyTemplate: String
    /// Skip the step when the lead has replied.
    public var skipIfReplied: Bool
    /// Skip the step when the lead has bounced.
    public var skipIfBounced: Bool
    /// What the step is for (e.g. intro, follow-up, breakup).
    public var purpose: String?
    /// A further skip condition.
    public var skipIf: String?
    /// Inserted at; set by the store.
    public var createdAt: Timestamp
    /// Last changed at; set by the store.
    public var updatedAt: Timestamp

    /// Creates a sequence step; every argument but campaign, step, channel and body has the database default.
    public init(
        id: ID<CampaignSequence> = .unassigned, campaignId: ID<Campaign>, stepNumber: Int, channel: ChannelType,
        delayDays: Int = 3, subjectTemplate: String? = nil, bodyTemplate: String, skipIfReplied: Bool = true,
        skipIfBounced: Bool = true, purpose: String? = nil, skipIf: String? = nil,
        createdAt: Timestamp = .unassigned, updatedAt: Timestamp = .unassigned
    ) {
        self.id = id
        self.campaignId = campaignId
        self.stepNumber = stepNumber
        self.channel = channel
        self.delayDays = delayDays
        self.subjectTemplate = subjectTemplate
        self.bodyTemplate = bodyTemplate
        self.skipIfReplied = skipIfReplied
        self.skipIfBounced = skipIfBounced
        self.purpose = purpose
        self.skipIf = skipIf
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case campaignId = "campaign_id"
        case stepNumber = "step_number"
        case channel
        case delayDays = "delay_days"
        case subjectTemplate = "subject_template"
        case bodyTemplate = "body_template"
        case skipIfReplied = "skip_if_replied"
        case skipIfBounced = "skip_if_bounced"
        case purpose
        case skipIf = "skip_if"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}
