import AgencyCore

/// An outreach campaign of a client (`campaigns`): targeting, channel allocation, sending
/// window and running totals.
public struct Campaign: Model, SoftDeletable, Timestamped {
    /// Primary key; assigned by the store when ``ID/unassigned``.
    public var id: ID<Campaign>
    /// The owning client (tenant).
    public var clientId: ID<Client>
    /// The user who created the campaign.
    public var createdBy: ID<User>?
    /// Display name.
    public var name: String
    /// Free-text description.
    public var description: String?
    /// Lifecycle state.
    public var status: CampaignStatus
    /// When the campaign was paused (emergency pause).
    public var pausedAt: Timestamp?
    /// Why it was paused.
    public var pauseReason: String?
    /// Who paused it.
    public var pausedByUserId: ID<User>?
    /// How the campaign was created.
    public var campaignType: CampaignType
    /// Share of the client's leads allocated to this campaign, 1–100.
    public var leadAllocationPct: Int
    /// Leads allocated so far.
    public var leadCount: Int
    /// Why the AI suggested this campaign.
    public var aiSuggestionReason: String?
    /// Overrides the client's permission mode.
    public var permissionMode: PermissionMode?
    /// Target industries.
    public var targetIndustries: [String]?
    /// Target job titles.
    public var targetTitles: [String]?
    /// Target company sizes.
    public var targetCompanySizes: [String]?
    /// Target locations.
    public var targetLocations: [String]?
    /// Percentage of touches by email.
    public var allocationEmail: Int
    /// Percentage of touches by SMS.
    public var allocationSms: Int
    /// Percentage of touches on LinkedIn.
    public var allocationLinkedin: Int
    /// Percentage of touches by voice.
    public var allocationVoice: Int
    /// Percentage of touches by direct mail.
    public var allocationMail: Int
    /// First sending day.
    public var startDate: LocalDate?
    /// Last sending day.
    public var endDate: LocalDate?
    /// Maximum sends per day, 1–500.
    public var dailyLimit: Int
    /// IANA time zone of the sending window.
    public var timezone: String
    /// Start of the daily sending window.
    public var workHoursStart: TimeOfDay
    /// End of the daily sending window.
    public var workHoursEnd: TimeOfDay
    /// Sending days, ISO weekdays (Monday = 1 … Sunday = 7).
    public var workDays: [Int]
    /// Leads in the campaign.
    public var totalLeads: Int
    /// Leads contacted at least once.
    public var leadsContacted: Int
    /// Leads that replied.
    public var leadsReplied: Int
    /// Leads that converted.
    public var leadsConverted: Int
    /// Steps in the sequence.
    public var sequenceSteps: Int
    /// Default days between steps.
    public var sequenceDelayDays: Int
    /// Whether the default sequence is used.
    public var usesDefaultSequence: Bool
    /// Inserted at; set by the store.
    public var createdAt: Timestamp
    /// Last changed at; set by the store.
    public var updatedAt: Timestamp
    /// Soft-deleted at; `nil` while live.
    public var deletedAt: Timestamp?

