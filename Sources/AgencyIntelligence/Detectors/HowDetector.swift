import AgencyCore
import AgencyOS

/// The HOW detector: which channels and channel sequences go with converting leads.
///
/// Sample: the outcome leads created within the lookback window (not deleted). Each lead's
/// touches are its activities with action `sent`, `email_sent`, `sms_sent`, `linkedin_sent`
/// or `voice_completed`, of any date, in `created_at` order (ties keep input order). A
/// lead's distinct channels are listed in first-use order. Pass the leads, activities and
/// conversation threads of **one** client.
public struct HowDetector: Sendable {
    /// Windows, minimums and outcome set.
    public var configuration: IntelligenceConfiguration

    /// A detector with the given configuration.
    public init(configuration: IntelligenceConfiguration = .standard) {
        self.configuration = configuration
    }

    static func isTouch(_ action: String) -> Bool {
        switch action {
        case "sent", "email_sent", "sms_sent", "linkedin_sent", "voice_completed": return true
        default: return false
        }
    }

    /// One outcome lead's journey.
    struct Journey {
        var converted: Bool
        var tier: String
        var channels: [ChannelType] = []
        var sequence: [ChannelType] = []
        var touchCount = 0
    }

    /// Runs the detector at `now`.
    public func detect(leads: [Lead], activities: [Activity], threads: [ConversationThreadRecord] = [],
                       now: Timestamp) -> Detection<HowPattern> {
        let scan = HowScan(leads: leads, activities: activities, configuration: configuration, now: now)
        let journeys = scan.journeys
        let confidence = configuration.confidence(sampleSize: journeys.count)
        guard journeys.count >= configuration.minimumSampleSize else {
            return Detection(patternType: .how, pattern: .defaultPattern(computedAt: now.naiveISOText),
                             sampleSize: journeys.count, confidence: confidence, computedAt: now, isDefault: true)
        }
        var all = ConversionTally()
        for journey in journeys { all.record(converted: journey.converted) }
        let baseline = all.rate
        let pattern = HowPattern(
            computedAt: now.naiveISOText, sampleSize: journeys.count,
            baselineConversionRate: OutputRounding.round(baseline, places: 4),
            channelEffectiveness: Self.channelRows(journeys, baseline: baseline),
            sequencePatterns: HowPattern.SequencePatterns(winningSequences: Self.sequenceRows(journeys, baseline: baseline)),
            tierChannelEffectiveness: Self.tierRows(journeys),
            multiChannelLift: Self.multiChannel(journeys),
            emailEngagementCorrelation: scan.engagement.correlation(),
            channelConversationQuality: Self.conversationQuality(threads, cutoff: now.adding(days: -configuration.lookbackDays)))
        return Detection(patternType: .how, pattern: pattern, sampleSize: journeys.count, confidence: confidence,
                         computedAt: now, isDefault: false)
    }

    static func channelRows(_ journeys: [Journey], baseline: Double) -> [RateRow<ChannelKey>] {
        var groups = GroupedTallies<ChannelType>()
        for journey in journeys {
            for channel in journey.channels { groups.record(channel, converted: journey.converted) }
        }
        let rows = groups.groups(minimumSample: SegmentMinimum.standard).map { group in
            RateRow<ChannelKey>(value: group.key.rawValue, conversionRate: OutputRounding.round(group.tally.rate, places: 4),
                                sample: group.tally.total,
                                lift: OutputRounding.round(DetectorStatistics.lift(rate: group.tally.rate, baseline: baseline),
                                                           places: 2))
        }
        return rows.stablySorted(by: \.conversionRate)
    }

    /// The sequence key: the first three channels joined by "→" (U+2192).
    static func sequenceKey(_ sequence: [ChannelType]) -> String {
        sequence.prefix(3).map(\.rawValue).joined(separator: "\u{2192}")
    }

    static func sequenceRows(_ journeys: [Journey], baseline: Double) -> [RateRow<SequenceKey>] {
        var groups = GroupedTallies<String>()
        for journey in journeys where journey.sequence.count >= 2 {
            groups.record(sequenceKey(journey.sequence), converted: journey.converted)
        }
        let rows = groups.groups(minimumSample: SegmentMinimum.sequence)
            .filter { $0.tally.rate > baseline }
            .map { RateRow<SequenceKey>(value: $0.key, conversionRate: OutputRounding.round($0.tally.rate, places: 4),
                                        sample: $0.tally.total) }
        return Array(rows.stablySorted(by: \.conversionRate).prefix(5))
    }

    static func tierRows(_ journeys: [Journey]) -> [String: [RateRow<ChannelKey>]] {
        var tiers: [String: GroupedTallies<ChannelType>] = [:]
        for journey in journeys {
            for channel in journey.channels { tiers[journey.tier, default: GroupedTallies()].record(channel, converted: journey.converted) }
        }
        var result: [String: [RateRow<ChannelKey>]] = [:]
        for (tier, groups) in tiers {
            let rows = groups.groups(minimumSample: SegmentMinimum.sequence).map {
                RateRow<ChannelKey>(value: $0.key.rawValue, conversionRate: OutputRounding.round($0.tally.rate, places: 4),
                                    sample: $0.tally.total)
            }
            result[tier] = Array(rows.stablySorted(by: \.conversionRate).prefix(3))
        }
        return result
    }

    static func multiChannel(_ journeys: [Journey]) -> HowPattern.MultiChannelLift {
        var single = ConversionTally()
        var multi = ConversionTally()
        for journey in journeys {
            if journey.channels.count == 1 {
                single.record(converted: journey.converted)
            } else if journey.channels.count > 1 {
                multi.record(converted: journey.converted)
            }
        }
        let lift = single.rate > 0 ? multi.rate / single.rate : 1.0
        return HowPattern.MultiChannelLift(
            singleChannelRate: OutputRounding.round(single.rate, places: 4),
            multiChannelRate: OutputRounding.round(multi.rate, places: 4),
            multiChannelLift: OutputRounding.round(lift, places: 2), recommendation: lift > 1.2 ? "multi" : "single")
    }
}
