import AgencyCore
import AgencyStore

/// Per-model cases for soft delete (Rule 14), in either style (timestamp or flag).
enum SoftDeleteCases {
    static func cases<M: Model>(_ type: M.Type) -> [ConformanceCase] {
        let table = M.schema.table
        guard let style = table.softDelete, table.mutability == .mutable else { return [] }
        var cases = [
            ConformanceCase(.softDelete, "soft delete hides the row from every normal read", table: table.name) { try await hides(M.self, $0) },
            ConformanceCase(.softDelete, "restore brings the row back", table: table.name) { try await restores(M.self, $0) },
            ConformanceCase(.softDelete, "a soft-deleted row cannot be updated", table: table.name) { try await noUpdate(M.self, $0) },
            ConformanceCase(.softDelete, "soft delete of an unknown key is refused", table: table.name) { try await unknownKey(M.self, $0) },
        ]
        if case .timestamp = style {
            cases.append(ConformanceCase(.softDelete, "deleting twice keeps the first deleted_at", table: table.name) {
                try await twice(M.self, $0)
            })
        }
        return cases
    }

    private static func setup<M: Model>(_ type: M.Type, _ context: ConformanceContext) throws -> (ScopedStore, M, ID<M>) {
        let owner = CaseSupport.owner(M.self)
        let row = try CaseSupport.fixtureRow(M.self, context, tenant: owner)
        return (CaseSupport.scope(context, owner), row, try CaseSupport.id(M.self, M.schema.primaryKeyValue(of: row)))
    }

    private static func hides<M: Model>(_ type: M.Type, _ context: ConformanceContext) async throws {
        let (scope, row, id) = try setup(M.self, context)
        let before = try await scope.count(Query<M>())
        context.clock.advance(seconds: 10)
        let deleted = try await scope.softDelete(M.self, id: id)
        try context.expect(M.schema.isSoftDeleted(deleted), "the returned row is marked deleted")
        if case .timestamp(let column)? = M.schema.table.softDelete {
            try context.expectEqual(M.schema.value(column, in: deleted), .timestamp(context.clock.now()), "deleted_at comes from the injected clock")
        }
        try context.expectEqual(try await scope.find(M.self, id: id), nil, "find skips the deleted row")
        try context.expectEqual(try await scope.count(Query<M>()), before - 1, "count skips the deleted row")
        let live = try await scope.fetch(Query<M>()).map { M.schema.primaryKeyValue(of: $0) }
        try context.expect(!live.contains(id.sqlValue), "fetch skips the deleted row")
        try context.expectEqual(try await scope.find(M.self, id: id, includingDeleted: true), deleted, "an explicit read sees the deleted row")
        try context.expectEqual(try await scope.count(Query<M>().includingDeleted()), before, "including deleted rows counts it")
        try context.expectEqual(try await scope.fetch(Query<M>().onlyDeleted()), [deleted], "only-deleted returns just it")
        _ = row
    }

    private static func twice<M: Model>(_ type: M.Type, _ context: ConformanceContext) async throws {
        let (scope, _, id) = try setup(M.self, context)
        context.clock.advance(seconds: 10)
        let first = try await scope.softDelete(M.self, id: id)
        context.clock.advance(seconds: 10)
        let second = try await scope.softDelete(M.self, id: id)
        try context.expectEqual(second, first, "a second soft delete changes nothing")
    }

    private static func restores<M: Model>(_ type: M.Type, _ context: ConformanceContext) async throws {
        let (scope, _, id) = try setup(M.self, context)
        let before = try await scope.count(Query<M>())
        context.clock.advance(seconds: 10)
        _ = try await scope.softDelete(M.self, id: id)
        context.clock.advance(seconds: 10)
        let restored = try await scope.restore(M.self, id: id)
        try context.expect(!M.schema.isSoftDeleted(restored), "the restored row is live")
        try context.expectEqual(try await scope.find(M.self, id: id), restored, "the restored row reads back")
        try context.expectEqual(try await scope.count(Query<M>()), before, "count includes it again")
    }

    private static func noUpdate<M: Model>(_ type: M.Type, _ context: ConformanceContext) async throws {
        let (scope, _, id) = try setup(M.self, context)
        let deleted = try await scope.softDelete(M.self, id: id)
        let before = try await context.state()
        try await context.expectError("updating a soft-deleted row is refused", "StoreError.notFound",
                                      matching: { if case .notFound = $0 { return true }; return false }) {
            try await scope.update(deleted)
        }
        try await context.expectUnchanged(since: before, "the refused update changed nothing")
    }

    private static func unknownKey<M: Model>(_ type: M.Type, _ context: ConformanceContext) async throws {
        let owner = CaseSupport.owner(M.self)
        let scope = CaseSupport.scope(context, owner)
        let stranger = try context.newRow(M.self, tenant: owner, ordinal: 1_100)
        let id = try CaseSupport.id(M.self, M.schema.primaryKeyValue(of: stranger))
        try await context.expectError("soft delete of a key that does not exist", "StoreError.notFound",
                                      matching: { if case .notFound = $0 { return true }; return false }) {
            try await scope.softDelete(M.self, id: id)
        }
    }
}
