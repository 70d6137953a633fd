import AgencyCore

/// A tenant (`clients`): an agency with its subscription, credits, digest settings, ICP,
/// CRM connection and learned ALS weights.
public struct Client: Model, SoftDeletable, Timestamped {
    /// Primary key; assigned by the store when ``ID/unassigned``.
    public var id: ID<Client>
    /// Agency name.
    public var name: String
    /// Subscription tier.
    public var tier: TierType
    /// Subscription state.
    public var subscriptionStatus: SubscriptionStatus
    /// Lead credits left this period.
    public var creditsRemaining: Int
    /// When credits next reset.
    public var creditsResetAt: Timestamp?
    /// When all outreach was paused (emergency pause).
    public var pausedAt: Timestamp?
    /// Why outreach was paused.
    public var pauseReason: String?
    /// Who paused outreach.
    public var pausedByUserId: ID<User>?
    /// Whether the digest email is sent.
    public var digestEnabled: Bool
    /// How often the digest is sent.
    public var digestFrequency: DigestFrequency
    /// Local hour (0–23) the digest is sent.
    public var digestSendHour: Int
    /// IANA time zone of the digest hour.
    public var digestTimezone: String
    /// Digest recipient emails (JSONB array).
    public var digestRecipients: [String]?
    /// When the last digest went out.
    public var lastDigestSentAt: Timestamp?
    /// Default automation level of campaigns.
    public var defaultPermissionMode: PermissionMode?
    /// Stripe customer.
    public var stripeCustomerId: String?
    /// Stripe subscription.
    public var stripeSubscriptionId: String?
    /// Agency website.
    public var websiteUrl: String?
    /// What the agency does.
    public var companyDescription: String?
    /// Services the agency sells.
    public var servicesOffered: [String]?
    /// Years trading.
    public var yearsInBusiness: Int?
    /// Staff count.
    public var teamSize: Int?
    /// Why clients buy.
    public var valueProposition: String?
    /// The offer used in outreach.
    public var defaultOffer: String?
    /// Ideal-customer industries.
    public var icpIndustries: [String]?
    /// Ideal-customer company sizes.
    public var icpCompanySizes: [String]?
    /// Ideal-customer revenue range.
    public var icpRevenueRange: String?
    /// Ideal-customer locations.
    public var icpLocations: [String]?
    /// Ideal-customer job titles.
    public var icpTitles: [String]?
    /// Ideal-customer pain points.
    public var icpPainPoints: [String]?
    /// Ideal-customer keywords.
    public var icpKeywords: [String]?
    /// Excluded segments.
    public var icpExclusions: [String]?
    /// Onboarding ALS weight suggestion (integers summing to 100; not used by the scorer).
    public var alsWeights: JSONValue?
    /// Branding settings (e.g. `company_name`).
    public var branding: JSONValue?
    /// When the ICP was extracted from the website.
    public var icpExtractedAt: Timestamp?
    /// Where the ICP came from.
    public var icpExtractionSource: String?
    /// When the client confirmed the ICP.
    public var icpConfirmedAt: Timestamp?
    /// The extraction job (text in the database).
    public var icpExtractionJobId: String?
    /// ALS component weights learned by CIS (fractions keyed by component).
    public var alsLearnedWeights: JSONValue?
    /// When the learned weights were written.
    public var alsWeightsUpdatedAt: Timestamp?
    /// Leads the learned weights were trained on.
    public var conversionSampleCount: Int
    /// Connected CRM (hubspot, pipedrive, close).
    public var crmType: String?
    /// HubSpot token (secret).
    public var hubspotAccessToken: String?
    /// Pipedrive token (secret).
    public var pipedriveApiToken: String?
    /// Close API key (secret).
    public var closeApiKey: String?
    /// CRM webhook signing secret (secret).
    public var crmWebhookSecret: String?
    /// Last CRM sync.
    public var crmLastSyncedAt: Timestamp?
    /// ICP fields CIS refinement must not change.
    public var targetingLockedFields: [String]
    /// Inserted at; set by the store.
    public var createdAt: Timestamp
    /// Last changed at; set by the store.
    public var updatedAt: Timestamp
    /// Soft-deleted at; `nil` while live.
    public var deletedAt: Timestamp?

