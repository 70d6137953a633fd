import AgencyCore
import AgencyStore
import Foundation

/// One row of the fixture, with the tenant it belongs to.
public struct FixtureRow: Sendable {
    /// The row as the store under test stored it.
    public let row: any Model
    /// The tenant key, `nil` for shared rows.
    public let tenant: SQLValue?
    /// The primary key.
    public var key: SQLValue { ErasedRow.key(row) }
}

/// The deterministic data every case starts from: two tenants and, for every table of the
/// schema target, two rows per tenant (or two shared rows), inserted through the store
/// under test in their own scope. Known ids and counts let cases assert exact results.
public struct FixtureWorld: Sendable {
    /// Rows planned per tenant and table; unique keys may make a table hold fewer.
    public static let rowsPerTable = 2
    /// Rows planned per shared table: more than per tenant, so tenant rows keyed by a shared
    /// parent (a membership's user) can always find an unused one.
    public static let sharedRowsPerTable = 4
    /// The two tenants' keys.
    public let tenants: [SQLValue]
    /// Rows per table, in insertion order.
    public private(set) var rows: [String: [FixtureRow]] = [:]
    let synthesizer: RowSynthesizer
    let schema: SchemaTarget

    /// The fixture rows of `M`, optionally only one tenant's (by index into ``tenants``).
    public func rows<M: Model>(_ type: M.Type, tenant index: Int? = nil) -> [M] {
        let all = rows[M.schema.name] ?? []
        guard let index else { return all.compactMap { $0.row as? M } }
        return all.filter { $0.tenant == tenants[index] }.compactMap { $0.row as? M }
    }

    /// The fixture rows of `table`, optionally only one tenant's.
    public func rows(of table: String, tenant index: Int? = nil) -> [FixtureRow] {
        let all = rows[table] ?? []
        guard let index else { return all }
        return all.filter { $0.tenant == tenants[index] }
    }

    /// The scope that owns rows of `tenant` (platform-wide for shared rows).
    public func scope(for tenant: SQLValue?) -> StoreScope {
        tenant.map { StoreScope.tenant($0) } ?? .platformWide
    }

    static func seed(_ store: any Store, schema: SchemaTarget, clock: ManualTimeSource, seed: UInt64) async throws -> FixtureWorld {
        var generator = SeededGenerator(seed: seed)
        let tenants = [SQLValue.uuid(UUID.version4(using: &generator)), .uuid(UUID.version4(using: &generator))]
        var world = FixtureWorld(tenants: tenants, synthesizer: RowSynthesizer(base: clock.now(), seed: seed), schema: schema)
        let planner = try InMemoryStore(schema: schema, clock: clock, ids: .seeded(seed))
        for model in schema.models {
            try await world.seedTable(model, store: store, planner: planner)
        }
        return world
    }

    private mutating func seedTable<M: Model>(_ type: M.Type, store: any Store, planner: InMemoryStore) async throws {
        let table = M.schema.table
        let owners: [SQLValue?]
        switch table.tenancy {
        case .global: owners = [nil]
        case .tenantRoot, .owned, .optionallyOwned, .inherited: owners = tenants.map { Optional($0) }
        }
        var ordinal = 0
        for owner in owners {
            var added = 0
            var attempts = 0
            let perOwner: Int
            switch table.tenancy {
            case .tenantRoot: perOwner = 1
            case .global: perOwner = Self.sharedRowsPerTable
            case .owned, .optionallyOwned, .inherited: perOwner = Self.rowsPerTable
            }
            while added < perOwner && attempts < perOwner + 4 {
                attempts += 1
                ordinal += 1
                let row = try makeRow(M.self, tenant: owner, ordinal: ordinal, richness: ordinal % 2 == 0 ? .rich : .minimal)
                do {
                    _ = try await planner.scoped(.platformWide).insert(row)
                } catch StoreError.uniqueViolation {
                    continue
                } catch {
                    throw FixtureError(table: table.name, detail: "the reference store refused a synthesized row: \(error)")
                }
                let stored: M
                do {
                    stored = try await store.scoped(scope(for: owner)).insert(row)
                } catch {
                    throw ConformanceFailure(caseID: "fixture", expectation: "the store accepts a valid \(table.name) row",
                                             expected: "the row stored", actual: "\(error)")
                }
                rows[table.name, default: []].append(FixtureRow(row: stored, tenant: owner))
                added += 1
            }
        }
    }

    /// A new valid row of `M` for `tenant`, referencing fixture rows of the same tenant.
    func makeRow<M: Model>(_ type: M.Type, tenant: SQLValue?, ordinal: Int, richness: RowSynthesizer.Richness,
                           assignKey: Bool = true) throws -> M {
        try synthesizer.make(M.self, tenant: tenant, ordinal: ordinal, richness: richness, assignKey: assignKey) { foreignKey, ordinal in
            parentValue(foreignKey, tenant: tenant, ordinal: ordinal)
        }
    }

    /// The fixture rows whose unique keys `row` would hold too.
    func collisions<M: Model>(_ row: M) -> [M] {
        rows(M.self).filter { collides(row, with: [$0]) }
    }

    /// Whether `row` would break a unique constraint against the fixture's live rows
    /// (with SQL's rules: NULL keys never conflict, case-insensitive columns folded).
    func collides<M: Model>(_ row: M, with others: [M]? = nil) -> Bool {
        let schema = M.schema
        let existing = others ?? rows(M.self)
        for constraint in schema.table.uniqueConstraints {
            let condition = constraint.condition.flatMap { try? $0.compile(for: schema) }
            func key(_ candidate: M) -> [SQLValue]? {
                if constraint.liveRowsOnly && schema.isSoftDeleted(candidate) { return nil }
                if let condition, !condition.matches(candidate) { return nil }
                var values: [SQLValue] = []
                for name in constraint.columns {
                    var value = schema.value(name, in: candidate)
                    if value.isNull { return nil }
                    if constraint.caseInsensitiveColumns.contains(name), case .text(let text) = value { value = .text(text.lowercased()) }
                    values.append(value)
                }
                return values
            }
            guard let wanted = key(row) else { continue }
            if existing.contains(where: { key($0) == wanted }) { return true }
        }
        return false
    }

    /// A referenced value for `foreignKey` among fixture rows of `tenant` (or shared rows).
    func parentValue(_ foreignKey: ForeignKey, tenant: SQLValue?, ordinal: Int) -> SQLValue? {
        let candidates = (rows[foreignKey.table] ?? []).filter { $0.tenant == nil || $0.tenant == tenant }
        guard !candidates.isEmpty else { return nil }
        var mixer = SeededGenerator(seed: UInt64(truncatingIfNeeded: ordinal) &+ RowSynthesizer.hash(foreignKey.column))
        let index = ordinal < 0 ? 0 : Int(mixer.next() % UInt64(candidates.count))
        return ErasedRow.value(candidates[index].row, foreignKey.referencedColumn)
    }
}
