/// The WHO pattern (`pattern_type "who"`, version 2.0): which titles, industries, company
/// sizes, timing signals and objections go with conversion. Encodes to the reference's JSON.
public struct WhoPattern: Codable, Hashable, Sendable {
    /// Always `"who"`.
    public var type: String
    /// `"2.0"`.
    public var version: String
    /// When computed (naive ISO UTC text).
    public var computedAt: String
    /// Leads analysed (0 in the default pattern).
    public var sampleSize: Int
    /// converted ÷ leads (4 dp).
    public var baselineConversionRate: Double
    /// Top 10 normalised titles by rate.
    public var titleRankings: [TitleRanking]
    /// Top 10 industries by rate.
    public var industryRankings: [IndustryRanking]
    /// Company-size buckets and the sweet spot.
    public var sizeAnalysis: SizeAnalysis
    /// Lift of the new-role, hiring and funding signals.
    public var timingSignals: TimingSignals
    /// Objections by industry, by company size and overall.
    public var objectionPatterns: ObjectionPatterns
    /// Set only in the default pattern.
    public var note: String?

    /// Creates a WHO pattern.
    public init(computedAt: String, sampleSize: Int, baselineConversionRate: Double, titleRankings: [TitleRanking],
                industryRankings: [IndustryRanking], sizeAnalysis: SizeAnalysis, timingSignals: TimingSignals,
                objectionPatterns: ObjectionPatterns, note: String? = nil) {
        type = "who"
        version = "2.0"
        self.computedAt = computedAt
        self.sampleSize = sampleSize
        self.baselineConversionRate = baselineConversionRate
        self.titleRankings = titleRankings
        self.industryRankings = industryRankings
        self.sizeAnalysis = sizeAnalysis
        self.timingSignals = timingSignals
        self.objectionPatterns = objectionPatterns
        self.note = note
    }

    /// The note of the default pattern.
    public static let defaultNote = "Insufficient data for pattern detection. Need at least 30 leads with outcomes."

    /// The pattern saved when there are too few leads.
    public static func defaultPattern(computedAt: String) -> WhoPattern {
        WhoPattern(computedAt: computedAt, sampleSize: 0, baselineConversionRate: 0, titleRankings: [],
                   industryRankings: [], sizeAnalysis: SizeAnalysis(sweetSpot: nil, sweetSpotRate: 0, distribution: []),
                   timingSignals: TimingSignals(newRoleLift: 1, hiringLift: 1, fundedLift: 1),
                   objectionPatterns: ObjectionPatterns(byIndustry: [:], byCompanySize: [:], overallDistribution: []),
                   note: defaultNote)
    }

    enum CodingKeys: String, CodingKey {
        case type, version, note
        case computedAt = "computed_at", sampleSize = "sample_size"
        case baselineConversionRate = "baseline_conversion_rate", titleRankings = "title_rankings"
        case industryRankings = "industry_rankings", sizeAnalysis = "size_analysis", timingSignals = "timing_signals"
        case objectionPatterns = "objection_patterns"
    }

    /// One normalised title's rate.
    public struct TitleRanking: Codable, Hashable, Sendable {
        /// The normalised title.
        public var title: String
        /// converted ÷ sample (4 dp).
        public var conversionRate: Double
        /// Leads with the title.
        public var sample: Int
        /// rate ÷ baseline (2 dp).
        public var lift: Double

        /// Creates a row.
        public init(title: String, conversionRate: Double, sample: Int, lift: Double) {
            self.title = title
            self.conversionRate = conversionRate
            self.sample = sample
            self.lift = lift
        }

        enum CodingKeys: String, CodingKey {
            case title, sample, lift
            case conversionRate = "conversion_rate"
        }
    }

    /// One industry's rate.
    public struct IndustryRanking: Codable, Hashable, Sendable {
        /// The industry, exactly as stored.
        public var industry: String
        /// converted ÷ sample (4 dp).
        public var conversionRate: Double
        /// Leads in the industry.
        public var sample: Int
        /// rate ÷ baseline (2 dp).
        public var lift: Double

        /// Creates a row.
        public init(industry: String, conversionRate: Double, sample: Int, lift: Double) {
            self.industry = industry
            self.conversionRate = conversionRate
            self.sample = sample
            self.lift = lift
        }

        enum CodingKeys: String, CodingKey {
            case industry, sample, lift
            case conversionRate = "conversion_rate"
        }
    }

