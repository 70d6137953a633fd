import AgencyCore
import AgencyStore
import Foundation

/// Shared helpers for the case catalogs.
enum CaseSupport {
    /// The fixture tenant index that owns rows of `M` (nil for shared tables).
    /// Tenant rows (clients) are created platform-wide, so they have no owner either.
    static func owner<M: Model>(_ type: M.Type) -> Int? {
        switch M.schema.table.tenancy {
        case .global, .tenantRoot: return nil
        case .owned, .optionallyOwned, .inherited: return 0
        }
    }

    /// Whether `M` belongs to tenants (the tenants table included).
    static func isTenantScoped<M: Model>(_ type: M.Type) -> Bool {
        if case .global = M.schema.table.tenancy { return false }
        return true
    }

    /// Whether some column of `M` can hold a value that breaks a rule.
    static func hasBreakableColumn<M: Model>(_ type: M.Type) -> Bool {
        M.schema.columns.contains { column in
            column.name != M.schema.table.primaryKey && !breakingValues(column.description).isEmpty
        }
    }

    /// The typed id for a primary-key value.
    static func id<M: Model>(_ type: M.Type, _ key: SQLValue) throws -> ID<M> { try ID<M>(sqlValue: key) }

    /// The scope owning fixture tenant `index`.
    static func scope(_ context: ConformanceContext, _ index: Int?) -> ScopedStore {
        index.map { context.tenant($0) } ?? context.platform
    }

    /// The first fixture row of `M` owned by `index`.
    static func fixtureRow<M: Model>(_ type: M.Type, _ context: ConformanceContext, tenant index: Int?) throws -> M {
        let rows = index.map { context.world.rows(M.self, tenant: $0) } ?? context.world.rows(M.self)
        guard let row = rows.first else {
            throw FixtureError(table: M.schema.name, detail: "the fixture has no row for tenant \(index.map(String.init) ?? "shared")")
        }
        return row
    }

    /// Reads a row by key in `scope`.
    static func find<M: Model>(_ type: M.Type, _ key: SQLValue, in scope: ScopedStore, includingDeleted: Bool = false) async throws -> M? {
        try await scope.find(M.self, id: id(M.self, key), includingDeleted: includingDeleted)
    }

    /// Columns a generic update may change: not the key, tenant, a reference, part of a unique
    /// constraint or check, the soft-delete mark or a store-stamped column.
    static func updatableColumns<M: Model>(_ type: M.Type) -> [Column<M>] {
        let table = M.schema.table
        var excluded: Set<String> = [table.primaryKey]
        if let tenant = table.tenancy.tenantColumn { excluded.insert(tenant) }
        excluded.formUnion(table.foreignKeys.map(\.column))
        excluded.formUnion(table.uniqueConstraints.flatMap(\.columns))
        excluded.formUnion(table.checks.flatMap { $0.predicate.referencedColumns })
        if let soft = table.softDelete?.column { excluded.insert(soft) }
        excluded.formUnion([table.timestamps.createdAt, table.timestamps.updatedAt].compactMap { $0 })
        return M.schema.columns.filter { column in
            !excluded.contains(column.name) && !(column.description.defaultValue?.isStoreAssigned ?? false)
        }
    }

    /// `row` with one updatable column changed to another valid value, or `nil` when none can change.
    static func changed<M: Model>(_ row: M, _ context: ConformanceContext, ordinal: Int) throws -> (row: M, column: String)? {
        let donor = try context.newRow(M.self, tenant: owner(M.self), ordinal: ordinal, rich: true)
        for column in updatableColumns(M.self) {
            let replacement = column.value(in: donor)
            guard replacement != column.value(in: row) else { continue }
            var candidate = row
            guard (try? column.setValue(replacement, in: &candidate)) != nil else { continue }
            if M.schema.violations(of: candidate).isEmpty { return (candidate, column.name) }
        }
        for column in updatableColumns(M.self) {
            for replacement in nudged(column.value(in: row), ordinal: ordinal) {
                var candidate = row
                guard (try? column.setValue(replacement, in: &candidate)) != nil else { continue }
                if M.schema.violations(of: candidate).isEmpty { return (candidate, column.name) }
            }
        }
        return nil
    }

    /// Values near `value` of the same kind: the next integer, the other boolean, a longer text.
    private static func nudged(_ value: SQLValue, ordinal: Int) -> [SQLValue] {
        switch value {
        case .bool(let flag): return [.bool(!flag)]
        case .int(let number): return [.int(number + 1), .int(number - 1)]
        case .double(let number): return [.double(number + 0.125), .double(number - 0.125)]
        case .text(let text): return [.text(text + "-\(ordinal)"), .text("v\(ordinal)")]
        case .timestamp(let time): return [.timestamp(time.adding(days: 1))]
        case .date(let date): return [.date(date.adding(days: 1))]
        default: return []
        }
    }

    /// `row` with up to `count` columns set to values that break their rules.
    static func broken<M: Model>(_ row: M, count: Int) -> (row: M, columns: [String]) {
        var result = row
        var columns: [String] = []
        for column in M.schema.columns where columns.count < count && column.name != M.schema.table.primaryKey {
            for candidate in breakingValues(column.description) {
                var attempt = result
                guard (try? column.setValue(candidate, in: &attempt)) != nil else { continue }
                let violations = M.schema.violations(of: attempt)
                if violations.contains(where: { $0.columns == [column.name] }) {
                    result = attempt
                    columns.append(column.name)
                    break
                }
            }
        }
        return (result, columns)
    }

    private static func breakingValues(_ column: ColumnDescription) -> [SQLValue] {
        var values: [SQLValue] = []
        for rule in column.rules {
            switch rule {
            case .range(let low, let high):
                if let high, let number = high.numericValue {
                    values.append(.int(NSDecimalNumber(decimal: number + 1000).int64Value))
                    values.append(.double(NSDecimalNumber(decimal: number + 1000).doubleValue))
                    values.append(.numeric(SQLNumeric(number + 1)))
                }
                if let low, let number = low.numericValue {
                    values.append(.int(NSDecimalNumber(decimal: number - 1000).int64Value))
                    values.append(.double(NSDecimalNumber(decimal: number - 1000).doubleValue))
                    values.append(.numeric(SQLNumeric(number - 1)))
                }
            case .format: values.append(.text("not a valid value ∅")); values.append(.array([.text("not a valid value ∅")]))
            case .maxLength(let limit): values.append(.text(String(repeating: "x", count: limit + 1)))
            case .nonEmpty: values.append(.text("   "))
            case .oneOf, .eachOneOf: continue
            }
        }
        switch column.type {
        case .varchar(let limit): values.append(.text(String(repeating: "x", count: limit + 1)))
        case .integer, .smallint: values.append(.int(Int64(Int32.max) + 1))
        default: break
        }
        return values
    }
}
