import Foundation
import Testing
import AgencyCore
import AgencyOS

/// Fixture rows of the resource, persona, LinkedIn, intelligence, usage and digest tables
/// (`Fixtures/<table>.json`, in the exact shape of PostgreSQL's `row_to_json`), and the
/// checks every one of those models must pass.
enum ResourceFixtures {
    /// The fixture text of `table`.
    static func data(_ table: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: table, withExtension: "json", subdirectory: "Fixtures"),
                               "missing fixture \(table).json")
        return try Data(contentsOf: url)
    }

    /// The fixture row of `M`'s table, decoded.
    static func row<M: Model>(_ type: M.Type) throws -> M {
        try JSONDecoder.agencyKit.decode(M.self, from: data(M.schema.name))
    }

    /// The fixture row of `M`'s table as a JSON object.
    static func object<M: Model>(_ type: M.Type) throws -> [String: JSONValue] {
        let json = try JSONDecoder.agencyKit.decode(JSONValue.self, from: data(M.schema.name))
        return try #require(json.objectValue)
    }

    /// Decodes `M` from a JSON object.
    static func decode<M: Model>(_ type: M.Type, from object: [String: JSONValue]) throws -> M {
        try JSONDecoder.agencyKit.decode(M.self, from: JSONEncoder.agencyKit.encode(JSONValue.object(object)))
    }

    /// The keys `value` encodes.
    static func encodedKeys<M: Model>(_ value: M) throws -> Set<String> {
        let json = try JSONDecoder.agencyKit.decode(JSONValue.self, from: JSONEncoder.agencyKit.encode(value))
        return Set(try #require(json.objectValue).keys)
    }

    /// The fixture decodes, breaks no rule, round-trips losslessly with exactly the fixture's
    /// keys, and its keys are exactly the schema's columns.
    static func checkRoundTrip<M: Model>(_ type: M.Type) throws {
        let fixtureKeys = Set(try object(M.self).keys)
        let row = try row(M.self)
        #expect(row.violations.isEmpty, "\(row.violations)")
        let again = try JSONDecoder.agencyKit.decode(M.self, from: JSONEncoder.agencyKit.encode(row))
        #expect(again == row)
        #expect(try encodedKeys(row) == fixtureKeys)
        #expect(Set(M.schema.columns.map(\.name)) == fixtureKeys)
        #expect(M.schema.columns.count == fixtureKeys.count, "a column is declared twice")
    }

    /// Every column reads JSON `null` as `NULL` exactly when the schema says it is nullable
    /// (nullability equals optionality); a `NOT NULL` column rejects it, except that a
    /// `NOT NULL` JSONB column reads it as the JSON value `null`.
    static func checkNullability<M: Model>(_ type: M.Type) throws {
        let object = try object(M.self)
        for column in M.schema.columns {
            var nulled = object
            nulled[column.name] = .null
            let decoded = try? decode(M.self, from: nulled)
            let label = "\(M.schema.name).\(column.name)"
            if column.description.isNullable {
                #expect(decoded.map { column.value(in: $0).isNull } == true, "\(label) must accept null as NULL")
            } else if let decoded {
                // Only a JSONB column may read `null`: the JSON value null, not SQL NULL.
                #expect(column.value(in: decoded) == .json(.null), "\(label) must reject null")
            }
        }
    }

    /// `rule@columns` of each violation, for exact comparisons.
    static func broken<M: Model>(_ row: M) -> [String] {
        row.violations.map { "\($0.rule)@\($0.columns.joined(separator: ","))" }
    }

    /// Each case breaks exactly the rule it names (`rule@columns`), and each passing mutation
    /// keeps the row valid.
    static func checkRules<M: Model>(_ row: M, failing: [(String, (inout M) -> Void)],
                                     passing: [(String, (inout M) -> Void)] = [],
                                     sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(row.violations.isEmpty, "\(row.violations)", sourceLocation: sourceLocation)
        for (expected, mutate) in failing {
            var bad = row
            mutate(&bad)
            #expect(broken(bad) == [expected], sourceLocation: sourceLocation)
        }
        for (label, mutate) in passing {
            var good = row
            mutate(&good)
            #expect(broken(good).isEmpty, "\(label): \(broken(good))", sourceLocation: sourceLocation)
        }
    }

    /// An instant from UTC calendar fields.
    static func time(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0,
                     _ second: Int = 0) throws -> Timestamp {
        try #require(Timestamp(year: year, month: month, day: day, hour: hour, minute: minute, second: second))
    }
}
