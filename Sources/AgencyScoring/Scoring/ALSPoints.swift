/// The raw points of the five ALS components (before weighting).
public struct ALSPoints: Codable, Hashable, Sendable {
    /// Data quality, 0–20.
    public var dataQuality: Int
    /// Authority, 0–25.
    public var authority: Int
    /// Company fit, 0–25.
    public var companyFit: Int
    /// Timing, 0–15.
    public var timing: Int
    /// Risk, 0–15 (15 = no risk found).
    public var risk: Int

    /// Creates the points.
    public init(dataQuality: Int, authority: Int, companyFit: Int, timing: Int, risk: Int) {
        self.dataQuality = dataQuality
        self.authority = authority
        self.companyFit = companyFit
        self.timing = timing
        self.risk = risk
    }

    /// The points of `component`.
    public subscript(component: ALSComponent) -> Int {
        switch component {
        case .dataQuality: return dataQuality
        case .authority: return authority
        case .companyFit: return companyFit
        case .timing: return timing
        case .risk: return risk
        }
    }

    /// The plain sum of the five components.
    public var sum: Int { dataQuality + authority + companyFit + timing + risk }

    enum CodingKeys: String, CodingKey {
        case authority, timing, risk
        case dataQuality = "data_quality"
        case companyFit = "company_fit"
    }
}
