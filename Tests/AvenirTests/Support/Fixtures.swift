import Foundation
import Testing
import AgencyCore
import Avenir

/// Reads the `row_to_json`-shaped fixture rows in `Fixtures/<table>.json`.
enum Fixtures {
    /// The raw bytes of the fixture of `table`.
    static func data(_ table: String) throws -> Data {
        let url = try #require(
            Bundle.module.url(forResource: table, withExtension: "json", subdirectory: "Fixtures"),
            "no fixture Fixtures/\(table).json")
        return try Data(contentsOf: url)
    }

    /// The fixture of `table` as a JSON object.
    static func object(_ table: String) throws -> [String: JSONValue] {
        let value = try JSONDecoder.agencyKit.decode(JSONValue.self, from: data(table))
        return try #require(value.objectValue, "Fixtures/\(table).json is not a JSON object")
    }

    /// The fixture row of `M`'s table, decoded.
    static func row<M: Model>(_ type: M.Type) throws -> M {
        try JSONDecoder.agencyKit.decode(M.self, from: data(M.schema.name))
    }

    /// Decodes `M` from a JSON object.
    static func decode<M: Model>(_ type: M.Type, from object: [String: JSONValue]) throws -> M {
        try JSONDecoder.agencyKit.decode(M.self, from: JSONEncoder.agencyKit.encode(JSONValue.object(object)))
    }

    /// The fixture row of `M` with `changes` applied to its JSON first.
    static func row<M: Model>(_ type: M.Type, changing changes: [String: JSONValue]) throws -> M {
        var object = try object(M.schema.name)
        for (key, value) in changes { object[key] = value }
        return try decode(M.self, from: object)
    }

    /// The JSON object `value` encodes to.
    static func encodedObject(_ value: some Encodable) throws -> [String: JSONValue] {
        let json = try JSONDecoder.agencyKit.decode(JSONValue.self, from: JSONEncoder.agencyKit.encode(value))
        return try #require(json.objectValue, "the value did not encode to a JSON object")
    }
}

/// The Avenir models by table name.
enum Tables {
    /// The table names of the target, in dependency order.
    static let names: [String] = AvenirSchema.target.tables.map(\.name)

    /// The model of `table`.
    static func model(_ table: String) throws -> any Model.Type {
        try #require(AvenirSchema.target.models.first { $0.tableDescription.name == table }, "\(table) is not in AvenirSchema.target")
    }
}

/// Fixed instants for tests; library code takes time as a parameter.
enum Instants {
    /// 2026-03-01T12:00:00Z.
    static let now = Timestamp(microsecondsSinceEpoch: 1_772_366_400_000_000)

    /// `now` moved by whole days.
    static func days(_ days: Int) -> Timestamp { now.adding(days: days) }
}
