import AgencyCore
import Foundation

extension GrowthBrainAnalytics {
    /// The engagement metrics and score (0–100) of a set of leads:
    /// `round(40 · active/total + 30 · avg_confidence + 30 · converted/total)`, where
    /// active means tagged Active or Follow-Up and neither archived nor deleted, converted
    /// means tagged Converted and not deleted, and a missing average confidence counts as 0.
    /// No leads score 0.
    public static func engagement(of leads: [LeadMemory]) -> (score: Int, metrics: EngagementMetrics) {
        let active = leads.filter { ($0.currentTag == .active || $0.currentTag == .followUp) && !$0.archived && !$0.deleted }.count
        let converted = leads.filter { $0.currentTag == .converted && !$0.deleted }.count
        let confidence = GrowthBrainMath.mean(leads.compactMap(\.confidenceScore))
        let high = GrowthBrainMath.ratio(leads.filter { isHighUrgency($0.urgency) }.count, leads.count)
        let metrics = EngagementMetrics(totalLeads: leads.count, activeLeads: active, convertedLeads: converted,
                                        avgConfidence: confidence, highUrgencyPct: high)
        guard !leads.isEmpty else { return (0, metrics) }
        let total = Decimal(leads.count)
        let raw = 40 * Decimal(active) / total + 30 * (confidence?.decimal ?? 0) + 30 * Decimal(converted) / total
        return (GrowthBrainMath.roundedInt(raw), metrics)
    }

    /// The `engagement_score` event of the current period, with its trend against the
    /// previous period (a change of 5 points or more moves it; no previous leads: stable).
    /// Confidence from the number of leads.
    ///
    /// - Throws: `EncodingError` (not thrown in practice).
    public static func engagementScore(of leads: [LeadMemory], clientId: ClientID, now: Timestamp) throws -> GrowthBrainEvent {
        let period = currentPeriod(leads, clientId: clientId, now: now)
        let previous = previousPeriod(leads, clientId: clientId, now: now)
        let (score, metrics) = engagement(of: period)
        let previousScore = previous.isEmpty ? nil : Decimal(engagement(of: previous).score)
        let trend = GrowthBrainMath.trend(Decimal(score), previous: previousScore, threshold: 5)
        let snapshot = EngagementSnapshot(overallScore: score, trend: trend, period: periodName, metrics: metrics)
        return try GrowthBrainEvent(
            clientId: clientId, snapshot: .engagementScore(snapshot),
            insightText: "Engagement score \(score)/100 over the last 30 days (\(trend))",
            confidence: SampleConfidence.numeric(sampleSize: period.count), createdAt: now)
    }
}
