extension HowPattern {
    /// How email opens and clicks relate to conversion (percentages 0–100).
    public struct EmailEngagementCorrelation: Codable, Hashable, Sendable {
        /// Email sends analysed.
        public var sampleSize: Int
        /// Opened ÷ sends × 100 (2 dp).
        public var openRate: Double
        /// Clicked ÷ sends × 100 (2 dp).
        public var clickRate: Double
        /// Clicked-and-opened ÷ opened × 100 (2 dp; 0 when nothing was opened).
        public var clickToOpenRate: Double
        /// Converted among opened × 100 (2 dp).
        public var conversionRateIfOpened: Double
        /// Converted among not opened × 100 (2 dp).
        public var conversionRateIfNotOpened: Double
        /// Converted among clicked × 100 (2 dp).
        public var conversionRateIfClicked: Double
        /// conversion-if-opened ÷ baseline (2 dp; 1.0 with a zero baseline).
        public var openConversionLift: Double
        /// conversion-if-clicked ÷ baseline (2 dp; 1.0 with a zero baseline).
        public var clickConversionLift: Double
        /// Mean opens per send to converted leads (1 dp).
        public var avgOpensConverted: Double
        /// Mean opens per send to other leads (1 dp).
        public var avgOpensNotConverted: Double
        /// Mean minutes to open, converted leads (0 dp).
        public var avgTimeToOpenConverted: Double
        /// Mean minutes to click, converted leads (0 dp).
        public var avgTimeToClickConverted: Double
        /// The insight sentences.
        public var insights: [String]

        /// Creates the section.
        public init(sampleSize: Int, openRate: Double, clickRate: Double, clickToOpenRate: Double,
                    conversionRateIfOpened: Double, conversionRateIfNotOpened: Double, conversionRateIfClicked: Double,
                    openConversionLift: Double, clickConversionLift: Double, avgOpensConverted: Double,
                    avgOpensNotConverted: Double, avgTimeToOpenConverted: Double, avgTimeToClickConverted: Double,
                    insights: [String]) {
            self.sampleSize = sampleSize
            self.openRate = openRate
            self.clickRate = clickRate
            self.clickToOpenRate = clickToOpenRate
            self.conversionRateIfOpened = conversionRateIfOpened
            self.conversionRateIfNotOpened = conversionRateIfNotOpened
            self.conversionRateIfClicked = conversionRateIfClicked
            self.openConversionLift = openConversionLift
            self.clickConversionLift = clickConversionLift
            self.avgOpensConverted = avgOpensConverted
            self.avgOpensNotConverted = avgOpensNotConverted
            self.avgTimeToOpenConverted = avgTimeToOpenConverted
            self.avgTimeToClickConverted = avgTimeToClickConverted
            self.insights = insights
        }

        enum CodingKeys: String, CodingKey {
            case insights
            case sampleSize = "sample_size", openRate = "open_rate", clickRate = "click_rate"
            case clickToOpenRate = "click_to_open_rate", conversionRateIfOpened = "conversion_rate_if_opened"
            case conversionRateIfNotOpened = "conversion_rate_if_not_opened"
            case conversionRateIfClicked = "conversion_rate_if_clicked", openConversionLift = "open_conversion_lift"
            case clickConversionLift = "click_conversion_lift", avgOpensConverted = "avg_opens_converted"
            case avgOpensNotConverted = "avg_opens_not_converted", avgTimeToOpenConverted = "avg_time_to_open_converted"
            case avgTimeToClickConverted = "avg_time_to_click_converted"
        }

        /// The insight rules, in order, on the **unrounded** lifts and averages.
        public static func insights(openLift: Double, clickLift: Double, avgOpensConverted: Double,
                                    avgOpensNotConverted: Double) -> [String] {
            var result: [String] = []
            if openLift > 1.5 {
                result.append("Email opens strongly predict conversion - focus on subject line optimization")
            } else if openLift < 0.8 {
                result.append("Opens don't correlate with conversion - consider testing different CTAs")
            }
            if clickLift > 2.0 {
                result.append("Link clicks are a strong conversion signal - include clear CTAs in every email")
            } else if clickLift > 1.0 {
                result.append("Clicks moderately predict conversion - A/B test different link placements")
            }
            if avgOpensConverted > avgOpensNotConverted * 1.5 {
                result.append("Converting leads open emails multiple times - consider follow-up sequences for re-openers")
            }
            if result.isEmpty { result.append("Collect more engagement data for actionable insights") }
            return result
        }
    }
}
