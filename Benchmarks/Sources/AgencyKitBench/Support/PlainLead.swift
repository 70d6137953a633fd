import AgencyCore
import Foundation

/// The `leads` row as a team without AgencyKit would decode it: the same 78 fields with
/// plain Swift types and synthesised `Decodable` under default `JSONDecoder` settings —
/// `String` for timestamps, dates and enums, `UUID` for keys, `Decimal` for NUMERIC,
/// `[String]` for TEXT[], and for JSONB the same ``JSONValue`` (untyped columns) or a plain
/// nested struct (`als_components`), so both sides pay the same for JSON payloads and the
/// ratio isolates what AgencyKit adds: timestamp and date parsing, typed keys, validated
/// enums and exact NUMERIC.
struct PlainLead: Decodable {
    var id: UUID
    var clientId: UUID
    var campaignId: UUID
    var email: String
    var phone: String?
    var firstName: String?
    var lastName: String?
    var title: String?
    var company: String?
    var linkedinUrl: String?
    var domain: String?
    var alsScore: Int?
    var alsTier: String?
    var alsDataQuality: Int?
    var alsAuthority: Int?
    var alsCompanyFit: Int?
    var alsTiming: Int?
    var alsRisk: Int?
    var organizationIndustry: String?
    var organizationEmployeeCount: Int?
    var organizationCountry: String?
    var organizationFoundedYear: Int?
    var organizationIsHiring: Bool?
    var organizationLatestFundingDate: String?
    var organizationWebsite: String?
    var organizationLinkedinUrl: String?
    var employmentStartDate: String?
    var personalEmail: String?
    var seniorityLevel: String?
    var status: String
    var currentSequenceStep: Int
    var nextOutreachAt: String?
    var enrichmentSource: String?
    var enrichmentConfidence: Double?
    var enrichmentVersion: String?
    var enrichedAt: String?
    var deepResearchData: JSONValue?
    var deepResearchRunAt: String?
    var sdkEnrichment: JSONValue?
    var sdkSignals: [String]?
    var sdkCostAud: Decimal?
    var sdkEnrichedAt: String?
    var sdkVoiceKb: JSONValue?
    var sdkEmailContent: JSONValue?
    var dncrChecked: Bool
    var dncrResult: Bool?
    var emailVerified: Bool?
    var phoneVerified: Bool?
    var lastContactedAt: String?
    var lastRepliedAt: String?
    var lastOpenedAt: String?
    var lastClickedAt: String?
    var replyCount: Int
    var bounceCount: Int
    var rejectionReason: String?
    var rejectionNotes: String?
    var rejectionAt: String?
    var objectionsRaised: [String]?
    var timezone: String?
    var timezoneOffset: Int?
    var assignedEmailResource: String?
    var assignedLinkedinSeat: String?
    var assignedPhoneResource: String?
    var alsComponents: PlainComponents?
    var alsWeightsUsed: [String: Double]?
    var scoredAt: String?
    var leadPoolId: UUID?
    var assignmentId: UUID?
    var meetingBooked: Bool
    var meetingBookedAt: String?
    var meetingId: UUID?
    var dealId: UUID?
    var dealValue: Decimal?
    var dealWon: Bool?
    var dealWonAt: String?
    var createdAt: String
    var updatedAt: String
    var deletedAt: String?

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

/// `als_components` as a plain struct.
struct PlainComponents: Decodable {
    var dataQuality: Int
    var authority: Int
    var companyFit: Int
    var timing: Int
    var risk: Int
    var signals: [PlainSignal]?

    enum CodingKeys: String, CodingKey {
        case authority, timing, risk, signals
        case dataQuality = "data_quality"
        case companyFit = "company_fit"
    }
}

/// One stored ALS signal as a plain struct.
struct PlainSignal: Decodable {
    var component: String
    var name: String
    var points: Int
    var value: String?
    var detail: String?
}
