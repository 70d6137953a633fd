import AgencyCore
import Foundation

/// Daily outreach counters (`activity_stats`) per client, campaign and lead, kept by the
/// activity trigger's upsert. Rows are per lead per day; campaign and lead are `nil` for
/// client-level totals.
public struct ActivityStats: Model {
    /// Primary key; assigned by the store when ``ID/unassigned``.
    public var id: ID<ActivityStats>
    /// The owning client (tenant).
    public var clientId: ID<Client>
    /// The campaign, if the row is per campaign.
    public var campaignId: ID<Campaign>?
    /// The lead, if the row is per lead.
    public var leadId: ID<Lead>?
    /// The day counted (the caller states it; see Documentation/ModelsAndJSON.md).
    public var date: LocalDate
    /// Emails sent.
    public var emailSent: Int
    /// Emails delivered.
    public var emailDelivered: Int
    /// Emails opened.
    public var emailOpened: Int
    /// Emails clicked.
    public var emailClicked: Int
    /// Emails replied to.
    public var emailReplied: Int
    /// Emails bounced.
    public var emailBounced: Int
    /// Text messages sent.
    public var smsSent: Int
    /// Text messages delivered.
    public var smsDelivered: Int
    /// Text messages replied to.
    public var smsReplied: Int
    /// LinkedIn messages and requests sent.
    public var linkedinSent: Int
    /// LinkedIn connection requests accepted.
    public var linkedinAccepted: Int
    /// LinkedIn messages replied to.
    public var linkedinReplied: Int
    /// Calls placed.
    public var voiceCalled: Int
    /// Calls answered.
    public var voiceAnswered: Int
    /// Voicemails left.
    public var voiceVoicemail: Int
    /// Letters sent.
    public var mailSent: Int
    /// Letters delivered.
    public var mailDelivered: Int
    /// Touches sent on every channel.
    public var totalSent: Int
    /// Replies on every channel.
    public var totalReplied: Int
    /// Conversions.
    public var totalConverted: Int
    /// Last changed at; set by the store.
    public var updatedAt: Timestamp

    /// Creates a counter row; every argument but client and date has the database default.
    public init(
        id: ID<ActivityStats> = .unassigned, clientId: ID<Client>, campaignId: ID<Campaign>? = nil,
        leadId: ID<Lead>? = nil, date: LocalDate, emailSent: Int = 0, emailDelivered: Int = 0, emailOpened: Int = 0,
        emailClicked: Int = 0, emailReplied: Int = 0, emailBounced: Int = 0, smsSent: Int = 0, smsDelivered: Int = 0,
        smsReplied: Int = 0, linkedinSent: Int = 0, linkedinAccepted: Int = 0, linkedinReplied: Int = 0,
        voiceCalled: Int = 0, voiceAnswered: Int = 0, voiceVoicemail: Int = 0, mailSent: Int = 0,
        mailDelivered: Int = 0, totalSent: Int = 0, totalReplied: Int = 0, totalConverted: Int = 0,
        updatedAt: Timestamp = .unassigned
    ) {
        self.id = id
        self.clientId = clientId
        self.campaignId = campaignId
        self.leadId = leadId
        self.date = date
        self.emailSent = emailSent
        self.emailDelivered = emailDelivered
        self.emailOpened = emailOpened
        self.emailClicked = emailClicked
        self.emailReplied = emailReplied
        self.emailBounced = emailBounced
        self.smsSent = smsSent
        self.smsDelivered = smsDelivered
        self.smsReplied = smsReplied
        self.linkedinSent = linkedinSent
        self.linkedinAccepted = linkedinAccepted
        self.linkedinReplied = linkedinReplied
        self.voiceCalled = voiceCalled
        self.voiceAnswered = voiceAnswered
        self.voiceVoicemail = voiceVoicemail
        self.mailSent = mailSent
        self.mailDelivered = mailDelivered
        self.totalSent = totalSent
        self.totalReplied = totalReplied
        self.totalConverted = totalConverted
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case clientId = "client_id"
        case campaignId = "campaign_id"
        case leadId = "lead_id"
        case date
        case emailSent = "email_sent"
        case emailDelivered = "email_delivered"
        case emailOpened = "email_opened"
        case emailClicked = "email_clicked"
        case emailReplied = "email_replied"
        case emailBounced = "email_bounced"
        case smsSent = "sms_sent"
        case smsDelivered = "sms_delivered"
        case smsReplied = "sms_replied"
        case linkedinSent = "linkedin_sent"
        case linkedinAccepted = "linkedin_accepted"
        case linkedinReplied = "linkedin_replied"
        case voiceCalled = "voice_called"
        case voiceAnswered = "voice_answered"
        case voiceVoicemail = "voice_voicemail"
        case mailSent = "mail_sent"
        case mailDelivered = "mail_delivered"
        case totalSent = "total_sent"
        case totalReplied = "total_replied"
        case totalConverted = "total_converted"
        case updatedAt = "updated_at"
    }
}
