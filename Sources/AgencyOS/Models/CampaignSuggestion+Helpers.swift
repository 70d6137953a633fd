import AgencyCore

extension CampaignSuggestion {
    /// Whether the suggestion has expired at `time` (strictly after `expires_at`).
    public func isExpired(at time: Timestamp) -> Bool { time > expiresAt }

    /// Whether a person can still act on it at `time`: pending, not expired, not soft-deleted.
    public func isActionable(at time: Timestamp) -> Bool {
        status == .pending && !isExpired(at: time) && !isDeleted
    }
}
