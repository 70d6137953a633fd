import AgencyCore
import AgencyOS
import Foundation

/// The FUNNEL detector: what happens after the booking (attendance, deals, wins, losses,
/// attribution, stage velocity), from typed meeting, deal and stage-change records.
///
/// Meetings and deals join to the client's leads (a record whose lead is not among `leads`
/// is left out, as the reference's inner join does). Meeting sections use the lookback
/// window on `booked_at`; deal sections use the funnel window (180 days). 0 is a value:
/// a Sunday, a midnight or a zero average is reported, never turned into `null` (D#10).
public struct FunnelDetector: Sendable {
    /// Windows, minimums and outcome set.
    public var configuration: IntelligenceConfiguration

    /// A detector with the given configuration.
    public init(configuration: IntelligenceConfiguration = .standard) {
        self.configuration = configuration
    }

    /// Stages in pipeline order; other stages follow in first-seen order.
    public static let stageOrder = ["qualification", "proposal", "negotiation", "verbal_commit", "contract_sent"]

    /// The funnel's own confidence (not the sample-size function of the other detectors):
    /// 0.3 below `minimumSample` samples; otherwise 0.9 (≥ 100), 0.7 (≥ 50) or 0.5, plus 0.1
    /// for ≥ 5 insights or 0.05 for ≥ 3, capped at 1.
    public static func confidence(totalSamples: Int, insightCount: Int, minimumSample: Int = 20) -> Double {
        guard totalSamples >= minimumSample else { return 0.3 }
        var confidence = totalSamples >= 100 ? 0.9 : totalSamples >= 50 ? 0.7 : 0.5
        if insightCount >= 5 {
            confidence += 0.1
        } else if insightCount >= 3 {
            confidence += 0.05
        }
        return min(confidence, 1.0)
    }

    /// Runs the detector at `now`.
    public func detect(leads: [Lead], input: FunnelInput, now: Timestamp) -> Detection<FunnelPattern> {
        var leadIndex: [ID<Lead>: Int] = [:]
        for index in leads.indices { leadIndex[leads[index].id] = index }
        let meetingCutoff = now.adding(days: -configuration.lookbackDays)
        let dealCutoff = now.adding(days: -configuration.funnelLookbackDays)
        let pattern = FunnelPattern(
            showRate: showRate(leads: leads, leadIndex: leadIndex, meetings: input.meetings, cutoff: meetingCutoff, now: now),
            meetingToDeal: meetingToDeal(leads: leads, leadIndex: leadIndex, input: input, cutoff: meetingCutoff),
            winRate: winRate(leadIndex: leadIndex, deals: input.deals, cutoff: dealCutoff),
            lostDeals: Self.lostDeals(input.deals, cutoff: dealCutoff),
            channelAttribution: Self.attribution(input.deals, cutoff: dealCutoff),
            velocity: Self.velocity(input, cutoff: dealCutoff))
        let confidence = Self.confidence(totalSamples: pattern.sampleSize, insightCount: pattern.insightCount,
                                         minimumSample: configuration.funnelMinimumSampleSize)
        return Detection(patternType: .funnel, pattern: pattern, sampleSize: pattern.sampleSize, confidence: confidence,
                         computedAt: now, isDefault: false)
    }

    func showRate(leads: [Lead], leadIndex: [ID<Lead>: Int], meetings: [MeetingRecord], cutoff: Timestamp,
                  now: Timestamp) -> FunnelPattern.ShowRate {
        var all = ConversionTally(), confirmed = ConversionTally(), unconfirmed = ConversionTally()
        var reminded = ConversionTally(), firstBooking = ConversionTally(), rescheduled = ConversionTally()
        var tiers: [ALSTier: ConversionTally] = [:]
        var dayCounts = Array(repeating: 0, count: 8), hourCounts = Array(repeating: 0, count: 24)
        for meeting in meetings {
            guard let lead = meeting.leadId.flatMap({ leadIndex[$0] }), meeting.scheduledAt <= now,
                  let showed = meeting.showedUp, meeting.bookedAt >= cutoff else { continue }
            all.record(converted: showed)
            if let tier = leads[lead].alsTier { tiers[tier, default: ConversionTally()].record(converted: showed) }
            if meeting.confirmed == true { confirmed.record(converted: showed) }
            if meeting.confirmed == false { unconfirmed.record(converted: showed) }
            if meeting.reminderSent == true { reminded.record(converted: showed) }
            if let count = meeting.rescheduledCount {
                if count == 0 { firstBooking.record(converted: showed) } else if count > 0 { rescheduled.record(converted: showed) }
            }
            if showed {
                dayCounts[meeting.scheduledAt.utcDate.isoWeekday] += 1
                hourCounts[meeting.scheduledAt.utcTimeOfDay.hour] += 1
            }
        }
        guard all.total > 0 else { return FunnelPattern.ShowRate(sampleSize: 0, overallRate: nil, bestDay: nil, bestHour: nil, insights: []) }
        let overall = all.rate * 100
        var insights: [FunnelInsight] = []
        if confirmed.total > 0, unconfirmed.total > 0, confirmed.rate * 100 > unconfirmed.rate * 100 + 10 {
            insights.append(FunnelInsight(
                type: "confirmation_impact",
                message: "Confirmed meetings show \(percentText(confirmed.rate * 100)) vs \(percentText(unconfirmed.rate * 100)) unconfirmed",
                impact: "high", action: "Always send confirmation requests"))
        }
        if reminded.total > 0, reminded.rate * 100 > overall + 5 {
            insights.append(FunnelInsight(
                type: "reminder_impact",
                message: "Reminded leads show \(percentText(reminded.rate * 100)) vs \(percentText(overall)) overall",
                impact: "medium", action: "Send reminders 24h before meetings"))
        }
        if rescheduled.total >= 5, firstBooking.total >= 5, firstBooking.rate * 100 > rescheduled.rate * 100 + 10 {
            insights.append(FunnelInsight(
                type: "reschedule_risk",
                message: "First-time bookings show \(percentText(firstBooking.rate * 100)) vs \(percentText(rescheduled.rate * 100)) rescheduled",
                impact: "medium", action: "Minimize reschedules; confirm commitment"))
        }
        var tierRates: [(String, Double)] = []
        for tier in [ALSTier.hot, .warm, .cool] {
            if let tally = tiers[tier], tally.total >= 5 { tierRates.append((tier.rawValue, tally.rate * 100)) }
        }
        if var best = tierRates.first {
            for entry in tierRates.dropFirst() where entry.1 > best.1 { best = entry }
            var insight = FunnelInsight(
                type: "als_tier_impact", message: "\(best.0.uppercased()) leads have highest show rate (\(percentText(best.1)))")
            insight.tierShowRates = Dictionary(uniqueKeysWithValues: tierRates)
            insight.bestTier = best.0
            insights.append(insight)
        }
        return FunnelPattern.ShowRate(sampleSize: all.total, overallRate: OutputRounding.round(overall, places: 1),
                                      bestDay: Self.mode(dayCounts), bestHour: Self.mode(hourCounts), insights: insights)
    }

