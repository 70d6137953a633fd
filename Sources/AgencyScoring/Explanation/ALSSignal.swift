import AgencyOS

/// What a signal contributes to: one of the five components, or one of the two boosts.
public enum ALSSignalGroup: String, CaseIterable, Codable, Hashable, Sendable {
    /// Data quality.
    case dataQuality = "data_quality"
    /// Authority.
    case authority
    /// Company fit.
    case companyFit = "company_fit"
    /// Timing.
    case timing
    /// Risk (deductions from 15).
    case risk
    /// The buyer-signal boost, added after weighting.
    case buyerBoost = "buyer_boost"
    /// The LinkedIn boost, added after weighting.
    case linkedInBoost = "linkedin_boost"

    /// The component, or `nil` for a boost.
    public var component: ALSComponent? { ALSComponent(rawValue: rawValue) }
}

/// The name of an ALS signal, as stored in `als_components.signals[].name`.
public enum ALSSignalName: String, CaseIterable, Codable, Hashable, Sendable {
    /// Lead path: `email_verified` is true (8).
    case emailVerified = "email_verified"
    /// Lead path: an email address, not verified (4).
    case emailPresent = "email_present"
    /// Pool path: `email_status` (verified 8, catch_all 5, guessed 3, other 2).
    case emailStatus = "email_status"
    /// Lead path: a verified phone (6).
    case phoneVerified = "phone_verified"
    /// Lead path: an unverified phone (3).
    case phoneUnverified = "phone_unverified"
    /// Pool path: a phone (6).
    case phonePresent = "phone_present"
    /// A LinkedIn profile URL (4).
    case linkedinURL = "linkedin_url"
    /// Lead path: a personal email (2).
    case personalEmail = "personal_email"
    /// The title's strongest keyword, or 5 for any other title.
    case titleAuthority = "title_authority"
    /// An assistant-type title: 5, whatever senior title it mentions.
    case assistantRole = "assistant_role"
    /// Pool path: the seniority level, tried before the title.
    case seniorityAuthority = "seniority_authority"
    /// The industry matches a target industry (10).
    case industryMatch = "industry_match"
    /// Employee count: 5–50 → 8, 51–200 → 5, 1–4 → 3.
    case employeeCount = "employee_count"
    /// Country: Australia 7; New Zealand, US, UK 4.
    case country
    /// Lead path: in the role under 180 days (6) or under 360 days (3).
    case newRole = "new_role"
    /// The company is hiring (5).
    case hiring
    /// Funding under 360 days ago (4) or under 720 days (2).
    case recentFunding = "recent_funding"
    /// The email bounced (−10).
    case bounced
    /// Pool path: `pool_status` is bounced or invalid (−10, on top of ``bounced``).
    case poolStatus = "pool_status"
    /// The lead unsubscribed (−15).
    case unsubscribed
    /// The domain is a competitor's (−15).
    case competitorDomain = "competitor_domain"
    /// The title names an assistant-type role (−5).
    case badTitle = "bad_title"
    /// The company is a known agency-services buyer (+⌊buyer_score × 0.15⌋, ≤ 15).
    case buyerSignal = "buyer_signal"
    /// The person has LinkedIn posts (+3).
    case linkedinPosts = "linkedin_person_posts"
    /// The person's newest post is at most 30 days old (+1).
    case linkedinRecentPost = "linkedin_recent_post"
    /// The person has 500+ connections (+2).
    case linkedinConnections = "linkedin_connections"
    /// The company has LinkedIn posts (+2).
    case linkedinCompanyPosts = "linkedin_company_posts"
    /// The company has 1000+ followers (+2).
    case linkedinCompanyFollowers = "linkedin_company_followers"
}

/// One signal that contributed to a score: what it counts toward, its name, its points and
/// the lead value that triggered it.
public struct ALSSignal: Codable, Hashable, Sendable {
    /// The component or boost it counts toward.
    public var group: ALSSignalGroup
    /// The signal.
    public var name: ALSSignalName
    /// Raw points (negative for risk deductions; boosts are added after weighting).
    public var points: Int
    /// The lead value that triggered it, as text (e.g. the title "VP Sales").
    public var value: String?
    /// What matched or why, for a person (e.g. "vp", "Repeat agency buyer (3x)").
    public var detail: String?

    /// Creates a signal.
    public init(group: ALSSignalGroup, name: ALSSignalName, points: Int, value: String?, detail: String? = nil) {
        self.group = group
        self.name = name
        self.points = points
        self.value = value
        self.detail = detail
    }

    /// The signal as stored in `als_components`.
    public var record: ALSSignalRecord {
        ALSSignalRecord(component: group.rawValue, name: name.rawValue, points: points, value: value, detail: detail)
    }
}
