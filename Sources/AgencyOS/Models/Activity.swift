import AgencyCore
import Foundation

/// One outreach event (`activities`): a send, delivery, open, click, reply, bounce or
/// conversion on a channel, with threading, content features, engagement timing and the
/// lead's local send time.
public struct Activity: Model {
    /// Primary key; assigned by the store when ``ID/unassigned``.
    public var id: ID<Activity>
    /// The owning client (tenant).
    public var clientId: ID<Client>
    /// The campaign.
    public var campaignId: ID<Campaign>
    /// The lead.
    public var leadId: ID<Lead>
    /// The channel.
    public var channel: ChannelType
    /// What happened: sent, email_sent, delivered, opened, clicked, replied, bounced, unsubscribed, converted, …
    public var action: String
    /// The provider's message id.
    public var providerMessageId: String?
    /// Email thread id.
    public var threadId: String?
    /// The message this one replies to.
    public var inReplyTo: String?
    /// The sending domain.
    public var senderDomain: String?
    /// The sequence step.
    public var sequenceStep: Int?
    /// Subject line.
    public var subject: String?
    /// The first characters of the message.
    public var contentPreview: String?
    /// The email template (email_templates, not modelled).
    public var templateId: UUID?
    /// The A/B test.
    public var abTestId: UUID?
    /// The A/B variant.
    public var abVariant: String?
    /// The whole message.
    public var fullMessageBody: String?
    /// Links in the message.
    public var linksIncluded: [String]?
    /// Personalisation fields used.
    public var personalizationFieldsUsed: [String]?
    /// The model that wrote the message.
    public var aiModelUsed: String?
    /// The prompt version.
    public var promptVersion: String?
    /// Content features for the WHAT detector.
    public var contentSnapshot: ContentSnapshot?
    /// The conversation thread (conversation_threads, not modelled).
    public var conversationThreadId: UUID?
    /// Whether the email was opened.
    public var emailOpened: Bool
    /// First open.
    public var emailOpenedAt: Timestamp?
    /// Opens.
    public var emailOpenCount: Int
    /// Whether a link was clicked.
    public var emailClicked: Bool
    /// First click.
    public var emailClickedAt: Timestamp?
    /// Clicks.
    public var emailClickCount: Int
    /// Minutes from send to first open.
    public var timeToOpenMinutes: Int?
    /// Minutes from send to first click.
    public var timeToClickMinutes: Int?
    /// Minutes from send to reply.
    public var timeToReplyMinutes: Int?
    /// 1 + earlier sends to the lead.
    public var touchNumber: Int?
    /// Whole days since the previous send.
    public var daysSinceLastTouch: Int?
    /// Position in the sequence.
    public var sequencePosition: Int?
    /// Send time in the lead's zone.
    public var leadLocalTime: TimeOfDay?
    /// The lead's IANA time zone at send.
    public var leadTimezone: String?
    /// ISO weekday of the send in the lead's zone (Monday = 1 … Sunday = 7).
    public var leadLocalDayOfWeek: Int?
    /// The sending provider.
    public var provider: String?
    /// The provider's status.
    public var providerStatus: String?
    /// The provider's response.
    public var providerResponse: JSONValue?
    /// Free-form metadata (the reference model calls it `extra_data`; the database column is `metadata`).
    public var metadata: JSONValue
    /// The link clicked.
    public var linkClicked: String?
    /// The device of the open or click.
    public var deviceType: String?
    /// The user agent.
    public var userAgent: String?
    /// The IP address.
    public var ipAddress: String?
    /// Country of the open or click.
    public var geoCountry: String?
    /// City of the open or click.
    public var geoCity: String?
    /// Classified intent of a reply.
    public var intent: IntentType?
    /// Confidence of the intent, 0–1.
    public var intentConfidence: Double?
    /// Whether this touch led to the lead converting (the converting touch).
    public var ledToBooking: Bool
    /// When it happened; set by the store when unassigned.
    public var createdAt: Timestamp
    /// When it was processed.
    public var processedAt: Timestamp?

