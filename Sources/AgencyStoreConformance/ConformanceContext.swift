import AgencyCore
import AgencyStore

/// What a store factory receives: the suite's clock and seed, which the store must use so
/// results are reproducible.
public struct StoreEnvironment: Sendable {
    /// The clock the store must read "now" from; cases move it explicitly.
    public let clock: ManualTimeSource
    /// A seed for the store's UUID generator.
    public let seed: UInt64
}

/// What a running case works with: the fresh store, its clock and the seeded fixture.
public struct ConformanceContext: Sendable {
    /// The case's identifier (for failures).
    public let caseID: String
    /// The store under test.
    public let store: any Store
    /// The store's clock.
    public let clock: ManualTimeSource
    /// The seeded fixture.
    public let world: FixtureWorld
    /// The schema target under test.
    public let schema: SchemaTarget

    /// The scope of tenant `index` (0 or 1).
    public func tenant(_ index: Int) -> ScopedStore { store.scoped(.tenant(world.tenants[index])) }

    /// The platform-wide scope.
    public var platform: ScopedStore { store.scoped(.platformWide) }

    /// A failure of this case.
    func failure(_ expectation: String, expected: String, actual: String) -> ConformanceFailure {
        ConformanceFailure(caseID: caseID, expectation: expectation, expected: expected, actual: actual)
    }

    /// Fails unless `actual == expected`.
    func expectEqual<T: Equatable>(_ actual: T, _ expected: T, _ expectation: String) throws {
        guard actual == expected else { throw failure(expectation, expected: "\(expected)", actual: "\(actual)") }
    }

    /// Fails unless `condition`.
    func expect(_ condition: Bool, _ expectation: String, expected: String = "true", actual: String = "false") throws {
        guard condition else { throw failure(expectation, expected: expected, actual: actual) }
    }

    /// Runs `operation`, which must fail with a ``StoreError`` matching `matches`.
    @discardableResult
    func expectError<T>(_ expectation: String, _ expected: String, matching matches: (StoreError) -> Bool,
                        _ operation: () async throws -> T) async throws -> StoreError {
        do {
            let value = try await operation()
            throw failure(expectation, expected: expected, actual: "success: \(value)")
        } catch let error as StoreError {
            guard matches(error) else { throw failure(expectation, expected: expected, actual: "\(error)") }
            return error
        } catch let error as ConformanceFailure {
            throw error
        } catch {
            throw failure(expectation, expected: expected, actual: "\(type(of: error)): \(error)")
        }
    }

    /// Every row of every table as the platform sees it, soft-deleted included: for
    /// "nothing changed" checks.
    func state() async throws -> [String: [AnyHashable]] {
        var tables: [String: [AnyHashable]] = [:]
        for model in schema.models {
            tables[model.tableDescription.name] = try await rows(model)
        }
        return tables
    }

    private func rows<M: Model>(_ type: M.Type) async throws -> [AnyHashable] {
        try await platform.fetch(Query<M>().includingDeleted()).map { AnyHashable($0) }
    }

    /// Fails when the store's state differs from `before`.
    func expectUnchanged(since before: [String: [AnyHashable]], _ expectation: String) async throws {
        let after = try await state()
        for (table, rows) in before where after[table] != rows {
            throw failure(expectation, expected: "\(table) unchanged (\(rows.count) rows)",
                          actual: "\(after[table]?.count ?? 0) rows, contents differ")
        }
    }

    /// A new valid row of `M` for tenant `index` (nil: shared) whose unique keys no fixture
    /// row holds, when some ordinal allows it (later ordinals are tried until one fits);
    /// otherwise a row that collides, for cases that expect the write to fail earlier.
    func newRow<M: Model>(_ type: M.Type, tenant index: Int?, ordinal: Int = 1_000, rich: Bool = true,
                          assignKey: Bool = true) throws -> M {
        var candidate = ordinal
        var last: M?
        for _ in 0..<64 {
            let row: M = try world.makeRow(M.self, tenant: index.map { world.tenants[$0] }, ordinal: candidate,
                                           richness: rich ? .rich : .minimal, assignKey: assignKey)
            if !world.collides(row) { return row }
            last = row
            candidate += 10_007
        }
        guard let last else { throw FixtureError(table: M.schema.name, detail: "no row could be built") }
        return last
    }

    /// A new valid row of `M` that can be inserted: when every candidate collides with a
    /// fixture row (a key that allows one row per tenant), the colliding fixture rows are
    /// purged first. Call it before taking a ``state()`` snapshot.
    func insertableRow<M: Model>(_ type: M.Type, tenant index: Int?, ordinal: Int = 1_000, rich: Bool = true,
                                 assignKey: Bool = true) async throws -> M {
        let row = try newRow(M.self, tenant: index, ordinal: ordinal, rich: rich, assignKey: assignKey)
        for existing in world.collisions(row) {
            do {
                _ = try await platform.purge(M.self, id: try ID<M>(sqlValue: M.schema.primaryKeyValue(of: existing)))
            } catch StoreError.notFound {
                continue
            } catch {
                throw FixtureError(table: M.schema.name, detail: "no room for a new row: the fixture row holding its key cannot be purged (\(error))")
            }
        }
        return row
    }
}
