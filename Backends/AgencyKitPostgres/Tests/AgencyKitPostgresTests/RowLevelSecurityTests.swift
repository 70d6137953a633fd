import AgencyCore
import AgencyKitPostgres
import AgencyOS
import AgencyStore
import PostgresNIO
import Testing

/// Row level security: raw SQL under the app role with tenant A's setting sees, changes and
/// adds nothing of tenant B's.
@Suite struct RowLevelSecurityTests {
    /// Runs `statements` in one transaction as the app role with `tenant` (or no tenant) set;
    /// returns the last statement's first column.
    static func asApp(tenant: Client?, _ statements: [String]) async throws -> [String?] {
        var setup = ["SET LOCAL ROLE agencykit_app"]
        if let tenant { setup.append("SELECT set_config('app.current_tenant', '\(tenant.id.description)', true)") }
        return try await asApp(rawSetup: setup, statements)
    }

    /// Runs `setup` then `statements` in one transaction that is rolled back; returns the
    /// last statement's first column.
    static func asApp(rawSetup setup: [String], _ statements: [String]) async throws -> [String?] {
        let client = try TestDatabase.requireClient()
        return try await client.withConnection { connection in
            var last: [String?] = []
            try await connection.query("BEGIN", logger: TestDatabase.logger)
            do {
                for statement in setup {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: TestDatabase.logger)
                }
                for statement in statements {
                    last = []
                    for try await value in try await connection.query(PostgresQuery(unsafeSQL: statement), logger: TestDatabase.logger).decode(String?.self) {
                        last.append(value)
                    }
                }
                try await connection.query("ROLLBACK", logger: TestDatabase.logger)
                return last
            } catch {
                _ = try? await connection.query("ROLLBACK", logger: TestDatabase.logger)
                throw error
            }
        }
    }

    @Test func tenantAReadsNothingOfTenantB() async throws {
        let world = try await TwoTenants.make(prefix: "rls")
        _ = try await world.store.scoped(.tenant(world.a.id)).insert(world.lead(world.a, email: "a@example.com"))
        _ = try await world.store.scoped(.tenant(world.b.id)).insert(world.lead(world.b, email: "b@example.com"))
        let ns = world.namespace
        let b = world.b.id.description
        for table in ["clients", "campaigns", "leads", "campaign_sequences"] {
            let all = try await Self.asApp(tenant: world.a, ["SELECT count(*)::text FROM \(ns).\(table)"])
            #expect(all == ["1"], "\(table): tenant A sees its own row only")
        }
        #expect(try await Self.asApp(tenant: world.a, ["SELECT count(*)::text FROM \(ns).leads WHERE client_id = '\(b)'"]) == ["0"])
        #expect(try await Self.asApp(tenant: world.a, ["SELECT count(*)::text FROM \(ns).clients WHERE id = '\(b)'"]) == ["0"])
        #expect(try await Self.asApp(tenant: world.a, [
            "SELECT count(*)::text FROM \(ns).campaign_sequences WHERE campaign_id = '\(world.campaignB.id.description)'",
        ]) == ["0"], "inherited tenancy: B's sequence steps are invisible through their campaign")
        for table in ["clients", "campaigns", "leads", "campaign_sequences"] {
            #expect(try await Self.asApp(tenant: nil, ["SELECT count(*)::text FROM \(ns).\(table)"]) == ["0"], "\(table): no tenant, no rows")
        }
    }

    @Test func tenantAChangesNothingOfTenantB() async throws {
        let world = try await TwoTenants.make(prefix: "rls")
        _ = try await world.store.scoped(.tenant(world.b.id)).insert(world.lead(world.b, email: "b@example.com"))
        let ns = world.namespace
        let b = world.b.id.description
        let updated = try await Self.asApp(tenant: world.a, ["WITH u AS (UPDATE \(ns).leads SET first_name = 'x' WHERE client_id = '\(b)' RETURNING 1) SELECT count(*)::text FROM u"])
        #expect(updated == ["0"])
        let deleted = try await Self.asApp(tenant: world.a, ["WITH d AS (DELETE FROM \(ns).leads RETURNING 1) SELECT count(*)::text FROM d"])
        #expect(deleted == ["0"])
        await #expect(throws: PSQLError.self, "inserting a row of tenant B under tenant A violates the policy") {
            _ = try await Self.asApp(tenant: world.a, [
                "INSERT INTO \(ns).leads (client_id, campaign_id, email) VALUES ('\(b)', '\(world.campaignB.id.description)', 'x@example.com') RETURNING 'inserted'",
            ])
        }
        #expect(try await TestDatabase.sql("SELECT count(*)::text FROM \(ns).leads") == ["1"])
    }

    @Test func appRoleIsNotPrivileged() async throws {
        _ = try await TestDatabase.migratedNamespace(prefix: "rls")
        let flags = try await TestDatabase.sql("SELECT (rolsuper OR rolbypassrls)::text FROM pg_roles WHERE rolname = 'agencykit_app'")
        #expect(flags == ["false"])
    }

    @Test func storeTenantScopeRunsUnderRowLevelSecurity() async throws {
        // The store's tenant-scoped read is filtered twice: by its WHERE clause and by the policy.
        // Removing the policy's tenant lets nothing through, proving the statement ran as the app role.
        let world = try await TwoTenants.make(prefix: "rls")
        _ = try await world.store.scoped(.tenant(world.a.id)).insert(world.lead(world.a, email: "a@example.com"))
        let ns = world.namespace
        try await TestDatabase.sql("ALTER POLICY tenant_isolation ON \(ns).leads USING (false)")
        #expect(try await world.store.scoped(.tenant(world.a.id)).count(Query<Lead>()) == 0)
        #expect(try await world.store.scoped(.platformWide).count(Query<Lead>()) == 1, "the platform scope is not under the policy")
    }
}
