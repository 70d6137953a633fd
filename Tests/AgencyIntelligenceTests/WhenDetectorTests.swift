import AgencyCore
import AgencyIntelligence
import AgencyOS
import Foundation
import Testing

@Suite struct WhenDetectorTests {
    let detector = WhenDetector()

    func activity(lead: ID<Lead> = ID(UUID()), converted: Bool = false, at time: Timestamp,
                  configure: (inout Activity) -> Void = { _ in }) -> Activity {
        var activity = Activity(id: ID(UUID()), clientId: Fixtures.clientId, campaignId: Fixtures.campaignId, leadId: lead,
                                channel: .email, action: "email_sent", ledToBooking: converted, createdAt: time)
        configure(&activity)
        return activity
    }

    /// 2026-01-12 (a Monday) plus `days` at `hour` UTC.
    func day(_ days: Int, hour: Int = 12) -> Timestamp {
        (Timestamp(year: 2026, month: 1, day: 12, hour: hour) ?? .unassigned).adding(days: days)
    }

    /// D#9: one ISO convention; D#10: Sunday (7) and midnight (0) are real values.
    @Test func daysAndHours() {
        var activities: [Activity] = []
        for index in 0..<10 {
            activities.append(activity(converted: index < 5, at: day(0)) {
                $0.leadLocalDayOfWeek = 7
                $0.leadLocalTime = TimeOfDay(hour: 0, minute: 30)
            })
        }
        for index in 0..<10 { activities.append(activity(converted: index < 1, at: day(1, hour: 14))) }
        for index in 0..<10 {
            activities.append(activity(converted: index < 2, at: day(2, hour: 9)) { $0.leadLocalDayOfWeek = 0 })
        }
        let pattern = detector.detect(activities: activities, now: Fixtures.now).pattern
        #expect(pattern.bestDays == [
            WhenPattern.DayRate(day: "Sunday", dayIndex: 7, conversionRate: 0.5, sample: 10),
            WhenPattern.DayRate(day: "Wednesday", dayIndex: 3, conversionRate: 0.2, sample: 10),
            WhenPattern.DayRate(day: "Tuesday", dayIndex: 2, conversionRate: 0.1, sample: 10),
        ])
        #expect(pattern.bestHours == [
            WhenPattern.HourRate(hour: 0, conversionRate: 0.5, sample: 10),
            WhenPattern.HourRate(hour: 9, conversionRate: 0.2, sample: 10),
            WhenPattern.HourRate(hour: 14, conversionRate: 0.1, sample: 10),
        ])
        #expect(pattern.convertingTouchDistribution == ["touch_1": 1.0, "touch_2": 0, "touch_3": 0, "touch_4": 0,
                                                        "touch_5": 0, "touch_6": 0])
    }

    @Test func tiesKeepTheLowerDay() {
        let activities = (0..<30).map { index in
            activity(converted: index % 10 == 0, at: day(2 - index / 10))
        }
        #expect(detector.detect(activities: activities, now: Fixtures.now).pattern.bestDays.map(\.dayIndex) == [1, 2, 3])
    }

    @Test func convertingTouchFallsBackToSequenceStepThenOne() {
        var activities = (0..<27).map { _ in activity(at: day(0)) }
        activities.append(activity(converted: true, at: day(0)) { $0.touchNumber = 3 })
        activities.append(activity(converted: true, at: day(0)) { $0.touchNumber = 0; $0.sequenceStep = 2 })
        activities.append(activity(converted: true, at: day(0)) { $0.touchNumber = 9 })
        activities.append(activity(converted: true, at: day(0)))
        let distribution = detector.detect(activities: activities, now: Fixtures.now).pattern.convertingTouchDistribution
        #expect(distribution == ["touch_1": 0.25, "touch_2": 0.25, "touch_3": 0.25, "touch_4": 0, "touch_5": 0, "touch_6": 0])
    }

    @Test func sequenceGaps() {
        var activities: [Activity] = []
        // Three converting leads with touches 0, 2, 5 days apart (and one 40 days later), listed out of order.
        for (offset, gaps) in [[0, 2, 5, 45], [0, 3, 4, 44], [0, 1, 9, 49]].enumerated() {
            let lead = ID<Lead>(UUID())
            for (position, start) in gaps.enumerated().reversed() {
                activities.append(activity(lead: lead, converted: position == 1 && offset == 0 || position == 2 && offset > 0,
                                           at: day(-60 + start)))
            }
        }
        // A non-converting lead: its gaps do not count.
        let quiet = ID<Lead>(UUID())
        for start in [0, 10, 20] { activities.append(activity(lead: quiet, at: day(-60 + start))) }
        activities += (0..<15).map { _ in activity(at: day(0)) }
        // A converting lead whose stored gap wins over the computed one.
        let stored = ID<Lead>(UUID())
        activities.append(activity(lead: stored, converted: true, at: day(-50)))
        activities.append(activity(lead: stored, at: day(-40)) { $0.daysSinceLastTouch = 1 })
        let gaps = detector.detect(activities: activities, now: Fixtures.now).pattern.optimalSequenceGaps
        // touch_1_to_2: 2, 3, 1 and the stored 1 → sorted [1, 1, 2, 3], element 2 = 2.
        // touch_2_to_3: 3, 1, 8 → [1, 3, 8] → 3. touch_3_to_4: 40 days (dropped, ≥ 30).
        #expect(gaps == ["touch_1_to_2": 2, "touch_2_to_3": 3])
    }

    @Test func engagementTiming() {
        var activities = (0..<26).map { _ in activity(at: day(0)) }
        activities.append(activity(converted: true, at: day(0)) {
            $0.emailOpened = true; $0.timeToOpenMinutes = 10; $0.emailClicked = true; $0.timeToClickMinutes = 25
        })
        activities.append(activity(at: day(0)) { $0.emailOpened = true; $0.timeToOpenMinutes = 30 })
        activities.append(activity(at: day(0)) { $0.emailOpened = true; $0.timeToOpenMinutes = 20; $0.timeToClickMinutes = 15 })
        activities.append(activity(at: day(0)) { $0.channel = .linkedin; $0.action = "linkedin_sent" })
        let timing = detector.detect(activities: activities, now: Fixtures.now).pattern.engagementTiming
        #expect(timing == WhenPattern.EngagementTiming(
            avgTimeToOpenMinutes: 20, medianTimeToOpenMinutes: 20, avgTimeToClickMinutes: 20, medianTimeToClickMinutes: 25,
            medianOpenToClickMinutes: 15, optimalOpenWindowMinutes: 10, optimalClickWindowMinutes: 25,
            openRate: OutputRounding.round(3.0 / 29 * 100, places: 2), clickRate: OutputRounding.round(1.0 / 29 * 100, places: 2),
            clickToOpenRate: 33.33))
    }

    @Test func timezones() {
        var activities = (0..<10).map { index in
            activity(at: day(0)) {
                $0.leadTimezone = "Australia/Sydney"
                $0.leadLocalTime = TimeOfDay(hour: 0)
                $0.emailOpened = index < 4
                $0.timeToOpenMinutes = index < 4 ? 10 : nil
            }
        }
        activities += (0..<6).map { _ in activity(at: day(0)) { $0.leadTimezone = "Europe/London" } }
        activities += (0..<4).map { _ in activity(at: day(0)) { $0.leadTimezone = "Asia/Tokyo" } }
        activities += (0..<10).map { _ in activity(at: day(0)) }
        activities += (0..<5).map { _ in activity(at: day(0)) { $0.leadTimezone = "Europe/Paris"; $0.action = "linkedin_sent" } }
        let insights = detector.detect(activities: activities, now: Fixtures.now).pattern.timezoneInsights
        #expect(insights.byTimezone == [
            WhenPattern.TimezoneRate(timezone: "Australia/Sydney", sample: 10, openRate: 40, clickRate: 0, avgTimeToOpen: 10,
                                     avgSendHourLocal: 0),
            WhenPattern.TimezoneRate(timezone: "Europe/London", sample: 6, openRate: 0, clickRate: 0, avgTimeToOpen: 0,
                                     avgSendHourLocal: 12),
        ])
        #expect(insights.timezoneCoverage == OutputRounding.round(25.0 / 35, places: 4))
    }

    /// §5 default, §12a #13.
    @Test func defaultPatternUsesDefaultGaps() throws {
        let detection = detector.detect(activities: (0..<5).map { _ in activity(at: day(0)) }, now: Fixtures.now)
        #expect(detection.pattern.optimalSequenceGaps == ["touch_1_to_2": 2, "touch_2_to_3": 3, "touch_3_to_4": 4])
        let json = try detection.patternJSON()
        #expect(json["note"] == "Insufficient data. Using default gaps.")
        #expect(json["version"] == "2.0")
        #expect(json["sample_size"] == 0)
        #expect(detection.sampleSize == 5)
        #expect(json["timezone_insights"] == ["by_timezone": [], "timezone_coverage": 0])
        #expect(json["engagement_timing"] == [:])
        #expect(json["baseline_conversion_rate"] == nil)
        let full = detector.detect(activities: (0..<30).map { _ in activity(at: day(0)) }, now: Fixtures.now).pattern
        #expect(full.optimalSequenceGaps.isEmpty)
        #expect(full.convertingTouchDistribution.isEmpty)
    }
}
