import AgencyCore

/// One of the five ALS components, in the reference's fixed order.
public enum ALSComponent: String, CaseIterable, Codable, Hashable, Sendable {
    /// Contact data completeness and verification (0–20 points).
    case dataQuality = "data_quality"
    /// Seniority of the lead's title (0–25 points).
    case authority
    /// Industry, size and country fit (0–25 points).
    case companyFit = "company_fit"
    /// Buying signals: new role, hiring, funding (0–15 points).
    case timing
    /// Absence of risk: 15 minus bounce, unsubscribe, competitor and bad-title deductions (0–15 points).
    case risk

    /// The most raw points the component can give.
    public var maximumPoints: Int {
        switch self {
        case .dataQuality: return 20
        case .authority, .companyFit: return 25
        case .timing, .risk: return 15
        }
    }

    /// The factor that scales raw points to 0–100 before weighting: 5, 4, 4, 6.67, 6.67.
    ///
    /// 6.67 is the reference's literal (not 100/15), kept so that default-weight scores
    /// equal the plain sum of points after truncation.
    public var normalizationFactor: Double {
        switch self {
        case .dataQuality: return 5
        case .authority, .companyFit: return 4
        case .timing, .risk: return 6.67
        }
    }

    /// Raw points scaled to 0–100 (`points × normalizationFactor`).
    public func normalized(_ points: Int) -> Double { Double(points) * normalizationFactor }
}