    /// Creates a client; every argument but the name has the database default.
    public init(
        id: ID<Client> = .unassigned, name: String, tier: TierType = .ignition,
        subscriptionStatus: SubscriptionStatus = .trialing, creditsRemaining: Int = 1250,
        creditsResetAt: Timestamp? = nil, pausedAt: Timestamp? = nil, pauseReason: String? = nil,
        pausedByUserId: ID<User>? = nil, digestEnabled: Bool = true, digestFrequency: DigestFrequency = .daily,
        digestSendHour: Int = 7, digestTimezone: String = "Australia/Sydney", digestRecipients: [String]? = [],
        lastDigestSentAt: Timestamp? = nil, defaultPermissionMode: PermissionMode? = .coPilot,
        stripeCustomerId: String? = nil, stripeSubscriptionId: String? = nil, websiteUrl: String? = nil,
        companyDescription: String? = nil, servicesOffered: [String]? = nil, yearsInBusiness: Int? = nil,
        teamSize: Int? = nil, valueProposition: String? = nil, defaultOffer: String? = nil,
        icpIndustries: [String]? = nil, icpCompanySizes: [String]? = nil, icpRevenueRange: String? = nil,
        icpLocations: [String]? = nil, icpTitles: [String]? = nil, icpPainPoints: [String]? = nil,
        icpKeywords: [String]? = nil, icpExclusions: [String]? = nil, alsWeights: JSONValue? = .emptyObject,
        branding: JSONValue? = .emptyObject, icpExtractedAt: Timestamp? = nil, icpExtractionSource: String? = nil,
        icpConfirmedAt: Timestamp? = nil, icpExtractionJobId: String? = nil, alsLearnedWeights: JSONValue? = nil,
        alsWeightsUpdatedAt: Timestamp? = nil, conversionSampleCount: Int = 0, crmType: String? = nil,
        hubspotAccessToken: String? = nil, pipedriveApiToken: String? = nil, closeApiKey: String? = nil,
        crmWebhookSecret: String? = nil, crmLastSyncedAt: Timestamp? = nil, targetingLockedFields: [String] = [],
        createdAt: Timestamp = .unassigned, updatedAt: Timestamp = .unassigned, deletedAt: Timestamp? = nil
    ) {
        self.id = id
        self.name = name
        self.tier = tier
        self.subscriptionStatus = subscriptionStatus
        self.creditsRemaining = creditsRemaining
        self.creditsResetAt = creditsResetAt
        self.pausedAt = pausedAt
        self.pauseReason = pauseReason
        self.pausedByUserId = pausedByUserId
        self.digestEnabled = digestEnabled
        self.digestFrequency = digestFrequency
        self.digestSendHour = digestSendHour
        self.digestTimezone = digestTimezone
        self.digestRecipients = digestRecipients
        self.lastDigestSentAt = lastDigestSentAt
        self.defaultPermissionMode = defaultPermissionMode
        self.stripeCustomerId = stripeCustomerId
        self.stripeSubscriptionId = stripeSubscriptionId
        self.websiteUrl = websiteUrl
        self.companyDescription = companyDescription
        self.servicesOffered = servicesOffered
        self.yearsInBusiness = yearsInBusiness
        self.teamSize = teamSize
        self.valueProposition = valueProposition
        self.defaultOffer = defaultOffer
        self.icpIndustries = icpIndustries
        self.icpCompanySizes = icpCompanySizes
        self.icpRevenueRange = icpRevenueRange
        self.icpLocations = icpLocations
        self.icpTitles = icpTitles
        self.icpPainPoints = icpPainPoints
        self.icpKeywords = icpKeywords
        self.icpExclusions = icpExclusions
        self.alsWeights = alsWeights
        self.branding = branding
        self.icpExtractedAt = icpExtractedAt
        self.icpExtractionSource = icpExtractionSource
        self.icpConfirmedAt = icpConfirmedAt
        self.icpExtractionJobId = icpExtractionJobId
        self.alsLearnedWeights = alsLearnedWeights
        self.alsWeightsUpdatedAt = alsWeightsUpdatedAt
        self.conversionSampleCount = conversionSampleCount
        self.crmType = crmType
        self.hubspotAccessToken = hubspotAccessToken
        self.pipedriveApiToken = pipedriveApiToken
        self.closeApiKey = closeApiKey
        self.crmWebhookSecret = crmWebhookSecret
        self.crmLastSyncedAt = crmLastSyncedAt
        self.targetingLockedFields = targetingLockedFields
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.deletedAt = deletedAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case name
        case tier
        case subscriptionStatus = "subscription_status"
        case creditsRemaining = "credits_remaining"
        case creditsResetAt = "credits_reset_at"
        case pausedAt = "paused_at"
        case pauseReason = "pause_reason"
        case pausedByUserId = "paused_by_user_id"
        case digestEnabled = "digest_enabled"
        case digestFrequency = "digest_frequency"
        case digestSendHour = "digest_send_hour"
        case digestTimezone = "digest_timezone"
        case digestRecipients = "digest_recipients"
        case lastDigestSentAt = "last_digest_sent_at"
        case defaultPermissionMode = "default_permission_mode"
        case stripeCustomerId = "stripe_customer_id"
        case stripeSubscriptionId = "stripe_subscription_id"
        case websiteUrl = "website_url"
        case companyDescription = "company_description"
        case servicesOffered = "services_offered"
        case yearsInBusiness = "years_in_business"
        case teamSize = "team_size"
        case valueProposition = "value_proposition"
        case defaultOffer = "default_offer"
        case icpIndustries = "icp_industries"
        case icpCompanySizes = "icp_company_sizes"
        case icpRevenueRange = "icp_revenue_range"
        case icpLocations = "icp_locations"
        case icpTitles = "icp_titles"
        case icpPainPoints = "icp_pain_points"
        case icpKeywords = "icp_keywords"
        case icpExclusions = "icp_exclusions"
        case alsWeights = "als_weights"
        case branding
        case icpExtractedAt = "icp_extracted_at"
        case icpExtractionSource = "icp_extraction_source"
        case icpConfirmedAt = "icp_confirmed_at"
        case icpExtractionJobId = "icp_extraction_job_id"
        case alsLearnedWeights = "als_learned_weights"
        case alsWeightsUpdatedAt = "als_weights_updated_at"
        case conversionSampleCount = "conversion_sample_count"
        case crmType = "crm_type"
        case hubspotAccessToken = "hubspot_access_token"
        case pipedriveApiToken = "pipedrive_api_token"
        case closeApiKey = "close_api_key"
        case crmWebhookSecret = "crm_webhook_secret"
        case crmLastSyncedAt = "crm_last_synced_at"
        case targetingLockedFields = "targeting_locked_fields"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case deletedAt = "deleted_at"
    }
}
