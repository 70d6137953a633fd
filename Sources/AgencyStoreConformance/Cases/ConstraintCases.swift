import AgencyCore
import AgencyStore
import Foundation

/// Per-constraint cases: unique keys (live rows, case rules, NULLs) and foreign keys
/// (existence, same tenant).
enum ConstraintCases {
    static func cases<M: Model>(_ type: M.Type, schema: SchemaTarget) -> [ConformanceCase] {
        let table = M.schema.table
        var cases: [ConformanceCase] = []
        for constraint in table.uniqueConstraints where conditionColumns(constraint) != nil {
            let name = constraint.name
            cases.append(ConformanceCase(.unique, "duplicate key is refused (\(name))", table: table.name) {
                try await duplicate(M.self, constraint, $0)
            })
            if constraint.liveRowsOnly, table.softDelete != nil, table.mutability == .mutable {
                cases.append(ConformanceCase(.unique, "a soft-deleted row frees its key, restoring it conflicts (\(name))", table: table.name) {
                    try await liveOnly(M.self, constraint, $0)
                })
            }
            if constraint.columns.contains(where: { M.schema.column(named: $0)?.description.isNullable ?? false }) {
                cases.append(ConformanceCase(.unique, "NULL keys never conflict (\(name))", table: table.name) {
                    try await nullKeys(M.self, constraint, $0)
                })
            }
        }
        for foreignKey in table.foreignKeys {
            cases.append(ConformanceCase(.references, "a reference to a missing row is refused (\(foreignKey.column))", table: table.name) {
                try await missing(M.self, foreignKey, $0)
            })
            if crossTenantApplies(M.self, foreignKey, schema: schema) {
                cases.append(ConformanceCase(.references, "a reference to another tenant's row is refused (\(foreignKey.column))", table: table.name) {
                    try await crossTenant(M.self, foreignKey, $0)
                })
            }
        }
        return cases
    }

    /// Column values that make a row meet the constraint's partial condition, or `nil` when
    /// the condition is not a conjunction of `column = value`.
    static func conditionColumns(_ constraint: UniqueConstraint) -> [(String, SQLValue)]? {
        guard let condition = constraint.condition else { return [] }
        func parts(_ predicate: SQLPredicate) -> [(String, SQLValue)]? {
            switch predicate {
            case .compare(.column(let name), .equal, .value(let value)): return [(name, value)]
            case .and(let items):
                var all: [(String, SQLValue)] = []
                for item in items {
                    guard let found = parts(item) else { return nil }
                    all += found
                }
                return all
            default: return nil
            }
        }
        return parts(condition)
    }

    /// A new row of tenant 0 that takes part in `constraint` (key columns non-null, condition met).
    private static func participant<M: Model>(_ type: M.Type, _ constraint: UniqueConstraint, _ context: ConformanceContext,
                                              ordinal: Int) async throws -> M {
        var row = try await context.insertableRow(M.self, tenant: CaseSupport.owner(M.self), ordinal: ordinal, rich: true)
        for (name, value) in conditionColumns(constraint) ?? [] {
            try M.schema.column(named: name)?.setValue(value, in: &row)
        }
        let nulls = constraint.columns.filter { M.schema.value($0, in: row).isNull }
        guard nulls.isEmpty else {
            throw FixtureError(table: M.schema.name, detail: "no non-null value for \(nulls) of \(constraint.name)")
        }
        return row
    }

    /// `row` with the key columns of `original` (case-swapped where compared case-insensitively).
    private static func duplicateOf<M: Model>(_ original: M, _ constraint: UniqueConstraint, _ context: ConformanceContext,
                                              ordinal: Int) async throws -> M {
        var row = try await participant(M.self, constraint, context, ordinal: ordinal)
        for name in constraint.columns {
            var value = M.schema.value(name, in: original)
            if constraint.caseInsensitiveColumns.contains(name), case .text(let text) = value { value = .text(text.uppercased()) }
            try M.schema.column(named: name)?.setValue(value, in: &row)
        }
        return row
    }

    private static func isUnique(_ error: StoreError, _ constraint: UniqueConstraint) -> Bool {
        if case .uniqueViolation(_, let name, _) = error { return name == constraint.name }
        return false
    }

    private static func duplicate<M: Model>(_ type: M.Type, _ constraint: UniqueConstraint, _ context: ConformanceContext) async throws {
        let scope = CaseSupport.scope(context, CaseSupport.owner(M.self))
        let original = try await scope.insert(try await participant(M.self, constraint, context, ordinal: 1_400))
        let duplicate = try await duplicateOf(original, constraint, context, ordinal: 1_401)
        let before = try await context.state()
        try await context.expectError("a second row with the same key is refused", "StoreError.uniqueViolation(\(constraint.name))",
                                      matching: { isUnique($0, constraint) }) {
            try await scope.insert(duplicate)
        }
        try await context.expectUnchanged(since: before, "the refused insert changed nothing")
    }

