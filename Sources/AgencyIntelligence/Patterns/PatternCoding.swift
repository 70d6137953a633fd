/// Encodes as the empty JSON object `{}`: the value of an analysis the detector could not
/// compute.
struct EmptyJSONObject: Codable {
    init() {}
    init(from decoder: any Decoder) throws {}
    func encode(to encoder: any Encoder) throws {
        _ = encoder.container(keyedBy: PatternCodingKey.self)
    }
}

/// A coding key from any string.
struct PatternCodingKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

extension KeyedDecodingContainer {
    /// Decodes an analysis that is either `{}` (absent) or a full object.
    func decodeObjectOrEmpty<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        let members = try nestedContainer(keyedBy: PatternCodingKey.self, forKey: key)
        guard !members.allKeys.isEmpty else { return nil }
        return try decode(T.self, forKey: key)
    }
}

extension KeyedEncodingContainer {
    /// Encodes `value`, or `{}` when it is `nil`.
    mutating func encodeObjectOrEmpty<T: Encodable>(_ value: T?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) } else { try encode(EmptyJSONObject(), forKey: key) }
    }
}
