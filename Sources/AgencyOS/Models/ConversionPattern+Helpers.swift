import AgencyCore

extension ConversionPattern {
    /// The confidence from which a pattern counts as high-confidence.
    public static let highConfidenceThreshold = 0.7

    /// The default number of days a new pattern stays valid.
    public static let defaultValidityDays = 14

    /// Whether the pattern is still valid at `time` (strictly before `valid_until`).
    public func isValid(at time: Timestamp) -> Bool { time < validUntil }

    /// Whether the confidence is at least 0.7.
    public var isHighConfidence: Bool { confidence >= Self.highConfidenceThreshold }

    /// A new pattern computed at `now` and valid for `validityDays` days.
    ///
    /// A non-positive `validityDays` yields a row that validation rejects
    /// (`valid_until_after_computed`).
    public static func make(
        clientId: ID<Client>, type: PatternType, patterns: JSONValue, sampleSize: Int, confidence: Double,
        now: Timestamp, validityDays: Int = ConversionPattern.defaultValidityDays
    ) -> ConversionPattern {
        ConversionPattern(
            clientId: clientId, patternType: type, patterns: patterns, sampleSize: sampleSize, confidence: confidence,
            computedAt: now, validUntil: now.adding(days: validityDays))
    }
}
