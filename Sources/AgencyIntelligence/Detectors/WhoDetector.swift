import AgencyCore
import AgencyOS

/// The WHO detector: which lead attributes go with conversion.
///
/// Sample: the outcome leads (see ``OutcomePolicy``) created within the lookback window and
/// not deleted. Pass every lead of **one** client; objections are counted over all of the
/// client's live leads, without a window, as the reference does.
public struct WhoDetector: Sendable {
    /// Windows, minimums and outcome set.
    public var configuration: IntelligenceConfiguration
    /// Title grouping.
    public var titleNormalizer: TitleNormalizer

    /// A detector with the given configuration.
    public init(configuration: IntelligenceConfiguration = .standard, titleNormalizer: TitleNormalizer = TitleNormalizer()) {
        self.configuration = configuration
        self.titleNormalizer = titleNormalizer
    }

    /// The company-size buckets: label and inclusive bounds.
    public static let sizeBuckets: [(label: String, minimum: Int, maximum: Int)] = [
        ("1-5", 1, 5), ("6-15", 6, 15), ("16-30", 16, 30), ("31-50", 31, 50), ("51-100", 51, 100),
        ("101-250", 101, 250), ("251-500", 251, 500), ("501+", 501, Int.max),
    ]

    /// Runs the detector over one client's leads at `now`.
    public func detect(leads: [Lead], now: Timestamp) -> Detection<WhoPattern> {
        let cutoff = now.adding(days: -configuration.lookbackDays)
        let outcomes = configuration.outcomes
        var sample: [Int] = []
        for index in leads.indices {
            guard leads[index].deletedAt == nil, leads[index].createdAt >= cutoff,
                  outcomes.hasOutcome(leads[index].status) else { continue }
            sample.append(index)
        }
        let computedAt = now.naiveISOText
        let confidence = configuration.confidence(sampleSize: sample.count)
        guard sample.count >= configuration.minimumSampleSize else {
            return Detection(patternType: .who, pattern: .defaultPattern(computedAt: computedAt), sampleSize: sample.count,
                             confidence: confidence, computedAt: now, isDefault: true)
        }
        var titles = GroupedTallies<String>()
        var industries = GroupedTallies<String>()
        var sizes = Array(repeating: ConversionTally(), count: Self.sizeBuckets.count)
        var signals = Array(repeating: ConversionTally(), count: 3)
        var all = ConversionTally()
        var titleCache: [String: String?] = [:]
        let today = now.utcDate
        for index in sample {
            let lead = leads[index]
            let converted = outcomes.isConverted(lead.status)
            all.record(converted: converted)
            if let raw = lead.title {
                let key: String?
                if let cached = titleCache[raw] {
                    key = cached
                } else {
                    key = titleNormalizer.normalize(raw)
                    titleCache[raw] = key
                }
                if let key { titles.record(key, converted: converted) }
            }
            if let industry = lead.organizationIndustry, !industry.isEmpty { industries.record(industry, converted: converted) }
            if let count = lead.organizationEmployeeCount, count != 0,
               let bucket = Self.sizeBuckets.firstIndex(where: { $0.minimum <= count && count <= $0.maximum }) {
                sizes[bucket].record(converted: converted)
            }
            if let start = lead.employmentStartDate, today.days(since: start) <= configuration.newRoleWindowDays {
                signals[0].record(converted: converted)
            }
            if lead.organizationIsHiring == true { signals[1].record(converted: converted) }
            if let funded = lead.organizationLatestFundingDate, today.days(since: funded) <= configuration.fundingWindowDays {
                signals[2].record(converted: converted)
            }
        }
        let baseline = all.rate
        let pattern = WhoPattern(
            computedAt: computedAt, sampleSize: sample.count,
            baselineConversionRate: OutputRounding.round(baseline, places: 4),
            titleRankings: Self.rankings(titles, baseline: baseline).map {
                WhoPattern.TitleRanking(title: $0.key, conversionRate: $0.rate, sample: $0.sample, lift: $0.lift)
            },
            industryRankings: Self.rankings(industries, baseline: baseline).map {
                WhoPattern.IndustryRanking(industry: $0.key, conversionRate: $0.rate, sample: $0.sample, lift: $0.lift)
            },
            sizeAnalysis: Self.sizeAnalysis(sizes),
            timingSignals: WhoPattern.TimingSignals(
                newRoleLift: Self.signalLift(signals[0], baseline: baseline),
                hiringLift: Self.signalLift(signals[1], baseline: baseline),
                fundedLift: Self.signalLift(signals[2], baseline: baseline)),
            objectionPatterns: Self.objectionPatterns(leads))
        return Detection(patternType: .who, pattern: pattern, sampleSize: sample.count, confidence: confidence,
                         computedAt: now, isDefault: false)
    }

    static func rankings(_ groups: GroupedTallies<String>, baseline: Double)
        -> [(key: String, rate: Double, sample: Int, lift: Double)] {
        let rows = groups.groups(minimumSample: SegmentMinimum.standard).map { group in
            (key: group.key, rate: OutputRounding.round(group.tally.rate, places: 4), sample: group.tally.total,
             lift: OutputRounding.round(DetectorStatistics.lift(rate: group.tally.rate, baseline: baseline), places: 2))
        }
        return Array(rows.stablySorted(by: \.rate).prefix(10))
    }

    static func sizeAnalysis(_ sizes: [ConversionTally]) -> WhoPattern.SizeAnalysis {
        var distribution: [WhoPattern.SizeBucketRate] = []
        var sweetSpot: String?
        var best = 0.0
        for (index, tally) in sizes.enumerated() where tally.total >= SegmentMinimum.sizeBucket {
            distribution.append(WhoPattern.SizeBucketRate(
                range: sizeBuckets[index].label, conversionRate: OutputRounding.round(tally.rate, places: 4),
                sample: tally.total))
            if tally.rate > best {
                best = tally.rate
                sweetSpot = sizeBuckets[index].label
            }
        }
        return WhoPattern.SizeAnalysis(sweetSpot: sweetSpot, sweetSpotRate: OutputRounding.round(best, places: 4),
                                       distribution: distribution)
    }

    static func signalLift(_ tally: ConversionTally, baseline: Double) -> Double {
        guard tally.total >= SegmentMinimum.standard else { return 1.0 }
        return OutputRounding.round(DetectorStatistics.lift(rate: tally.rate, baseline: baseline), places: 2)
    }
}