    /// Creates an activity; every argument but client, campaign, lead, channel and action has the database default.
    public init(
        id: ID<Activity> = .unassigned, clientId: ID<Client>, campaignId: ID<Campaign>, leadId: ID<Lead>,
        channel: ChannelType, action: String, providerMessageId: String? = nil, threadId: String? = nil,
        inReplyTo: String? = nil, senderDomain: String? = nil, sequenceStep: Int? = nil, subject: String? = nil,
        contentPreview: String? = nil, templateId: UUID? = nil, abTestId: UUID? = nil, abVariant: String? = nil,
        fullMessageBody: String? = nil, linksIncluded: [String]? = nil, personalizationFieldsUsed: [String]? = nil,
        aiModelUsed: String? = nil, promptVersion: String? = nil, contentSnapshot: ContentSnapshot? = nil,
        conversationThreadId: UUID? = nil, emailOpened: Bool = false, emailOpenedAt: Timestamp? = nil,
        emailOpenCount: Int = 0, emailClicked: Bool = false, emailClickedAt: Timestamp? = nil,
        emailClickCount: Int = 0, timeToOpenMinutes: Int? = nil, timeToClickMinutes: Int? = nil,
        timeToReplyMinutes: Int? = nil, touchNumber: Int? = nil, daysSinceLastTouch: Int? = nil,
        sequencePosition: Int? = nil, leadLocalTime: TimeOfDay? = nil, leadTimezone: String? = nil,
        leadLocalDayOfWeek: Int? = nil, provider: String? = nil, providerStatus: String? = nil,
        providerResponse: JSONValue? = nil, metadata: JSONValue = .emptyObject, linkClicked: String? = nil,
        deviceType: String? = nil, userAgent: String? = nil, ipAddress: String? = nil, geoCountry: String? = nil,
        geoCity: String? = nil, intent: IntentType? = nil, intentConfidence: Double? = nil,
        ledToBooking: Bool = false, createdAt: Timestamp = .unassigned, processedAt: Timestamp? = nil
    ) {
        self.id = id
        self.clientId = clientId
        self.campaignId = campaignId
        self.leadId = leadId
        self.channel = channel
        self.action = action
        self.providerMessageId = providerMessageId
        self.threadId = threadId
        self.inReplyTo = inReplyTo
        self.senderDomain = senderDomain
        self.sequenceStep = sequenceStep
        self.subject = subject
        self.contentPreview = contentPreview
        self.templateId = templateId
        self.abTestId = abTestId
        self.abVariant = abVariant
        self.fullMessageBody = fullMessageBody
        self.linksIncluded = linksIncluded
        self.personalizationFieldsUsed = personalizationFieldsUsed
        self.aiModelUsed = aiModelUsed
        self.promptVersion = promptVersion
        self.contentSnapshot = contentSnapshot
        self.conversationThreadId = conversationThreadId
        self.emailOpened = emailOpened
        self.emailOpenedAt = emailOpenedAt
        self.emailOpenCount = emailOpenCount
        self.emailClicked = emailClicked
        self.emailClickedAt = emailClickedAt
        self.emailClickCount = emailClickCount
        self.timeToOpenMinutes = timeToOpenMinutes
        self.timeToClickMinutes = timeToClickMinutes
        self.timeToReplyMinutes = timeToReplyMinutes
        self.touchNumber = touchNumber
        self.daysSinceLastTouch = daysSinceLastTouch
        self.sequencePosition = sequencePosition
        self.leadLocalTime = leadLocalTime
        self.leadTimezone = leadTimezone
        self.leadLocalDayOfWeek = leadLocalDayOfWeek
        self.provider = provider
        self.providerStatus = providerStatus
        self.providerResponse = providerResponse
        self.metadata = metadata
        self.linkClicked = linkClicked
        self.deviceType = deviceType
        self.userAgent = userAgent
        self.ipAddress = ipAddress
        self.geoCountry = geoCountry
        self.geoCity = geoCity
        self.intent = intent
        self.intentConfidence = intentConfidence
        self.ledToBooking = ledToBooking
        self.createdAt = createdAt
        self.processedAt = processedAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case clientId = "client_id"
        case campaignId = "campaign_id"
        case leadId = "lead_id"
        case channel
        case action
        case providerMessageId = "provider_message_id"
        case threadId = "thread_id"
        case inReplyTo = "in_reply_to"
        case senderDomain = "sender_domain"
        case sequenceStep = "sequence_step"
        case subject
        case contentPreview = "content_preview"
        case templateId = "template_id"
        case abTestId = "ab_test_id"
        case abVariant = "ab_variant"
        case fullMessageBody = "full_message_body"
        case linksIncluded = "links_included"
        case personalizationFieldsUsed = "personalization_fields_used"
        case aiModelUsed = "ai_model_used"
        case promptVersion = "prompt_version"
        case contentSnapshot = "content_snapshot"
        case conversationThreadId = "conversation_thread_id"
        case emailOpened = "email_opened"
        case emailOpenedAt = "email_opened_at"
        case emailOpenCount = "email_open_count"
        case emailClicked = "email_clicked"
        case emailClickedAt = "email_clicked_at"
        case emailClickCount = "email_click_count"
        case timeToOpenMinutes = "time_to_open_minutes"
        case timeToClickMinutes = "time_to_click_minutes"
        case timeToReplyMinutes = "time_to_reply_minutes"
        case touchNumber = "touch_number"
        case daysSinceLastTouch = "days_since_last_touch"
        case sequencePosition = "sequence_position"
        case leadLocalTime = "lead_local_time"
        case leadTimezone = "lead_timezone"
        case leadLocalDayOfWeek = "lead_local_day_of_week"
        case provider
        case providerStatus = "provider_status"
        case providerResponse = "provider_response"
        case metadata
        case linkClicked = "link_clicked"
        case deviceType = "device_type"
        case userAgent = "user_agent"
        case ipAddress = "ip_address"
        case geoCountry = "geo_country"
        case geoCity = "geo_city"
        case intent
        case intentConfidence = "intent_confidence"
        case ledToBooking = "led_to_booking"
        case createdAt = "created_at"
        case processedAt = "processed_at"
    }
}
