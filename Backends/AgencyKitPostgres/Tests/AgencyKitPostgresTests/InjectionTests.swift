import AgencyCore
import AgencyKitPostgres
import AgencyOS
import AgencyStore
import Testing

/// Values never become SQL: hostile text is stored and matched exactly, and the tables survive.
@Suite struct InjectionTests {
    static let hostile = [
        "O'Brien\"; DROP TABLE leads;--",
        "Robert'); DROP TABLE clients; --",
        "' OR '1'='1",
        "$1::text); DELETE FROM leads; --",
        "\\'; TRUNCATE leads CASCADE; --",
        "%_*?",
    ]

    @Test func hostileNamesAreStoredAndQueriedExactly() async throws {
        let world = try await TwoTenants.make(prefix: "injection")
        let scope = world.store.scoped(.tenant(world.a.id))
        var stored: [Lead] = []
        for (index, name) in Self.hostile.enumerated() {
            stored.append(try await scope.insert(world.lead(world.a, email: "o'brien.\(index)@example.com", firstName: name)))
        }
        for (name, lead) in zip(Self.hostile, stored) {
            let byName = try await scope.fetch(Query<Lead>().where(\.firstName, .equals(name)))
            #expect(byName == [lead], "equals \(name)")
            let byPrefix = try await scope.fetch(Query<Lead>().where(\.firstName, .hasPrefix(name)))
            #expect(byPrefix.contains(lead), "prefix \(name)")
            let ignoringCase = try await scope.fetch(Query<Lead>().where(\.firstName, .equalsIgnoringCase(name.uppercased())))
            #expect(ignoringCase.contains(lead), "ignoring case \(name)")
            let listed = try await scope.fetch(Query<Lead>().where(\.firstName, .isIn([name, "x'); DROP TABLE leads;--"])))
            #expect(listed == [lead], "in list \(name)")
            let found = try await scope.find(Lead.self, id: lead.id)
            #expect(found?.firstName == name, "round trip \(name)")
        }
        let sorted = try await scope.fetch(Query<Lead>().sorted(by: \.firstName))
        #expect(sorted.compactMap(\.firstName) == Self.hostile.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
        let tables = try await TestDatabase.sql("SELECT count(*)::text FROM information_schema.tables WHERE table_schema = '\(world.namespace)'")
        #expect(tables == [String(TestDatabase.target.tables.count + 1)], "every table is still there")
        #expect(try await world.store.scoped(.platformWide).count(Query<Lead>()) == Self.hostile.count)
    }

    @Test func hostileColumnNamesAreUnknownColumns() async throws {
        let world = try await TwoTenants.make(prefix: "injection")
        let scope = world.store.scoped(.tenant(world.a.id))
        await #expect(throws: StoreError.self) {
            _ = try await scope.fetch(Query<Lead>().where(column: "first_name\" IS NULL; DROP TABLE leads; --", .isNull))
        }
        await #expect(throws: StoreError.self) {
            _ = try await scope.fetch(Query<Lead>().sorted(byColumn: "email; DROP TABLE leads"))
        }
        #expect(try await TestDatabase.sql("SELECT to_regclass('\(world.namespace).leads')::text") == ["\(world.namespace).leads"])
    }
}
