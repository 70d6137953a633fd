import AgencyCore

extension CampaignSuggestion {
    /// Live suggestions waiting for review at `now` (status pending, not expired), highest
    /// priority first, newest first among equal priorities — the partial index
    /// `idx_campaign_suggestions_pending` serves it.
    public static func pendingQuery(at now: Timestamp) -> Query<CampaignSuggestion> {
        Query<CampaignSuggestion>()
            .where(\.status, .equals(.pending))
            .where(\.expiresAt, .greaterThan(now))
            .sorted(by: \.priority, .descending)
            .sorted(by: \.generatedAt, .descending)
    }

    /// Pending suggestions whose `expires_at` has passed at `now`: what the expiry sweep expires.
    public static func overdueQuery(at now: Timestamp) -> Query<CampaignSuggestion> {
        Query<CampaignSuggestion>()
            .where(\.status, .equals(.pending))
            .where(\.expiresAt, .atMost(now))
    }
}
