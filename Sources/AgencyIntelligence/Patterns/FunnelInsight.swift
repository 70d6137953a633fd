/// One FUNNEL insight: a `type` and the fields that type carries (absent fields are not encoded).
public struct FunnelInsight: Codable, Hashable, Sendable {
    /// `confirmation_impact`, `reminder_impact`, `reschedule_risk`, `als_tier_impact`,
    /// `outcome_impact`, `company_size_preference`, `velocity_indicator`, `touch_count` or
    /// `channel_win_rates`.
    public var type: String
    /// A sentence for a person.
    public var message: String?
    /// `high` or `medium`.
    public var impact: String?
    /// What to do.
    public var action: String?
    /// Tier → show rate % (unrounded), for `als_tier_impact`.
    public var tierShowRates: [String: Double]?
    /// The tier with the highest show rate.
    public var bestTier: String?
    /// Deal rate % of good meetings (1 dp).
    public var goodMeetingDealRate: Double?
    /// Deal rate % of bad meetings (1 dp).
    public var badMeetingDealRate: Double?
    /// Mean employees of companies whose meeting became a deal (truncated).
    public var avgDealEmployees: Int?
    /// Mean employees of the others (truncated).
    public var avgNoDealEmployees: Int?
    /// Mean days to win (0 dp).
    public var avgDaysToWin: Double?
    /// Mean days to lose (0 dp).
    public var avgDaysToLose: Double?
    /// Mean touches before a won deal (1 dp).
    public var avgTouchesWon: Double?
    /// Mean touches before a lost deal (1 dp).
    public var avgTouchesLost: Double?
    /// Channel → win rate % (1 dp).
    public var rates: [String: Double]?
    /// The channel with the highest win rate.
    public var bestChannel: String?

    /// An insight of `type`; set the fields it carries.
    public init(type: String, message: String? = nil, impact: String? = nil, action: String? = nil) {
        self.type = type
        self.message = message
        self.impact = impact
        self.action = action
    }

    enum CodingKeys: String, CodingKey {
        case type, message, impact, action, rates
        case tierShowRates = "tier_show_rates", bestTier = "best_tier", goodMeetingDealRate = "good_meeting_deal_rate"
        case badMeetingDealRate = "bad_meeting_deal_rate", avgDealEmployees = "avg_deal_employees"
        case avgNoDealEmployees = "avg_no_deal_employees", avgDaysToWin = "avg_days_to_win"
        case avgDaysToLose = "avg_days_to_lose", avgTouchesWon = "avg_touches_won", avgTouchesLost = "avg_touches_lost"
        case bestChannel = "best_channel"
    }
}
