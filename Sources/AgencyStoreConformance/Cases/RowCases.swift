import AgencyCore
import AgencyStore
import Foundation

/// Per-model cases: insert, exact round trip, update and version rules.
enum RowCases {
    static func cases<M: Model>(_ type: M.Type) -> [ConformanceCase] {
        let table = M.schema.table
        var cases = [
            ConformanceCase(.crud, "insert assigns keys and timestamps", table: table.name) { try await insertAssigns(M.self, $0) },
            ConformanceCase(.roundTrip, "every field survives a write and a read", table: table.name) { try await roundTrip(M.self, $0) },
        ]
        guard table.mutability == .mutable, !CaseSupport.updatableColumns(M.self).isEmpty else { return cases }
        cases.append(ConformanceCase(.update, "update changes the row", table: table.name) { try await update(M.self, $0) })
        if table.versionColumn != nil {
            cases.append(ConformanceCase(.update, "stale update is refused", table: table.name) { try await staleUpdate(M.self, $0) })
            cases.append(ConformanceCase(.update, "updated_at advances even when the clock does not", table: table.name) {
                try await versionAdvances(M.self, $0)
            })
        }
        if table.timestamps.createdAt != nil {
            cases.append(ConformanceCase(.update, "created_at is immutable", table: table.name) { try await createdAtImmutable(M.self, $0) })
        }
        return cases
    }

    private static func insertAssigns<M: Model>(_ type: M.Type, _ context: ConformanceContext) async throws {
        let owner = CaseSupport.owner(M.self)
        let scope = CaseSupport.scope(context, owner)
        let row = try await context.insertableRow(M.self, tenant: owner, assignKey: false)
        let before = try await scope.count(Query<M>())
        context.clock.advance(seconds: 60)
        let stored = try await scope.insert(row)
        let schema = M.schema
        let key = schema.primaryKeyValue(of: stored)
        if schema.table.primaryKeyKind != .natural {
            try context.expect(!key.isUnassignedPlaceholder, "insert assigns a primary key", expected: "a new key", actual: key.displayText)
        }
        for column in schema.columns where column.description.defaultValue == .now && column.value(in: row).isUnassignedPlaceholder {
            try context.expectEqual(column.value(in: stored), .timestamp(context.clock.now()), "insert stamps \(column.name) from the injected clock")
        }
        let found: M? = try await CaseSupport.find(M.self, key, in: scope)
        try context.expectEqual(found, stored, "the inserted row reads back as returned")
        try context.expectEqual(try await scope.count(Query<M>()), before + 1, "count grows by one")
    }

    private static func roundTrip<M: Model>(_ type: M.Type, _ context: ConformanceContext) async throws {
        let owner = CaseSupport.owner(M.self)
        let scope = CaseSupport.scope(context, owner)
        let row = try await context.insertableRow(M.self, tenant: owner, ordinal: 1_001, rich: true)
        let stored = try await scope.insert(row)
        for column in M.schema.columns {
            let assigned = (column.description.defaultValue?.isStoreAssigned ?? false) && column.value(in: row).isUnassignedPlaceholder
            if !assigned {
                try context.expectEqual(column.value(in: stored), column.value(in: row), "insert keeps \(column.name) as given")
            }
        }
        let found: M? = try await CaseSupport.find(M.self, M.schema.primaryKeyValue(of: stored), in: scope)
        guard let found else { throw context.failure("the row reads back", expected: "a row", actual: "nil") }
        for column in M.schema.columns {
            try context.expectEqual(column.value(in: found), column.value(in: stored), "\(column.name) reads back exactly")
        }
        let encodedFound = try JSONEncoderBox.encode(found)
        let encodedStored = try JSONEncoderBox.encode(stored)
        try context.expectEqual(encodedFound, encodedStored, "the row's JSON is unchanged by the store")
    }