    /// Conversion by company-size bucket.
    public struct SizeAnalysis: Codable, Hashable, Sendable {
        /// The bucket with the strictly highest rate (`nil` when every rate is 0).
        public var sweetSpot: String?
        /// Its rate (4 dp; 0 without a sweet spot).
        public var sweetSpotRate: Double
        /// Buckets with at least 3 leads, in bucket order.
        public var distribution: [SizeBucketRate]

        /// Creates the analysis.
        public init(sweetSpot: String?, sweetSpotRate: Double, distribution: [SizeBucketRate]) {
            self.sweetSpot = sweetSpot
            self.sweetSpotRate = sweetSpotRate
            self.distribution = distribution
        }

        enum CodingKeys: String, CodingKey {
            case distribution
            case sweetSpot = "sweet_spot", sweetSpotRate = "sweet_spot_rate"
        }

        /// Encodes `sweet_spot` as `null` when there is none.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(sweetSpot, forKey: .sweetSpot)
            try container.encode(sweetSpotRate, forKey: .sweetSpotRate)
            try container.encode(distribution, forKey: .distribution)
        }
    }

    /// One company-size bucket's rate.
    public struct SizeBucketRate: Codable, Hashable, Sendable {
        /// The bucket label (`"16-30"`, `"501+"`).
        public var range: String
        /// converted ÷ sample (4 dp).
        public var conversionRate: Double
        /// Leads in the bucket.
        public var sample: Int

        /// Creates a row.
        public init(range: String, conversionRate: Double, sample: Int) {
            self.range = range
            self.conversionRate = conversionRate
            self.sample = sample
        }

        enum CodingKeys: String, CodingKey {
            case range, sample
            case conversionRate = "conversion_rate"
        }
    }

    /// Lift of each timing signal (1.0 when fewer than 5 leads have it).
    public struct TimingSignals: Codable, Hashable, Sendable {
        /// Leads in a role started within the new-role window.
        public var newRoleLift: Double
        /// Leads whose company is hiring.
        public var hiringLift: Double
        /// Leads whose company was funded within the funding window.
        public var fundedLift: Double

        /// Creates the lifts.
        public init(newRoleLift: Double, hiringLift: Double, fundedLift: Double) {
            self.newRoleLift = newRoleLift
            self.hiringLift = hiringLift
            self.fundedLift = fundedLift
        }

        enum CodingKeys: String, CodingKey {
            case newRoleLift = "new_role_lift", hiringLift = "hiring_lift", fundedLift = "funded_lift"
        }
    }

    /// Objections raised by leads, by segment.
    public struct ObjectionPatterns: Codable, Hashable, Sendable {
        /// Industry → objections (from the 20 most frequent industry/objection pairs).
        public var byIndustry: [String: [ObjectionCount]]
        /// `small` (≤ 50), `medium` (≤ 250), `large` → objections.
        public var byCompanySize: [String: [ObjectionCount]]
        /// Every objection with its count and distinct leads.
        public var overallDistribution: [ObjectionTotal]

        /// Creates the patterns.
        public init(byIndustry: [String: [ObjectionCount]], byCompanySize: [String: [ObjectionCount]],
                    overallDistribution: [ObjectionTotal]) {
            self.byIndustry = byIndustry
            self.byCompanySize = byCompanySize
            self.overallDistribution = overallDistribution
        }

        enum CodingKeys: String, CodingKey {
            case byIndustry = "by_industry", byCompanySize = "by_company_size"
            case overallDistribution = "overall_distribution"
        }
    }

    /// An objection and how often it was raised in a segment.
    public struct ObjectionCount: Codable, Hashable, Sendable {
        /// The objection.
        public var objection: String
        /// Times raised.
        public var count: Int

        /// Creates a row.
        public init(objection: String, count: Int) {
            self.objection = objection
            self.count = count
        }
    }

    /// An objection, how often it was raised and by how many leads.
    public struct ObjectionTotal: Codable, Hashable, Sendable {
        /// The objection.
        public var objection: String
        /// Times raised.
        public var count: Int
        /// Distinct leads that raised it.
        public var uniqueLeads: Int

        /// Creates a row.
        public init(objection: String, count: Int, uniqueLeads: Int) {
            self.objection = objection
            self.count = count
            self.uniqueLeads = uniqueLeads
        }

        enum CodingKeys: String, CodingKey {
            case objection, count
            case uniqueLeads = "unique_leads"
        }
    }
}
