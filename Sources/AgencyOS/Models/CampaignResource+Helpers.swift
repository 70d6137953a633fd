import AgencyCore

extension CampaignResource {
    /// Sends left today: `daily_limit − daily_used`, never below 0.
    public var remaining: Int { max(0, dailyLimit - dailyUsed) }

    /// Whether the resource can send now: active with sends left today.
    public var isAvailable: Bool { isActive && remaining > 0 }
}
