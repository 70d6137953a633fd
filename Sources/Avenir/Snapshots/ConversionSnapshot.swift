import AgencyCore

/// The `learning_snapshot` of a `conversion` event. Every member is optional (the seed
/// writes different subsets); unknown members are kept in ``additionalFields``.
public struct ConversionSnapshot: Codable, Hashable, Sendable {
    /// The converted lead's id (text, as the engine writes it).
    public var leadId: String?
    /// The lead's name.
    public var leadName: String?
    /// Estimated value of the conversion.
    public var conversionValue: SQLNumeric?
    /// Whole days from the lead's arrival to the conversion.
    public var daysToConvert: Int?
    /// Actions recorded for the lead before the conversion.
    public var touchPoints: Int?
    /// The first urgency observed.
    public var initialUrgency: String?
    /// The first tone observed.
    public var initialTone: String?
    /// The tag reached (`Converted`).
    public var finalTag: String?
    /// Members this type does not know, and known members holding `null`, verbatim.
    public var additionalFields: [String: JSONValue]

    /// Creates a snapshot.
    public init(leadId: String? = nil, leadName: String? = nil, conversionValue: SQLNumeric? = nil,
                daysToConvert: Int? = nil, touchPoints: Int? = nil, initialUrgency: String? = nil,
                initialTone: String? = nil, finalTag: String? = nil, additionalFields: [String: JSONValue] = [:]) {
        self.leadId = leadId
        self.leadName = leadName
        self.conversionValue = conversionValue
        self.daysToConvert = daysToConvert
        self.touchPoints = touchPoints
        self.initialUrgency = initialUrgency
        self.initialTone = initialTone
        self.finalTag = finalTag
        self.additionalFields = additionalFields
    }

    /// Reads the object, keeping unknown members.
    public init(from decoder: any Decoder) throws {
        var reader = try SnapshotReader(from: decoder)
        leadId = try reader.take("lead_id")
        leadName = try reader.take("lead_name")
        conversionValue = try reader.take("conversion_value")
        daysToConvert = try reader.take("days_to_convert")
        touchPoints = try reader.take("touch_points")
        initialUrgency = try reader.take("initial_urgency")
        initialTone = try reader.take("initial_tone")
        finalTag = try reader.take("final_tag")
        additionalFields = reader.remaining
    }

    /// Writes the object with the kept members.
    public func encode(to encoder: any Encoder) throws {
        var writer = SnapshotWriter(keeping: additionalFields)
        try writer.put("lead_id", leadId)
        try writer.put("lead_name", leadName)
        try writer.put("conversion_value", conversionValue)
        try writer.put("days_to_convert", daysToConvert)
        try writer.put("touch_points", touchPoints)
        try writer.put("initial_urgency", initialUrgency)
        try writer.put("initial_tone", initialTone)
        try writer.put("final_tag", finalTag)
        try writer.encode(to: encoder)
    }
}
