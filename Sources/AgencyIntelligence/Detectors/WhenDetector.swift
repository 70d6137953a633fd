import AgencyCore
import AgencyOS

/// The WHEN detector: which days, hours, touches and gaps go with converting touches.
///
/// Sample: outbound activities (`sent`, `email_sent`, `sms_sent`, `linkedin_sent`) created
/// within the lookback window; no content is required. Days are ISO weekdays (Monday = 1 …
/// Sunday = 7) everywhere: `lead_local_day_of_week` is read as ISO, and the fallback is the
/// ISO weekday of `created_at` in UTC (D#9). Hour 0 (midnight) is a real hour. Pass the
/// activities of **one** client.
public struct WhenDetector: Sendable {
    /// Windows and minimums.
    public var configuration: IntelligenceConfiguration

    /// A detector with the given configuration.
    public init(configuration: IntelligenceConfiguration = .standard) {
        self.configuration = configuration
    }

    struct Row {
        var lead: ID<Lead>
        var createdAt: Int64
        var daysSinceLastTouch: Int?
        var touchNumber: Int?
        var converted: Bool
    }

    /// Runs the detector over one client's activities at `now`.
    public func detect(activities: [Activity], now: Timestamp) -> Detection<WhenPattern> {
        let cutoff = now.adding(days: -configuration.lookbackDays)
        var all = ConversionTally()
        var days = Array(repeating: ConversionTally(), count: 8)
        var hours = Array(repeating: ConversionTally(), count: 24)
        var touches: [Int: Int] = [:]
        var rows: [Row] = []
        var engagement = EngagementAccumulator()
        var zones = TimezoneAccumulator()
        var withTimezone = 0
        activities.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            for index in 0..<buffer.count {
                let activity = base + index
                guard activity.pointee.createdAt >= cutoff else { continue }
                let action = activity.pointee.action
                if action == "sent" || action == "email_sent" { zones.add(activity) }
                guard WhatDetector.isOutbound(action) else { continue }
                let converted = activity.pointee.ledToBooking
                all.record(converted: converted)
                let created = activity.pointee.createdAt
                let day = activity.pointee.leadLocalDayOfWeek.flatMap { (1...7).contains($0) ? $0 : nil }
                    ?? created.utcDate.isoWeekday
                days[day].record(converted: converted)
                hours[activity.pointee.leadLocalTime?.hour ?? created.utcTimeOfDay.hour].record(converted: converted)
                if converted {
                    let touch = nonZero(activity.pointee.touchNumber) ?? nonZero(activity.pointee.sequenceStep) ?? 1
                    touches[touch, default: 0] += 1
                }
                rows.append(Row(lead: activity.pointee.leadId, createdAt: created.microsecondsSinceEpoch,
                                daysSinceLastTouch: activity.pointee.daysSinceLastTouch,
                                touchNumber: activity.pointee.touchNumber, converted: converted))
                engagement.add(activity)
                if activity.pointee.leadTimezone != nil { withTimezone += 1 }
            }
        }
        let confidence = configuration.confidence(sampleSize: all.total)
        guard all.total >= configuration.minimumSampleSize else {
            return Detection(patternType: .when, pattern: .defaultPattern(computedAt: now.naiveISOText),
                             sampleSize: all.total, confidence: confidence, computedAt: now, isDefault: true)
        }
        let baseline = all.rate
        let coverage = OutputRounding.round(Double(withTimezone) / Double(all.total), places: 4)
        let pattern = WhenPattern(
            computedAt: now.naiveISOText, sampleSize: all.total,
            baselineConversionRate: OutputRounding.round(baseline, places: 4),
            bestDays: Self.dayRows(days), bestHours: Self.hourRows(hours),
            convertingTouchDistribution: Self.touchDistribution(touches, conversions: all.converted),
            optimalSequenceGaps: Self.sequenceGaps(rows),
            engagementTiming: engagement.timing(),
            timezoneInsights: WhenPattern.TimezoneInsights(
                byTimezone: zones.rows(), timezoneCoverage: coverage))
        return Detection(patternType: .when, pattern: pattern, sampleSize: all.total, confidence: confidence,
                         computedAt: now, isDefault: false)
    }

    static func dayRows(_ days: [ConversionTally]) -> [WhenPattern.DayRate] {
        let rows = (1...7).filter { days[$0].total >= SegmentMinimum.standard }.map { day in
            WhenPattern.DayRate(day: WhenPattern.dayNames[day - 1], dayIndex: day,
                                conversionRate: OutputRounding.round(days[day].rate, places: 4), sample: days[day].total)
        }
        return Array(rows.stablySorted(by: \.conversionRate).prefix(5))
    }

    static func hourRows(_ hours: [ConversionTally]) -> [WhenPattern.HourRate] {
        let rows = (0..<24).filter { hours[$0].total >= SegmentMinimum.standard }.map { hour in
            WhenPattern.HourRate(hour: hour, conversionRate: OutputRounding.round(hours[hour].rate, places: 4),
                                 sample: hours[hour].total)
        }
        return Array(rows.stablySorted(by: \.conversionRate).prefix(5))
    }

    static func touchDistribution(_ touches: [Int: Int], conversions: Int) -> [String: Double] {
        guard conversions > 0 else { return [:] }
        var result: [String: Double] = [:]
        for touch in 1...6 {
            result["touch_\(touch)"] = OutputRounding.round(Double(touches[touch] ?? 0) / Double(conversions), places: 2)
        }
        return result
    }
}

@inline(__always)
func nonZero(_ value: Int?) -> Int? {
    guard let value, value != 0 else { return nil }
    return value
}
