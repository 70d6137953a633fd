extension Model {
    /// Encodes every column of ``schema`` under its column name, writing `null` for `NULL`,
    /// as PostgreSQL's `row_to_json` and PostgREST emit a row.
    ///
    /// Synthesised `Encodable` conformance omits `nil` properties; a model that calls this
    /// from its `encode(to:)` instead writes exactly its table's columns, so the keys of an
    /// encoded row equal the keys of the row it was decoded from.
    ///
    /// - Throws: `EncodingError` when a column's property is not `Encodable` or fails to encode.
    public func encodeRow(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        for column in Self.schema.columns {
            let key = AnyCodingKey(column.name)
            let value = self[keyPath: column.keyPath]
            guard let encodable = value as? any Encodable else {
                throw EncodingError.invalidValue(value, EncodingError.Context(
                    codingPath: encoder.codingPath + [key],
                    debugDescription: "column \(column.name) of \(Self.schema.name) is not Encodable"))
            }
            try container.encode(encodable, forKey: key)
        }
    }
}
