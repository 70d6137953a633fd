import AgencyCore
@testable import AgencyKitPostgres
import AgencyOS
import Avenir
import Foundation
import Testing

@Suite struct MigratorTests {
    @Test(arguments: SchemaDriftTests.targetNames)
    func secondRunIsANoOp(_ targetName: String) async throws {
        let client = try TestDatabase.requireClient()
        let namespace = "migrator_twice_\(targetName)_\(ProcessInfo.processInfo.processIdentifier)"
        let migrator = try PostgresMigrator(target: try TestDatabase.schemaTarget(named: targetName), namespace: namespace)
        let first = try await migrator.migrate(client)
        #expect(first == migrator.migrations.map(\.version))
        let second = try await migrator.migrate(client)
        #expect(second.isEmpty)
        let recorded = try await TestDatabase.sql("SELECT version::text FROM \(namespace).agencykit_migrations ORDER BY version")
        #expect(recorded == migrator.migrations.map { String($0.version) })
    }

    @Test(arguments: SchemaDriftTests.targetNames)
    func filesAreIdempotentOnTheirOwn(_ targetName: String) async throws {
        // Re-running every file's SQL on an existing schema (a lost ledger) changes nothing and fails nowhere.
        let client = try TestDatabase.requireClient()
        let target = try TestDatabase.schemaTarget(named: targetName)
        let namespace = "migrator_rerun_\(targetName)_\(ProcessInfo.processInfo.processIdentifier)"
        let migrator = try PostgresMigrator(target: target, namespace: namespace)
        try await migrator.migrate(client)
        try await TestDatabase.sql("DELETE FROM \(namespace).agencykit_migrations")
        let again = try await migrator.migrate(client)
        #expect(again == migrator.migrations.map(\.version))
        let constraints = try await TestDatabase.sql("SELECT count(*)::text FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = '\(namespace)'")
        let reference = try await TestDatabase.migratedNamespace(prefix: "migrator_reference", target: target)
        let expected = try await TestDatabase.sql("SELECT count(*)::text FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = '\(reference)'")
        #expect(constraints == expected, "no constraint was added twice")
    }

    @Test(arguments: SchemaDriftTests.targetNames)
    func committedFilesAreTheGeneratorsOutput(_ targetName: String) throws {
        let target = try TestDatabase.schemaTarget(named: targetName)
        let generated = try PostgresSchemaDDL(target: target).migrations()
        let shipped = try PostgresMigrator.shipped(for: target.name)
        #expect(shipped.map(\.fileName) == generated.map(\.fileName))
        for (file, fresh) in zip(shipped, generated) {
            #expect(file.template == fresh.template, "\(file.fileName) is stale: regenerate with agencykit-postgres-ddl")
        }
    }

    @Test func namespaceAndRoleMustBePlainIdentifiers() {
        for bad in ["public; DROP TABLE x", "Agency", "a\"b", "", String(repeating: "a", count: 64)] {
            #expect(throws: PostgresMigrationError.invalidIdentifier(bad)) {
                _ = try PostgresMigrator(target: TestDatabase.target, namespace: bad)
            }
        }
    }

    @Test func publicNamespaceIsConfigurable() async throws {
        // A separate database stands in for an existing Supabase database's `public` schema.
        try await TestDatabase.sql("DROP DATABASE IF EXISTS migrator_public WITH (FORCE)")
        try await TestDatabase.sql("CREATE DATABASE migrator_public")
        guard var configuration = TestDatabase.configuration else { throw TestSetupError(description: "no server") }
        configuration.database = "migrator_public"
        configuration.namespace = "public"
        let store = try await PostgresStore.connect(configuration, schema: AgencyOSSchema.target, clock: FixedTimeSource(.unassigned),
                                                    ids: .seeded(1))
        let tables = try await store.client.query("SELECT count(*)::int FROM information_schema.tables WHERE table_schema = 'public'",
                                                  logger: TestDatabase.logger)
        var count = 0
        for try await value in tables.decode(Int.self) { count = value }
        #expect(count == AgencyOSSchema.target.tables.count + 1)
        await store.shutdown()
    }

    @Test func targetsLiveSideBySideInTheirDefaultNamespaces() async throws {
        // Agency OS in `agency_os`, Avenir in `avenir`: both have a `clients` table, in one database.
        try await TestDatabase.sql("DROP DATABASE IF EXISTS migrator_defaults WITH (FORCE)")
        try await TestDatabase.sql("CREATE DATABASE migrator_defaults")
        guard var configuration = TestDatabase.configuration else { throw TestSetupError(description: "no server") }
        configuration.database = "migrator_defaults"
        var stores: [PostgresStore] = []
        for target in [AgencyOSSchema.target, AvenirSchema.target] {
            let store = try await PostgresStore.connect(configuration, schema: target, clock: FixedTimeSource(.unassigned), ids: .seeded(1))
            #expect(store.namespace.name == target.name, "\(target.name): the default namespace is the target's name")
            stores.append(store)
        }
        let rows = try await stores[0].client.query("""
            SELECT table_schema::text, count(*)::int FROM information_schema.tables
            WHERE table_schema IN ('agency_os', 'avenir') GROUP BY table_schema
            """, logger: TestDatabase.logger)
        var counts: [String: Int] = [:]
        for try await (schema, count) in rows.decode((String, Int).self) { counts[schema] = count }
        #expect(counts == ["agency_os": AgencyOSSchema.target.tables.count + 1, "avenir": AvenirSchema.target.tables.count + 1])
        for store in stores { await store.shutdown() }
    }

    @Test func avenirNamespaceIsConfigurable() async throws {
        let namespace = "avenir_custom_\(ProcessInfo.processInfo.processIdentifier)"
        let migrator = try PostgresMigrator(target: AvenirSchema.target, namespace: namespace)
        #expect(try PostgresMigrator(target: AvenirSchema.target).namespace.name == "avenir")
        try await migrator.migrate(try TestDatabase.requireClient())
        let tables = try await TestDatabase.sql("SELECT count(*)::text FROM information_schema.tables WHERE table_schema = '\(namespace)'")
        #expect(tables == [String(AvenirSchema.target.tables.count + 1)])
    }
}

@Suite struct SQLScriptSplittingTests {
    @Test func splitsOnTopLevelSemicolonsOnly() throws {
        let generated = try PostgresSchemaDDL(target: AgencyOSSchema.target).migrations()
        // Every generated DO block and function body stays one statement.
        let rls = try #require(generated.last)
        let statements = SQLScript.statements(rls.template)
        #expect(statements.allSatisfy { !$0.hasPrefix("$") })
        #expect(statements.filter { $0.hasPrefix("DO $migration$") }.allSatisfy { $0.hasSuffix("$migration$") })
    }

    @Test func quotesAndCommentsDoNotSplit() {
        let script = "SELECT 'a;b'; -- c;d\nSELECT \"x;y\" FROM t; SELECT E'it\\'s;'; /* e;f */ SELECT $q$ g;h $q$"
        #expect(SQLScript.statements(script) == ["SELECT 'a;b'", "SELECT \"x;y\" FROM t", "SELECT E'it\\'s;'", "SELECT $q$ g;h $q$"])
    }
}
