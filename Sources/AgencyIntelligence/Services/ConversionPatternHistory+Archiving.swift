import AgencyCore
import AgencyOS

extension ConversionPatternHistory {
    /// The history row of `pattern` archived at `now`: every stored column, with its
    /// `valid_until`.
    public init(archiving pattern: ConversionPattern, at now: Timestamp) {
        self.init(clientId: pattern.clientId, patternType: pattern.patternType, patterns: pattern.patterns,
                  sampleSize: pattern.sampleSize, confidence: pattern.confidence, computedAt: pattern.computedAt,
                  validUntil: pattern.validUntil, archivedAt: now)
    }
}
