import AgencyCore
import AgencyIntelligence
import AgencyOS
import Foundation
import Testing

@Suite struct FunnelDetectorTests {
    let detector = FunnelDetector()
    /// Sunday 2026-01-18, midnight UTC.
    let sundayMidnight = Timestamp(year: 2026, month: 1, day: 18) ?? .unassigned

    func meeting(_ lead: Lead, showed: Bool?, confirmed: Bool? = nil, at time: Timestamp? = nil, outcome: String? = nil,
                 rescheduled: Int? = 0) -> MeetingRecord {
        MeetingRecord(id: UUID(), leadId: lead.id, bookedAt: Fixtures.now.adding(days: -10),
                      scheduledAt: time ?? sundayMidnight, showedUp: showed, confirmed: confirmed, reminderSent: nil,
                      rescheduledCount: rescheduled, meetingOutcome: outcome)
    }

    @Test func showRateReportsSundayAndMidnight() throws {
        let leads = (0..<20).map { _ in Fixtures.lead(status: .converted) }
        var meetings = leads.prefix(10).map { meeting($0, showed: true, confirmed: true) }
        meetings += leads.suffix(10).enumerated().map { index, lead in
            meeting(lead, showed: index < 3, confirmed: false, at: sundayMidnight.adding(days: 1).adding(hours: 9))
        }
        meetings.append(MeetingRecord(id: UUID(), leadId: ID(UUID()), bookedAt: Fixtures.now, scheduledAt: sundayMidnight,
                                      showedUp: true))
        meetings.append(meeting(leads[0], showed: nil))
        meetings.append(meeting(leads[0], showed: true, at: Fixtures.now.adding(days: 2)))
        let show = detector.detect(leads: leads, input: FunnelInput(meetings: meetings), now: Fixtures.now).pattern.showRate
        #expect(show.sampleSize == 20)
        #expect(show.overallRate == 65)
        #expect(show.bestDay == 7)
        #expect(show.bestHour == 0)
        #expect(show.insights.map(\.type) == ["confirmation_impact"])
        #expect(show.insights.first?.message == "Confirmed meetings show 100% vs 30% unconfirmed")
        let json = try JSONValue(encoding: show)
        #expect(json["best_hour"] == 0)
        #expect(json["best_day"] == 7)
    }

    @Test func meetingToDealWinRateAndLosses() throws {
        let leads = (0..<12).map { index in
            var lead = Fixtures.lead(status: .converted)
            lead.organizationEmployeeCount = index < 6 ? 300 : 20
            return lead
        }
        let meetings = leads.enumerated().map { index, lead in meeting(lead, showed: true, outcome: index < 6 ? "good" : "bad") }
        var deals: [DealRecord] = []
        for index in 0..<6 {
            deals.append(DealRecord(id: UUID(), leadId: leads[index].id, meetingId: meetings[index].id, value: 1000,
                                    won: index < 3, closedAt: Fixtures.now.adding(days: -1),
                                    createdAt: Fixtures.now.adding(days: -20), lostReason: index == 3 ? nil : "price_too_high",
                                    daysToClose: index < 3 ? 0 : 12, touchesBeforeDeal: 4, firstTouchChannel: "email"))
        }
        deals.append(DealRecord(id: UUID(), leadId: leads[0].id, meetingId: meetings[0].id, value: 3000, won: nil,
                                createdAt: Fixtures.now.adding(days: -5), firstTouchChannel: "linkedin"))
        let changes = [
            DealStageChange(dealId: deals[0].id, fromStage: "proposal", toStage: "negotiation", daysInPreviousStage: 3),
            DealStageChange(dealId: deals[3].id, fromStage: "qualification", toStage: "proposal", daysInPreviousStage: 5),
            DealStageChange(dealId: deals[4].id, fromStage: "discovery", toStage: "qualification", daysInPreviousStage: 1),
            DealStageChange(dealId: deals[0].id, fromStage: nil, toStage: "qualification", daysInPreviousStage: nil),
        ]
        let detection = detector.detect(leads: leads, input: FunnelInput(meetings: meetings, deals: deals, stageChanges: changes),
                                        now: Fixtures.now)
        let pattern = detection.pattern
        // Meeting 0 joins two deals, so meeting_to_deal has 13 rows (LEFT JOIN semantics).
        #expect(pattern.meetingToDeal.sampleSize == 13)
        #expect(pattern.meetingToDeal.meetingToDealRate == OutputRounding.round(7.0 / 13 * 100, places: 1))
        #expect(pattern.meetingToDeal.avgDealValue == 9000.0 / 7)
        #expect(pattern.meetingToDeal.insights.map(\.type) == ["outcome_impact", "company_size_preference"])
        // Won deals closed in 0 days: 0 is a value, so the velocity insight is reported.
        #expect(pattern.winRate.sampleSize == 6)
        #expect(pattern.winRate.winRate == 50)
        #expect(pattern.winRate.avgDaysToClose == 0)
        #expect(pattern.winRate.insights.map(\.type) == ["velocity_indicator", "touch_count"])
        #expect(pattern.winRate.insights.first?.message == "Won deals close in 0 days vs 12 for lost")
        #expect(pattern.lostDeals == FunnelPattern.LostDeals(sampleSize: 3, topReasons: [
            FunnelPattern.LostReason(reason: "price_too_high", count: 2, percentage: 66.7, totalValueLost: 2000, avgDaysInPipeline: 12),
            FunnelPattern.LostReason(reason: "unknown", count: 1, percentage: 33.3, totalValueLost: 1000, avgDaysInPipeline: 12),
        ]))
        #expect(pattern.channelAttribution.channels.map(\.channel) == ["email"])
        #expect(pattern.channelAttribution.totalRevenue == 3000)
        #expect(pattern.velocity.stageVelocity.map(\.stage) == ["qualification", "proposal", "discovery"])
        #expect(pattern.velocity.sampleSize == 3)
        #expect(pattern.showRate.sampleSize == 12)
        #expect(detection.sampleSize == 12 + 13 + 6)
        #expect(pattern.insightCount == 4)
        #expect(abs(detection.confidence - 0.55) < 1e-12)
    }

    @Test func emptyFunnelShape() throws {
        let detection = detector.detect(leads: [], input: FunnelInput(), now: Fixtures.now)
        let json = try detection.patternJSON()
        #expect(json == [
            "show_rate": ["sample_size": 0, "insights": []], "meeting_to_deal": ["sample_size": 0, "insights": []],
            "win_rate": ["sample_size": 0, "insights": []], "lost_deals": ["sample_size": 0, "top_reasons": []],
            "channel_attribution": ["sample_size": 0, "channels": []], "velocity": ["sample_size": 0, "stage_velocity": []],
        ])
        #expect(detection.patternType == .funnel)
        #expect(try detection.conversionPattern(clientId: Fixtures.clientId).violations.isEmpty)
    }
}
