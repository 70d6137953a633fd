import AgencyCore
import Foundation

/// A prospect in a client's campaign (`leads`): contact data, enrichment, the ALS score
/// with its components, outreach state, rejection and downstream outcomes.
public struct Lead: Model, SoftDeletable, Timestamped {
    /// Primary key; assigned by the store when ``ID/unassigned``.
    public var id: ID<Lead>
    /// The owning client (tenant).
    public var clientId: ID<Client>
    /// The campaign the lead belongs to.
    public var campaignId: ID<Campaign>
    /// Work email; unique per client, compared case-insensitively.
    public var email: String
    /// Phone number in E.164.
    public var phone: String?
    /// First name.
    public var firstName: String?
    /// Last name.
    public var lastName: String?
    /// Job title.
    public var title: String?
    /// Company name.
    public var company: String?
    /// LinkedIn profile URL.
    public var linkedinUrl: String?
    /// Company domain.
    public var domain: String?
    /// ALS score 0–100; `nil` until scored.
    public var alsScore: Int?
    /// ALS tier of the score.
    public var alsTier: ALSTier?
    /// Data-quality points (0–20).
    public var alsDataQuality: Int?
    /// Authority points (0–25).
    public var alsAuthority: Int?
    /// Company-fit points (0–25).
    public var alsCompanyFit: Int?
    /// Timing points (0–15).
    public var alsTiming: Int?
    /// Risk points (0–15).
    public var alsRisk: Int?
    /// Company industry.
    public var organizationIndustry: String?
    /// Company employee count.
    public var organizationEmployeeCount: Int?
    /// Company country.
    public var organizationCountry: String?
    /// Year the company was founded.
    public var organizationFoundedYear: Int?
    /// Whether the company is hiring.
    public var organizationIsHiring: Bool?
    /// Date of the latest funding round.
    public var organizationLatestFundingDate: LocalDate?
    /// Company website.
    public var organizationWebsite: String?
    /// Company LinkedIn page.
    public var organizationLinkedinUrl: String?
    /// When the lead started the current role.
    public var employmentStartDate: LocalDate?
    /// Personal email.
    public var personalEmail: String?
    /// Seniority level.
    public var seniorityLevel: String?
    /// Lifecycle state.
    public var status: LeadStatus
    /// Sequence step reached.
    public var currentSequenceStep: Int
    /// When the next touch is due.
    public var nextOutreachAt: Timestamp?
    /// Where enrichment data came from.
    public var enrichmentSource: String?
    /// Confidence of the enrichment, 0–1.
    public var enrichmentConfidence: Double?
    /// Version of the enrichment process.
    public var enrichmentVersion: String?
    /// When the lead was enriched.
    public var enrichedAt: Timestamp?
    /// Deep-research findings.
    public var deepResearchData: JSONValue?
    /// When deep research ran.
    public var deepResearchRunAt: Timestamp?
    /// SDK enrichment output.
    public var sdkEnrichment: JSONValue?
    /// Signals that made the lead SDK-eligible.
    public var sdkSignals: [String]?
    /// SDK cost in AUD.
    public var sdkCostAud: SQLNumeric?
    /// When SDK enrichment ran.
    public var sdkEnrichedAt: Timestamp?
    /// SDK voice knowledge base.
    public var sdkVoiceKb: JSONValue?
    /// SDK-written email content.
    public var sdkEmailContent: JSONValue?
    /// Whether the Do Not Call Register was checked.
    public var dncrChecked: Bool
    /// Whether the number is on the register.
    public var dncrResult: Bool?
    /// Whether the email was verified.
    public var emailVerified: Bool?
    /// Whether the phone was verified.
    public var phoneVerified: Bool?
    /// Last outbound touch.
    public var lastContactedAt: Timestamp?
    /// Last reply.
    public var lastRepliedAt: Timestamp?
    /// Last email open.
    public var lastOpenedAt: Timestamp?
    /// Last link click.
    public var lastClickedAt: Timestamp?
    /// Replies received.
    public var replyCount: Int
    /// Bounces recorded.
    public var bounceCount: Int
    /// Why the lead declined.
    public var rejectionReason: RejectionReason?
    /// Notes on the rejection.
    public var rejectionNotes: String?
    /// When the lead declined.
    public var rejectionAt: Timestamp?
    /// Objections the lead raised.
    public var objectionsRaised: [String]?
    /// The lead's IANA time zone.
    public var timezone: String?
    /// UTC offset in minutes.
    public var timezoneOffset: Int?
    /// Sending mailbox assigned.
    public var assignedEmailResource: String?
    /// LinkedIn seat assigned.
    public var assignedLinkedinSeat: String?
    /// Phone number assigned.
    public var assignedPhoneResource: String?
    /// Raw component points (and signals) of the last score.
    public var alsComponents: ALSComponents?
    /// Component weights the last score used.
    public var alsWeightsUsed: [String: Double]?
    /// When the lead was last scored.
    public var scoredAt: Timestamp?
    /// The platform-pool record the lead came from.
    public var leadPoolId: ID<LeadPool>?
    /// The pool assignment (lead_assignments, not modelled).
    public var assignmentId: UUID?
    /// Whether a meeting was booked.
    public var meetingBooked: Bool
    /// When the meeting was booked.
    public var meetingBookedAt: Timestamp?
    /// The meeting (meetings, not modelled).
    public var meetingId: UUID?
    /// The deal (deals, not modelled).
    public var dealId: UUID?
    /// Deal value.
    public var dealValue: SQLNumeric?
    /// Whether the deal was won.
    public var dealWon: Bool?
    /// When the deal was won.
    public var dealWonAt: Timestamp?
    /// Inserted at; set by the store.
    public var createdAt: Timestamp
    /// Last changed at; set by the store.
    public var updatedAt: Timestamp
    /// Soft-deleted at; `nil` while live.
    public var deletedAt: Timestamp?

