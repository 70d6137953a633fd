/// The thresholds of ``RuleBasedSuggestionGenerator``; the defaults are the trigger rules the
/// reference gives its model, plus the statistical guards AgencyKit adds.
public struct SuggestionRules: Hashable, Sendable {
    /// refine_targeting: WHO lift at least this (1.5).
    public var targetingLift: Double
    /// update_content: WHAT lift at least this (1.3).
    public var contentLift: Double
    /// adjust_timing: WHEN lift at least this (1.3).
    public var timingLift: Double
    /// change_channel_mix: HOW channel or sequence lift at least this (1.5).
    public var channelLift: Double
    /// pause_campaign: reply rate below this (0.01) …
    public var pauseReplyRate: Double
    /// … after at least this many leads (100).
    public var pauseMinimumLeads: Int
    /// adjust_allocation: the best campaign converts at least this many times the others (2).
    public var allocationRatio: Double
    /// adjust_allocation: campaigns need this many leads to be compared (50).
    public var allocationMinimumLeads: Int
    /// create_campaign: an untapped segment converting at least this (0.15).
    public var untappedRate: Double
    /// A pattern segment needs this many items to support a suggestion (20).
    public var minimumSegmentSample: Int
    /// The share of outreach assumed to move to the winning segment in projections (0.25).
    public var projectedShare: Double
    /// Days until a suggestion expires (14).
    public var validityDays: Int

    /// Creates the rules; every argument defaults to the documented value.
    public init(targetingLift: Double = 1.5, contentLift: Double = 1.3, timingLift: Double = 1.3, channelLift: Double = 1.5,
                pauseReplyRate: Double = 0.01, pauseMinimumLeads: Int = 100, allocationRatio: Double = 2,
                allocationMinimumLeads: Int = 50, untappedRate: Double = 0.15, minimumSegmentSample: Int = 20,
                projectedShare: Double = 0.25, validityDays: Int = 14) {
        self.targetingLift = targetingLift
        self.contentLift = contentLift
        self.timingLift = timingLift
        self.channelLift = channelLift
        self.pauseReplyRate = pauseReplyRate
        self.pauseMinimumLeads = pauseMinimumLeads
        self.allocationRatio = allocationRatio
        self.allocationMinimumLeads = allocationMinimumLeads
        self.untappedRate = untappedRate
        self.minimumSegmentSample = minimumSegmentSample
        self.projectedShare = projectedShare
        self.validityDays = validityDays
    }

    /// The documented defaults.
    public static let standard = SuggestionRules()
}
