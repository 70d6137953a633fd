import AgencyCore
import AgencyStore

/// Purge (the only hard delete): removes a row for good with its cascade; suppression
/// entries are never removed.
enum PurgeCases {
    static func cases<M: Model>(_ type: M.Type, schema: SchemaTarget) -> [ConformanceCase] {
        let table = M.schema.table
        if table.purgePolicy == .retained {
            return [ConformanceCase(.purge, "suppression entries are never purged", table: table.name) { try await retained(M.self, $0) }]
        }
        guard table.mutability == .mutable else { return [] }
        var cases = [ConformanceCase(.purge, "purge removes the row for good", table: table.name) { try await removes(M.self, $0) }]
        let children = schema.tables.flatMap { child in child.foreignKeys.filter { $0.table == table.name }.map { (child, $0) } }
        if !children.isEmpty {
            cases.append(ConformanceCase(.purge, "purge applies every ON DELETE rule of the referencing tables", table: table.name) {
                try await cascade(M.self, $0)
            })
        }
        return cases
    }

    private static func removes<M: Model>(_ type: M.Type, _ context: ConformanceContext) async throws {
        let owner = CaseSupport.owner(M.self)
        let scope = CaseSupport.scope(context, owner)
        let stored = try await scope.insert(try await context.insertableRow(M.self, tenant: owner, ordinal: 1_500))
        let id = try CaseSupport.id(M.self, M.schema.primaryKeyValue(of: stored))
        let report = try await scope.purge(M.self, id: id)
        try context.expectEqual(report.removed[M.schema.name], 1, "the report counts the purged row")
        try context.expectEqual(try await scope.find(M.self, id: id, includingDeleted: true), nil, "the purged row is gone, even for explicit reads")
    }

    private static func retained<M: Model>(_ type: M.Type, _ context: ConformanceContext) async throws {
        let owner = CaseSupport.owner(M.self)
        let row = try CaseSupport.fixtureRow(M.self, context, tenant: owner)
        let id = try CaseSupport.id(M.self, M.schema.primaryKeyValue(of: row))
        let before = try await context.state()
        try await context.expectError("purging a suppression entry is refused", "StoreError.operationNotAllowed",
                                      matching: { if case .operationNotAllowed = $0 { return true }; return false }) {
            try await context.platform.purge(M.self, id: id)
        }
        try await context.expectUnchanged(since: before, "the refused purge changed nothing")
    }

    /// Purges tenant 0's first fixture row of `M` and checks the outcome against the cascade
    /// the schema predicts over the fixture: all removed, nulled, or refused with nothing changed.
    private static func cascade<M: Model>(_ type: M.Type, _ context: ConformanceContext) async throws {
        let owner = CaseSupport.owner(M.self)
        let row = try CaseSupport.fixtureRow(M.self, context, tenant: owner)
        let id = try CaseSupport.id(M.self, M.schema.primaryKeyValue(of: row))
        let plan = PurgePlan(world: context.world, schema: context.schema)
        let before = try await context.state()
        switch plan.outcome(table: M.schema.name, key: M.schema.primaryKeyValue(of: row)) {
        case .refused(let reason):
            do {
                let report = try await context.platform.purge(M.self, id: id)
                throw context.failure("purge is refused because \(reason)", expected: "StoreError", actual: "removed \(report.removed)")
            } catch is StoreError {
                try await context.expectUnchanged(since: before, "the refused purge changed nothing")
            }
        case .allowed(let removed, let nulled):
            let report = try await context.platform.purge(M.self, id: id)
            try context.expectEqual(report.removed, removed.mapValues(\.count), "purge removes exactly the cascade")
            try context.expectEqual(report.nulled, nulled.mapValues(\.count), "purge nulls exactly the SET NULL references")
            let after = try await context.state()
            for (table, keys) in removed {
                let remaining = Set((after[table] ?? []).compactMap { ($0.base as? any Model).map(ErasedRow.key) })
                try context.expect(remaining.isDisjoint(with: keys), "every cascaded \(table) row is gone")
            }
        }
    }
}

/// The expected effect of purging one fixture row, computed from the schema's foreign keys.
struct PurgePlan {
    enum Outcome {
        case allowed(removed: [String: Set<SQLValue>], nulled: [String: Set<SQLValue>])
        case refused(String)
    }

    let world: FixtureWorld
    let schema: SchemaTarget

    func outcome(table: String, key: SQLValue) -> Outcome {
        var removed: [String: Set<SQLValue>] = [:]
        var nulled: [String: Set<SQLValue>] = [:]
        var pending = [(table, key)]
        while let (current, currentKey) = pending.popLast() {
            guard removed[current, default: []].insert(currentKey).inserted else { continue }
            guard let row = world.rows(of: current).first(where: { $0.key == currentKey }) else { continue }
            for child in schema.tables {
                for foreignKey in child.foreignKeys where foreignKey.table == current {
                    let referenced = ErasedRow.value(row.row, foreignKey.referencedColumn)
                    let keys = world.rows(of: child.name).filter { ErasedRow.value($0.row, foreignKey.column) == referenced }.map(\.key)
                    guard !keys.isEmpty else { continue }
                    switch foreignKey.onDelete {
                    case .cascade:
                        if child.purgePolicy == .retained { return .refused("it would remove \(child.name) suppression entries") }
                        pending.append(contentsOf: keys.map { (child.name, $0) })
                    case .setNull:
                        nulled[child.name, default: []].formUnion(keys)
                    case .noAction, .restrict:
                        return .refused("\(child.name).\(foreignKey.column) still references it")
                    }
                }
            }
        }
        for (table, keys) in removed { nulled[table]?.subtract(keys) }
        return .allowed(removed: removed, nulled: nulled.filter { !$0.value.isEmpty })
    }
}
