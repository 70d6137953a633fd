import AgencyCore
import Foundation

extension GrowthBrainAnalytics {
    /// How many past conversion events a prediction reads (the seed's `limit(100)`).
    public static let predictionHistoryLimit = 100
    /// A lead's confidence above which it is a high-value lead.
    public static let highValueConfidence: SQLNumeric = 0.85
    /// How many high-value leads a prediction lists.
    public static let highValueLeadLimit = 5

    /// The deterministic `conversion_prediction` event for the next 30 days.
    ///
    /// - History: the client's latest ``predictionHistoryLimit`` `conversion` events
    ///   (newest `created_at` first); n = their count, average days to convert from those
    ///   that record it, average value from those that record one.
    /// - Population: the client's leads that are neither test data nor deleted. The
    ///   conversion rate r = converted / population (0 when empty); open leads are tagged
    ///   Active or Follow-Up and not archived.
    /// - predicted = round(open · r · min(1, 30 / max(avg days, 1))) (factor 1 without history).
    /// - confidence = ``SampleConfidence`` of n, to 2 decimals.
    /// - High-value leads: open leads with confidence > 0.85, highest first (ties by id),
    ///   at most 5, probability = their confidence, value = the average conversion value.
    ///
    /// - Throws: `EncodingError` (not thrown in practice).
    public static func conversionPrediction(leads: [LeadMemory], conversions: [GrowthBrainEvent], clientId: ClientID,
                                            now: Timestamp) throws -> GrowthBrainEvent {
        let history = conversions
            .filter { $0.clientId == clientId && $0.eventType == .conversion }
            .sorted { $0.createdAt != $1.createdAt ? $0.createdAt > $1.createdAt : $0.id.description < $1.id.description }
            .prefix(predictionHistoryLimit)
        let snapshots: [ConversionSnapshot] = history.compactMap { event in
            guard let decoded = try? event.snapshot(), case .conversion(let snapshot) = decoded else { return nil }
            return snapshot
        }
        let days = snapshots.compactMap(\.daysToConvert)
        let values = snapshots.compactMap(\.conversionValue)
        let population = leads.filter { $0.clientId == clientId && !$0.isTest && !$0.deleted }
        let converted = population.filter { $0.currentTag == .converted }.count
        let open = population.filter { ($0.currentTag == .active || $0.currentTag == .followUp) && !$0.archived }
        let rate = population.isEmpty ? Decimal(0) : Decimal(converted) / Decimal(population.count)
        var horizon = Decimal(1)
        if !days.isEmpty {
            let average = Decimal(days.reduce(0, +)) / Decimal(days.count)
            horizon = min(1, Decimal(periodDays) / max(average, 1))
        }
        let predicted = GrowthBrainMath.roundedInt(Decimal(open.count) * rate * horizon)
        let estimatedValue = GrowthBrainMath.mean(values)
        let highValue = open
            .filter { ($0.confidenceScore ?? 0) > highValueConfidence }
            .sorted { lhs, rhs in
                let a = lhs.confidenceScore ?? 0
                let b = rhs.confidenceScore ?? 0
                return a != b ? a > b : lhs.id.description < rhs.id.description
            }
            .prefix(highValueLeadLimit)
            .map { HighValueLead(leadId: $0.id.description, probability: $0.confidenceScore, estimatedValue: estimatedValue) }
        var actions: [String] = []
        if open.contains(where: { $0.currentTag == .followUp }) { actions.append("Follow up with leads tagged 'Follow-Up'") }
        if !highValue.isEmpty { actions.append("Focus on high-confidence leads (>0.85)") }
        let confidence = SampleConfidence.numeric(sampleSize: history.count)
        let snapshot = ConversionPredictionSnapshot(
            predictedConversions: predicted, predictionWindow: "next_30_days", next30Days: true, confidence: confidence,
            highValueLeads: Array(highValue), recommendedActions: actions, basedOn: "\(history.count) historical conversions")
        return try GrowthBrainEvent(clientId: clientId, snapshot: .conversionPrediction(snapshot),
                                    insightText: "Predicted \(predicted) conversions in next 30 days",
                                    confidence: confidence, createdAt: now)
    }
}
