import AgencyCore

/// The `learning_snapshot` of a `reversion` event; unknown members are kept.
public struct ReversionSnapshot: Codable, Hashable, Sendable {
    /// Why the conversion was reverted.
    public var reason: String?
    /// The tag before the revert (`Converted`).
    public var previousTag: String?
    /// The reverted lead's id.
    public var leadId: String?
    /// The lead's name.
    public var leadName: String?
    /// Members this type does not know, and known members holding `null`, verbatim.
    public var additionalFields: [String: JSONValue]

    /// Creates a snapshot.
    public init(reason: String? = nil, previousTag: String? = nil, leadId: String? = nil, leadName: String? = nil,
                additionalFields: [String: JSONValue] = [:]) {
        self.reason = reason
        self.previousTag = previousTag
        self.leadId = leadId
        self.leadName = leadName
        self.additionalFields = additionalFields
    }

    /// Reads the object, keeping unknown members.
    public init(from decoder: any Decoder) throws {
        var reader = try SnapshotReader(from: decoder)
        reason = try reader.take("reason")
        previousTag = try reader.take("previous_tag")
        leadId = try reader.take("lead_id")
        leadName = try reader.take("lead_name")
        additionalFields = reader.remaining
    }

    /// Writes the object with the kept members.
    public func encode(to encoder: any Encoder) throws {
        var writer = SnapshotWriter(keeping: additionalFields)
        try writer.put("reason", reason)
        try writer.put("previous_tag", previousTag)
        try writer.put("lead_id", leadId)
        try writer.put("lead_name", leadName)
        try writer.encode(to: encoder)
    }
}
