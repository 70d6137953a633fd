import Foundation
import Testing
import AgencyCore
import Avenir

/// Every Avenir model reads, validates and writes back its PostgreSQL row fixture.
@Suite("Avenir PostgreSQL row fixtures")
struct FixtureRowTests {
    @Test("the target lists the seven tables, parents first")
    func targetTables() {
        #expect(AvenirSchema.target.name == "avenir")
        #expect(Tables.names == ["clients", "lead_memory", "lead_actions", "growth_brain", "api_key_rotation_log",
                                 "prospect_candidates", "prospect_outreach_log"])
    }

    @Test("fixture decodes, validates and round-trips with exactly its keys", arguments: Tables.names)
    func decodesValidatesAndRoundTrips(table: String) throws {
        try roundTrip(Tables.model(table))
    }

    private func roundTrip<M: Model>(_ type: M.Type) throws {
        let fixture = try Fixtures.object(M.schema.name)
        let row = try Fixtures.row(M.self)
        #expect(row.violations.isEmpty, "\(row.violations)")
        let encoded = try Fixtures.encodedObject(row)
        #expect(Set(encoded.keys) == Set(fixture.keys), "encoded keys differ from the fixture's")
        #expect(Set(fixture.keys) == Set(M.schema.columns.map(\.name)), "fixture keys differ from the schema's columns")
        #expect(try Fixtures.decode(M.self, from: encoded) == row)
        for key in fixture.keys where fixture[key] == .null {
            #expect(encoded[key] == .null, "\(key) should be written as null")
        }
        for column in M.schema.columns where fixture[column.name] != .null {
            #expect(column.value(in: row) != .null, "\(M.schema.name).\(column.name) has a value in the row but decodes as NULL: its coding key differs from the column name")
        }
    }

    @Test("a null decodes exactly in the nullable columns", arguments: Tables.names)
    func nullabilityMatchesOptionality(table: String) throws {
        try checkNulls(Tables.model(table))
    }

    private func checkNulls<M: Model>(_ type: M.Type) throws {
        let fixture = try Fixtures.object(M.schema.name)
        for column in M.schema.columns {
            var object = fixture
            object[column.name] = .null
            if column.description.isNullable {
                #expect(column.value(in: try Fixtures.decode(M.self, from: object)) == .null, "\(M.schema.name).\(column.name)")
            } else {
                #expect(throws: (any Error).self, "\(M.schema.name).\(column.name) is NOT NULL") {
                    try Fixtures.decode(M.self, from: object)
                }
            }
        }
    }

    @Test("the seed's history format decodes as typed entries with their instants")
    func historiesAreTyped() throws {
        let lead = try Fixtures.row(LeadMemory.self)
        #expect(lead.toneHistory.map(\.value) == ["Professional", "Urgent", "Friendly"])
        #expect(lead.toneHistory[0].timestamp == Timestamp(year: 2025, month: 10, day: 15, hour: 10, minute: 30))
        #expect(lead.urgencyHistory[1].timestamp == Timestamp(year: 2025, month: 10, day: 16, hour: 14, minute: 20, microsecond: 500_000))
        #expect(lead.confidenceHistory.map(\.value) == [0.85, 0.92])
    }

    @Test("an unknown tag is refused with the typed error naming it")
    func unknownTagIsTyped() throws {
        do {
            _ = try Fixtures.row(LeadMemory.self, changing: ["current_tag": "Hot"])
            Issue.record("an unknown tag decoded")
        } catch let error as UnknownEnumValueError {
            #expect(error.enumName == "LeadTag")
            #expect(error.allowedValues == ["Active", "Follow-Up", "Converted", "Archived", "Deleted"])
            #expect(error.codingPath == ["current_tag"])
        }
    }

    @Test("every column reads back from its own key (coding keys are the column names)", arguments: Tables.names)
    func codingKeysAreColumnNames(table: String) throws {
        try checkKeys(Tables.model(table))
    }

    private func checkKeys<M: Model>(_ type: M.Type) throws {
        let base = try Fixtures.row(M.self)
        for column in M.schema.columns {
            var row = base
            if column.value(in: row).isNull {
                let samples: [SQLValue] = [.text("x"), .int(1), .double(0.5), .numeric(1), .bool(true),
                                           .uuid(UUID(uuid: (1, 2, 3, 4, 5, 6, 0x47, 8, 0x89, 10, 11, 12, 13, 14, 15, 16))),
                                           .timestamp(Timestamp(microsecondsSinceEpoch: 1_767_225_600_000_001)),
                                           .date(LocalDate(daysSinceEpoch: 20_454)), .time(TimeOfDay(microsecondsSinceMidnight: 1)),
                                           .json(.object([:])), .json(.array([])), .array([.text("x")]), .array([.int(1)])]
                guard let sample = samples.first(where: { (try? column.setValue($0, in: &row)) != nil }) else { continue }
                try column.setValue(sample, in: &row)
            }
            let again = try Fixtures.decode(M.self, from: try Fixtures.encodedObject(row))
            #expect(column.value(in: again) == column.value(in: row), "\(M.schema.name).\(column.name) does not read back from its key")
        }
    }
}
