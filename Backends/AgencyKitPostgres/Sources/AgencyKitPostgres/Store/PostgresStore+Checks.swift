import AgencyCore
import AgencyStore

/// Referenced rows found by a probe: per foreign-key column, referenced value (text) → the
/// referenced row's tenant (text, `nil` for shared rows).
typealias ParentTenants = [String: [String: String?]]

extension PostgresStore {
    /// The scope's tenant as text (`nil` for the platform scope).
    func scopeTenant(_ scope: StoreScope) -> String? {
        scope.tenant.map { SQLText.inputText($0.coerced(to: tenantKeyType)) ?? "" }
    }

    /// Looks up, as the login role, every row the rows' foreign keys reference and its tenant:
    /// one statement for all foreign keys of the table (a `UNION ALL` of one branch per key).
    func probeReferences<M: Model>(_ rows: [M], _ table: TableDescription, _ session: PostgresSession) async throws -> ParentTenants {
        var found: ParentTenants = [:]
        var branches: [String] = []
        var binds: [String?] = []
        for key in table.foreignKeys where found[key.column] == nil {
            guard let parent = target.table(named: key.table), let referenced = parent.column(named: key.referencedColumn) else {
                throw StoreError.unknownTable(key.table)
            }
            found[key.column] = [:]
            var values: [SQLValue] = []
            var seen: Set<String> = []
            for row in rows {
                let value = M.schema.value(key.column, in: row)
                if let text = SQLText.inputText(value), seen.insert(text).inserted { values.append(value) }
            }
            guard !values.isEmpty else { continue }
            binds.append(key.column)
            binds.append(SQLText.arrayText(values))
            let column = SQLText.identifier(key.referencedColumn)
            branches.append("SELECT $\(binds.count - 1)::text, (p.\(column))::text, \(tenantExpression(parent, alias: "p"))"
                + " FROM \(qualified(parent.name)) AS p WHERE p.\(column) = ANY($\(binds.count)::\(referenced.type.ddl)[])")
        }
        guard !branches.isEmpty else { return found }
        try await session.useProbeRole()
        for (column, value, tenant) in try await session.triples(branches.joined(separator: " UNION ALL "), binds) {
            if let column, let value { found[column, default: [:]][value] = .some(tenant) }
        }
        return found
    }

    /// The tenant `row` belongs to (text), following an inherited tenancy to the parent.
    func rowTenant<M: Model>(_ row: M, _ table: TableDescription, _ parents: ParentTenants) throws -> String? {
        switch table.tenancy {
        case .global: return nil
        case .owned(let column), .optionallyOwned(let column), .tenantRoot(let column):
            return SQLText.inputText(M.schema.value(column, in: row))
        case .inherited(let column):
            let value = M.schema.value(column, in: row)
            guard let text = SQLText.inputText(value) else { return nil }
            guard let key = table.foreignKey(on: column) else {
                throw StoreError.unknownTable("\(table.name) (tenancy through \(column) names no foreign key)")
            }
            guard let tenant = parents[column]?[text] else {
                throw StoreError.missingReference(table: table.name, column: column, referencedTable: key.table, value: value.displayText)
            }
            return tenant
        }
    }

    /// Refuses a row that does not belong to the scope's tenant (as `InMemoryStore`).
    func checkScope(_ rowTenant: String?, _ table: TableDescription, _ scope: StoreScope, operation: String) throws {
        guard let tenant = scopeTenant(scope) else { return }
        if case .global = table.tenancy { return }
        guard let rowTenant else { throw StoreError.requiresPlatformScope(table: table.name, operation: operation) }
        guard rowTenant == tenant else { throw StoreError.tenantMismatch(table: table.name, scope: scope.description) }
    }

    /// Refuses references to missing rows, then references to another tenant's rows: every
    /// reference is checked for existence before any for its tenant, as `InMemoryStore` does
    /// (a row naming a missing client and another tenant's lead reports the missing client).
    func checkReferences<M: Model>(_ row: M, _ table: TableDescription, tenant: String?, _ parents: ParentTenants) throws {
        var partitions: [(ForeignKey, String?)] = []
        for key in table.foreignKeys {
            let value = M.schema.value(key.column, in: row)
            guard let text = SQLText.inputText(value) else { continue }
            guard let partition = parents[key.column]?[text] else {
                throw StoreError.missingReference(table: table.name, column: key.column, referencedTable: key.table, value: value.displayText)
            }
            partitions.append((key, partition))
        }
        guard let tenant else { return }
        for (key, partition) in partitions {
            if let partition, partition != tenant {
                throw StoreError.crossTenantReference(table: table.name, column: key.column, referencedTable: key.table)
            }
        }
    }

    func validate<M: Model>(_ row: M) throws {
        let violations = M.schema.violations(of: row)
        if !violations.isEmpty { throw StoreError.invalid(ValidationError(table: M.schema.name, violations: violations)) }
    }

    func requireMutable(_ table: TableDescription, _ operation: String) throws {
        if table.mutability == .appendOnly {
            throw StoreError.operationNotAllowed(table: table.name, operation: operation, reason: "the table is append-only")
        }
    }
}
