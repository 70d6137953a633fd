import AgencyCore

/// The `learning_snapshot` of a `tone_distribution` event: each tone (lower case) with
/// its share of the leads, `{"professional": 0.45, "friendly": 0.35, "urgent": 0.20}`.
/// Members that are not numbers are kept verbatim in ``additionalFields``.
public struct ToneDistributionSnapshot: Codable, Hashable, Sendable {
    /// Share of leads per tone, 0–1.
    public var shares: [String: SQLNumeric]
    /// Members that are not numbers, verbatim.
    public var additionalFields: [String: JSONValue]

    /// Creates a snapshot.
    public init(shares: [String: SQLNumeric] = [:], additionalFields: [String: JSONValue] = [:]) {
        self.shares = shares
        self.additionalFields = additionalFields
    }

    /// Reads every numeric member as a share and keeps the rest.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.singleValueContainer().decode([String: JSONValue].self)
        var shares: [String: SQLNumeric] = [:]
        var rest: [String: JSONValue] = [:]
        for (key, value) in object {
            if case .number(let number) = value { shares[key] = SQLNumeric(number) } else { rest[key] = value }
        }
        self.shares = shares
        additionalFields = rest
    }

    /// Writes the shares and the kept members.
    public func encode(to encoder: any Encoder) throws {
        var writer = SnapshotWriter(keeping: additionalFields)
        for (tone, share) in shares { try writer.put(tone, share) }
        try writer.encode(to: encoder)
    }
}
