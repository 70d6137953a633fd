import AgencyCore
import AgencyIntelligence
import AgencyOS
import Foundation
import Testing

@Suite struct WhoDetectorTests {
    let detector = WhoDetector()

    /// `count` leads without title, industry or size, `converted` of them converted: they only
    /// move the baseline, so the §12a examples keep their stated baselines with ≥ 30 leads.
    func padding(_ count: Int, converted: Int) -> [Lead] {
        (0..<count).map { Fixtures.lead(status: $0 < converted ? .converted : .bounced) }
    }

    func leads(_ count: Int, converted: Int, title: String? = nil, industry: String? = nil, employees: Int? = nil) -> [Lead] {
        (0..<count).map {
            Fixtures.lead(title: title, industry: industry, employees: employees, status: $0 < converted ? .converted : .bounced)
        }
    }

    /// §12a #22: baseline 0.4.
    @Test func titleAnalysis() {
        let sample = leads(5, converted: 3, title: "CEO") + leads(5, converted: 1, title: "Manager") + padding(20, converted: 8)
        let pattern = detector.detect(leads: sample, now: Fixtures.now).pattern
        #expect(pattern.baselineConversionRate == 0.4)
        #expect(pattern.titleRankings == [
            WhoPattern.TitleRanking(title: "ceo", conversionRate: 0.6, sample: 5, lift: 1.5),
            WhoPattern.TitleRanking(title: "Manager", conversionRate: 0.2, sample: 5, lift: 0.5),
        ])
    }

    /// §12a #23: baseline 0.5.
    @Test func industryAnalysis() {
        let sample = leads(5, converted: 4, industry: "SaaS") + leads(5, converted: 1, industry: "Healthcare")
            + padding(20, converted: 10)
        let rankings = detector.detect(leads: sample, now: Fixtures.now).pattern.industryRankings
        #expect(rankings == [
            WhoPattern.IndustryRanking(industry: "SaaS", conversionRate: 0.8, sample: 5, lift: 1.6),
            WhoPattern.IndustryRanking(industry: "Healthcare", conversionRate: 0.2, sample: 5, lift: 0.4),
        ])
    }

    /// §12a #24.
    @Test func sizeSweetSpot() {
        var sample = [20, 25, 28, 18].map { Fixtures.lead(employees: $0, status: .converted) }
        sample.append(Fixtures.lead(employees: 22, status: .bounced))
        sample.append(Fixtures.lead(employees: 60, status: .converted))
        sample += [70, 80, 90, 55].map { Fixtures.lead(employees: $0, status: .unsubscribed) }
        sample += padding(20, converted: 5)
        let size = detector.detect(leads: sample, now: Fixtures.now).pattern.sizeAnalysis
        #expect(size == WhoPattern.SizeAnalysis(sweetSpot: "16-30", sweetSpotRate: 0.8, distribution: [
            WhoPattern.SizeBucketRate(range: "16-30", conversionRate: 0.8, sample: 5),
            WhoPattern.SizeBucketRate(range: "51-100", conversionRate: 0.2, sample: 5),
        ]))
    }

    @Test func noSweetSpotWhenNothingConverts() {
        let sample = (0..<5).map { _ in Fixtures.lead(employees: 10, status: .bounced) } + padding(25, converted: 5)
        let size = detector.detect(leads: sample, now: Fixtures.now).pattern.sizeAnalysis
        #expect(size.sweetSpot == nil)
        #expect(size.sweetSpotRate == 0)
        #expect(size.distribution.count == 1)
    }

    /// §12a #25, with typed enrichment fields (D#2): a start date 30 days ago is a new role.
    @Test func timingSignals() {
        var sample: [Lead] = (0..<5).map {
            var lead = Fixtures.lead(status: $0 < 4 ? .converted : .bounced)
            lead.employmentStartDate = Fixtures.now.utcDate.adding(days: -30)
            return lead
        }
        sample += padding(5, converted: 1) + padding(20, converted: 10)
        let signals = detector.detect(leads: sample, now: Fixtures.now).pattern.timingSignals
        #expect(signals == WhoPattern.TimingSignals(newRoleLift: 1.6, hiringLift: 1.0, fundedLift: 1.0))
    }

    @Test func hiringAndFundingComeFromTypedFields() {
        var sample: [Lead] = (0..<10).map {
            var lead = Fixtures.lead(status: $0 < 2 ? .converted : .bounced)
            lead.organizationIsHiring = $0 < 5
            lead.organizationLatestFundingDate = Fixtures.now.utcDate.adding(days: $0 < 5 ? -100 : -400)
            lead.employmentStartDate = Fixtures.now.utcDate.adding(days: -91)
            return lead
        }
        sample += padding(20, converted: 4)
        let signals = detector.detect(leads: sample, now: Fixtures.now).pattern.timingSignals
        // Leads 0…4 are hiring and funded 100 days ago (within 180); 2 of them converted; baseline 6/30.
        #expect(signals == WhoPattern.TimingSignals(newRoleLift: 1.0, hiringLift: 2.0, fundedLift: 2.0))
        let narrow = WhoDetector(configuration: IntelligenceConfiguration(fundingWindowDays: 90))
        #expect(narrow.detect(leads: sample, now: Fixtures.now).pattern.timingSignals.fundedLift == 1.0)
    }

    /// §12a #26.
    @Test func fullDetection() throws {
        var sample = (0..<20).map { _ in Fixtures.lead(title: "CEO", industry: "SaaS", employees: 25, status: .converted) }
        sample += (0..<30).map { _ in Fixtures.lead(title: "Analyst", industry: "Finance", employees: 500, status: .bounced) }
        sample += (0..<3).map { _ in Fixtures.lead(title: "Analyst", industry: "Finance", employees: 500, status: .converted) }
        let detection = detector.detect(leads: sample, now: Fixtures.now)
        let pattern = detection.pattern
        #expect(detection.sampleSize == 53)
        #expect(detection.confidence == DetectorStatistics.confidence(sampleSize: 53))
        #expect(pattern.baselineConversionRate == 0.434)
        #expect(pattern.titleRankings == [
            WhoPattern.TitleRanking(title: "ceo", conversionRate: 1.0, sample: 20, lift: 2.3),
            WhoPattern.TitleRanking(title: "Analyst", conversionRate: 0.0909, sample: 33, lift: 0.21),
        ])
        #expect(pattern.industryRankings.map(\.conversionRate) == [1.0, 0.0909])
        #expect(pattern.industryRankings.map(\.lift) == [2.3, 0.21])
        #expect(pattern.sizeAnalysis.sweetSpot == "16-30")
        #expect(pattern.sizeAnalysis.distribution == [
            WhoPattern.SizeBucketRate(range: "16-30", conversionRate: 1.0, sample: 20),
            WhoPattern.SizeBucketRate(range: "251-500", conversionRate: 0.0909, sample: 33),
        ])
        let row = try detection.conversionPattern(clientId: Fixtures.clientId)
        #expect(row.patternType == .who)
        #expect(row.validUntil == Fixtures.now.adding(days: 14))
        #expect(row.patterns["computed_at"] == "2026-01-23T10:15:30")
        #expect(row.violations.isEmpty)
    }

    /// D#1: converted, bounced and unsubscribed are the outcomes; leads in sequence, older than
    /// 90 days or deleted are not in the sample; callers may add terminal statuses.
    @Test func outcomeSet() {
        var sample = padding(30, converted: 10)
        sample.append(Fixtures.lead(status: .inSequence))
        sample.append(Fixtures.lead(status: .converted, createdDaysAgo: 91))
        var deleted = Fixtures.lead(status: .converted)
        deleted.deletedAt = Fixtures.now
        sample.append(deleted)
        #expect(detector.detect(leads: sample, now: Fixtures.now).sampleSize == 30)
        let extended = WhoDetector(configuration: IntelligenceConfiguration(
            outcomes: OutcomePolicy(additionalTerminalStatuses: [.inSequence])))
        let detection = extended.detect(leads: sample, now: Fixtures.now)
        #expect(detection.sampleSize == 31)
        #expect(detection.pattern.baselineConversionRate == OutputRounding.round(10.0 / 31, places: 4))
    }

    /// §12a #11, #12, #15 and the default shape of §3.
    @Test func defaultPattern() throws {
        let detection = detector.detect(leads: padding(29, converted: 3), now: Fixtures.now)
        #expect(detection.isDefault)
        #expect(detection.sampleSize == 29)
        #expect(detection.confidence == DetectorStatistics.confidence(sampleSize: 29))
        let json = try detection.patternJSON()
        #expect(json["note"] == "Insufficient data for pattern detection. Need at least 30 leads with outcomes.")
        #expect(json["version"] == "2.0")
        #expect(json["sample_size"] == 0)
        #expect(json["baseline_conversion_rate"] == 0)
        #expect(json["size_analysis"] == ["sweet_spot": nil, "sweet_spot_rate": 0, "distribution": []])
        #expect(json["timing_signals"] == ["new_role_lift": 1, "hiring_lift": 1, "funded_lift": 1])
        #expect(json["objection_patterns"] == ["by_industry": [:], "by_company_size": [:], "overall_distribution": []])
        #expect(json["recommended_weights"] == nil)
    }

    @Test func objectionPatterns() {
        var sample = padding(30, converted: 10)
        func objecting(_ industry: String?, _ employees: Int?, _ objections: [String]) -> Lead {
            var lead = Fixtures.lead(industry: industry, employees: employees, status: .inSequence, createdDaysAgo: 400)
            lead.objectionsRaised = objections
            return lead
        }
        sample.append(objecting("SaaS", 20, ["price", "price", "timing"]))
        sample.append(objecting("SaaS", 300, ["price"]))
        sample.append(objecting(nil, 100, ["timing"]))
        sample.append(objecting("Retail", nil, []))
        let objections = detector.detect(leads: sample, now: Fixtures.now).pattern.objectionPatterns
        #expect(objections.byIndustry == ["SaaS": [WhoPattern.ObjectionCount(objection: "price", count: 3),
                                                   WhoPattern.ObjectionCount(objection: "timing", count: 1)]])
        #expect(objections.byCompanySize == [
            "small": [WhoPattern.ObjectionCount(objection: "price", count: 2), WhoPattern.ObjectionCount(objection: "timing", count: 1)],
            "large": [WhoPattern.ObjectionCount(objection: "price", count: 1)],
            "medium": [WhoPattern.ObjectionCount(objection: "timing", count: 1)],
        ])
        #expect(objections.overallDistribution == [WhoPattern.ObjectionTotal(objection: "price", count: 3, uniqueLeads: 2),
                                                   WhoPattern.ObjectionTotal(objection: "timing", count: 2, uniqueLeads: 2)])
    }

    @Test func industryObjectionPairsAreLimitedToTwenty() {
        var sample = padding(30, converted: 10)
        for index in 0..<25 {
            var lead = Fixtures.lead(industry: "Industry \(index)", status: .bounced, createdDaysAgo: 200)
            lead.objectionsRaised = Array(repeating: "price", count: 25 - index)
            sample.append(lead)
        }
        let byIndustry = detector.detect(leads: sample, now: Fixtures.now).pattern.objectionPatterns.byIndustry
        #expect(byIndustry.count == 20)
        #expect(byIndustry["Industry 19"] != nil)
        #expect(byIndustry["Industry 20"] == nil)
    }
}