    private static func liveOnly<M: Model>(_ type: M.Type, _ constraint: UniqueConstraint, _ context: ConformanceContext) async throws {
        let scope = CaseSupport.scope(context, CaseSupport.owner(M.self))
        let original = try await scope.insert(try await participant(M.self, constraint, context, ordinal: 1_410))
        let id = try CaseSupport.id(M.self, M.schema.primaryKeyValue(of: original))
        _ = try await scope.softDelete(M.self, id: id)
        let duplicate = try await duplicateOf(original, constraint, context, ordinal: 1_411)
        do {
            _ = try await scope.insert(duplicate)
        } catch {
            throw context.failure("the key of a soft-deleted row can be reused", expected: "insert succeeds", actual: "\(error)")
        }
        let before = try await context.state()
        try await context.expectError("restoring a row whose key a live row now holds is refused",
                                      "StoreError.uniqueViolation(\(constraint.name))", matching: { isUnique($0, constraint) }) {
            try await scope.restore(M.self, id: id)
        }
        try await context.expectUnchanged(since: before, "the refused restore changed nothing")
    }

    private static func nullKeys<M: Model>(_ type: M.Type, _ constraint: UniqueConstraint, _ context: ConformanceContext) async throws {
        let scope = CaseSupport.scope(context, CaseSupport.owner(M.self))
        var pair: (M, M)?
        for name in constraint.columns where M.schema.column(named: name)?.description.isNullable ?? false {
            guard let column = M.schema.column(named: name) else { continue }
            var first = try await participant(M.self, constraint, context, ordinal: 1_420)
            try column.setValue(.null, in: &first)
            var second = try await duplicateOf(first, constraint, context, ordinal: 1_421)
            try column.setValue(.null, in: &second)
            if M.schema.violations(of: first).isEmpty, M.schema.violations(of: second).isEmpty {
                pair = (first, second)
                break
            }
        }
        guard let (first, second) = pair else {
            throw FixtureError(table: M.schema.name, detail: "no nullable key column of \(constraint.name) can be NULL in a valid row")
        }
        do {
            _ = try await scope.insert(first)
            _ = try await scope.insert(second)
        } catch {
            throw context.failure("rows whose key has a NULL never conflict (SQL semantics)", expected: "both stored", actual: "\(error)")
        }
    }

    private static func missing<M: Model>(_ type: M.Type, _ foreignKey: ForeignKey, _ context: ConformanceContext) async throws {
        var row = try context.newRow(M.self, tenant: CaseSupport.owner(M.self), ordinal: 1_430, rich: true)
        guard let column = M.schema.column(named: foreignKey.column) else { return }
        let absent: SQLValue
        switch column.description.type {
        case .uuid: absent = .uuid(UUID(uuid: (0xFE, 0xED, 0, 0, 0, 0, 0x40, 0, 0x80, 0, 0, 0, 0, 0, 0, 0x01)))
        case .integer, .bigint, .smallint: absent = .int(987_654_321)
        default: absent = .text("missing-reference")
        }
        try column.setValue(absent, in: &row)
        let before = try await context.state()
        try await context.expectError("a reference to a row that does not exist is refused", "StoreError.missingReference(\(foreignKey.column))",
                                      matching: { if case .missingReference(_, let name, _, _) = $0 { return name == foreignKey.column }; return false }) {
            try await context.platform.insert(row)
        }
        try await context.expectUnchanged(since: before, "the refused insert changed nothing")
    }

    static func crossTenantApplies<M: Model>(_ type: M.Type, _ foreignKey: ForeignKey, schema: SchemaTarget) -> Bool {
        guard CaseSupport.isTenantScoped(M.self), let parent = schema.table(named: foreignKey.table) else { return false }
        if case .global = parent.tenancy { return false }
        let table = M.schema.table
        if foreignKey.column == table.tenancy.tenantColumn { return false }
        if case .inherited(let through) = table.tenancy, through == foreignKey.column { return false }
        return true
    }

    private static func crossTenant<M: Model>(_ type: M.Type, _ foreignKey: ForeignKey, _ context: ConformanceContext) async throws {
        guard let parentValue = context.world.parentValue(foreignKey, tenant: context.world.tenants[1], ordinal: 0) else {
            throw FixtureError(table: M.schema.name, detail: "tenant 1 has no \(foreignKey.table) row to reference")
        }
        var row = try context.newRow(M.self, tenant: 0, ordinal: 1_440, rich: true)
        try M.schema.column(named: foreignKey.column)?.setValue(parentValue, in: &row)
        let before = try await context.state()
        try await context.expectError("a reference to another tenant's row is refused", "StoreError.crossTenantReference(\(foreignKey.column))",
                                      matching: { if case .crossTenantReference(_, let name, _) = $0 { return name == foreignKey.column }; return false }) {
            try await context.platform.insert(row)
        }
        try await context.expectUnchanged(since: before, "the refused insert changed nothing")
    }
}
