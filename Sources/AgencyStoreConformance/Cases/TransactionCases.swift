import AgencyCore
import AgencyStore

/// All-or-nothing batches and key assignment, on the probe model.
enum TransactionCases {
    static func cases<M: Model>(_ type: M.Type, schema: SchemaTarget) -> [ConformanceCase] {
        var cases = [
            ConformanceCase(.transactions, "an invalid write rolls back the whole batch") { try await invalidRollsBack(M.self, $0) },
            ConformanceCase(.transactions, "a unique violation at the end undoes earlier writes") { try await uniqueRollsBack(M.self, $0) },
            ConformanceCase(.transactions, "results come back in order with assigned keys") { try await ordered(M.self, $0) },
            ConformanceCase(.identifiers, "unassigned keys get distinct new values") { try await distinctKeys(M.self, $0) },
            ConformanceCase(.identifiers, "an explicit key is kept") { try await explicitKey(M.self, $0) },
            ConformanceCase(.identifiers, "a duplicate primary key is refused") { try await duplicateKey(M.self, $0) },
            ConformanceCase(.update, "an update of an unknown key is refused") { try await unknownUpdate(M.self, $0) },
        ]
        if M.schema.table.softDelete != nil, M.schema.table.versionColumn != nil {
            cases.append(ConformanceCase(.transactions, "a soft delete followed by a failure is undone") { try await softDeleteRollsBack(M.self, $0) })
        }
        if let parent = M.schema.table.foreignKeys.first(where: { foreignKey in
            foreignKey.column != M.schema.table.tenancy.tenantColumn && schema.table(named: foreignKey.table).map {
                if case .owned = $0.tenancy { return true }
                return false
            } ?? false
        }), let parentType = schema.models.first(where: { $0.tableDescription.name == parent.table }) {
            cases.append(ConformanceCase(.transactions, "a later write sees an earlier write of the same batch") {
                try await parentThenChild(M.self, parentType, parent, $0)
            })
        }
        if M.schema.table.timestamps.createdAt != nil {
            cases.append(ConformanceCase(.identifiers, "an explicit created_at is kept on insert") { try await explicitCreatedAt(M.self, $0) })
        }
        return cases
    }

    private static func invalidRollsBack<M: Model>(_ type: M.Type, _ context: ConformanceContext) async throws {
        let scope = context.tenant(0)
        let original = try CaseSupport.fixtureRow(M.self, context, tenant: 0)
        guard let (changed, _) = try CaseSupport.changed(original, context, ordinal: 4_000) else { return }
        let (broken, columns) = CaseSupport.broken(try context.newRow(M.self, tenant: 0, ordinal: 4_001), count: 1)
        guard !columns.isEmpty else { throw FixtureError(table: M.schema.name, detail: "no column value could be made invalid") }
        var batch = WriteBatch()
        batch.insert(try context.newRow(M.self, tenant: 0, ordinal: 4_002))
        batch.update(changed)
        batch.insert(broken)
        let before = try await context.state()
        try await context.expectError("the batch fails on its invalid row", "StoreError.invalid",
                                      matching: { if case .invalid = $0 { return true }; return false }) {
            try await scope.apply(batch)
        }
        try await context.expectUnchanged(since: before, "no write of the failed batch remains")
    }

    private static func uniqueRollsBack<M: Model>(_ type: M.Type, _ context: ConformanceContext) async throws {
        let scope = context.tenant(0)
        let first = try context.newRow(M.self, tenant: 0, ordinal: 4_010)
        var batch = WriteBatch()
        batch.insert(try context.newRow(M.self, tenant: 0, ordinal: 4_011))
        batch.insert(first)
        batch.insert(first)
        let before = try await context.state()
        try await context.expectError("the batch fails on its duplicate", "StoreError.uniqueViolation",
                                      matching: { if case .uniqueViolation = $0 { return true }; return false }) {
            try await scope.apply(batch)
        }
        try await context.expectUnchanged(since: before, "no write of the failed batch remains")
    }

    private static func softDeleteRollsBack<M: Model>(_ type: M.Type, _ context: ConformanceContext) async throws {
        let scope = context.tenant(0)
        let original = try CaseSupport.fixtureRow(M.self, context, tenant: 0)
        guard let (changed, _) = try CaseSupport.changed(original, context, ordinal: 4_020) else { return }
        var batch = WriteBatch()
        batch.softDelete(M.self, id: try CaseSupport.id(M.self, M.schema.primaryKeyValue(of: original)))
        batch.update(changed)
        let before = try await context.state()
        try await context.expectError("the update after the soft delete fails", "StoreError",
                                      matching: { _ in true }) {
            try await scope.apply(batch)
        }
        try await context.expectUnchanged(since: before, "the soft delete was undone")
    }

