import AgencyCore
import Foundation

/// Pure functions over a client's data that produce growth-brain events. Deterministic:
/// the same rows and `now` give the same event, timestamps come from the caller.
///
/// The period analyses (urgency, tone, engagement) look at the seed's urgency-query
/// population: the client's leads with `is_test = false` and `timestamp > now − 30 days`
/// (deleted and archived leads included, as that query does not exclude them).
public enum GrowthBrainAnalytics {
    /// Days in an analysis period.
    public static let periodDays = 30
    /// The period's name in snapshots.
    public static let periodName = "last_30_days"
    /// The confidence the seed gives a conversion event.
    public static let conversionConfidence: SQLNumeric = 0.95

    /// The leads of the current period: `clientId`'s, not test data, arrived after
    /// `now − 30 days`.
    public static func currentPeriod(_ leads: [LeadMemory], clientId: ClientID, now: Timestamp) -> [LeadMemory] {
        let start = now.adding(days: -periodDays)
        return leads.filter { $0.clientId == clientId && !$0.isTest && $0.timestamp > start }
    }

    /// The leads of the period before it (`now − 60 days < timestamp ≤ now − 30 days`),
    /// for trends.
    public static func previousPeriod(_ leads: [LeadMemory], clientId: ClientID, now: Timestamp) -> [LeadMemory] {
        let start = now.adding(days: -2 * periodDays)
        let end = now.adding(days: -periodDays)
        return leads.filter { $0.clientId == clientId && !$0.isTest && $0.timestamp > start && $0.timestamp <= end }
    }

    // MARK: Conversion and reversion

    /// The `conversion` event of `lead` converted at `time`: whole days from its arrival,
    /// and its touch points — the actions recorded for it before the conversion.
    ///
    /// - Throws: `EncodingError` (not thrown in practice).
    public static func conversion(of lead: LeadMemory, priorActions: [LeadAction], at time: Timestamp,
                                  conversionValue: SQLNumeric? = nil) throws -> GrowthBrainEvent {
        let days = time.wholeDays(since: lead.timestamp)
        let touchPoints = priorActions.filter { $0.leadId == lead.id && $0.timestamp <= time }.count
        let snapshot = ConversionSnapshot(
            leadId: lead.id.description, leadName: lead.name, conversionValue: conversionValue, daysToConvert: days,
            touchPoints: touchPoints, initialUrgency: lead.initialUrgency, initialTone: lead.initialTone,
            finalTag: LeadTag.converted.rawValue)
        return try GrowthBrainEvent(
            clientId: lead.clientId, snapshot: .conversion(snapshot),
            insightText: "Lead \"\(lead.name)\" converted in \(days) days with \(touchPoints) touch points",
            confidence: conversionConfidence, createdAt: time)
    }

    /// The `reversion` event of `lead` reverted from `Converted` at `time` for `reason`.
    ///
    /// - Throws: `EncodingError` (not thrown in practice).
    public static func reversion(of lead: LeadMemory, reason: String, at time: Timestamp) throws -> GrowthBrainEvent {
        let snapshot = ReversionSnapshot(reason: reason, previousTag: LeadTag.converted.rawValue,
                                         leadId: lead.id.description, leadName: lead.name)
        return try GrowthBrainEvent(clientId: lead.clientId, snapshot: .reversion(snapshot),
                                    insightText: "Lead \"\(lead.name)\" reverted from Converted: \(reason)", createdAt: time)
    }

    // MARK: Urgency

    /// The seed's urgency query over the current period: one bucket per urgency (`NULL`
    /// is a group of its own), its count and `ROUND(count · 100.0 / total, 2)`; most
    /// frequent first, ties by urgency (bytewise, `NULL` last).
    public static func urgencyDistribution(of leads: [LeadMemory], clientId: ClientID, now: Timestamp) -> [UrgencyBucket] {
        let period = currentPeriod(leads, clientId: clientId, now: now)
        var counts: [String?: Int] = [:]
        for lead in period { counts[lead.urgency, default: 0] += 1 }
        return counts.sorted { lhs, rhs in
            if lhs.value != rhs.value { return lhs.value > rhs.value }
            switch (lhs.key, rhs.key) {
            case (nil, _): return false
            case (_, nil): return true
            case (let a?, let b?): return a.utf8.lexicographicallyPrecedes(b.utf8)
            }
        }.map { UrgencyBucket(urgency: $0.key, count: $0.value, percentage: GrowthBrainMath.percentage($0.value, period.count)) }
    }

    /// Whether an urgency counts as high (`High`, any case).
    public static func isHighUrgency(_ urgency: String?) -> Bool { urgency?.lowercased() == "high" }

    /// The `urgency_trend` event: the distribution, the share of high-urgency leads
    /// (2 decimals), and its trend against the previous period (±0.05 or more moves it).
    /// Confidence from the number of leads.
    ///
    /// - Throws: `EncodingError` (not thrown in practice).
    public static func urgencyTrend(of leads: [LeadMemory], clientId: ClientID, now: Timestamp) throws -> GrowthBrainEvent {
        let period = currentPeriod(leads, clientId: clientId, now: now)
        let previous = previousPeriod(leads, clientId: clientId, now: now)
        let high = GrowthBrainMath.ratio(period.filter { isHighUrgency($0.urgency) }.count, period.count)
        let previousHigh = previous.isEmpty ? nil : GrowthBrainMath.ratio(previous.filter { isHighUrgency($0.urgency) }.count, previous.count)
        let trend = GrowthBrainMath.trend(high.decimal, previous: previousHigh?.decimal, threshold: Decimal(string: "0.05") ?? 0)
        let snapshot = UrgencyTrendSnapshot(highUrgencyPct: high, trend: trend, period: periodName, totalLeads: period.count,
                                            distribution: urgencyDistribution(of: leads, clientId: clientId, now: now))
        let percent = GrowthBrainMath.percentage(period.filter { isHighUrgency($0.urgency) }.count, period.count)
        return try GrowthBrainEvent(
            clientId: clientId, snapshot: .urgencyTrend(snapshot),
            insightText: "High urgency: \(percent)% of \(period.count) leads in the last 30 days (\(trend))",
            confidence: SampleConfidence.numeric(sampleSize: period.count), createdAt: now)
    }

    // MARK: Tone

    /// The `tone_distribution` event: each tone (lower case) with its share of the
    /// current period's leads that have a tone, to 2 decimals. Confidence from that count.
    ///
    /// - Throws: `EncodingError` (not thrown in practice).
    public static func toneDistribution(of leads: [LeadMemory], clientId: ClientID, now: Timestamp) throws -> GrowthBrainEvent {
        let tones = currentPeriod(leads, clientId: clientId, now: now).compactMap { lead -> String? in
            guard let tone = lead.tone?.trimmingCharacters(in: .whitespacesAndNewlines), !tone.isEmpty else { return nil }
            return tone.lowercased()
        }
        var counts: [String: Int] = [:]
        for tone in tones { counts[tone, default: 0] += 1 }
        let shares = counts.mapValues { GrowthBrainMath.ratio($0, tones.count) }
        let top = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }.first
        let insight = top.map { "Most common tone: \($0.key) (\(GrowthBrainMath.percentage($0.value, tones.count))% of \(tones.count) leads)" }
            ?? "No tone data in the last 30 days"
        return try GrowthBrainEvent(clientId: clientId, snapshot: .toneDistribution(ToneDistributionSnapshot(shares: shares)),
                                    insightText: insight, confidence: SampleConfidence.numeric(sampleSize: tones.count),
                                    createdAt: now)
    }
}
