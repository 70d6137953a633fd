import AgencyCore
import Foundation

/// A lead in the platform-wide pool (`lead_pool`): person and company data from enrichment,
/// deliverability state, and — once assigned to a client — its ALS score and outreach state.
public struct LeadPool: Model, Timestamped {
    /// Primary key; assigned by the store when ``ID/unassigned``.
    public var id: ID<LeadPool>
    /// The client the lead is assigned to; `nil` while in the open pool.
    public var clientId: ID<Client>?
    /// The campaign the lead is assigned to.
    public var campaignId: ID<Campaign>?
    /// Apollo person id; unique.
    public var apolloId: String?
    /// Work email; unique across the pool.
    public var email: String
    /// LinkedIn profile URL.
    public var linkedinUrl: String?
    /// First name.
    public var firstName: String?
    /// Last name.
    public var lastName: String?
    /// Job title.
    public var title: String?
    /// Seniority level (owner, founder, c_suite, vp, director, manager, senior, entry).
    public var seniority: String?
    /// LinkedIn headline.
    public var linkedinHeadline: String?
    /// Photo URL.
    public var photoUrl: String?
    /// Twitter/X URL.
    public var twitterUrl: String?
    /// Phone number in E.164.
    public var phone: String?
    /// Personal email.
    public var personalEmail: String?
    /// City.
    public var city: String?
    /// State or region.
    public var state: String?
    /// Country.
    public var country: String?
    /// IANA time zone.
    public var timezone: String?
    /// Departments.
    public var departments: [String]?
    /// Employment history.
    public var employmentHistory: JSONValue?
    /// When the current role started.
    public var currentRoleStartDate: LocalDate?
    /// Company name.
    public var companyName: String?
    /// Company domain.
    public var companyDomain: String?
    /// Company website.
    public var companyWebsite: String?
    /// Company LinkedIn page.
    public var companyLinkedinUrl: String?
    /// Company description.
    public var companyDescription: String?
    /// Company logo URL.
    public var companyLogoUrl: String?
    /// Company industry.
    public var companyIndustry: String?
    /// Company sub-industry.
    public var companySubIndustry: String?
    /// Company employee count.
    public var companyEmployeeCount: Int?
    /// Company revenue.
    public var companyRevenue: Int64?
    /// Company revenue range.
    public var companyRevenueRange: String?
    /// Year the company was founded.
    public var companyFoundedYear: Int?
    /// Company country.
    public var companyCountry: String?
    /// Company city.
    public var companyCity: String?
    /// Company state.
    public var companyState: String?
    /// Company postal code.
    public var companyPostalCode: String?
    /// Whether the company is hiring.
    public var companyIsHiring: Bool?
    /// Latest funding stage.
    public var companyLatestFundingStage: String?
    /// Latest funding date.
    public var companyLatestFundingDate: LocalDate?
    /// Total funding raised.
    public var companyTotalFunding: Int64?
    /// Technologies the company uses.
    public var companyTechnologies: [String]?
    /// Company keywords.
    public var companyKeywords: [String]?
    /// How trustworthy the email is.
    public var emailStatus: EmailStatus?
    /// Where enrichment data came from.
    public var enrichmentSource: String?
    /// Enrichment confidence, 0–1.
    public var enrichmentConfidence: Double?
    /// First enrichment.
    public var enrichedAt: Timestamp?
    /// Latest enrichment.
    public var lastEnrichedAt: Timestamp?
    /// Raw enrichment payload (LinkedIn person and company data).
    public var enrichmentData: JSONValue?
    /// DataForSEO domain rank.
    public var dataforseoDomainRank: Int?
    /// DataForSEO organic traffic.
    public var dataforseoOrganicTraffic: Int?
    /// DataForSEO backlinks.
    public var dataforseoBacklinks: Int?
    /// DataForSEO spam score.
    public var dataforseoSpamScore: Double?
    /// When DataForSEO ran.
    public var dataforseoEnrichedAt: Timestamp?
    /// SDK enrichment output.
    public var sdkEnrichment: JSONValue?
    /// SDK eligibility signals.
    public var sdkSignals: [String]?
    /// SDK cost in AUD.
    public var sdkCostAud: SQLNumeric?
    /// When SDK enrichment ran.
    public var sdkEnrichedAt: Timestamp?
    /// Pool state.
    public var poolStatus: PoolStatus
    /// Whether the email bounced.
    public var isBounced: Bool
    /// When it bounced.
    public var bouncedAt: Timestamp?
    /// Why it bounced.
    public var bounceReason: String?
    /// Whether the lead unsubscribed.
    public var isUnsubscribed: Bool
    /// When it unsubscribed.
    public var unsubscribedAt: Timestamp?
    /// Why it unsubscribed.
    public var unsubscribeReason: String?
    /// Whether the Do Not Call Register was checked.
    public var dncrChecked: Bool
    /// Whether the number is on the register.
    public var dncrResult: Bool?
    /// When the register was checked.
    public var dncrCheckedAt: Timestamp?
    /// ALS score 0–100.
    public var alsScore: Int?
    /// ALS tier.
    public var alsTier: ALSTier?
    /// Raw component points (and signals) of the last score.
    public var alsComponents: ALSComponents?
    /// When the lead was last scored.
    public var scoredAt: Timestamp?
    /// First outbound touch.
    public var firstContactedAt: Timestamp?
    /// Last outbound touch.
    public var lastContactedAt: Timestamp?
    /// Outbound touches.
    public var totalTouches: Int
    /// Channels used so far.
    public var channelsUsed: [ChannelType]?
    /// Whether the lead replied.
    public var hasReplied: Bool
    /// When it replied.
    public var repliedAt: Timestamp?
    /// Intent of the reply.
    public var replyIntent: String?
    /// Inserted at; set by the store.
    public var createdAt: Timestamp
    /// Last changed at; set by the store.
    public var updatedAt: Timestamp

