import AgencyCore

/// A business found by the prospect-intelligence pipeline (`prospect_candidates`), with
/// the scores of its current autoresponder. Shared: Avenir's own prospecting, no tenant.
public struct ProspectCandidate: Model {
    /// Primary key; assigned by the store when `ID/unassigned`.
    public var id: ID<ProspectCandidate>
    /// Business name.
    public var businessName: String
    /// Website.
    public var website: String?
    /// Contact email.
    public var contactEmail: String?
    /// Contact form URL.
    public var formUrl: String?
    /// Industry.
    public var industry: String?
    /// Region.
    public var region: String?
    /// Language (free text; the seed has no CHECK here).
    public var language: String
    /// Quality of the current autoresponder, 0–100 (higher is better).
    public var responseScore: SQLNumeric?
    /// `100 − response_score`: how much the business needs automation (higher is a better prospect).
    public var automationNeedScore: SQLNumeric?
    /// Whether outreach has been sent.
    public var contacted: Bool
    /// When the autoresponder was last tested.
    public var lastTested: Timestamp?
    /// Inserted at; set by the store.
    public var createdAt: Timestamp

    /// Creates a prospect; every argument but the business name has the database default.
    public init(
        id: ID<ProspectCandidate> = .unassigned, businessName: String, website: String? = nil,
        contactEmail: String? = nil, formUrl: String? = nil, industry: String? = nil, region: String? = nil,
        language: String = "en", responseScore: SQLNumeric? = nil, automationNeedScore: SQLNumeric? = nil,
        contacted: Bool = false, lastTested: Timestamp? = nil, createdAt: Timestamp = .unassigned
    ) {
        self.id = id
        self.businessName = businessName
        self.website = website
        self.contactEmail = contactEmail
        self.formUrl = formUrl
        self.industry = industry
        self.region = region
        self.language = language
        self.responseScore = responseScore
        self.automationNeedScore = automationNeedScore
        self.contacted = contacted
        self.lastTested = lastTested
        self.createdAt = createdAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case businessName = "business_name"
        case website
        case contactEmail = "contact_email"
        case formUrl = "form_url"
        case industry
        case region
        case language
        case responseScore = "response_score"
        case automationNeedScore = "automation_need_score"
        case contacted
        case lastTested = "last_tested"
        case createdAt = "created_at"
    }
}
