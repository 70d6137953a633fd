import AgencyCore
import AgencyStore

/// Per-model cases: no read path returns another tenant's rows, no write reaches them.
enum TenancyCases {
    static func cases<M: Model>(_ type: M.Type) -> [ConformanceCase] {
        let table = M.schema.table
        guard CaseSupport.isTenantScoped(M.self) else {
            return [ConformanceCase(.tenancy, "shared rows are visible to every tenant", table: table.name) { try await shared(M.self, $0) }]
        }
        return [
            ConformanceCase(.tenancy, "reads return only the scope's tenant", table: table.name) { try await isolatedReads(M.self, $0) },
            ConformanceCase(.tenancy, "writes cannot reach another tenant", table: table.name) { try await isolatedWrites(M.self, $0) },
            ConformanceCase(.tenancy, "the platform scope sees every tenant", table: table.name) { try await platform(M.self, $0) },
        ]
    }

    private static func keys<M: Model>(_ rows: [M]) -> [SQLValue] {
        rows.map { M.schema.primaryKeyValue(of: $0) }.sorted { $0.sortsBefore($1) }
    }

    private static func isolatedReads<M: Model>(_ type: M.Type, _ context: ConformanceContext) async throws {
        let other = context.tenant(1)
        let expected = keys(context.world.rows(M.self, tenant: 1))
        try context.expectEqual(keys(try await other.fetch(Query<M>())), expected, "fetch returns exactly tenant 1's rows")
        try context.expectEqual(keys(try await other.fetch(Query<M>().includingDeleted())), expected, "including deleted rows stays in the tenant")
        try context.expectEqual(try await other.count(Query<M>()), expected.count, "count covers only tenant 1")
        for row in context.world.rows(M.self, tenant: 0) {
            let found: M? = try await CaseSupport.find(M.self, M.schema.primaryKeyValue(of: row), in: other, includingDeleted: true)
            try context.expectEqual(found, nil, "tenant 1 cannot read tenant 0's row by key")
        }
        let filtered = try await other.fetch(Query<M>().where(column: M.schema.table.primaryKey,
                                                                .isIn(context.world.rows(M.self, tenant: 0).map { M.schema.primaryKeyValue(of: $0) })))
        try context.expectEqual(filtered.count, 0, "tenant 1 cannot filter its way to tenant 0's rows")
    }

    private static func isolatedWrites<M: Model>(_ type: M.Type, _ context: ConformanceContext) async throws {
        let other = context.tenant(1)
        let before = try await context.state()
        let foreign = try context.newRow(M.self, tenant: 0, ordinal: 1_200)
        try await context.expectError("tenant 1 cannot insert a row of tenant 0", "StoreError.tenantMismatch",
                                      matching: { if case .tenantMismatch = $0 { return true }; return false }) {
            try await other.insert(foreign)
        }
        let victim = try CaseSupport.fixtureRow(M.self, context, tenant: 0)
        let id = try CaseSupport.id(M.self, M.schema.primaryKeyValue(of: victim))
        if M.schema.table.mutability == .mutable {
            try await context.expectError("tenant 1 cannot update tenant 0's row", "StoreError.notFound",
                                          matching: { if case .notFound = $0 { return true }; return false }) {
                try await other.update(victim)
            }
        }
        if M.schema.table.softDelete != nil, M.schema.table.mutability == .mutable {
            try await context.expectError("tenant 1 cannot soft-delete tenant 0's row", "StoreError.notFound",
                                          matching: { if case .notFound = $0 { return true }; return false }) {
                try await other.softDelete(M.self, id: id)
            }
        }
        try await context.expectError("tenant 1 cannot purge tenant 0's row", "StoreError.notFound",
                                      matching: { if case .notFound = $0 { return true }; return false }) {
            try await other.purge(M.self, id: id)
        }
        try await context.expectUnchanged(since: before, "refused cross-tenant writes changed nothing")
    }

    private static func platform<M: Model>(_ type: M.Type, _ context: ConformanceContext) async throws {
        let expected = keys(context.world.rows(M.self))
        try context.expectEqual(keys(try await context.platform.fetch(Query<M>())), expected, "the platform scope reads every tenant's rows")
    }

    private static func shared<M: Model>(_ type: M.Type, _ context: ConformanceContext) async throws {
        let expected = keys(context.world.rows(M.self))
        for index in 0..<2 {
            try context.expectEqual(keys(try await context.tenant(index).fetch(Query<M>())), expected, "tenant \(index) reads the shared rows")
        }
    }
}
