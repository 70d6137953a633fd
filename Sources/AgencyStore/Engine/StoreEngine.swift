import AgencyCore
import Foundation

/// The complete store contract over in-memory tables, synchronous and reusable: the heart of
/// `InMemoryStore`, and the building block for a custom store that keeps its data in a file,
/// a key-value store or a blob (persist ``snapshot()`` after each ``apply(_:in:now:)``).
///
/// Not thread-safe: own it from one actor. Writes of a batch record undo actions; a failure
/// replays them in reverse, so a batch is all-or-nothing. Complexities as `InMemoryStore`.
public final class StoreEngine {
    let target: SchemaTarget
    private(set) var tables: [String: any AnyTableStorage] = [:]
    var generator: UUIDGenerator
    let faults: FaultInjection
    var undo: [() -> Void] = []

    /// An empty engine for the tables of `schema`, assigning new UUID keys from `ids`.
    ///
    /// - Throws: ``StoreError/unknownTable(_:)`` when a schema description is inconsistent.
    public convenience init(schema: SchemaTarget, ids: UUIDGenerator) throws {
        try self.init(target: schema, generator: ids, faults: [])
    }

    init(target: SchemaTarget, generator: UUIDGenerator, faults: FaultInjection) throws {
        self.target = target
        self.generator = generator
        self.faults = faults
        for model in target.models {
            let storage = try Self.makeStorage(model)
            tables[storage.table.name] = storage
        }
    }

    private static func makeStorage<M: Model>(_ type: M.Type) throws -> any AnyTableStorage {
        try TableStorage<M>(schema: M.schema)
    }

    func storage<M: Model>(_ type: M.Type) throws -> TableStorage<M> {
        guard let storage = tables[M.schema.name] as? TableStorage<M> else {
            throw StoreError.unknownTable(M.schema.name)
        }
        return storage
    }

    // MARK: Reads

    /// The rows of `query` visible in `scope`. O(rows of the scope's tenant · log).
    public func fetch<M: Model>(_ query: Query<M>, in scope: StoreScope) throws -> [M] {
        let storage = try storage(M.self)
        let compiled = try compile(faults.contains(.ignoresSoftDeleteFilter) ? query.includingDeleted() : query)
        let partition = visiblePartition(storage, scope)
        guard query.effectiveSort == [SortKey(M.schema.table.primaryKey, .ascending)] else {
            return compiled.apply(toMatching: storage.rows(inPartition: partition, where: compiled.matches))
        }
        return keyOrderPage(compiled, cursor: query.cursor, storage, partition)
    }

    /// A page in primary-key order without sorting: walk the partition's ordered keys from
    /// the cursor and stop after `offset + limit` matches. O(rows skipped + page).
    private func keyOrderPage<M: Model>(_ compiled: CompiledQuery<M>, cursor: KeysetCursor?, _ storage: TableStorage<M>,
                                        _ partition: SQLValue?) -> [M] {
        let keys = storage.orderedKeys(inPartition: partition)
        var start = keys.startIndex
        if let last = cursor?.values.last {
            var low = keys.startIndex
            var high = keys.endIndex
            while low < high {
                let middle = (low + high) / 2
                if last.sortsBefore(keys[middle]) { high = middle } else { low = middle + 1 }
            }
            start = low
        }
        return storage.rows(keyed: keys[start...], inPartition: partition, offset: compiled.offset, limit: compiled.limit,
                            where: compiled.matches)
    }

    /// How many rows `query` matches in `scope`. O(rows of the scope's tenant).
    public func count<M: Model>(_ query: Query<M>, in scope: StoreScope) throws -> Int {
        let storage = try storage(M.self)
        let compiled = try compile(faults.contains(.ignoresSoftDeleteFilter) ? query.unpaged.includingDeleted() : query.unpaged)
        return storage.countRows(inPartition: visiblePartition(storage, scope), where: compiled.matches)
    }

    private func compile<M: Model>(_ query: Query<M>) throws -> CompiledQuery<M> {
        do {
            return try query.compiled()
        } catch let error as QueryError {
            throw StoreError.invalidQuery(error)
        } catch let error as ExpressionError {
            if case .unknownColumn(let table, let column) = error {
                throw StoreError.invalidQuery(.unknownColumn(table: table, column: column))
            }
            throw StoreError.invalidQuery(.invalidPagination(detail: error.description))
        }
    }

    /// The partition a scope reads, or `nil` for every partition.
    func visiblePartition<M: Model>(_ storage: TableStorage<M>, _ scope: StoreScope) -> SQLValue? {
        guard let tenant = scope.tenant, !faults.contains(.leaksAcrossTenants) else { return nil }
        if case .global = storage.table.tenancy { return nil }
        return tenant
    }

