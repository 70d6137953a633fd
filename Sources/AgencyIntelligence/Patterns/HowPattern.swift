/// The HOW pattern (`pattern_type "how"`, version 2.1): which channels, sequences and
/// engagement go with converting leads. Encodes to the reference's JSON.
public struct HowPattern: Codable, Hashable, Sendable {
    /// Always `"how"`.
    public var type: String
    /// `"2.1"`.
    public var version: String
    /// When computed (naive ISO UTC text).
    public var computedAt: String
    /// Leads analysed (0 in the default pattern).
    public var sampleSize: Int
    /// converted ÷ leads (4 dp); absent from the default pattern.
    public var baselineConversionRate: Double?
    /// Channels by rate (a lead counts once per channel it was reached on).
    public var channelEffectiveness: [RateRow<ChannelKey>]
    /// Channel sequences beating the baseline.
    public var sequencePatterns: SequencePatterns
    /// ALS tier → its best 3 channels.
    public var tierChannelEffectiveness: [String: [RateRow<ChannelKey>]]
    /// Multi-channel versus single-channel leads.
    public var multiChannelLift: MultiChannelLift
    /// Email opens/clicks versus conversion; `nil` (encoded `{}`) without email data.
    public var emailEngagementCorrelation: EmailEngagementCorrelation?
    /// Channel → conversation-quality metrics.
    public var channelConversationQuality: [String: ConversationQuality]
    /// Set only in the default pattern.
    public var note: String?

    /// Creates a HOW pattern.
    public init(computedAt: String, sampleSize: Int, baselineConversionRate: Double?,
                channelEffectiveness: [RateRow<ChannelKey>], sequencePatterns: SequencePatterns,
                tierChannelEffectiveness: [String: [RateRow<ChannelKey>]], multiChannelLift: MultiChannelLift,
                emailEngagementCorrelation: EmailEngagementCorrelation?,
                channelConversationQuality: [String: ConversationQuality], note: String? = nil) {
        type = "how"
        version = "2.1"
        self.computedAt = computedAt
        self.sampleSize = sampleSize
        self.baselineConversionRate = baselineConversionRate
        self.channelEffectiveness = channelEffectiveness
        self.sequencePatterns = sequencePatterns
        self.tierChannelEffectiveness = tierChannelEffectiveness
        self.multiChannelLift = multiChannelLift
        self.emailEngagementCorrelation = emailEngagementCorrelation
        self.channelConversationQuality = channelConversationQuality
        self.note = note
    }

    /// The note of the default pattern.
    public static let defaultNote = "Insufficient data. Default to multi-channel strategy."

    /// The pattern saved when there are too few leads.
    public static func defaultPattern(computedAt: String) -> HowPattern {
        HowPattern(computedAt: computedAt, sampleSize: 0, baselineConversionRate: nil, channelEffectiveness: [],
                   sequencePatterns: SequencePatterns(winningSequences: []), tierChannelEffectiveness: [:],
                   multiChannelLift: MultiChannelLift(singleChannelRate: 0, multiChannelRate: 0, multiChannelLift: 1.0,
                                                      recommendation: "multi"),
                   emailEngagementCorrelation: nil, channelConversationQuality: [:], note: defaultNote)
    }

    enum CodingKeys: String, CodingKey {
        case type, version, note
        case computedAt = "computed_at", sampleSize = "sample_size", baselineConversionRate = "baseline_conversion_rate"
        case channelEffectiveness = "channel_effectiveness", sequencePatterns = "sequence_patterns"
        case tierChannelEffectiveness = "tier_channel_effectiveness", multiChannelLift = "multi_channel_lift"
        case emailEngagementCorrelation = "email_engagement_correlation"
        case channelConversationQuality = "channel_conversation_quality"
    }

