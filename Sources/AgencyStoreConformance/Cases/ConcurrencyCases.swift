import AgencyCore
import AgencyStore

/// Concurrent writers: unique keys hold under a race, no update is lost, nothing is dropped.
enum ConcurrencyCases {
    static func cases<M: Model>(_ type: M.Type) -> [ConformanceCase] {
        let table = M.schema.table
        var cases: [ConformanceCase] = []
        if let constraint = table.uniqueConstraints.first(where: { ConstraintCases.conditionColumns($0)?.isEmpty ?? false }) {
            cases.append(ConformanceCase(.concurrency, "100 racing inserts of one key store exactly one row", table: table.name) {
                try await race(M.self, constraint, $0)
            })
        }
        if table.versionColumn != nil {
            cases.append(ConformanceCase(.concurrency, "racing updates from one version: exactly one wins", table: table.name) {
                try await lostUpdate(M.self, $0)
            })
        }
        cases.append(ConformanceCase(.concurrency, "50 concurrent inserts are all stored", table: table.name) {
            try await concurrentInserts(M.self, $0)
        })
        return cases
    }

    private static func race<M: Model>(_ type: M.Type, _ constraint: UniqueConstraint, _ context: ConformanceContext) async throws {
        let template = try context.newRow(M.self, tenant: 0, ordinal: 3_000, rich: true)
        var contenders: [M] = []
        for index in 0..<100 {
            var row = try context.newRow(M.self, tenant: 0, ordinal: 3_001 + index, rich: true)
            for name in constraint.columns {
                var value = M.schema.value(name, in: template)
                if index % 2 == 1, constraint.caseInsensitiveColumns.contains(name), case .text(let text) = value {
                    value = .text(text.uppercased())
                }
                try M.schema.column(named: name)?.setValue(value, in: &row)
            }
            contenders.append(row)
        }
        let scope = context.tenant(0)
        let before = try await scope.count(Query<M>())
        let outcomes = await withTaskGroup(of: String.self) { group in
            for row in contenders {
                group.addTask {
                    do {
                        _ = try await scope.insert(row)
                        return "stored"
                    } catch let error as StoreError {
                        if case .uniqueViolation(_, let name, _) = error, name == constraint.name { return "unique" }
                        return "other: \(error)"
                    } catch {
                        return "other: \(error)"
                    }
                }
            }
            var all: [String] = []
            for await outcome in group { all.append(outcome) }
            return all
        }
        try context.expectEqual(outcomes.filter { $0 == "stored" }.count, 1, "exactly one racing insert succeeds")
        try context.expectEqual(outcomes.filter { $0 == "unique" }.count, 99,
                                "the other 99 fail with the typed unique violation (\(outcomes.first { $0.hasPrefix("other") } ?? "no other errors"))")
        try context.expectEqual(try await scope.count(Query<M>()), before + 1, "one row was added")
    }

    private static func lostUpdate<M: Model>(_ type: M.Type, _ context: ConformanceContext) async throws {
        let scope = context.tenant(CaseSupport.owner(M.self) ?? 0)
        let original = try CaseSupport.fixtureRow(M.self, context, tenant: CaseSupport.owner(M.self))
        var writers: [M] = []
        for index in 0..<20 {
            guard let (changed, _) = try CaseSupport.changed(original, context, ordinal: 3_200 + index) else {
                throw FixtureError(table: M.schema.name, detail: "no column could take another valid value")
            }
            writers.append(changed)
        }
        let scoped = CaseSupport.isTenantScoped(M.self) ? scope : context.platform
        let results = await withTaskGroup(of: M?.self) { group in
            for row in writers { group.addTask { try? await scoped.update(row) } }
            var all: [M?] = []
            for await result in group { all.append(result) }
            return all
        }
        let winners = results.compactMap { $0 }
        try context.expectEqual(winners.count, 1, "exactly one update from the shared version succeeds")
        let stored: M? = try await CaseSupport.find(M.self, M.schema.primaryKeyValue(of: original), in: scoped)
        try context.expectEqual(stored, winners.first, "the stored row is the winner's")
    }

    private static func concurrentInserts<M: Model>(_ type: M.Type, _ context: ConformanceContext) async throws {
        let owner = CaseSupport.owner(M.self)
        let scope = CaseSupport.scope(context, owner)
        let rows = try (0..<50).map { try context.newRow(M.self, tenant: owner, ordinal: 3_400 + $0, rich: $0 % 2 == 0) }
        let before = try await scope.count(Query<M>())
        try await withThrowingTaskGroup(of: Void.self) { group in
            for row in rows { group.addTask { _ = try await scope.insert(row) } }
            try await group.waitForAll()
        }
        try context.expectEqual(try await scope.count(Query<M>()), before + rows.count, "every concurrent insert is stored")
    }
}
