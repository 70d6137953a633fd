import AgencyCore

/// One row of the seed's urgency query: an urgency (`NULL` is its own group, as in
/// `GROUP BY`), how many leads have it, and their percentage of all leads to 2 decimals.
public struct UrgencyBucket: Codable, Hashable, Sendable {
    /// The urgency; `nil` for leads without one.
    public var urgency: String?
    /// Leads with it.
    public var count: Int
    /// `ROUND(count · 100.0 / total, 2)`.
    public var percentage: SQLNumeric

    /// Creates a bucket.
    public init(urgency: String?, count: Int, percentage: SQLNumeric) {
        self.urgency = urgency
        self.count = count
        self.percentage = percentage
    }

    enum CodingKeys: String, CodingKey {
        case urgency, count, percentage
    }

    /// Reads `{urgency, count, percentage}` (`urgency` may be `null`).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        urgency = try container.decodeIfPresent(String.self, forKey: .urgency)
        count = try container.decode(Int.self, forKey: .count)
        percentage = try container.decode(SQLNumeric.self, forKey: .percentage)
    }

    /// Writes `{urgency, count, percentage}` with an explicit `null` urgency.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(urgency, forKey: .urgency)
        try container.encode(count, forKey: .count)
        try container.encode(percentage, forKey: .percentage)
    }
}

/// The `learning_snapshot` of an `urgency_trend` event; unknown members are kept.
public struct UrgencyTrendSnapshot: Codable, Hashable, Sendable {
    /// Share of `High` urgency leads, 0–1.
    public var highUrgencyPct: SQLNumeric?
    /// `increasing`, `stable` or `decreasing`.
    public var trend: String?
    /// The period, e.g. `last_30_days`.
    public var period: String?
    /// Leads in the period.
    public var totalLeads: Int?
    /// The urgency distribution, most frequent first.
    public var distribution: [UrgencyBucket]?
    /// Members this type does not know, and known members holding `null`, verbatim.
    public var additionalFields: [String: JSONValue]

    /// Creates a snapshot.
    public init(highUrgencyPct: SQLNumeric? = nil, trend: String? = nil, period: String? = nil, totalLeads: Int? = nil,
                distribution: [UrgencyBucket]? = nil, additionalFields: [String: JSONValue] = [:]) {
        self.highUrgencyPct = highUrgencyPct
        self.trend = trend
        self.period = period
        self.totalLeads = totalLeads
        self.distribution = distribution
        self.additionalFields = additionalFields
    }

    /// Reads the object, keeping unknown members.
    public init(from decoder: any Decoder) throws {
        var reader = try SnapshotReader(from: decoder)
        highUrgencyPct = try reader.take("high_urgency_pct")
        trend = try reader.take("trend")
        period = try reader.take("period")
        totalLeads = try reader.take("total_leads")
        distribution = try reader.take("distribution")
        additionalFields = reader.remaining
    }

    /// Writes the object with the kept members.
    public func encode(to encoder: any Encoder) throws {
        var writer = SnapshotWriter(keeping: additionalFields)
        try writer.put("high_urgency_pct", highUrgencyPct)
        try writer.put("trend", trend)
        try writer.put("period", period)
        try writer.put("total_leads", totalLeads)
        try writer.put("distribution", distribution)
        try writer.encode(to: encoder)
    }
}