    private static func ordered<M: Model>(_ type: M.Type, _ context: ConformanceContext) async throws {
        let rows = try (0..<3).map { try context.newRow(M.self, tenant: 0, ordinal: 4_030 + $0) }
        var batch = WriteBatch()
        batch.insert(contentsOf: rows)
        let results = try await context.tenant(0).apply(batch)
        try context.expectEqual(results.map(\.kind), [.insert, .insert, .insert], "one result per write")
        try context.expectEqual(results.compactMap { $0.row(as: M.self) }.map { M.schema.primaryKeyValue(of: $0) },
                                rows.map { M.schema.primaryKeyValue(of: $0) }, "results are in write order")
    }

    private static func distinctKeys<M: Model>(_ type: M.Type, _ context: ConformanceContext) async throws {
        guard M.schema.table.primaryKeyKind != .natural else { return }
        var keys: Set<SQLValue> = []
        for ordinal in 4_040..<4_043 {
            let stored = try await context.tenant(0).insert(try context.newRow(M.self, tenant: 0, ordinal: ordinal, assignKey: false))
            let key = M.schema.primaryKeyValue(of: stored)
            try context.expect(!key.isUnassignedPlaceholder, "the store assigned a key")
            keys.insert(key)
        }
        try context.expectEqual(keys.count, 3, "every assigned key is new")
    }

    private static func explicitKey<M: Model>(_ type: M.Type, _ context: ConformanceContext) async throws {
        let row = try context.newRow(M.self, tenant: 0, ordinal: 4_050)
        let stored = try await context.tenant(0).insert(row)
        try context.expectEqual(M.schema.primaryKeyValue(of: stored), M.schema.primaryKeyValue(of: row), "the given key is kept")
    }

    private static func duplicateKey<M: Model>(_ type: M.Type, _ context: ConformanceContext) async throws {
        let existing = try CaseSupport.fixtureRow(M.self, context, tenant: 0)
        var row = try context.newRow(M.self, tenant: 0, ordinal: 4_060)
        try M.schema.column(named: M.schema.table.primaryKey)?.setValue(M.schema.primaryKeyValue(of: existing), in: &row)
        let before = try await context.state()
        try await context.expectError("a second row with an existing key is refused", "StoreError.uniqueViolation(\(M.schema.name)_pkey)",
                                      matching: { if case .uniqueViolation(_, let name, _) = $0 { return name == "\(M.schema.name)_pkey" }; return false }) {
            try await context.tenant(0).insert(row)
        }
        try await context.expectUnchanged(since: before, "the refused insert changed nothing")
    }

    private static func unknownUpdate<M: Model>(_ type: M.Type, _ context: ConformanceContext) async throws {
        let row = try context.newRow(M.self, tenant: 0, ordinal: 4_070)
        try await context.expectError("updating a row that was never inserted", "StoreError.notFound",
                                      matching: { if case .notFound = $0 { return true }; return false }) {
            try await context.tenant(0).update(row)
        }
    }

    private static func explicitCreatedAt<M: Model>(_ type: M.Type, _ context: ConformanceContext) async throws {
        guard let name = M.schema.table.timestamps.createdAt, let column = M.schema.column(named: name) else { return }
        var row = try context.newRow(M.self, tenant: 0, ordinal: 4_080)
        let historical = SQLValue.timestamp(context.clock.now().adding(days: -30).adding(microseconds: 123_456))
        try column.setValue(historical, in: &row)
        let stored = try await context.tenant(0).insert(row)
        try context.expectEqual(column.value(in: stored), historical, "an imported row keeps its created_at")
    }

    private static func parentThenChild<M: Model, P: Model>(_ type: M.Type, _ parentType: P.Type, _ foreignKey: ForeignKey,
                                                            _ context: ConformanceContext) async throws {
        let parent = try context.newRow(P.self, tenant: 0, ordinal: 4_090)
        var child = try context.newRow(M.self, tenant: 0, ordinal: 4_091)
        try M.schema.column(named: foreignKey.column)?.setValue(P.schema.value(foreignKey.referencedColumn, in: parent), in: &child)
        var batch = WriteBatch()
        batch.insert(parent)
        batch.insert(child)
        let results = try await context.tenant(0).apply(batch)
        try context.expectEqual(results.count, 2, "both writes applied")
        let found: M? = try await CaseSupport.find(M.self, M.schema.primaryKeyValue(of: child), in: context.tenant(0))
        try context.expect(found != nil, "the child referencing a parent of the same batch is stored")
    }
}