    /// Creates a campaign; every argument but the client and name has the database default.
    public init(
        id: ID<Campaign> = .unassigned, clientId: ID<Client>, createdBy: ID<User>? = nil, name: String,
        description: String? = nil, status: CampaignStatus = .draft, pausedAt: Timestamp? = nil,
        pauseReason: String? = nil, pausedByUserId: ID<User>? = nil, campaignType: CampaignType = .custom,
        leadAllocationPct: Int = 100, leadCount: Int = 0, aiSuggestionReason: String? = nil,
        permissionMode: PermissionMode? = nil, targetIndustries: [String]? = nil, targetTitles: [String]? = nil,
        targetCompanySizes: [String]? = nil, targetLocations: [String]? = nil, allocationEmail: Int = 100,
        allocationSms: Int = 0, allocationLinkedin: Int = 0, allocationVoice: Int = 0, allocationMail: Int = 0,
        startDate: LocalDate? = nil, endDate: LocalDate? = nil, dailyLimit: Int = 50,
        timezone: String = "Australia/Sydney", workHoursStart: TimeOfDay = Campaign.defaultWorkHoursStart,
        workHoursEnd: TimeOfDay = Campaign.defaultWorkHoursEnd, workDays: [Int] = [1, 2, 3, 4, 5],
        totalLeads: Int = 0, leadsContacted: Int = 0, leadsReplied: Int = 0, leadsConverted: Int = 0,
        sequenceSteps: Int = 5, sequenceDelayDays: Int = 3, usesDefaultSequence: Bool = true,
        createdAt: Timestamp = .unassigned, updatedAt: Timestamp = .unassigned, deletedAt: Timestamp? = nil
    ) {
        self.id = id
        self.clientId = clientId
        self.createdBy = createdBy
        self.name = name
        self.description = description
        self.status = status
        self.pausedAt = pausedAt
        self.pauseReason = pauseReason
        self.pausedByUserId = pausedByUserId
        self.campaignType = campaignType
        self.leadAllocationPct = leadAllocationPct
        self.leadCount = leadCount
        self.aiSuggestionReason = aiSuggestionReason
        self.permissionMode = permissionMode
        self.targetIndustries = targetIndustries
        self.targetTitles = targetTitles
        self.targetCompanySizes = targetCompanySizes
        self.targetLocations = targetLocations
        self.allocationEmail = allocationEmail
        self.allocationSms = allocationSms
        self.allocationLinkedin = allocationLinkedin
        self.allocationVoice = allocationVoice
        self.allocationMail = allocationMail
        self.startDate = startDate
        self.endDate = endDate
        self.dailyLimit = dailyLimit
        self.timezone = timezone
        self.workHoursStart = workHoursStart
        self.workHoursEnd = workHoursEnd
        self.workDays = workDays
        self.totalLeads = totalLeads
        self.leadsContacted = leadsContacted
        self.leadsReplied = leadsReplied
        self.leadsConverted = leadsConverted
        self.sequenceSteps = sequenceSteps
        self.sequenceDelayDays = sequenceDelayDays
        self.usesDefaultSequence = usesDefaultSequence
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.deletedAt = deletedAt
    }

    /// 09:00, the default start of the sending window.
    public static let defaultWorkHoursStart = TimeOfDay(microsecondsSinceMidnight: 9 * 3_600_000_000)
    /// 17:00, the default end of the sending window.
    public static let defaultWorkHoursEnd = TimeOfDay(microsecondsSinceMidnight: 17 * 3_600_000_000)

    enum CodingKeys: String, CodingKey {
        case id, name, description, status, timezone
        case clientId = "client_id"
        case createdBy = "created_by"
        case pausedAt = "paused_at"
        case pauseReason = "pause_reason"
        case pausedByUserId = "paused_by_user_id"
        case campaignType = "campaign_type"
        case leadAllocationPct = "lead_allocation_pct"
        case leadCount = "lead_count"
        case aiSuggestionReason = "ai_suggestion_reason"
        case permissionMode = "permission_mode"
        case targetIndustries = "target_industries"
        case targetTitles = "target_titles"
        case targetCompanySizes = "target_company_sizes"
        case targetLocations = "target_locations"
        case allocationEmail = "allocation_email"
        case allocationSms = "allocation_sms"
        case allocationLinkedin = "allocation_linkedin"
        case allocationVoice = "allocation_voice"
        case allocationMail = "allocation_mail"
        case startDate = "start_date"
        case endDate = "end_date"
        case dailyLimit = "daily_limit"
        case workHoursStart = "work_hours_start"
        case workHoursEnd = "work_hours_end"
        case workDays = "work_days"
        case totalLeads = "total_leads"
        case leadsContacted = "leads_contacted"
        case leadsReplied = "leads_replied"
        case leadsConverted = "leads_converted"
        case sequenceSteps = "sequence_steps"
        case sequenceDelayDays = "sequence_delay_days"
        case usesDefaultSequence = "uses_default_sequence"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case deletedAt = "deleted_at"
    }
}
