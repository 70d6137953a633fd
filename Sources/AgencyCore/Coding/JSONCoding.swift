import Foundation

extension JSONDecoder {
    /// A decoder configured for PostgreSQL/PostgREST rows.
    ///
    /// AgencyKit's own types decode themselves (``Timestamp``, ``LocalDate``,
    /// ``SQLNumeric`` …); this configuration adds a `Date` strategy that reads the same
    /// timestamp text, for `Date` properties in your own types. A new instance each call,
    /// because `JSONDecoder` is a class and not `Sendable`.
    public static var agencyKit: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            do {
                return try Timestamp(parsing: text).date
            } catch {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "\"\(text)\" is not a valid PostgreSQL timestamp")
            }
        }
        return decoder
    }
}

extension JSONEncoder {
    /// An encoder that writes rows as PostgreSQL's `row_to_json` does, with sorted keys
    /// so output is byte-for-byte reproducible.
    ///
    /// `Date` properties in your own types are written as ``Timestamp`` text. A new
    /// instance each call, because `JSONEncoder` is a class and not `Sendable`.
    public static var agencyKit: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(Timestamp(date).postgresText)
        }
        return encoder
    }
}
