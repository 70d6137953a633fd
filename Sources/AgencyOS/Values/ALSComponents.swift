import AgencyCore

/// The JSONB of `leads.als_components` / `lead_pool.als_components`: the five raw component
/// points of the last ALS score and, when AgencyKit scored the lead, every signal behind them.
///
/// The reference stores only the five numbers; rows it wrote decode with `signals == nil`.
public struct ALSComponents: Codable, Hashable, Sendable {
    /// Data-quality points (0–20).
    public var dataQuality: Int
    /// Authority points (0–25).
    public var authority: Int
    /// Company-fit points (0–25).
    public var companyFit: Int
    /// Timing points (0–15).
    public var timing: Int
    /// Risk points (0–15; 15 means no risk found).
    public var risk: Int
    /// The signals that produced the points, when known.
    public var signals: [ALSSignalRecord]?

    /// Creates the record.
    public init(dataQuality: Int, authority: Int, companyFit: Int, timing: Int, risk: Int,
                signals: [ALSSignalRecord]? = nil) {
        self.dataQuality = dataQuality
        self.authority = authority
        self.companyFit = companyFit
        self.timing = timing
        self.risk = risk
        self.signals = signals
    }

    enum CodingKeys: String, CodingKey {
        case authority, timing, risk, signals
        case dataQuality = "data_quality"
        case companyFit = "company_fit"
    }
}

/// One signal of an ALS score as stored: which component, what, how many points and the
/// lead value that triggered it.
public struct ALSSignalRecord: Codable, Hashable, Sendable {
    /// The component (`data_quality`, `authority`, `company_fit`, `timing`, `risk`) or boost
    /// (`buyer_boost`, `linkedin_boost`).
    public var component: String
    /// The signal's name, e.g. `email_verified`, `title_authority`, `bounced`.
    public var name: String
    /// Points contributed (negative for risk deductions).
    public var points: Int
    /// The lead value that triggered the signal, as text.
    public var value: String?
    /// What matched or why, for a person (e.g. the keyword `vice president`, a buyer reason).
    public var detail: String?

    /// Creates the record.
    public init(component: String, name: String, points: Int, value: String?, detail: String? = nil) {
        self.component = component
        self.name = name
        self.points = points
        self.value = value
        self.detail = detail
    }
}
