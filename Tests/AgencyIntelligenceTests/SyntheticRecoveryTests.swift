import AgencyCore
import AgencyIntelligence
import AgencyOS
import Foundation
import Testing

/// The detectors recover every effect the generator plants, within ±10 % of its true lift
/// (the lift the generator's probabilities imply for the realised population).
@Suite struct SyntheticRecoveryTests {
    static let data = Fixtures.planted
    static let whoDetection = WhoDetector().detect(leads: data.leads, now: data.now)
    static let whatDetection = WhatDetector().detect(activities: data.activities, now: data.now)
    static let whenDetection = WhenDetector().detect(activities: data.activities, now: data.now)
    static let howDetection = HowDetector().detect(leads: data.leads, activities: data.activities, now: data.now)
    static var who: WhoPattern { whoDetection.pattern }
    static var what: WhatPattern { whatDetection.pattern }
    static var when: WhenPattern { whenDetection.pattern }
    static var how: HowPattern { howDetection.pattern }

    static let normalizer = TitleNormalizer()

    static func isOutbound(_ activity: Activity) -> Bool {
        WhatDetector.outboundActions.contains(activity.action)
    }

    func expectWithinTenPercent(_ measured: Double, _ truth: Double, _ label: String) {
        #expect(abs(measured / truth - 1) <= 0.10, "\(label): measured \(measured), true \(truth)")
    }

    @Test func whoTitleIndustryAndSegment() throws {
        let data = Self.data
        let ceo = try #require(Self.who.titleRankings.first { $0.title == "ceo" })
        expectWithinTenPercent(ceo.lift, data.expectedLeadLift { lead, _ in Self.normalizer.normalize(lead.title) == "ceo" },
                               "title ceo")
        let saas = try #require(Self.who.industryRankings.first { $0.industry == "SaaS" })
        expectWithinTenPercent(saas.lift, data.expectedLeadLift { lead, _ in lead.organizationIndustry == "SaaS" },
                               "industry SaaS")
        // The planted segment itself (CEOs in SaaS), through the shared segment statistics.
        let outcomes = data.leads.filter { OutcomePolicy.standard.hasOutcome($0.status) }
        let rows = ConversionStatistics.conversionRates(
            of: outcomes, key: { Self.normalizer.normalize($0.title) == "ceo" && $0.organizationIndustry == "SaaS" },
            isConverted: { $0.status == .converted })
        let segment = try #require(rows.first { $0.key })
        let truth = data.expectedLeadLift { lead, _ in
            Self.normalizer.normalize(lead.title) == "ceo" && lead.organizationIndustry == "SaaS"
        }
        expectWithinTenPercent(segment.lift, truth, "CEO in SaaS")
        #expect(truth > 2)
        let owner = try #require(Self.who.titleRankings.first { $0.title == "owner" })
        expectWithinTenPercent(owner.lift, data.expectedLeadLift { lead, _ in Self.normalizer.normalize(lead.title) == "owner" },
                               "title owner (Founder, Co-Founder)")
        expectWithinTenPercent(Self.who.timingSignals.hiringLift,
                               data.expectedLeadLift { lead, _ in lead.organizationIsHiring == true }, "hiring")
    }

    @Test func howSequence() throws {
        let data = Self.data
        let baseline = try #require(Self.how.baselineConversionRate)
        let sequence = try #require(Self.how.sequencePatterns.winningSequences.first {
            $0.value == "email\u{2192}linkedin\u{2192}email"
        })
        let truth = data.expectedLeadLift { _, profile in profile.sequence == .emailThenLinkedIn }
        expectWithinTenPercent(sequence.conversionRate / baseline, truth, "email→linkedin")
        #expect(!Self.how.sequencePatterns.winningSequences.contains { $0.value == "email\u{2192}email\u{2192}email" })
        let linkedin = try #require(Self.how.channelEffectiveness.first { $0.value == "linkedin" })
        expectWithinTenPercent(try #require(linkedin.lift),
                               data.expectedLeadLift { _, profile in profile.sequence.rawValue.contains("linkedin") },
                               "channel linkedin")
    }

    @Test func whenDayAndHour() throws {
        let data = Self.data
        let baseline = try #require(Self.when.baselineConversionRate)
        let tuesday = try #require(Self.when.bestDays.first { $0.dayIndex == 2 })
        expectWithinTenPercent(tuesday.conversionRate / baseline,
                               data.expectedActivityLift(where: { $0.leadLocalDayOfWeek == 2 }, among: Self.isOutbound),
                               "Tuesday")
        let nine = try #require(Self.when.bestHours.first { $0.hour == 9 })
        expectWithinTenPercent(nine.conversionRate / baseline,
                               data.expectedActivityLift(where: { $0.leadLocalTime?.hour == 9 }, among: Self.isOutbound),
                               "9 am")
        // The planted window itself (Tuesday 9–10), through the shared segment statistics.
        let outbound = data.activities.filter(Self.isOutbound)
        let rows = ConversionStatistics.conversionRates(
            of: outbound, key: { $0.leadLocalDayOfWeek == 2 && $0.leadLocalTime?.hour == 9 }, isConverted: \.ledToBooking)
        let window = try #require(rows.first { $0.key })
        let truth = data.expectedActivityLift(
            where: { $0.leadLocalDayOfWeek == 2 && $0.leadLocalTime?.hour == 9 }, among: Self.isOutbound)
        // The one-hour window holds ~1.5 % of the touches, too few for ±10 %: it must be within
        // three standard errors of its true lift (the day and hour above carry the ±10 % check).
        let baselineRate = Double(outbound.filter(\.ledToBooking).count) / Double(outbound.count)
        let standardError = (truth * baselineRate * (1 - truth * baselineRate) / Double(window.sample)).squareRoot() / baselineRate
        #expect(abs(window.lift - truth) <= 3 * standardError, "Tuesday 9–10: measured \(window.lift), true \(truth)")
        #expect(truth > 1.3)
    }

    @Test func whatCallToAction() throws {
        let data = Self.data
        let baseline = try #require(Self.what.baselineConversionRate)
        let cta = try #require(Self.what.ctas.effective.first { $0.value == "quick call" })
        #expect(Self.what.ctas.effective.first?.value == "quick call")
        let truth = data.expectedActivityLift(where: { $0.contentSnapshot?.ctaUsed == "quick call" },
                                              among: { Self.isOutbound($0) && $0.contentSnapshot != nil })
        expectWithinTenPercent(cta.conversionRate / baseline, truth, "CTA quick call")
    }
}