    /// The most frequent value (index) with a non-zero count; the smallest on a tie, as
    /// PostgreSQL's `mode()` returns the first in sort order.
    static func mode(_ counts: [Int]) -> Int? {
        var best: Int?
        for (value, count) in counts.enumerated() where count > 0 && count > (best.map { counts[$0] } ?? 0) {
            best = value
        }
        return best
    }

    func meetingToDeal(leads: [Lead], leadIndex: [ID<Lead>: Int], input: FunnelInput,
                       cutoff: Timestamp) -> FunnelPattern.MeetingToDeal {
        var dealsByMeeting: [UUID: [Int]] = [:]
        for (index, deal) in input.deals.enumerated() {
            if let meeting = deal.meetingId { dealsByMeeting[meeting, default: []].append(index) }
        }
        var rows = ConversionTally(), good = ConversionTally(), bad = ConversionTally()
        var valueSum = 0.0, valueCount = 0
        var dealEmployees = 0.0, dealEmployeeCount = 0, otherEmployees = 0.0, otherEmployeeCount = 0
        for meeting in input.meetings {
            guard let lead = meeting.leadId.flatMap({ leadIndex[$0] }), meeting.showedUp == true,
                  meeting.bookedAt >= cutoff else { continue }
            let deals = dealsByMeeting[meeting.id] ?? []
            let joined: [Int?] = deals.isEmpty ? [nil] : deals.map { $0 }
            for deal in joined {
                let becameDeal = deal != nil
                rows.record(converted: becameDeal)
                if meeting.meetingOutcome == "good" { good.record(converted: becameDeal) }
                if meeting.meetingOutcome == "bad" { bad.record(converted: becameDeal) }
                if let deal, let value = input.deals[deal].value {
                    valueSum += value
                    valueCount += 1
                }
                if let employees = leads[lead].organizationEmployeeCount {
                    if becameDeal {
                        dealEmployees += Double(employees)
                        dealEmployeeCount += 1
                    } else {
                        otherEmployees += Double(employees)
                        otherEmployeeCount += 1
                    }
                }
            }
        }
        guard rows.total > 0 else { return FunnelPattern.MeetingToDeal(sampleSize: 0, meetingToDealRate: nil, avgDealValue: nil, insights: []) }
        var insights: [FunnelInsight] = []
        if good.total >= 5, bad.total >= 5 {
            var insight = FunnelInsight(
                type: "outcome_impact",
                message: "Good meetings convert \(percentText(good.rate * 100)) vs \(percentText(bad.rate * 100)) for bad meetings")
            insight.goodMeetingDealRate = OutputRounding.round(good.rate * 100, places: 1)
            insight.badMeetingDealRate = OutputRounding.round(bad.rate * 100, places: 1)
            insights.append(insight)
        }
        if dealEmployeeCount > 0, otherEmployeeCount > 0 {
            let dealAverage = dealEmployees / Double(dealEmployeeCount)
            let otherAverage = otherEmployees / Double(otherEmployeeCount)
            if dealAverage > otherAverage * 1.5 {
                var insight = FunnelInsight(
                    type: "company_size_preference",
                    message: "Larger companies (\(Int(dealAverage)) avg employees) more likely to become deals")
                insight.avgDealEmployees = Int(dealAverage)
                insight.avgNoDealEmployees = Int(otherAverage)
                insights.append(insight)
            }
        }
        return FunnelPattern.MeetingToDeal(
            sampleSize: rows.total, meetingToDealRate: OutputRounding.round(rows.rate * 100, places: 1),
            avgDealValue: valueCount > 0 ? valueSum / Double(valueCount) : 0, insights: insights)
    }

    func percentText(_ percentage: Double) -> String { OutputRounding.fixed(percentage, decimals: 0) + "%" }
}
