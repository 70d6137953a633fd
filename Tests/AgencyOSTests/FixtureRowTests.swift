import Foundation
import Testing
import AgencyCore
import AgencyOS

/// Every model reads, validates and writes back its PostgreSQL row fixture unchanged.
@Suite("PostgreSQL row fixtures")
struct FixtureRowTests {
    @Test("every model of the target has a fixture")
    func everyModelHasAFixture() throws {
        for table in Models.tables {
            #expect(throws: Never.self, "Fixtures/\(table).json") { try Fixtures.data(table) }
        }
    }

    @Test("fixture decodes, validates and round-trips losslessly", arguments: Models.tables)
    func decodesValidatesAndRoundTrips(table: String) throws {
        try roundTrip(Models.model(table))
    }

    private func roundTrip<M: Model>(_ type: M.Type) throws {
        let fixture = try Fixtures.object(M.schema.name)
        let row = try Fixtures.row(M.self)
        #expect(row.violations.isEmpty, "\(row.violations)")

        let encoded = try Fixtures.encodedObject(row)
        #expect(Set(encoded.keys) == Set(fixture.keys), "encoded keys differ from the fixture's")
        #expect(Set(fixture.keys) == Set(M.schema.columns.map(\.name)), "fixture keys differ from the schema's columns")
        let again = try Fixtures.decode(M.self, from: encoded)
        #expect(again == row)
        for key in fixture.keys where fixture[key] == .null {
            #expect(encoded[key] == .null, "\(key) should be written as null")
        }
        for column in M.schema.columns where fixture[column.name] != .null {
            #expect(column.value(in: row) != .null, "\(M.schema.name).\(column.name) has a value in the row but decodes as NULL: its coding key differs from the column name")
        }
    }

    @Test("a null in a nullable column decodes; in a NOT NULL column it is rejected", arguments: Models.tables)
    func nullabilityMatchesOptionality(table: String) throws {
        try checkNulls(Models.model(table))
    }

    private func checkNulls<M: Model>(_ type: M.Type) throws {
        let fixture = try Fixtures.object(M.schema.name)
        for column in M.schema.columns {
            var object = fixture
            object[column.name] = .null
            if column.description.isNullable {
                let row = try Fixtures.decode(M.self, from: object)
                #expect(column.value(in: row) == .null, "\(M.schema.name).\(column.name)")
            } else if column.description.type == .jsonb || column.description.type == .json {
                // A NOT NULL jsonb column may hold the JSON literal `null` (never SQL NULL);
                // a typed payload rejects it.
                if let row = try? Fixtures.decode(M.self, from: object) {
                    #expect(column.value(in: row) == .json(.null), "\(M.schema.name).\(column.name)")
                }
            } else {
                #expect(throws: (any Error).self, "\(M.schema.name).\(column.name) is NOT NULL") {
                    try Fixtures.decode(M.self, from: object)
                }
            }
        }
    }

    @Test("a row whose enum column holds an unknown value fails with the typed error naming it")
    func unknownEnumInRowIsTyped() throws {
        var object = try Fixtures.object("memberships")
        object["role"] = "superuser"
        do {
            _ = try Fixtures.decode(Membership.self, from: object)
            Issue.record("an unknown role decoded")
        } catch let error as UnknownEnumValueError {
            #expect(error.enumName == "MembershipRole")
            #expect(error.value == "superuser")
            #expect(error.allowedValues == ["owner", "admin", "member", "viewer"])
            #expect(error.codingPath == ["role"])
        }
    }

    @Test("every column reads back from its own key (coding keys are the column names)", arguments: Models.tables)
    func codingKeysAreColumnNames(table: String) throws {
        try checkKeys(Models.model(table))
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
