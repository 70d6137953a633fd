/// The FUNNEL pattern (`pattern_type "funnel"`): meeting show rate, meeting → deal, win
/// rate, lost reasons, channel attribution and stage velocity. All rates are percentages.
/// The JSON has only these six keys (no type, version or timestamp), as the reference's.
public struct FunnelPattern: Codable, Hashable, Sendable {
    /// Meeting attendance.
    public var showRate: ShowRate
    /// Meetings that became deals.
    public var meetingToDeal: MeetingToDeal
    /// Closed deals won.
    public var winRate: WinRate
    /// Why deals were lost.
    public var lostDeals: LostDeals
    /// Revenue by first-touch channel.
    public var channelAttribution: ChannelAttribution
    /// Days per stage for won and lost deals.
    public var velocity: Velocity

    /// Creates the pattern.
    public init(showRate: ShowRate, meetingToDeal: MeetingToDeal, winRate: WinRate, lostDeals: LostDeals,
                channelAttribution: ChannelAttribution, velocity: Velocity) {
        self.showRate = showRate
        self.meetingToDeal = meetingToDeal
        self.winRate = winRate
        self.lostDeals = lostDeals
        self.channelAttribution = channelAttribution
        self.velocity = velocity
    }

    enum CodingKeys: String, CodingKey {
        case velocity
        case showRate = "show_rate", meetingToDeal = "meeting_to_deal", winRate = "win_rate", lostDeals = "lost_deals"
        case channelAttribution = "channel_attribution"
    }

    /// show_rate + meeting_to_deal + win_rate samples: the pattern's sample size.
    public var sampleSize: Int { showRate.sampleSize + meetingToDeal.sampleSize + winRate.sampleSize }

    /// Insights of show_rate, meeting_to_deal and win_rate.
    public var insightCount: Int { showRate.insights.count + meetingToDeal.insights.count + winRate.insights.count }

    /// Meeting attendance. With no meetings only `sample_size` and `insights` are encoded.
    public struct ShowRate: Codable, Hashable, Sendable {
        /// Past meetings with a known attendance, booked within the window.
        public var sampleSize: Int
        /// Showed ÷ meetings × 100 (1 dp).
        public var overallRate: Double?
        /// ISO weekday (Monday = 1 … Sunday = 7) most common among shows; smallest on a tie.
        public var bestDay: Int?
        /// Hour (0–23, UTC) most common among shows; 0 is midnight, reported as 0.
        public var bestHour: Int?
        /// Confirmation, reminder, reschedule and ALS-tier insights.
        public var insights: [FunnelInsight]

        /// Creates the section.
        public init(sampleSize: Int, overallRate: Double?, bestDay: Int?, bestHour: Int?, insights: [FunnelInsight]) {
            self.sampleSize = sampleSize
            self.overallRate = overallRate
            self.bestDay = bestDay
            self.bestHour = bestHour
            self.insights = insights
        }

        enum CodingKeys: String, CodingKey {
            case insights
            case sampleSize = "sample_size", overallRate = "overall_rate", bestDay = "best_day", bestHour = "best_hour"
        }

