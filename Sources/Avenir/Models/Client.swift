import AgencyCore

/// An Avenir client account (`clients`): the tenant, its login and API credentials,
/// personalisation settings and optional SMTP configuration.
///
/// The tenant key is ``clientId`` (`client_id`, unique and non-primary), not ``id``.
/// ``passwordHash``, ``apiKey`` and ``smtpPassword`` are secrets: descriptions, dumps,
/// validation messages and store errors never show them.
public struct Client: Model {
    /// Primary key; assigned by the store when `ID/unassigned`. Nothing references it.
    public var id: ID<Client>
    /// The tenant key every relationship uses.
    public var clientId: ClientID
    /// Company name shown in emails and the dashboard.
    public var businessName: String
    /// Contact person.
    public var contactName: String?
    /// Display name.
    public var name: String?
    /// Login email; unique (case-sensitive, as the seed's index).
    public var email: String
    /// bcrypt hash of the password (secret).
    public var passwordHash: String
    /// Token for the lead-submission API; unique (secret).
    public var apiKey: String
    /// Preferred language.
    public var language: ClientLanguage
    /// Whether this is Avenir AI's own client (only ``ClientID/avenirInternal``).
    public var isInternal: Bool
    /// Whether this is test data (auto-detected from the email; see ``Client/isTestEmail(_:)``).
    public var isTest: Bool
    /// Industry (Real Estate, Marketing, Construction, …).
    public var industryCategory: String?
    /// Main service offered.
    public var primaryService: String?
    /// Booking URL for email calls to action.
    public var bookingLink: String?
    /// Email signature tagline.
    public var customTagline: String?
    /// Tone of outgoing emails.
    public var emailTone: EmailTone
    /// Follow-up speed preference.
    public var followupSpeed: FollowUpSpeed
    /// Whether replies are AI-personalised.
    public var aiPersonalizedReply: Bool
    /// Sender address for the client's own domain.
    public var outboundEmail: String?
    /// SMTP host.
    public var smtpHost: String?
    /// SMTP port.
    public var smtpPort: Int?
    /// SMTP user name.
    public var smtpUsername: String?
    /// SMTP password (secret).
    public var smtpPassword: String?
    /// Inserted at; set by the store.
    public var createdAt: Timestamp
    /// Last dashboard login.
    public var lastLogin: Timestamp?
    /// Last API connection.
    public var lastConnection: Timestamp?
    /// When the API key was last rotated.
    public var lastRotated: Timestamp?

    /// Creates a client; every argument but the tenant key, business name, email and
    /// credentials has the database default.
    public init(
        id: ID<Client> = .unassigned, clientId: ClientID, businessName: String, contactName: String? = nil,
        name: String? = nil, email: String, passwordHash: String, apiKey: String, language: ClientLanguage = .en,
        isInternal: Bool = false, isTest: Bool = false, industryCategory: String? = nil, primaryService: String? = nil,
        bookingLink: String? = nil, customTagline: String? = nil, emailTone: EmailTone = .friendly,
        followupSpeed: FollowUpSpeed = .instant, aiPersonalizedReply: Bool = true, outboundEmail: String? = nil,
        smtpHost: String? = nil, smtpPort: Int? = nil, smtpUsername: String? = nil, smtpPassword: String? = nil,
        createdAt: Timestamp = .unassigned, lastLogin: Timestamp? = nil, lastConnection: Timestamp? = nil,
        lastRotated: Timestamp? = nil
    ) {
        self.id = id
        self.clientId = clientId
        self.businessName = businessName
        self.contactName = contactName
        self.name = name
        self.email = email
        self.passwordHash = passwordHash
        self.apiKey = apiKey
        self.language = language
        self.isInternal = isInternal
        self.isTest = isTest
        self.industryCategory = industryCategory
        self.primaryService = primaryService
        self.bookingLink = bookingLink
        self.customTagline = customTagline
        self.emailTone = emailTone
        self.followupSpeed = followupSpeed
        self.aiPersonalizedReply = aiPersonalizedReply
        self.outboundEmail = outboundEmail
        self.smtpHost = smtpHost
        self.smtpPort = smtpPort
        self.smtpUsername = smtpUsername
        self.smtpPassword = smtpPassword
        self.createdAt = createdAt
        self.lastLogin = lastLogin
        self.lastConnection = lastConnection
        self.lastRotated = lastRotated
    }

    enum CodingKeys: String, CodingKey {
        case id
        case clientId = "client_id"
        case businessName = "business_name"
        case contactName = "contact_name"
        case name
        case email
        case passwordHash = "password_hash"
        case apiKey = "api_key"
        case language
        case isInternal = "is_internal"
        case isTest = "is_test"
        case industryCategory = "industry_category"
        case primaryService = "primary_service"
        case bookingLink = "booking_link"
        case customTagline = "custom_tagline"
        case emailTone = "email_tone"
        case followupSpeed = "followup_speed"
        case aiPersonalizedReply = "ai_personalized_reply"
        case outboundEmail = "outbound_email"
        case smtpHost = "smtp_host"
        case smtpPort = "smtp_port"
        case smtpUsername = "smtp_username"
        case smtpPassword = "smtp_password"
        case createdAt = "created_at"
        case lastLogin = "last_login"
        case lastConnection = "last_connection"
        case lastRotated = "last_rotated"
    }
}
