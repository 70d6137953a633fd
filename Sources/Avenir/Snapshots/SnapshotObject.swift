import AgencyCore

/// The members of a JSON object being read into a typed snapshot: typed members are
/// taken out one by one, and whatever is left (unknown keys, and known keys holding
/// `null`) is kept verbatim so encoding writes the object back unchanged.
struct SnapshotReader {
    private(set) var remaining: [String: JSONValue]
    private let codingPath: [any CodingKey]

    init(from decoder: any Decoder) throws {
        remaining = try decoder.singleValueContainer().decode([String: JSONValue].self)
        codingPath = decoder.codingPath
    }

    /// The member `key` as `T`, or `nil` when it is absent or `null` (a `null` stays in
    /// ``remaining``).
    ///
    /// - Throws: `DecodingError.typeMismatch` naming the key when it holds another shape.
    mutating func take<T: Decodable>(_ key: String, as type: T.Type = T.self) throws -> T? {
        guard let value = remaining[key], value != .null else { return nil }
        do {
            let decoded = try value.decode(as: T.self)
            remaining[key] = nil
            return decoded
        } catch {
            throw DecodingError.typeMismatch(T.self, DecodingError.Context(
                codingPath: codingPath + [AnyCodingKey(key)],
                debugDescription: "learning_snapshot member \(key) is not a \(T.self)", underlyingError: error))
        }
    }
}

/// Builds the JSON object of a typed snapshot: the kept members first, then every typed
/// member that is set (a typed value wins over a kept `null`).
struct SnapshotWriter {
    private var object: [String: JSONValue]

    init(keeping additionalFields: [String: JSONValue]) { object = additionalFields }

    mutating func put<T: Encodable>(_ key: String, _ value: T?) throws {
        guard let value else { return }
        object[key] = try JSONValue(encoding: value)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(object)
    }
}
