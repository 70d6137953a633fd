/// The windows, minimums and outcome set every detector shares. The defaults are the
/// reference's values.
public struct IntelligenceConfiguration: Hashable, Sendable {
    /// Which statuses are outcomes.
    public var outcomes: OutcomePolicy
    /// Days of history WHO/WHAT/WHEN/HOW and the optimiser read (created_at ≥ now − days).
    public var lookbackDays: Int
    /// Days of deal history FUNNEL reads for deals, wins, losses, attribution and velocity.
    public var funnelLookbackDays: Int
    /// Rows a WHO/WHAT/WHEN/HOW detector needs before it computes patterns.
    public var minimumSampleSize: Int
    /// Samples FUNNEL needs before its confidence leaves 0.3.
    public var funnelMinimumSampleSize: Int
    /// Days a saved pattern stays valid.
    public var validityDays: Int
    /// A lead whose current role started at most this many days ago has the WHO "new role" signal.
    public var newRoleWindowDays: Int
    /// A lead whose company was funded at most this many days ago has the WHO "funded" signal.
    public var fundingWindowDays: Int

    /// Creates a configuration; every argument defaults to the reference's value (the
    /// funding window, which the reference leaves to its enrichment data, defaults to 180 days).
    public init(outcomes: OutcomePolicy = .standard, lookbackDays: Int = 90, funnelLookbackDays: Int = 180,
                minimumSampleSize: Int = DetectorStatistics.minimumSampleSize, funnelMinimumSampleSize: Int = 20,
                validityDays: Int = DetectorStatistics.validityDays, newRoleWindowDays: Int = 90,
                fundingWindowDays: Int = 180) {
        self.outcomes = outcomes
        self.lookbackDays = lookbackDays
        self.funnelLookbackDays = funnelLookbackDays
        self.minimumSampleSize = minimumSampleSize
        self.funnelMinimumSampleSize = funnelMinimumSampleSize
        self.validityDays = validityDays
        self.newRoleWindowDays = newRoleWindowDays
        self.fundingWindowDays = fundingWindowDays
    }

    /// The reference's values.
    public static let standard = IntelligenceConfiguration()

    /// ``DetectorStatistics/confidence(sampleSize:minimumSampleSize:)`` with this minimum.
    public func confidence(sampleSize: Int) -> Double {
        DetectorStatistics.confidence(sampleSize: sampleSize, minimumSampleSize: minimumSampleSize)
    }
}
