import AgencyCore
import AgencyOS

extension ALSScore {
    /// The score as `leads.als_components` / `lead_pool.als_components` stores it: the five
    /// raw points and every signal.
    public var storedComponents: ALSComponents {
        ALSComponents(
            dataQuality: points.dataQuality, authority: points.authority, companyFit: points.companyFit,
            timing: points.timing, risk: points.risk, signals: signals.map(\.record))
    }
}

extension Lead {
    /// Whether recording a score moves the lead to `scored`: only from `new` and `enriched`.
    ///
    /// A lead already in a sequence, converted, unsubscribed or bounced keeps its status —
    /// rescoring must not pull it back in the lifecycle.
    public static func scoringPromotes(_ status: LeadStatus) -> Bool {
        status == .new || status == .enriched
    }

    /// Records a score on the lead: `als_score`, `als_tier`, the five component columns,
    /// `als_components` (with signals), `als_weights_used`, `scored_at = now`, and status
    /// `scored` when the lead was `new` or `enriched` (see ``scoringPromotes(_:)``).
    public mutating func record(_ score: ALSScore, scoredAt now: Timestamp) {
        alsScore = score.total
        alsTier = score.tier
        alsDataQuality = score.points.dataQuality
        alsAuthority = score.points.authority
        alsCompanyFit = score.points.companyFit
        alsTiming = score.points.timing
        alsRisk = score.points.risk
        alsComponents = score.storedComponents
        alsWeightsUsed = score.weights.weights.dictionary
        scoredAt = now
        if Self.scoringPromotes(status) { status = .scored }
    }

    /// This lead with `score` recorded (see ``record(_:scoredAt:)``).
    public func recording(_ score: ALSScore, scoredAt now: Timestamp) -> Lead {
        var copy = self
        copy.record(score, scoredAt: now)
        return copy
    }
}

extension LeadPool {
    /// Records a score on the pool lead: `als_score`, `als_tier`, `als_components` (with
    /// signals) and `scored_at = now`. The pool has no weights or status column for scores.
    public mutating func record(_ score: ALSScore, scoredAt now: Timestamp) {
        alsScore = score.total
        alsTier = score.tier
        alsComponents = score.storedComponents
        scoredAt = now
    }

    /// This pool lead with `score` recorded (see ``record(_:scoredAt:)``).
    public func recording(_ score: ALSScore, scoredAt now: Timestamp) -> LeadPool {
        var copy = self
        copy.record(score, scoredAt: now)
        return copy
    }
}
