import AgencyCore

extension LeadPool {
    /// First and last name joined by a space, skipping blank parts; `""` when both are blank.
    public var fullName: String { HelperMath.fullName(first: firstName, last: lastName) }

    /// Whether the pool lead can be assigned: status `available`, no client, not bounced and
    /// not unsubscribed.
    public var isAvailable: Bool { poolStatus == .available && clientId == nil && !isBounced && !isUnsubscribed }

    /// Whether a client owns the pool lead.
    public var isAssigned: Bool { clientId != nil }

    /// Whether outreach may contact the pool lead: not bounced or unsubscribed, email not
    /// known invalid, and not on the Do Not Call Register.
    public var isContactable: Bool {
        !isBounced && !isUnsubscribed && emailStatus != .invalid && !(dncrChecked && dncrResult == true)
    }

    /// The tier of the current `als_score`, or `nil` when the pool lead is unscored (the
    /// stored `als_tier` column is not consulted).
    public var alsTierForScore: ALSTier? { alsScore.map(ALSTier.init(score:)) }
}
