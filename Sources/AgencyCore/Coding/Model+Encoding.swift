extension Model {
    /// Encodes the row as PostgreSQL's `row_to_json` writes it: every column of
    /// ``schema`` under its exact name, with `null` for SQL `NULL`.
    ///
    /// Synthesised `Codable` omits `nil` properties, but a missing key is not a `NULL`:
    /// PostgREST fills a missing key of an insert with the column default (an omitted
    /// `digest_recipients` becomes `[]`, not `NULL`). A model that needs another shape
    /// implements `encode(to:)` itself.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        for column in Self.schema.columns {
            try column.encode(from: self, into: &container)
        }
    }
}
