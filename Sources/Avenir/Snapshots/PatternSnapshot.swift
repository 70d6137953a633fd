import AgencyCore

/// One dated point of a detected pattern, `{"date": "2025-10-10", "avg_urgency": "Medium"}`.
public struct PatternDataPoint: Codable, Hashable, Sendable {
    /// The day.
    public var date: LocalDate?
    /// The average urgency that day.
    public var avgUrgency: String?
    /// Members this type does not know, and known members holding `null`, verbatim.
    public var additionalFields: [String: JSONValue]

    /// Creates a point.
    public init(date: LocalDate? = nil, avgUrgency: String? = nil, additionalFields: [String: JSONValue] = [:]) {
        self.date = date
        self.avgUrgency = avgUrgency
        self.additionalFields = additionalFields
    }

    /// Reads the object, keeping unknown members.
    public init(from decoder: any Decoder) throws {
        var reader = try SnapshotReader(from: decoder)
        date = try reader.take("date")
        avgUrgency = try reader.take("avg_urgency")
        additionalFields = reader.remaining
    }

    /// Writes the object with the kept members.
    public func encode(to encoder: any Encoder) throws {
        var writer = SnapshotWriter(keeping: additionalFields)
        try writer.put("date", date)
        try writer.put("avg_urgency", avgUrgency)
        try writer.encode(to: encoder)
    }
}

/// The `learning_snapshot` of a `pattern_detected` event (the seed writes the pattern
/// under `pattern` in one example and `pattern_type` in another; both are read).
public struct PatternSnapshot: Codable, Hashable, Sendable {
    /// The pattern (short form).
    public var pattern: String?
    /// The pattern (long form).
    public var patternType: String?
    /// Leads showing it.
    public var affectedLeads: Int?
    /// The period observed, e.g. `last_7_days`.
    public var timePeriod: String?
    /// Confidence in the pattern, 0–1.
    public var confidence: SQLNumeric?
    /// What to do about it.
    public var recommendation: String?
    /// The observations.
    public var dataPoints: [PatternDataPoint]?
    /// Members this type does not know, and known members holding `null`, verbatim.
    public var additionalFields: [String: JSONValue]

    /// Creates a snapshot.
    public init(pattern: String? = nil, patternType: String? = nil, affectedLeads: Int? = nil, timePeriod: String? = nil,
                confidence: SQLNumeric? = nil, recommendation: String? = nil, dataPoints: [PatternDataPoint]? = nil,
                additionalFields: [String: JSONValue] = [:]) {
        self.pattern = pattern
        self.patternType = patternType
        self.affectedLeads = affectedLeads
        self.timePeriod = timePeriod
        self.confidence = confidence
        self.recommendation = recommendation
        self.dataPoints = dataPoints
        self.additionalFields = additionalFields
    }

    /// Reads the object, keeping unknown members.
    public init(from decoder: any Decoder) throws {
        var reader = try SnapshotReader(from: decoder)
        pattern = try reader.take("pattern")
        patternType = try reader.take("pattern_type")
        affectedLeads = try reader.take("affected_leads")
        timePeriod = try reader.take("time_period")
        confidence = try reader.take("confidence")
        recommendation = try reader.take("recommendation")
        dataPoints = try reader.take("data_points")
        additionalFields = reader.remaining
    }

    /// Writes the object with the kept members.
    public func encode(to encoder: any Encoder) throws {
        var writer = SnapshotWriter(keeping: additionalFields)
        try writer.put("pattern", pattern)
        try writer.put("pattern_type", patternType)
        try writer.put("affected_leads", affectedLeads)
        try writer.put("time_period", timePeriod)
        try writer.put("confidence", confidence)
        try writer.put("recommendation", recommendation)
        try writer.put("data_points", dataPoints)
        try writer.encode(to: encoder)
    }
}