    /// Whether a row in `partition` is visible in `scope`.
    func isVisible(partition: SQLValue, table: TableDescription, in scope: StoreScope) -> Bool {
        guard let tenant = scope.tenant else { return true }
        if case .global = table.tenancy { return true }
        return partition == tenant
    }

    // MARK: Tenancy and references

    /// The tenant a row belongs to (`nil` for shared rows and unassigned pool rows).
    func tenant<M: Model>(of row: M, in storage: TableStorage<M>) throws -> SQLValue? {
        let schema = storage.schema
        switch schema.table.tenancy {
        case .global:
            return nil
        case .owned(let column), .optionallyOwned(let column), .tenantRoot(let column):
            let value = schema.value(column, in: row)
            return value.isNull ? nil : value
        case .inherited(let column):
            let value = schema.value(column, in: row)
            guard !value.isNull else { return nil }
            guard let foreignKey = schema.table.foreignKey(on: column), let parent = tables[foreignKey.table] else {
                throw StoreError.unknownTable("\(schema.name) (tenancy through \(column) names no foreign key)")
            }
            guard let partition = parent.partition(ofRowWhere: foreignKey.referencedColumn, equals: value) else {
                throw StoreError.missingReference(table: schema.name, column: column, referencedTable: foreignKey.table,
                                                  value: value.displayText)
            }
            return partition.isNull ? nil : partition
        }
    }

    /// Refuses a row that does not belong to the scope's tenant.
    func checkScope(rowTenant: SQLValue?, table: TableDescription, scope: StoreScope, operation: String) throws {
        guard let tenant = scope.tenant else { return }
        if case .global = table.tenancy { return }
        guard let rowTenant else { throw StoreError.requiresPlatformScope(table: table.name, operation: operation) }
        guard rowTenant == tenant else { throw StoreError.tenantMismatch(table: table.name, scope: scope.description) }
    }

    /// Refuses references to missing rows or to another tenant's rows. Every reference is
    /// checked for existence before any for its tenant, so a row whose tenant reference
    /// names no tenant reports that, not a tenant mismatch of another reference.
    func checkReferences<M: Model>(_ row: M, tenant: SQLValue?, in storage: TableStorage<M>) throws {
        guard !faults.contains(.ignoresReferences) else { return }
        var partitions: [(ForeignKey, SQLValue)] = []
        for foreignKey in storage.table.foreignKeys {
            let value = storage.schema.value(foreignKey.column, in: row)
            guard !value.isNull else { continue }
            guard let parent = tables[foreignKey.table] else { throw StoreError.unknownTable(foreignKey.table) }
            guard let partition = parent.partition(ofRowWhere: foreignKey.referencedColumn, equals: value) else {
                throw StoreError.missingReference(table: storage.table.name, column: foreignKey.column,
                                                  referencedTable: foreignKey.table, value: value.displayText)
            }
            partitions.append((foreignKey, partition))
        }
        for (foreignKey, partition) in partitions {
            if let tenant, !partition.isNull, partition != tenant {
                throw StoreError.crossTenantReference(table: storage.table.name, column: foreignKey.column,
                                                      referencedTable: foreignKey.table)
            }
        }
    }

    /// The row's unique-index keys, after checking no other row holds them.
    @discardableResult
    func checkUnique<M: Model>(_ row: M, excluding key: SQLValue?, in storage: TableStorage<M>) throws -> [[SQLValue]?] {
        let keys = storage.uniqueKeys(of: row)
        guard !faults.contains(.ignoresUniqueConstraints) else { return keys }
        if let constraint = storage.conflict(keys: keys, excluding: key) {
            throw StoreError.uniqueViolation(table: storage.table.name, constraint: constraint.name, columns: constraint.columns)
        }
        return keys
    }

    func validate<M: Model>(_ row: M) throws {
        let violations = M.schema.violations(of: row)
        if !violations.isEmpty { throw StoreError.invalid(ValidationError(table: M.schema.name, violations: violations)) }
    }
}

/// Where an in-memory store's new UUID keys come from.
public enum UUIDGenerator: Sendable {
    /// A deterministic sequence from a seed: the same seed gives the same ids.
    case seeded(SeededGenerator)
    /// The system's cryptographic random source (an explicit choice of the caller).
    case systemRandom

    /// A seeded generator.
    public static func seeded(_ seed: UInt64) -> UUIDGenerator { .seeded(SeededGenerator(seed: seed)) }

    mutating func next() -> UUID {
        switch self {
        case .seeded(var generator):
            let id = UUID.version4(using: &generator)
            self = .seeded(generator)
            return id
        case .systemRandom:
            var system = SystemRandomNumberGenerator()
            return UUID.version4(using: &system)
        }
    }
}