        /// Encodes the reference's keys; `best_day`/`best_hour` are `null` only without shows.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(sampleSize, forKey: .sampleSize)
            if sampleSize > 0 {
                try container.encode(overallRate, forKey: .overallRate)
                try container.encode(bestDay, forKey: .bestDay)
                try container.encode(bestHour, forKey: .bestHour)
            }
            try container.encode(insights, forKey: .insights)
        }
    }

    /// Attended meetings that became deals. With none only `sample_size` and `insights` are encoded.
    public struct MeetingToDeal: Codable, Hashable, Sendable {
        /// Attended meetings booked within the window (one row per meeting/deal pair).
        public var sampleSize: Int
        /// Deals ÷ meetings × 100 (1 dp).
        public var meetingToDealRate: Double?
        /// Mean deal value (0 without values).
        public var avgDealValue: Double?
        /// Outcome and company-size insights.
        public var insights: [FunnelInsight]

        /// Creates the section.
        public init(sampleSize: Int, meetingToDealRate: Double?, avgDealValue: Double?, insights: [FunnelInsight]) {
            self.sampleSize = sampleSize
            self.meetingToDealRate = meetingToDealRate
            self.avgDealValue = avgDealValue
            self.insights = insights
        }

        enum CodingKeys: String, CodingKey {
            case insights
            case sampleSize = "sample_size", meetingToDealRate = "meeting_to_deal_rate", avgDealValue = "avg_deal_value"
        }

        /// Encodes the reference's keys.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(sampleSize, forKey: .sampleSize)
            if sampleSize > 0 {
                try container.encode(meetingToDealRate, forKey: .meetingToDealRate)
                try container.encode(avgDealValue, forKey: .avgDealValue)
            }
            try container.encode(insights, forKey: .insights)
        }
    }

    /// Closed deals won. With none only `sample_size` and `insights` are encoded.
    public struct WinRate: Codable, Hashable, Sendable {
        /// Closed deals created within the funnel window.
        public var sampleSize: Int
        /// Won ÷ closed × 100 (1 dp).
        public var winRate: Double?
        /// Mean value of won deals (0 without values).
        public var avgWonValue: Double?
        /// Mean days to win (0 dp; 0 without data).
        public var avgDaysToClose: Double?
        /// Velocity, touch-count and channel insights.
        public var insights: [FunnelInsight]

        /// Creates the section.
        public init(sampleSize: Int, winRate: Double?, avgWonValue: Double?, avgDaysToClose: Double?,
                    insights: [FunnelInsight]) {
            self.sampleSize = sampleSize
            self.winRate = winRate
            self.avgWonValue = avgWonValue
            self.avgDaysToClose = avgDaysToClose
            self.insights = insights
        }

        enum CodingKeys: String, CodingKey {
            case insights
            case sampleSize = "sample_size", winRate = "win_rate", avgWonValue = "avg_won_value"
            case avgDaysToClose = "avg_days_to_close"
        }

        /// Encodes the reference's keys.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(sampleSize, forKey: .sampleSize)
            if sampleSize > 0 {
                try container.encode(winRate, forKey: .winRate)
                try container.encode(avgWonValue, forKey: .avgWonValue)
                try container.encode(avgDaysToClose, forKey: .avgDaysToClose)
            }
            try container.encode(insights, forKey: .insights)
        }
    }

    /// One lost reason.
    public struct LostReason: Codable, Hashable, Sendable {
        /// The reason (`unknown` when missing).
        public var reason: String
        /// Lost deals with it.
        public var count: Int
        /// Share of lost deals × 100 (1 dp).
        public var percentage: Double
        /// Summed value of those deals.
        public var totalValueLost: Double
        /// Mean days to close (0 dp; 0 without data).
        public var avgDaysInPipeline: Double

        /// Creates a row.
        public init(reason: String, count: Int, percentage: Double, totalValueLost: Double, avgDaysInPipeline: Double) {
            self.reason = reason
            self.count = count
            self.percentage = percentage
            self.totalValueLost = totalValueLost
            self.avgDaysInPipeline = avgDaysInPipeline
        }

        enum CodingKeys: String, CodingKey {
            case reason, count, percentage
            case totalValueLost = "total_value_lost", avgDaysInPipeline = "avg_days_in_pipeline"
        }
    }

    /// Lost deals closed within the funnel window, top 5 reasons.
    public struct LostDeals: Codable, Hashable, Sendable {
        /// Lost deals.
        public var sampleSize: Int
        /// The 5 most frequent reasons.
        public var topReasons: [LostReason]

        /// Creates the section.
        public init(sampleSize: Int, topReasons: [LostReason]) {
            self.sampleSize = sampleSize
            self.topReasons = topReasons
        }

        enum CodingKeys: String, CodingKey {
            case sampleSize = "sample_size", topReasons = "top_reasons"
        }
    }

    /// Deals and revenue of one first-touch channel.
    public struct ChannelRevenue: Codable, Hashable, Sendable {
        /// The channel.
        public var channel: String
        /// Deals won.
        public var dealsWon: Int
        /// Deals closed.
        public var dealsTotal: Int
        /// Won ÷ closed × 100 (1 dp).
        public var winRate: Double
        /// Revenue of won deals.
        public var revenue: Double
        /// Share of all won revenue × 100 (1 dp).
        public var revenuePercentage: Double
        /// Mean won deal value.
        public var avgDealValue: Double

        /// Creates a row.
        public init(channel: String, dealsWon: Int, dealsTotal: Int, winRate: Double, revenue: Double,
                    revenuePercentage: Double, avgDealValue: Double) {
            self.channel = channel
            self.dealsWon = dealsWon
            self.dealsTotal = dealsTotal
            self.winRate = winRate
            self.revenue = revenue
            self.revenuePercentage = revenuePercentage
            self.avgDealValue = avgDealValue
        }

        enum CodingKeys: String, CodingKey {
            case channel, revenue
            case dealsWon = "deals_won", dealsTotal = "deals_total", winRate = "win_rate"
            case revenuePercentage = "revenue_percentage", avgDealValue = "avg_deal_value"
        }
    }

    /// Revenue by first-touch channel, by won revenue descending.
    public struct ChannelAttribution: Codable, Hashable, Sendable {
        /// Closed deals with a first-touch channel.
        public var sampleSize: Int
        /// All won revenue (absent with no deals).
        public var totalRevenue: Double?
        /// One row per channel.
        public var channels: [ChannelRevenue]

        /// Creates the section.
        public init(sampleSize: Int, totalRevenue: Double?, channels: [ChannelRevenue]) {
            self.sampleSize = sampleSize
            self.totalRevenue = totalRevenue
            self.channels = channels
        }

        enum CodingKeys: String, CodingKey {
            case channels
            case sampleSize = "sample_size", totalRevenue = "total_revenue"
        }
    }

    /// Mean days in one stage for won and lost deals.
    public struct StageVelocity: Codable, Hashable, Sendable {
        /// The stage left.
        public var stage: String
        /// Mean days for won deals (1 dp; 0 without data).
        public var avgDaysWon: Double
        /// Mean days for lost deals (1 dp; 0 without data).
        public var avgDaysLost: Double
        /// Stage changes of won deals.
        public var wonCount: Int
        /// Stage changes of lost deals.
        public var lostCount: Int

        /// Creates a row.
        public init(stage: String, avgDaysWon: Double, avgDaysLost: Double, wonCount: Int, lostCount: Int) {
            self.stage = stage
            self.avgDaysWon = avgDaysWon
            self.avgDaysLost = avgDaysLost
            self.wonCount = wonCount
            self.lostCount = lostCount
        }

        enum CodingKeys: String, CodingKey {
            case stage
            case avgDaysWon = "avg_days_won", avgDaysLost = "avg_days_lost", wonCount = "won_count"
            case lostCount = "lost_count"
        }
    }

    /// Stage velocity, in pipeline order.
    public struct Velocity: Codable, Hashable, Sendable {
        /// Σ (won + lost) stage changes.
        public var sampleSize: Int
        /// One row per stage.
        public var stageVelocity: [StageVelocity]

        /// Creates the section.
        public init(sampleSize: Int, stageVelocity: [StageVelocity]) {
            self.sampleSize = sampleSize
            self.stageVelocity = stageVelocity
        }

        enum CodingKeys: String, CodingKey {
            case sampleSize = "sample_size", stageVelocity = "stage_velocity"
        }
    }
}
