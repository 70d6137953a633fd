import AgencyCore

/// A lead the prediction expects to convert.
public struct HighValueLead: Codable, Hashable, Sendable {
    /// The lead's id.
    public var leadId: String?
    /// Probability of converting, 0–1.
    public var probability: SQLNumeric?
    /// Expected value.
    public var estimatedValue: SQLNumeric?
    /// Members this type does not know, and known members holding `null`, verbatim.
    public var additionalFields: [String: JSONValue]

    /// Creates an entry.
    public init(leadId: String? = nil, probability: SQLNumeric? = nil, estimatedValue: SQLNumeric? = nil,
                additionalFields: [String: JSONValue] = [:]) {
        self.leadId = leadId
        self.probability = probability
        self.estimatedValue = estimatedValue
        self.additionalFields = additionalFields
    }

    /// Reads the object, keeping unknown members.
    public init(from decoder: any Decoder) throws {
        var reader = try SnapshotReader(from: decoder)
        leadId = try reader.take("lead_id")
        probability = try reader.take("probability")
        estimatedValue = try reader.take("estimated_value")
        additionalFields = reader.remaining
    }

    /// Writes the object with the kept members.
    public func encode(to encoder: any Encoder) throws {
        var writer = SnapshotWriter(keeping: additionalFields)
        try writer.put("lead_id", leadId)
        try writer.put("probability", probability)
        try writer.put("estimated_value", estimatedValue)
        try writer.encode(to: encoder)
    }
}

/// The `learning_snapshot` of a `conversion_prediction` event; unknown members are kept.
public struct ConversionPredictionSnapshot: Codable, Hashable, Sendable {
    /// Conversions expected in the window.
    public var predictedConversions: Int?
    /// The window, e.g. `next_30_days`.
    public var predictionWindow: String?
    /// Whether the window is the next 30 days.
    public var next30Days: Bool?
    /// Confidence in the prediction, 0–1.
    public var confidence: SQLNumeric?
    /// Leads most likely to convert.
    public var highValueLeads: [HighValueLead]?
    /// What to do next.
    public var recommendedActions: [String]?
    /// What the prediction rests on, e.g. `12 historical conversions`.
    public var basedOn: String?
    /// Members this type does not know, and known members holding `null`, verbatim.
    public var additionalFields: [String: JSONValue]

    /// Creates a snapshot.
    public init(predictedConversions: Int? = nil, predictionWindow: String? = nil, next30Days: Bool? = nil,
                confidence: SQLNumeric? = nil, highValueLeads: [HighValueLead]? = nil, recommendedActions: [String]? = nil,
                basedOn: String? = nil, additionalFields: [String: JSONValue] = [:]) {
        self.predictedConversions = predictedConversions
        self.predictionWindow = predictionWindow
        self.next30Days = next30Days
        self.confidence = confidence
        self.highValueLeads = highValueLeads
        self.recommendedActions = recommendedActions
        self.basedOn = basedOn
        self.additionalFields = additionalFields
    }

    /// Reads the object, keeping unknown members.
    public init(from decoder: any Decoder) throws {
        var reader = try SnapshotReader(from: decoder)
        predictedConversions = try reader.take("predicted_conversions")
        predictionWindow = try reader.take("prediction_window")
        next30Days = try reader.take("next_30_days")
        confidence = try reader.take("confidence")
        highValueLeads = try reader.take("high_value_leads")
        recommendedActions = try reader.take("recommended_actions")
        basedOn = try reader.take("based_on")
        additionalFields = reader.remaining
    }

    /// Writes the object with the kept members.
    public func encode(to encoder: any Encoder) throws {
        var writer = SnapshotWriter(keeping: additionalFields)
        try writer.put("predicted_conversions", predictedConversions)
        try writer.put("prediction_window", predictionWindow)
        try writer.put("next_30_days", next30Days)
        try writer.put("confidence", confidence)
        try writer.put("high_value_leads", highValueLeads)
        try writer.put("recommended_actions", recommendedActions)
        try writer.put("based_on", basedOn)
        try writer.encode(to: encoder)
    }
}
