/// A reason a hot lead is worth paid SDK enrichment (§6 of the ALS spec).
public enum SDKEnrichmentSignal: Codable, Hashable, Sendable {
    /// Data completeness below 50 % (the value in whole percent).
    case sparseData(percent: Int)
    /// 500 or more employees.
    case enterprise(employees: Int)
    /// An executive title (the title as given).
    case executiveTitle(String)
    /// Funding 0–90 days ago.
    case recentFunding(days: Int)
    /// Three or more open roles (caller-supplied; no lead column holds it).
    case hiringRoles(Int)
    /// The company is hiring.
    case activelyHiring
    /// Tech-stack match above 0.8 (caller-supplied; the value in whole percent).
    case techStackMatch(percent: Int)
    /// LinkedIn engagement above 70 (caller-supplied).
    case linkedInEngagement(Int)
    /// The lead came from a referral (caller-supplied source).
    case referral

    /// The text stored in `sdk_signals`, in the reference's format
    /// (`sparse_data_42pct`, `enterprise_800_employees`, `executive_vp_sales`, …).
    public var code: String {
        switch self {
        case .sparseData(let percent): return "sparse_data_\(percent)pct"
        case .enterprise(let employees): return "enterprise_\(employees)_employees"
        case .executiveTitle(let title):
            return "executive_" + String(title.lowercased().replacingOccurrences(of: " ", with: "_").prefix(20))
        case .recentFunding(let days): return "recent_funding_\(days)d"
        case .hiringRoles(let roles): return "hiring_\(roles)_roles"
        case .activelyHiring: return "actively_hiring"
        case .techStackMatch(let percent): return "tech_match_\(percent)pct"
        case .linkedInEngagement(let score): return "linkedin_engaged_\(score)"
        case .referral: return "referral"
        }
    }
}

/// Signal inputs that no `leads` / `lead_pool` column holds; callers that know them pass
/// them in, otherwise those signals never fire.
public struct SDKSignalInputs: Hashable, Sendable {
    /// Number of open roles at the company.
    public var openRoles: Int?
    /// Tech-stack match, 0–1.
    public var techStackMatch: Double?
    /// LinkedIn engagement score, 0–100.
    public var linkedInEngagement: Int?
    /// The lead's acquisition source (`referral` fires the referral signal).
    public var source: String?

    /// Creates the inputs.
    public init(openRoles: Int? = nil, techStackMatch: Double? = nil, linkedInEngagement: Int? = nil, source: String? = nil) {
        self.openRoles = openRoles
        self.techStackMatch = techStackMatch
        self.linkedInEngagement = linkedInEngagement
        self.source = source
    }
}

/// Whether a lead gets SDK enrichment, and why.
public struct SDKEnrichmentDecision: Hashable, Sendable {
    /// Hot (ALS ≥ 85) and at least one signal.
    public let isEligible: Bool
    /// The lead's ALS score (`nil` = unscored, treated as 0).
    public let score: Int?
    /// The signals found (empty when the lead is not hot: they are not evaluated).
    public let signals: [SDKEnrichmentSignal]

    /// The signals as `sdk_signals` stores them.
    public var signalCodes: [String] { signals.map(\.code) }
}
