/// A coding key made from any string, for JSON objects whose keys are data (JSONB
/// payloads that keep unknown keys).
public struct AnyCodingKey: CodingKey, Hashable, Sendable {
    /// The key.
    public let stringValue: String
    /// Always `nil`: JSON object keys are strings.
    public var intValue: Int? { nil }

    /// Creates a key.
    public init(_ string: String) { stringValue = string }

    /// Creates a key.
    public init?(stringValue: String) { self.stringValue = stringValue }

    /// Not supported: returns `nil`.
    public init?(intValue: Int) { nil }
}