    /// Decodes a stored pattern; `{}` engagement decodes as `nil`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        type = try container.decode(String.self, forKey: .type)
        version = try container.decode(String.self, forKey: .version)
        computedAt = try container.decode(String.self, forKey: .computedAt)
        sampleSize = try container.decode(Int.self, forKey: .sampleSize)
        baselineConversionRate = try container.decodeIfPresent(Double.self, forKey: .baselineConversionRate)
        channelEffectiveness = try container.decode([RateRow<ChannelKey>].self, forKey: .channelEffectiveness)
        sequencePatterns = try container.decode(SequencePatterns.self, forKey: .sequencePatterns)
        tierChannelEffectiveness = try container.decode([String: [RateRow<ChannelKey>]].self,
                                                        forKey: .tierChannelEffectiveness)
        multiChannelLift = try container.decode(MultiChannelLift.self, forKey: .multiChannelLift)
        emailEngagementCorrelation = try container.decodeObjectOrEmpty(EmailEngagementCorrelation.self,
                                                                       forKey: .emailEngagementCorrelation)
        channelConversationQuality = try container.decodeIfPresent([String: ConversationQuality].self,
                                                                   forKey: .channelConversationQuality) ?? [:]
        note = try container.decodeIfPresent(String.self, forKey: .note)
    }

    /// Encodes the reference's JSON; missing engagement data is `{}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(type, forKey: .type)
        try container.encode(version, forKey: .version)
        try container.encode(computedAt, forKey: .computedAt)
        try container.encode(sampleSize, forKey: .sampleSize)
        try container.encodeIfPresent(baselineConversionRate, forKey: .baselineConversionRate)
        try container.encode(channelEffectiveness, forKey: .channelEffectiveness)
        try container.encode(sequencePatterns, forKey: .sequencePatterns)
        try container.encode(tierChannelEffectiveness, forKey: .tierChannelEffectiveness)
        try container.encode(multiChannelLift, forKey: .multiChannelLift)
        try container.encodeObjectOrEmpty(emailEngagementCorrelation, forKey: .emailEngagementCorrelation)
        try container.encode(channelConversationQuality, forKey: .channelConversationQuality)
        try container.encodeIfPresent(note, forKey: .note)
    }

    /// Channel sequences (first three channels, joined by "→") that beat the baseline.
    public struct SequencePatterns: Codable, Hashable, Sendable {
        /// The top 5 by rate.
        public var winningSequences: [RateRow<SequenceKey>]

        /// Creates the section.
        public init(winningSequences: [RateRow<SequenceKey>]) { self.winningSequences = winningSequences }

        enum CodingKeys: String, CodingKey {
            case winningSequences = "winning_sequences"
        }
    }

    /// Conversion of leads reached on one channel versus several.
    public struct MultiChannelLift: Codable, Hashable, Sendable {
        /// Rate of single-channel leads (4 dp; 0 when none).
        public var singleChannelRate: Double
        /// Rate of multi-channel leads (4 dp; 0 when none).
        public var multiChannelRate: Double
        /// multi ÷ single (2 dp; 1.0 when single is 0).
        public var multiChannelLift: Double
        /// `multi` when the lift exceeds 1.2, else `single`.
        public var recommendation: String

        /// Creates the section.
        public init(singleChannelRate: Double, multiChannelRate: Double, multiChannelLift: Double, recommendation: String) {
            self.singleChannelRate = singleChannelRate
            self.multiChannelRate = multiChannelRate
            self.multiChannelLift = multiChannelLift
            self.recommendation = recommendation
        }

        enum CodingKeys: String, CodingKey {
            case recommendation
            case singleChannelRate = "single_channel_rate", multiChannelRate = "multi_channel_rate"
            case multiChannelLift = "multi_channel_lift"
        }
    }

    /// A sentiment and how many inbound messages had it.
    public struct SentimentCount: Codable, Hashable, Sendable {
        /// The sentiment.
        public var sentiment: String
        /// Inbound messages with it.
        public var cnt: Int

        /// Creates a row.
        public init(sentiment: String, cnt: Int) {
            self.sentiment = sentiment
            self.cnt = cnt
        }
    }

    /// Conversation metrics of one channel's threads.
    public struct ConversationQuality: Codable, Hashable, Sendable {
        /// Threads.
        public var threadCount: Int
        /// Mean messages per thread (1 dp).
        public var avgMessagesPerThread: Double
        /// Mean lead messages per thread (1 dp).
        public var avgLeadMessages: Double
        /// Mean lead response time in minutes (0 dp).
        public var avgLeadResponseMinutes: Double
        /// Threads converted or with a meeting booked ÷ threads × 100 (2 dp).
        public var conversionRate: Double
        /// Inbound sentiments, first seen first.
        public var sentimentDistribution: [SentimentCount]

        /// Creates the metrics.
        public init(threadCount: Int, avgMessagesPerThread: Double, avgLeadMessages: Double,
                    avgLeadResponseMinutes: Double, conversionRate: Double, sentimentDistribution: [SentimentCount]) {
            self.threadCount = threadCount
            self.avgMessagesPerThread = avgMessagesPerThread
            self.avgLeadMessages = avgLeadMessages
            self.avgLeadResponseMinutes = avgLeadResponseMinutes
            self.conversionRate = conversionRate
            self.sentimentDistribution = sentimentDistribution
        }

        enum CodingKeys: String, CodingKey {
            case threadCount = "thread_count", avgMessagesPerThread = "avg_messages_per_thread"
            case avgLeadMessages = "avg_lead_messages", avgLeadResponseMinutes = "avg_lead_response_minutes"
            case conversionRate = "conversion_rate", sentimentDistribution = "sentiment_distribution"
        }
    }
}
