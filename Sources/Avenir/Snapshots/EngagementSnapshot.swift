import AgencyCore

/// The `metrics` member of an engagement snapshot.
public struct EngagementMetrics: Codable, Hashable, Sendable {
    /// Leads in the period.
    public var totalLeads: Int?
    /// Leads tagged Active or Follow-Up.
    public var activeLeads: Int?
    /// Leads tagged Converted.
    public var convertedLeads: Int?
    /// Mean confidence score, 0–1.
    public var avgConfidence: SQLNumeric?
    /// Share of high-urgency leads, 0–1.
    public var highUrgencyPct: SQLNumeric?
    /// Members this type does not know, and known members holding `null`, verbatim.
    public var additionalFields: [String: JSONValue]

    /// Creates metrics.
    public init(totalLeads: Int? = nil, activeLeads: Int? = nil, convertedLeads: Int? = nil,
                avgConfidence: SQLNumeric? = nil, highUrgencyPct: SQLNumeric? = nil,
                additionalFields: [String: JSONValue] = [:]) {
        self.totalLeads = totalLeads
        self.activeLeads = activeLeads
        self.convertedLeads = convertedLeads
        self.avgConfidence = avgConfidence
        self.highUrgencyPct = highUrgencyPct
        self.additionalFields = additionalFields
    }

    /// Reads the object, keeping unknown members.
    public init(from decoder: any Decoder) throws {
        var reader = try SnapshotReader(from: decoder)
        totalLeads = try reader.take("total_leads")
        activeLeads = try reader.take("active_leads")
        convertedLeads = try reader.take("converted_leads")
        avgConfidence = try reader.take("avg_confidence")
        highUrgencyPct = try reader.take("high_urgency_pct")
        additionalFields = reader.remaining
    }

    /// Writes the object with the kept members.
    public func encode(to encoder: any Encoder) throws {
        var writer = SnapshotWriter(keeping: additionalFields)
        try writer.put("total_leads", totalLeads)
        try writer.put("active_leads", activeLeads)
        try writer.put("converted_leads", convertedLeads)
        try writer.put("avg_confidence", avgConfidence)
        try writer.put("high_urgency_pct", highUrgencyPct)
        try writer.encode(to: encoder)
    }
}

/// The `learning_snapshot` of an `engagement_score` event (the seed writes the score as
/// `score` in one example and `overall_score` in another; both are read).
public struct EngagementSnapshot: Codable, Hashable, Sendable {
    /// The score, 0–100 (short form).
    public var score: Int?
    /// The score, 0–100 (long form).
    public var overallScore: Int?
    /// `increasing`, `stable` or `decreasing`.
    public var trend: String?
    /// The period, e.g. `last_30_days`.
    public var period: String?
    /// The counts behind the score.
    public var metrics: EngagementMetrics?
    /// Lead sources, most frequent first.
    public var topSources: [String]?
    /// Industries, most frequent first.
    public var topIndustries: [String]?
    /// Members this type does not know, and known members holding `null`, verbatim.
    public var additionalFields: [String: JSONValue]

    /// Creates a snapshot.
    public init(score: Int? = nil, overallScore: Int? = nil, trend: String? = nil, period: String? = nil,
                metrics: EngagementMetrics? = nil, topSources: [String]? = nil, topIndustries: [String]? = nil,
                additionalFields: [String: JSONValue] = [:]) {
        self.score = score
        self.overallScore = overallScore
        self.trend = trend
        self.period = period
        self.metrics = metrics
        self.topSources = topSources
        self.topIndustries = topIndustries
        self.additionalFields = additionalFields
    }

    /// Reads the object, keeping unknown members.
    public init(from decoder: any Decoder) throws {
        var reader = try SnapshotReader(from: decoder)
        score = try reader.take("score")
        overallScore = try reader.take("overall_score")
        trend = try reader.take("trend")
        period = try reader.take("period")
        metrics = try reader.take("metrics")
        topSources = try reader.take("top_sources")
        topIndustries = try reader.take("top_industries")
        additionalFields = reader.remaining
    }

    /// Writes the object with the kept members.
    public func encode(to encoder: any Encoder) throws {
        var writer = SnapshotWriter(keeping: additionalFields)
        try writer.put("score", score)
        try writer.put("overall_score", overallScore)
        try writer.put("trend", trend)
        try writer.put("period", period)
        try writer.put("metrics", metrics)
        try writer.put("top_sources", topSources)
        try writer.put("top_industries", topIndustries)
        try writer.encode(to: encoder)
    }
}
