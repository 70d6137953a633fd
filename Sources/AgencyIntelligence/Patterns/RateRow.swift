/// Names the JSON key that holds the group value of a ``RateRow``.
public protocol RateRowKey: Sendable {
    /// The JSON key, e.g. `"cta"` or `"channel"`.
    static var keyName: String { get }
}

/// One ranked group of a pattern: its value, rate, size and (where the reference reports
/// it) lift. Encodes as `{<key>: value, conversion_rate, sample[, lift]}`.
public struct RateRow<Key: RateRowKey>: Codable, Hashable, Sendable {
    /// The group value (a CTA, channel, template id, …).
    public var value: String
    /// converted ÷ sample (4 dp).
    public var conversionRate: Double
    /// Items in the group.
    public var sample: Int
    /// rate ÷ baseline (2 dp), for the rankings that report it.
    public var lift: Double?

    /// Creates a row.
    public init(value: String, conversionRate: Double, sample: Int, lift: Double? = nil) {
        self.value = value
        self.conversionRate = conversionRate
        self.sample = sample
        self.lift = lift
    }

    /// Decodes the row.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: PatternCodingKey.self)
        value = try container.decode(String.self, forKey: PatternCodingKey(Key.keyName))
        conversionRate = try container.decode(Double.self, forKey: PatternCodingKey("conversion_rate"))
        sample = try container.decode(Int.self, forKey: PatternCodingKey("sample"))
        lift = try container.decodeIfPresent(Double.self, forKey: PatternCodingKey("lift"))
    }

    /// Encodes the row; `lift` only when present.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: PatternCodingKey.self)
        try container.encode(value, forKey: PatternCodingKey(Key.keyName))
        try container.encode(conversionRate, forKey: PatternCodingKey("conversion_rate"))
        try container.encode(sample, forKey: PatternCodingKey("sample"))
        try container.encodeIfPresent(lift, forKey: PatternCodingKey("lift"))
    }
}

/// Rows keyed `pattern` (WHAT subject patterns).
public enum SubjectPatternKey: RateRowKey {
    /// `"pattern"`.
    public static let keyName = "pattern"
}

/// Rows keyed `cta`.
public enum CallToActionKey: RateRowKey {
    /// `"cta"`.
    public static let keyName = "cta"
}

/// Rows keyed `angle`.
public enum AngleKey: RateRowKey {
    /// `"angle"`.
    public static let keyName = "angle"
}

/// Rows keyed `template_id`.
public enum TemplateKey: RateRowKey {
    /// `"template_id"`.
    public static let keyName = "template_id"
}

/// Rows keyed `model`.
public enum ModelKey: RateRowKey {
    /// `"model"`.
    public static let keyName = "model"
}

/// Rows keyed `prompt_version`.
public enum PromptVersionKey: RateRowKey {
    /// `"prompt_version"`.
    public static let keyName = "prompt_version"
}

/// Rows keyed `channel`.
public enum ChannelKey: RateRowKey {
    /// `"channel"`.
    public static let keyName = "channel"
}

/// Rows keyed `sequence`.
public enum SequenceKey: RateRowKey {
    /// `"sequence"`.
    public static let keyName = "sequence"
}