    private static func update<M: Model>(_ type: M.Type, _ context: ConformanceContext) async throws {
        let owner = CaseSupport.owner(M.self)
        let scope = CaseSupport.scope(context, owner)
        let original = try CaseSupport.fixtureRow(M.self, context, tenant: owner)
        guard let (changed, column) = try CaseSupport.changed(original, context, ordinal: 1_002) else {
            throw FixtureError(table: M.schema.name, detail: "no column could take another valid value")
        }
        context.clock.advance(seconds: 30)
        let stored = try await scope.update(changed)
        try context.expectEqual(M.schema.value(column, in: stored), M.schema.value(column, in: changed), "update writes \(column)")
        if let updatedAt = M.schema.table.timestamps.updatedAt {
            try context.expectEqual(M.schema.value(updatedAt, in: stored), .timestamp(context.clock.now()), "update sets updated_at to now")
        }
        let found: M? = try await CaseSupport.find(M.self, M.schema.primaryKeyValue(of: stored), in: scope)
        try context.expectEqual(found, stored, "the updated row reads back as returned")
    }

    private static func staleUpdate<M: Model>(_ type: M.Type, _ context: ConformanceContext) async throws {
        let owner = CaseSupport.owner(M.self)
        let scope = CaseSupport.scope(context, owner)
        let original = try CaseSupport.fixtureRow(M.self, context, tenant: owner)
        guard let (first, _) = try CaseSupport.changed(original, context, ordinal: 1_003),
              let (second, _) = try CaseSupport.changed(original, context, ordinal: 1_004) else {
            throw FixtureError(table: M.schema.name, detail: "no column could take another valid value")
        }
        context.clock.advance(seconds: 1)
        let winner = try await scope.update(first)
        try await context.expectError("an update from a stale copy is refused", "StoreError.staleWrite",
                                      matching: { if case .staleWrite = $0 { return true }; return false }) {
            try await scope.update(second)
        }
        let found: M? = try await CaseSupport.find(M.self, M.schema.primaryKeyValue(of: winner), in: scope)
        try context.expectEqual(found, winner, "the stale update overwrote nothing")
    }

    private static func versionAdvances<M: Model>(_ type: M.Type, _ context: ConformanceContext) async throws {
        let owner = CaseSupport.owner(M.self)
        let scope = CaseSupport.scope(context, owner)
        guard let version = M.schema.table.versionColumn else { return }
        var current = try CaseSupport.fixtureRow(M.self, context, tenant: owner)
        var versions = [M.schema.value(version, in: current)]
        for ordinal in 1_005...1_007 {
            guard let (next, _) = try CaseSupport.changed(current, context, ordinal: ordinal) else { break }
            current = try await scope.update(next)
            versions.append(M.schema.value(version, in: current))
        }
        try context.expect(versions.count > 2, "the row could be updated repeatedly")
        for (earlier, later) in zip(versions, versions.dropFirst()) {
            try context.expect(earlier.sortsBefore(later), "every update gives a new, later version",
                               expected: "\(earlier.displayText) < \(later.displayText)", actual: "not later")
        }
    }

    private static func createdAtImmutable<M: Model>(_ type: M.Type, _ context: ConformanceContext) async throws {
        let owner = CaseSupport.owner(M.self)
        let scope = CaseSupport.scope(context, owner)
        guard let name = M.schema.table.timestamps.createdAt, let column = M.schema.column(named: name) else { return }
        let original = try CaseSupport.fixtureRow(M.self, context, tenant: owner)
        guard var (changed, _) = try CaseSupport.changed(original, context, ordinal: 1_008) else {
            throw FixtureError(table: M.schema.name, detail: "no column could take another valid value")
        }
        try column.setValue(.timestamp(context.clock.now().adding(days: -400)), in: &changed)
        let stored = try await scope.update(changed)
        try context.expectEqual(column.value(in: stored), column.value(in: original), "update keeps created_at")
    }
}

/// Encodes rows with the AgencyKit coder (a fresh encoder per call).
enum JSONEncoderBox {
    static func encode<M: Model>(_ row: M) throws -> String {
        String(decoding: try JSONEncoder.agencyKit.encode(row), as: UTF8.self)
    }
}
