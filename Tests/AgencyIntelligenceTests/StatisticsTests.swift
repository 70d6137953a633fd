import AgencyIntelligence
import Testing

@Suite struct OutputRoundingTests {
    @Test(arguments: [
        (0.875, 2, 0.88), (0.125, 2, 0.12), (2.675, 2, 2.67), (0.5, 0, 0.0), (1.5, 0, 2.0), (2.5, 0, 2.0),
        (0.66666, 4, 0.6667), (2.9999999999999996, 2, 3.0), (1.3333333333333333, 2, 1.33), (0.00005, 4, 0.0001),
        (-0.125, 2, -0.12), (1e-20, 4, 0.0), (123.456, 1, 123.5),
    ])
    func pythonRoundHalfEvenOnTheBinaryValue(value: Double, places: Int, expected: Double) {
        #expect(OutputRounding.round(value, places: places) == expected)
    }

    @Test func formatsLikePython() {
        #expect(OutputRounding.percent(0.8) == "80%")
        #expect(OutputRounding.fixed(12.5, decimals: 0) == "12")
        #expect(OutputRounding.fixed(83.33333, decimals: 0) == "83")
        #expect(OutputRounding.fixed(0.05, decimals: 1) == "0.1")
        #expect(OutputRounding.fixed(7, decimals: 2) == "7.00")
    }
}

@Suite struct DetectorStatisticsTests {
    /// §2 and §12a #5–8, #27: the code's function, including the jump at n = 30.
    @Test(arguments: [
        (0, 0.2), (9, 0.2), (10, 0.36667), (15, 0.4), (20, 0.43333), (25, 0.46667), (29, 0.49333), (30, 0.72157),
        (31, 0.72370), (50, 0.75485), (100, 0.8), (200, 0.84515), (500, 0.90485), (999, 0.94993), (1000, 0.95),
        (5000, 0.95), (10000, 0.95),
    ])
    func confidenceFromSampleSize(n: Int, expected: Double) {
        #expect(abs(DetectorStatistics.confidence(sampleSize: n) - expected) < 0.000005)
    }

    @Test func confidenceJumpsAtTheMinimumSample() {
        let below = DetectorStatistics.confidence(sampleSize: 29)
        let at = DetectorStatistics.confidence(sampleSize: 30)
        #expect(at - below > 0.2)
    }

    /// §12a #9 and #27.
    @Test func lift() {
        #expect(DetectorStatistics.lift(rate: 0.5, baseline: 0.0) == 1.0)
        #expect(DetectorStatistics.lift(rate: 0.3, baseline: 0.3) == 1.0)
        #expect(DetectorStatistics.lift(rate: 0.6, baseline: 0.3) == 2.0)
        #expect(DetectorStatistics.lift(rate: 0.15, baseline: 0.3) == 0.5)
        #expect(DetectorStatistics.lift(rate: 0.10, baseline: 0.05) == 2.0)
        #expect(DetectorStatistics.lift(rate: 0.30, baseline: 0.10) == 2.9999999999999996)
        #expect(DetectorStatistics.lift(rate: 0.4, baseline: -1) == 1.0)
    }

    /// §12a #10.
    @Test func baseConstants() {
        #expect(DetectorStatistics.validityDays == 14)
        #expect(DetectorStatistics.minimumSampleSize == 30)
        #expect(IntelligenceConfiguration.standard.funnelMinimumSampleSize == 20)
    }
}

@Suite struct ConversionRateByTests {
    struct Item { let key: String?; let converted: Bool }

    func rows(_ items: [Item], minimum: Int) -> [ConversionRateRow<String>] {
        ConversionStatistics.conversionRates(of: items, key: \.key, isConverted: \.converted, minimumSample: minimum)
    }

    /// §12a #1.
    @Test func groupsByKey() {
        let result = rows([Item(key: "A", converted: true), Item(key: "A", converted: false),
                           Item(key: "B", converted: true), Item(key: "B", converted: true)], minimum: 1)
        #expect(result == [
            ConversionRateRow(key: "B", conversionRate: 1.0, sample: 2, converted: 2, lift: 1.33),
            ConversionRateRow(key: "A", conversionRate: 0.5, sample: 2, converted: 1, lift: 0.67),
        ])
    }

    /// §12a #2: baseline 0.75 counts every item.
    @Test func minimumSampleFilters() {
        let result = rows([Item(key: "A", converted: true), Item(key: "B", converted: true),
                           Item(key: "B", converted: true), Item(key: "B", converted: false)], minimum: 2)
        #expect(result == [ConversionRateRow(key: "B", conversionRate: 0.6667, sample: 3, converted: 2, lift: 0.89)])
    }

    /// §12a #3.
    @Test func sortedDescending() {
        let items = [Item(key: "Low", converted: true), Item(key: "Low", converted: false), Item(key: "Low", converted: false),
                     Item(key: "Med", converted: true), Item(key: "Med", converted: false),
                     Item(key: "High", converted: true), Item(key: "High", converted: true)]
        let result = rows(items, minimum: 2)
        #expect(result.map(\.key) == ["High", "Med", "Low"])
        #expect(result.map(\.conversionRate) == [1.0, 0.5, 0.3333])
        #expect(result.map(\.lift) == [1.75, 0.88, 0.58])
    }

    /// §12a #4.
    @Test func emptyInput() {
        #expect(rows([], minimum: 5).isEmpty)
    }

    @Test func nullKeysCountTowardTheBaselineOnly() {
        let result = rows([Item(key: nil, converted: false), Item(key: nil, converted: false),
                           Item(key: "A", converted: true), Item(key: "A", converted: true)], minimum: 1)
        #expect(result == [ConversionRateRow(key: "A", conversionRate: 1.0, sample: 2, converted: 2, lift: 2.0)])
    }

    @Test func tiesKeepFirstSeenOrder() {
        let items = ["C", "A", "B"].flatMap { key in [Item(key: key, converted: true), Item(key: key, converted: false)] }
        #expect(rows(items, minimum: 1).map(\.key) == ["C", "A", "B"])
    }
}
