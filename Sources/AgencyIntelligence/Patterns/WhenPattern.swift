/// The WHEN pattern (`pattern_type "when"`, version 2.0): which days, hours, touches, gaps
/// and time zones go with converting touches. Encodes to the reference's JSON.
///
/// Days use AgencyKit's one convention, ISO: Monday = 1 … Sunday = 7 (D#9).
public struct WhenPattern: Codable, Hashable, Sendable {
    /// Always `"when"`.
    public var type: String
    /// `"2.0"`.
    public var version: String
    /// When computed (naive ISO UTC text).
    public var computedAt: String
    /// Activities analysed (0 in the default pattern).
    public var sampleSize: Int
    /// converting ÷ activities (4 dp); absent from the default pattern.
    public var baselineConversionRate: Double?
    /// Top 5 days by rate.
    public var bestDays: [DayRate]
    /// Top 5 hours by rate.
    public var bestHours: [HourRate]
    /// `touch_1` … `touch_6` → share of conversions (2 dp); empty without conversions.
    public var convertingTouchDistribution: [String: Double]
    /// `touch_{n-1}_to_{n}` → upper-median gap in days.
    public var optimalSequenceGaps: [String: Int]
    /// Open and click timing; keys present only when there is data.
    public var engagementTiming: EngagementTiming
    /// Engagement by the lead's time zone.
    public var timezoneInsights: TimezoneInsights
    /// Set only in the default pattern.
    public var note: String?

    /// Creates a WHEN pattern.
    public init(computedAt: String, sampleSize: Int, baselineConversionRate: Double?, bestDays: [DayRate],
                bestHours: [HourRate], convertingTouchDistribution: [String: Double], optimalSequenceGaps: [String: Int],
                engagementTiming: EngagementTiming, timezoneInsights: TimezoneInsights, note: String? = nil) {
        type = "when"
        version = "2.0"
        self.computedAt = computedAt
        self.sampleSize = sampleSize
        self.baselineConversionRate = baselineConversionRate
        self.bestDays = bestDays
        self.bestHours = bestHours
        self.convertingTouchDistribution = convertingTouchDistribution
        self.optimalSequenceGaps = optimalSequenceGaps
        self.engagementTiming = engagementTiming
        self.timezoneInsights = timezoneInsights
        self.note = note
    }

    /// The note of the default pattern.
    public static let defaultNote = "Insufficient data. Using default gaps."

    /// The gaps of the default pattern: 2, 3 and 4 days.
    public static let defaultGaps = ["touch_1_to_2": 2, "touch_2_to_3": 3, "touch_3_to_4": 4]

    /// The pattern saved when there are too few activities.
    public static func defaultPattern(computedAt: String) -> WhenPattern {
        WhenPattern(computedAt: computedAt, sampleSize: 0, baselineConversionRate: nil, bestDays: [], bestHours: [],
                    convertingTouchDistribution: [:], optimalSequenceGaps: defaultGaps,
                    engagementTiming: EngagementTiming(), timezoneInsights: TimezoneInsights(byTimezone: [], timezoneCoverage: 0),
                    note: defaultNote)
    }

    /// ISO day names, Monday (1) first.
    public static let dayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    enum CodingKeys: String, CodingKey {
        case type, version, note
        case computedAt = "computed_at", sampleSize = "sample_size", baselineConversionRate = "baseline_conversion_rate"
        case bestDays = "best_days", bestHours = "best_hours", convertingTouchDistribution = "converting_touch_distribution"
        case optimalSequenceGaps = "optimal_sequence_gaps", engagementTiming = "engagement_timing"
        case timezoneInsights = "timezone_insights"
    }

    /// One weekday's rate.
    public struct DayRate: Codable, Hashable, Sendable {
        /// The day name.
        public var day: String
        /// ISO weekday, Monday = 1 … Sunday = 7.
        public var dayIndex: Int
        /// converting ÷ sample (4 dp).
        public var conversionRate: Double
        /// Activities on the day.
        public var sample: Int

        /// Creates a row.
        public init(day: String, dayIndex: Int, conversionRate: Double, sample: Int) {
            self.day = day
            self.dayIndex = dayIndex
            self.conversionRate = conversionRate
            self.sample = sample
        }

        enum CodingKeys: String, CodingKey {
            case day, sample
            case dayIndex = "day_index", conversionRate = "conversion_rate"
        }
    }

    /// One hour's rate (0 = midnight).
    public struct HourRate: Codable, Hashable, Sendable {
        /// Hour of day, 0–23.
        public var hour: Int
        /// converting ÷ sample (4 dp).
        public var conversionRate: Double
        /// Activities in the hour.
        public var sample: Int

        /// Creates a row.
        public init(hour: Int, conversionRate: Double, sample: Int) {
            self.hour = hour
            self.conversionRate = conversionRate
            self.sample = sample
        }

        enum CodingKeys: String, CodingKey {
            case hour, sample
            case conversionRate = "conversion_rate"
        }
    }