    /// Creates a lead; every argument but client, campaign and email has the database default.
    public init(
        id: ID<Lead> = .unassigned, clientId: ID<Client>, campaignId: ID<Campaign>, email: String,
        phone: String? = nil, firstName: String? = nil, lastName: String? = nil, title: String? = nil,
        company: String? = nil, linkedinUrl: String? = nil, domain: String? = nil, alsScore: Int? = nil,
        alsTier: ALSTier? = nil, alsDataQuality: Int? = nil, alsAuthority: Int? = nil, alsCompanyFit: Int? = nil,
        alsTiming: Int? = nil, alsRisk: Int? = nil, organizationIndustry: String? = nil,
        organizationEmployeeCount: Int? = nil, organizationCountry: String? = nil,
        organizationFoundedYear: Int? = nil, organizationIsHiring: Bool? = nil,
        organizationLatestFundingDate: LocalDate? = nil, organizationWebsite: String? = nil,
        organizationLinkedinUrl: String? = nil, employmentStartDate: LocalDate? = nil, personalEmail: String? = nil,
        seniorityLevel: String? = nil, status: LeadStatus = .new, currentSequenceStep: Int = 0,
        nextOutreachAt: Timestamp? = nil, enrichmentSource: String? = nil, enrichmentConfidence: Double? = nil,
        enrichmentVersion: String? = nil, enrichedAt: Timestamp? = nil, deepResearchData: JSONValue? = .emptyObject,
        deepResearchRunAt: Timestamp? = nil, sdkEnrichment: JSONValue? = nil, sdkSignals: [String]? = nil,
        sdkCostAud: SQLNumeric? = nil, sdkEnrichedAt: Timestamp? = nil, sdkVoiceKb: JSONValue? = nil,
        sdkEmailContent: JSONValue? = nil, dncrChecked: Bool = false, dncrResult: Bool? = nil,
        emailVerified: Bool? = nil, phoneVerified: Bool? = nil, lastContactedAt: Timestamp? = nil,
        lastRepliedAt: Timestamp? = nil, lastOpenedAt: Timestamp? = nil, lastClickedAt: Timestamp? = nil,
        replyCount: Int = 0, bounceCount: Int = 0, rejectionReason: RejectionReason? = nil,
        rejectionNotes: String? = nil, rejectionAt: Timestamp? = nil, objectionsRaised: [String]? = nil,
        timezone: String? = nil, timezoneOffset: Int? = nil, assignedEmailResource: String? = nil,
        assignedLinkedinSeat: String? = nil, assignedPhoneResource: String? = nil,
        alsComponents: ALSComponents? = nil, alsWeightsUsed: [String: Double]? = nil, scoredAt: Timestamp? = nil,
        leadPoolId: ID<LeadPool>? = nil, assignmentId: UUID? = nil, meetingBooked: Bool = false,
        meetingBookedAt: Timestamp? = nil, meetingId: UUID? = nil, dealId: UUID? = nil, dealValue: SQLNumeric? = nil,
        dealWon: Bool? = nil, dealWonAt: Timestamp? = nil, createdAt: Timestamp = .unassigned,
        updatedAt: Timestamp = .unassigned, deletedAt: Timestamp? = nil
    ) {
        self.id = id
        self.clientId = clientId
        self.campaignId = campaignId
        self.email = email
        self.phone = phone
        self.firstName = firstName
        self.lastName = lastName
        self.title = title
        self.company = company
        self.linkedinUrl = linkedinUrl
        self.domain = domain
        self.alsScore = alsScore
        self.alsTier = alsTier
        self.alsDataQuality = alsDataQuality
        self.alsAuthority = alsAuthority
        self.alsCompanyFit = alsCompanyFit
        self.alsTiming = alsTiming
        self.alsRisk = alsRisk
        self.organizationIndustry = organizationIndustry
        self.organizationEmployeeCount = organizationEmployeeCount
        self.organizationCountry = organizationCountry
        self.organizationFoundedYear = organizationFoundedYear
        self.organizationIsHiring = organizationIsHiring
        self.organizationLatestFundingDate = organizationLatestFundingDate
        self.organizationWebsite = organizationWebsite
        self.organizationLinkedinUrl = organizationLinkedinUrl
        self.employmentStartDate = employmentStartDate
        self.personalEmail = personalEmail
        self.seniorityLevel = seniorityLevel
        self.status = status
        self.currentSequenceStep = currentSequenceStep
        self.nextOutreachAt = nextOutreachAt
        self.enrichmentSource = enrichmentSource
        self.enrichmentConfidence = enrichmentConfidence
        self.enrichmentVersion = enrichmentVersion
        self.enrichedAt = enrichedAt
        self.deepResearchData = deepResearchData
        self.deepResearchRunAt = deepResearchRunAt
        self.sdkEnrichment = sdkEnrichment
        self.sdkSignals = sdkSignals
        self.sdkCostAud = sdkCostAud
        self.sdkEnrichedAt = sdkEnrichedAt
        self.sdkVoiceKb = sdkVoiceKb
        self.sdkEmailContent = sdkEmailContent
        self.dncrChecked = dncrChecked
        self.dncrResult = dncrResult
        self.emailVerified = emailVerified
        self.phoneVerified = phoneVerified
        self.lastContactedAt = lastContactedAt
        self.lastRepliedAt = lastRepliedAt
        self.lastOpenedAt = lastOpenedAt
        self.lastClickedAt = lastClickedAt
        self.replyCount = replyCount
        self.bounceCount = bounceCount
        self.rejectionReason = rejectionReason
        self.rejectionNotes = rejectionNotes
        self.rejectionAt = rejectionAt
        self.objectionsRaised = objectionsRaised
        self.timezone = timezone
        self.timezoneOffset = timezoneOffset
        self.assignedEmailResource = assignedEmailResource
        self.assignedLinkedinSeat = assignedLinkedinSeat
        self.assignedPhoneResource = assignedPhoneResource
        self.alsComponents = alsComponents
        self.alsWeightsUsed = alsWeightsUsed
        self.scoredAt = scoredAt
        self.leadPoolId = leadPoolId
        self.assignmentId = assignmentId
        self.meetingBooked = meetingBooked
        self.meetingBookedAt = meetingBookedAt
        self.meetingId = meetingId
        self.dealId = dealId
        self.dealValue = dealValue
        self.dealWon = dealWon
        self.dealWonAt = dealWonAt
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.deletedAt = deletedAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case clientId = "client_id"
        case campaignId = "campaign_id"
        case email
        case phone
        case firstName = "first_name"
        case lastName = "last_name"
        case title
        case company
        case linkedinUrl = "linkedin_url"
        case domain
        case alsScore = "als_score"
        case alsTier = "als_tier"
        case alsDataQuality = "als_data_quality"
        case alsAuthority = "als_authority"
        case alsCompanyFit = "als_company_fit"
        case alsTiming = "als_timing"
        case alsRisk = "als_risk"
        case organizationIndustry = "organization_industry"
        case organizationEmployeeCount = "organization_employee_count"
        case organizationCountry = "organization_country"
        case organizationFoundedYear = "organization_founded_year"
        case organizationIsHiring = "organization_is_hiring"
        case organizationLatestFundingDate = "organization_latest_funding_date"
        case organizationWebsite = "organization_website"
        case organizationLinkedinUrl = "organization_linkedin_url"
        case employmentStartDate = "employment_start_date"
        case personalEmail = "personal_email"
        case seniorityLevel = "seniority_level"
        case status
        case currentSequenceStep = "current_sequence_step"
        case nextOutreachAt = "next_outreach_at"
        case enrichmentSource = "enrichment_source"
        case enrichmentConfidence = "enrichment_confidence"
        case enrichmentVersion = "enrichment_version"
        case enrichedAt = "enriched_at"
        case deepResearchData = "deep_research_data"
        case deepResearchRunAt = "deep_research_run_at"
        case sdkEnrichment = "sdk_enrichment"
        case sdkSignals = "sdk_signals"
        case sdkCostAud = "sdk_cost_aud"
        case sdkEnrichedAt = "sdk_enriched_at"
        case sdkVoiceKb = "sdk_voice_kb"
        case sdkEmailContent = "sdk_email_content"
        case dncrChecked = "dncr_checked"
        case dncrResult = "dncr_result"
        case emailVerified = "email_verified"
        case phoneVerified = "phone_verified"
        case lastContactedAt = "last_contacted_at"
        case lastRepliedAt = "last_replied_at"
        case lastOpenedAt = "last_opened_at"
        case lastClickedAt = "last_clicked_at"
        case replyCount = "reply_count"
        case bounceCount = "bounce_count"
        case rejectionReason = "rejection_reason"
        case rejectionNotes = "rejection_notes"
        case rejectionAt = "rejection_at"
        case objectionsRaised = "objections_raised"
        case timezone
        case timezoneOffset = "timezone_offset"
        case assignedEmailResource = "assigned_email_resource"
        case assignedLinkedinSeat = "assigned_linkedin_seat"
        case assignedPhoneResource = "assigned_phone_resource"
        case alsComponents = "als_components"
        case alsWeightsUsed = "als_weights_used"
        case scoredAt = "scored_at"
        case leadPoolId = "lead_pool_id"
        case assignmentId = "assignment_id"
        case meetingBooked = "meeting_booked"
        case meetingBookedAt = "meeting_booked_at"
        case meetingId = "meeting_id"
        case dealId = "deal_id"
        case dealValue = "deal_value"
        case dealWon = "deal_won"
        case dealWonAt = "deal_won_at"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case deletedAt = "deleted_at"
    }
}
