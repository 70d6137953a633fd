import AgencyCore
import AgencyKitPostgres
import AgencyStore
import Avenir
import Foundation
import Testing

/// Row level security on the Avenir schema, whose tenant key is `clients.client_id` (a unique
/// non-primary column): raw SQL as the app role with tenant A's `client_id` set sees and
/// changes nothing of tenant B's, and flag soft delete hides rows from the store's reads.
@Suite struct AvenirRowLevelSecurityTests {
    struct World {
        let namespace: String
        let store: PostgresStore
        let a: Avenir.Client
        let b: Avenir.Client
        let leadA: LeadMemory
        let leadB: LeadMemory
    }

    static func make() async throws -> World {
        let namespace = try await TestDatabase.migratedNamespace(prefix: "rls_avenir", target: AvenirSchema.target)
        let store = try TestDatabase.store(namespace: namespace, target: AvenirSchema.target,
                                           clock: ManualTimeSource(TwoTenants.epoch), seed: 3)
        var random = SeededGenerator(seed: 3)
        var tenants: [Avenir.Client] = []
        var leads: [LeadMemory] = []
        for name in ["a", "b"] {
            let clientID = ClientID(UUID.version4(using: &random))
            let client = try await store.scoped(.platformWide).insert(Avenir.Client(
                clientId: clientID, businessName: "Agency \(name)", email: "\(name)@agency.example.org",
                passwordHash: "hash-\(name)", apiKey: "key-\(name)"))
            let scope = store.scoped(.tenant(clientID))
            let lead = try await scope.insert(LeadMemory(email: "lead-\(name)@example.org", name: "Lead \(name)", clientId: clientID))
            _ = try await scope.insert(LeadAction(leadId: lead.id, clientId: clientID, actionType: .insert, tag: .active))
            tenants.append(client)
            leads.append(lead)
        }
        return World(namespace: namespace, store: store, a: tenants[0], b: tenants[1], leadA: leads[0], leadB: leads[1])
    }

    /// `statements` in one transaction as the app role with `tenant` set (the tenant key, not the row id).
    static func asApp(tenant: ClientID?, _ statements: [String]) async throws -> [String?] {
        var setup = ["SET LOCAL ROLE agencykit_app"]
        if let tenant { setup.append("SELECT set_config('app.current_tenant', '\(tenant.description)', true)") }
        return try await RowLevelSecurityTests.asApp(rawSetup: setup, statements)
    }

    @Test func tenantAReadsAndChangesNothingOfTenantB() async throws {
        let world = try await Self.make()
        let ns = world.namespace
        let b = world.b.clientId.description
        for table in ["clients", "lead_memory", "lead_actions"] {
            #expect(try await Self.asApp(tenant: world.a.clientId, ["SELECT count(*)::text FROM \(ns).\(table)"]) == ["1"],
                    "\(table): tenant A sees its own row only")
            #expect(try await Self.asApp(tenant: nil, ["SELECT count(*)::text FROM \(ns).\(table)"]) == ["0"], "\(table): no tenant, no rows")
        }
        #expect(try await Self.asApp(tenant: world.a.clientId, ["SELECT count(*)::text FROM \(ns).clients WHERE client_id = '\(b)'"]) == ["0"])
        // The row id of B's client is no tenant key: setting it shows nothing.
        #expect(try await Self.asApp(tenant: ClientID(world.b.id.rawValue), ["SELECT count(*)::text FROM \(ns).clients"]) == ["0"])
        let updated = try await Self.asApp(tenant: world.a.clientId, [
            "WITH u AS (UPDATE \(ns).lead_memory SET name = 'x' WHERE client_id = '\(b)' RETURNING 1) SELECT count(*)::text FROM u",
        ])
        #expect(updated == ["0"])
        await #expect(throws: (any Error).self, "inserting a lead of tenant B under tenant A violates the policy") {
            _ = try await Self.asApp(tenant: world.a.clientId, [
                "INSERT INTO \(ns).lead_memory (email, name, client_id) VALUES ('x@example.org', 'x', '\(b)') RETURNING 'inserted'",
            ])
        }
        #expect(try await TestDatabase.sql("SELECT name FROM \(ns).lead_memory WHERE client_id = '\(b)'") == ["Lead b"])
    }

    @Test func storeTenantScopeRunsUnderTheClientIDPolicy() async throws {
        let world = try await Self.make()
        let scope = world.store.scoped(.tenant(world.a.clientId))
        #expect(try await scope.fetch(Query<LeadMemory>()) == [world.leadA])
        #expect(try await scope.find(LeadMemory.self, id: world.leadB.id) == nil, "B's lead is invisible to A")
        let deleted = try await scope.softDelete(LeadMemory.self, id: world.leadA.id)
        #expect(deleted.deleted, "soft delete sets the flag")
        #expect(try await TestDatabase.sql("SELECT deleted::text FROM \(world.namespace).lead_memory WHERE id = '\(world.leadA.id)'") == ["true"])
        #expect(try await scope.count(Query<LeadMemory>()) == 0, "the flagged row is hidden from normal reads")
        #expect(try await scope.count(Query<LeadMemory>().includingDeleted()) == 1)
        try await TestDatabase.sql("ALTER POLICY tenant_isolation ON \(world.namespace).lead_memory USING (false)")
        #expect(try await scope.count(Query<LeadMemory>().includingDeleted()) == 0, "the store's tenant read ran under the policy")
        #expect(try await world.store.scoped(.platformWide).count(Query<LeadMemory>().includingDeleted()) == 2)
    }
}