    /// Email open and click timing. Each value is present only when there is data.
    public struct EngagementTiming: Codable, Hashable, Sendable {
        /// Mean minutes to first open (1 dp).
        public var avgTimeToOpenMinutes: Double?
        /// Upper median minutes to first open.
        public var medianTimeToOpenMinutes: Int?
        /// Mean minutes to first click (1 dp).
        public var avgTimeToClickMinutes: Double?
        /// Upper median minutes to first click.
        public var medianTimeToClickMinutes: Int?
        /// Upper median of click − open, over positive differences.
        public var medianOpenToClickMinutes: Int?
        /// Upper median minutes to open, converting touches only.
        public var optimalOpenWindowMinutes: Int?
        /// Upper median minutes to click, converting touches only.
        public var optimalClickWindowMinutes: Int?
        /// Opened ÷ email activities × 100 (2 dp).
        public var openRate: Double?
        /// Clicked ÷ email activities × 100 (2 dp).
        public var clickRate: Double?
        /// Clicked ÷ opened × 100 (2 dp), when something was opened.
        public var clickToOpenRate: Double?

        /// Creates the section (all values absent by default).
        public init(avgTimeToOpenMinutes: Double? = nil, medianTimeToOpenMinutes: Int? = nil,
                    avgTimeToClickMinutes: Double? = nil, medianTimeToClickMinutes: Int? = nil,
                    medianOpenToClickMinutes: Int? = nil, optimalOpenWindowMinutes: Int? = nil,
                    optimalClickWindowMinutes: Int? = nil, openRate: Double? = nil, clickRate: Double? = nil,
                    clickToOpenRate: Double? = nil) {
            self.avgTimeToOpenMinutes = avgTimeToOpenMinutes
            self.medianTimeToOpenMinutes = medianTimeToOpenMinutes
            self.avgTimeToClickMinutes = avgTimeToClickMinutes
            self.medianTimeToClickMinutes = medianTimeToClickMinutes
            self.medianOpenToClickMinutes = medianOpenToClickMinutes
            self.optimalOpenWindowMinutes = optimalOpenWindowMinutes
            self.optimalClickWindowMinutes = optimalClickWindowMinutes
            self.openRate = openRate
            self.clickRate = clickRate
            self.clickToOpenRate = clickToOpenRate
        }

        enum CodingKeys: String, CodingKey {
            case avgTimeToOpenMinutes = "avg_time_to_open_minutes", medianTimeToOpenMinutes = "median_time_to_open_minutes"
            case avgTimeToClickMinutes = "avg_time_to_click_minutes"
            case medianTimeToClickMinutes = "median_time_to_click_minutes"
            case medianOpenToClickMinutes = "median_open_to_click_minutes"
            case optimalOpenWindowMinutes = "optimal_open_window_minutes"
            case optimalClickWindowMinutes = "optimal_click_window_minutes"
            case openRate = "open_rate", clickRate = "click_rate", clickToOpenRate = "click_to_open_rate"
        }
    }

    /// Engagement of one time zone.
    public struct TimezoneRate: Codable, Hashable, Sendable {
        /// The IANA time zone.
        public var timezone: String
        /// Sends to the zone.
        public var sample: Int
        /// Opened ÷ sends × 100 (2 dp).
        public var openRate: Double
        /// Clicked ÷ sends × 100 (2 dp).
        public var clickRate: Double
        /// Mean minutes to open (0 dp; 0 when nothing was opened).
        public var avgTimeToOpen: Double
        /// Mean local send hour (1 dp; 12 when no local time is known; 0 is midnight).
        public var avgSendHourLocal: Double

        /// Creates a row.
        public init(timezone: String, sample: Int, openRate: Double, clickRate: Double, avgTimeToOpen: Double,
                    avgSendHourLocal: Double) {
            self.timezone = timezone
            self.sample = sample
            self.openRate = openRate
            self.clickRate = clickRate
            self.avgTimeToOpen = avgTimeToOpen
            self.avgSendHourLocal = avgSendHourLocal
        }

        enum CodingKeys: String, CodingKey {
            case timezone, sample
            case openRate = "open_rate", clickRate = "click_rate", avgTimeToOpen = "avg_time_to_open"
            case avgSendHourLocal = "avg_send_hour_local"
        }
    }

    /// Engagement by time zone (the 10 most-sent zones with ≥ 5 sends).
    public struct TimezoneInsights: Codable, Hashable, Sendable {
        /// One row per zone, by sends descending.
        public var byTimezone: [TimezoneRate]
        /// Share (0–1, 4 dp) of the WHEN sample whose lead time zone is known (the reference
        /// always reported 0, D#9).
        public var timezoneCoverage: Double

        /// Creates the section.
        public init(byTimezone: [TimezoneRate], timezoneCoverage: Double) {
            self.byTimezone = byTimezone
            self.timezoneCoverage = timezoneCoverage
        }

        enum CodingKeys: String, CodingKey {
            case byTimezone = "by_timezone", timezoneCoverage = "timezone_coverage"
        }
    }
}