    /// Creates a pool lead; every argument but the email has the database default.
    public init(
        id: ID<LeadPool> = .unassigned, clientId: ID<Client>? = nil, campaignId: ID<Campaign>? = nil,
        apolloId: String? = nil, email: String, linkedinUrl: String? = nil, firstName: String? = nil,
        lastName: String? = nil, title: String? = nil, seniority: String? = nil, linkedinHeadline: String? = nil,
        photoUrl: String? = nil, twitterUrl: String? = nil, phone: String? = nil, personalEmail: String? = nil,
        city: String? = nil, state: String? = nil, country: String? = nil, timezone: String? = nil,
        departments: [String]? = nil, employmentHistory: JSONValue? = nil, currentRoleStartDate: LocalDate? = nil,
        companyName: String? = nil, companyDomain: String? = nil, companyWebsite: String? = nil,
        companyLinkedinUrl: String? = nil, companyDescription: String? = nil, companyLogoUrl: String? = nil,
        companyIndustry: String? = nil, companySubIndustry: String? = nil, companyEmployeeCount: Int? = nil,
        companyRevenue: Int64? = nil, companyRevenueRange: String? = nil, companyFoundedYear: Int? = nil,
        companyCountry: String? = nil, companyCity: String? = nil, companyState: String? = nil,
        companyPostalCode: String? = nil, companyIsHiring: Bool? = nil, companyLatestFundingStage: String? = nil,
        companyLatestFundingDate: LocalDate? = nil, companyTotalFunding: Int64? = nil,
        companyTechnologies: [String]? = nil, companyKeywords: [String]? = nil, emailStatus: EmailStatus? = .unknown,
        enrichmentSource: String? = nil, enrichmentConfidence: Double? = nil, enrichedAt: Timestamp? = nil,
        lastEnrichedAt: Timestamp? = nil, enrichmentData: JSONValue? = nil, dataforseoDomainRank: Int? = nil,
        dataforseoOrganicTraffic: Int? = nil, dataforseoBacklinks: Int? = nil, dataforseoSpamScore: Double? = nil,
        dataforseoEnrichedAt: Timestamp? = nil, sdkEnrichment: JSONValue? = nil, sdkSignals: [String]? = nil,
        sdkCostAud: SQLNumeric? = nil, sdkEnrichedAt: Timestamp? = nil, poolStatus: PoolStatus = .available,
        isBounced: Bool = false, bouncedAt: Timestamp? = nil, bounceReason: String? = nil,
        isUnsubscribed: Bool = false, unsubscribedAt: Timestamp? = nil, unsubscribeReason: String? = nil,
        dncrChecked: Bool = false, dncrResult: Bool? = nil, dncrCheckedAt: Timestamp? = nil, alsScore: Int? = nil,
        alsTier: ALSTier? = nil, alsComponents: ALSComponents? = nil, scoredAt: Timestamp? = nil,
        firstContactedAt: Timestamp? = nil, lastContactedAt: Timestamp? = nil, totalTouches: Int = 0,
        channelsUsed: [ChannelType]? = [], hasReplied: Bool = false, repliedAt: Timestamp? = nil,
        replyIntent: String? = nil, createdAt: Timestamp = .unassigned, updatedAt: Timestamp = .unassigned
    ) {
        self.id = id
        self.clientId = clientId
        self.campaignId = campaignId
        self.apolloId = apolloId
        self.email = email
        self.linkedinUrl = linkedinUrl
        self.firstName = firstName
        self.lastName = lastName
        self.title = title
        self.seniority = seniority
        self.linkedinHeadline = linkedinHeadline
        self.photoUrl = photoUrl
        self.twitterUrl = twitterUrl
        self.phone = phone
        self.personalEmail = personalEmail
        self.city = city
        self.state = state
        self.country = country
        self.timezone = timezone
        self.departments = departments
        self.employmentHistory = employmentHistory
        self.currentRoleStartDate = currentRoleStartDate
        self.companyName = companyName
        self.companyDomain = companyDomain
        self.companyWebsite = companyWebsite
        self.companyLinkedinUrl = companyLinkedinUrl
        self.companyDescription = companyDescription
        self.companyLogoUrl = companyLogoUrl
        self.companyIndustry = companyIndustry
        self.companySubIndustry = companySubIndustry
        self.companyEmployeeCount = companyEmployeeCount
        self.companyRevenue = companyRevenue
        self.companyRevenueRange = companyRevenueRange
        self.companyFoundedYear = companyFoundedYear
        self.companyCountry = companyCountry
        self.companyCity = companyCity
        self.companyState = companyState
        self.companyPostalCode = companyPostalCode
        self.companyIsHiring = companyIsHiring
        self.companyLatestFundingStage = companyLatestFundingStage
        self.companyLatestFundingDate = companyLatestFundingDate
        self.companyTotalFunding = companyTotalFunding
        self.companyTechnologies = companyTechnologies
        self.companyKeywords = companyKeywords
        self.emailStatus = emailStatus
        self.enrichmentSource = enrichmentSource
        self.enrichmentConfidence = enrichmentConfidence
        self.enrichedAt = enrichedAt
        self.lastEnrichedAt = lastEnrichedAt
        self.enrichmentData = enrichmentData
        self.dataforseoDomainRank = dataforseoDomainRank
        self.dataforseoOrganicTraffic = dataforseoOrganicTraffic
        self.dataforseoBacklinks = dataforseoBacklinks
        self.dataforseoSpamScore = dataforseoSpamScore
        self.dataforseoEnrichedAt = dataforseoEnrichedAt
        self.sdkEnrichment = sdkEnrichment
        self.sdkSignals = sdkSignals
        self.sdkCostAud = sdkCostAud
        self.sdkEnrichedAt = sdkEnrichedAt
        self.poolStatus = poolStatus
        self.isBounced = isBounced
        self.bouncedAt = bouncedAt
        self.bounceReason = bounceReason
        self.isUnsubscribed = isUnsubscribed
        self.unsubscribedAt = unsubscribedAt
        self.unsubscribeReason = unsubscribeReason
        self.dncrChecked = dncrChecked
        self.dncrResult = dncrResult
        self.dncrCheckedAt = dncrCheckedAt
        self.alsScore = alsScore
        self.alsTier = alsTier
        self.alsComponents = alsComponents
        self.scoredAt = scoredAt
        self.firstContactedAt = firstContactedAt
        self.lastContactedAt = lastContactedAt
        self.totalTouches = totalTouches
        self.channelsUsed = channelsUsed
        self.hasReplied = hasReplied
        self.repliedAt = repliedAt
        self.replyIntent = replyIntent
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case clientId = "client_id"
        case campaignId = "campaign_id"
        case apolloId = "apollo_id"
        case email
        case linkedinUrl = "linkedin_url"
        case firstName = "first_name"
        case lastName = "last_name"
        case title
        case seniority
        case linkedinHeadline = "linkedin_headline"
        case photoUrl = "photo_url"
        case twitterUrl = "twitter_url"
        case phone
        case personalEmail = "personal_email"
        case city
        case state
        case country
        case timezone
        case departments
        case employmentHistory = "employment_history"
        case currentRoleStartDate = "current_role_start_date"
        case companyName = "company_name"
        case companyDomain = "company_domain"
        case companyWebsite = "company_website"
        case companyLinkedinUrl = "company_linkedin_url"
        case companyDescription = "company_description"
        case companyLogoUrl = "company_logo_url"
        case companyIndustry = "company_industry"
        case companySubIndustry = "company_sub_industry"
        case companyEmployeeCount = "company_employee_count"
        case companyRevenue = "company_revenue"
        case companyRevenueRange = "company_revenue_range"
        case companyFoundedYear = "company_founded_year"
        case companyCountry = "company_country"
        case companyCity = "company_city"
        case companyState = "company_state"
        case companyPostalCode = "company_postal_code"
        case companyIsHiring = "company_is_hiring"
        case companyLatestFundingStage = "company_latest_funding_stage"
        case companyLatestFundingDate = "company_latest_funding_date"
        case companyTotalFunding = "company_total_funding"
        case companyTechnologies = "company_technologies"
        case companyKeywords = "company_keywords"
        case emailStatus = "email_status"
        case enrichmentSource = "enrichment_source"
        case enrichmentConfidence = "enrichment_confidence"
        case enrichedAt = "enriched_at"
        case lastEnrichedAt = "last_enriched_at"
        case enrichmentData = "enrichment_data"
        case dataforseoDomainRank = "dataforseo_domain_rank"
        case dataforseoOrganicTraffic = "dataforseo_organic_traffic"
        case dataforseoBacklinks = "dataforseo_backlinks"
        case dataforseoSpamScore = "dataforseo_spam_score"
        case dataforseoEnrichedAt = "dataforseo_enriched_at"
        case sdkEnrichment = "sdk_enrichment"
        case sdkSignals = "sdk_signals"
        case sdkCostAud = "sdk_cost_aud"
        case sdkEnrichedAt = "sdk_enriched_at"
        case poolStatus = "pool_status"
        case isBounced = "is_bounced"
        case bouncedAt = "bounced_at"
        case bounceReason = "bounce_reason"
        case isUnsubscribed = "is_unsubscribed"
        case unsubscribedAt = "unsubscribed_at"
        case unsubscribeReason = "unsubscribe_reason"
        case dncrChecked = "dncr_checked"
        case dncrResult = "dncr_result"
        case dncrCheckedAt = "dncr_checked_at"
        case alsScore = "als_score"
        case alsTier = "als_tier"
        case alsComponents = "als_components"
        case scoredAt = "scored_at"
        case firstContactedAt = "first_contacted_at"
        case lastContactedAt = "last_contacted_at"
        case totalTouches = "total_touches"
        case channelsUsed = "channels_used"
        case hasReplied = "has_replied"
        case repliedAt = "replied_at"
        case replyIntent = "reply_intent"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }
}
