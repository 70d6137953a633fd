import AgencyCore

extension ConversionPattern {
    /// Live patterns whose `valid_until` has passed at `now`: what the weekly archive step
    /// moves to history.
    public static func expiredQuery(at now: Timestamp) -> Query<ConversionPattern> {
        Query<ConversionPattern>().where(\.validUntil, .atMost(now))
    }

    /// Live patterns still valid at `now` (`valid_until > now`), optionally of one type.
    public static func validQuery(at now: Timestamp, type: PatternType? = nil) -> Query<ConversionPattern> {
        let query = Query<ConversionPattern>().where(\.validUntil, .greaterThan(now))
        return type.map { query.where(\.patternType, .equals($0)) } ?? query
    }

    /// Valid patterns with confidence ≥ 0.7 at `now`.
    public static func highConfidenceQuery(at now: Timestamp) -> Query<ConversionPattern> {
        validQuery(at: now).where(\.confidence, .atLeast(0.7))
    }
}
