import AgencyCore
import AgencyStore

extension PostgresStore {
    /// Removes a row for good. The cascade the schema's `ON DELETE` rules (and the
    /// database's foreign keys) will apply is walked first, as the login role, to refuse what
    /// `InMemoryStore` refuses — retained suppression entries, other tenants' rows,
    /// references that do not cascade — and to report the counts; then one `DELETE` of the
    /// row, as the scope's role, lets the foreign keys cascade.
    func purge<M: Model>(_ type: M.Type, _ key: SQLValue, _ session: PostgresSession) async throws -> PurgeReport {
        let table = try self.table(M.self)
        guard try await lockRow(M.self, table, key, session) != nil else {
            throw StoreError.notFound(table: table.name, key: key.displayText)
        }
        if table.purgePolicy == .retained {
            throw StoreError.operationNotAllowed(table: table.name, operation: "purge",
                                                 reason: "suppression entries outlive erasure so an erased person stays suppressed")
        }
        try requireMutable(table, "purge")
        let keyType = table.column(named: table.primaryKey)?.type ?? .uuid
        guard let keyText = SQLText.inputText(key.coerced(to: keyType)) else {
            throw StoreError.notFound(table: table.name, key: key.displayText)
        }
        var removed: [String: Set<String>] = [:]
        var nulled: [String: Set<String>] = [:]
        try await session.useProbeRole()
        try await walk(table, keyText, session, &removed, &nulled)
        try await session.useRowRole()
        try await session.execute("DELETE FROM \(qualified(table.name)) WHERE \(SQLText.identifier(table.primaryKey)) = $1::\(keyType.ddl)", [keyText])
        for (name, keys) in removed { nulled[name]?.subtract(keys) }
        return PurgeReport(removed: removed.mapValues(\.count), nulled: nulled.filter { !$0.value.isEmpty }.mapValues(\.count))
    }

    private func walk(_ table: TableDescription, _ key: String, _ session: PostgresSession,
                      _ removed: inout [String: Set<String>], _ nulled: inout [String: Set<String>]) async throws {
        guard removed[table.name, default: []].insert(key).inserted else { return }
        let keyType = table.column(named: table.primaryKey)?.type ?? .uuid
        let tenant = scopeTenant(session.scope)
        if let tenant {
            let partition = try await session.texts("SELECT \(tenantExpression(table, alias: "r")) FROM \(qualified(table.name)) AS r"
                                                    + " WHERE r.\(SQLText.identifier(table.primaryKey)) = $1::\(keyType.ddl)", [key])
            if let owner = partition.first.flatMap({ $0 }), owner != tenant {
                throw StoreError.requiresPlatformScope(table: table.name, operation: "purge reaching another tenant's rows")
            }
        }
        for child in target.tables {
            for foreignKey in child.foreignKeys where foreignKey.table == table.name {
                var referenced: String? = key
                if foreignKey.referencedColumn != table.primaryKey {
                    referenced = try await session.texts("SELECT (r.\(SQLText.identifier(foreignKey.referencedColumn)))::text FROM \(qualified(table.name)) AS r"
                                                         + " WHERE r.\(SQLText.identifier(table.primaryKey)) = $1::\(keyType.ddl)", [key]).first.flatMap { $0 }
                }
                guard let referenced, let column = child.column(named: foreignKey.column) else { continue }
                let children = try await session.pairs(
                    "SELECT (c.\(SQLText.identifier(child.primaryKey)))::text, \(tenantExpression(child, alias: "c")) FROM \(qualified(child.name)) AS c"
                        + " WHERE c.\(SQLText.identifier(foreignKey.column)) = $1::\(column.type.ddl)", [referenced])
                guard !children.isEmpty else { continue }
                switch foreignKey.onDelete {
                case .cascade:
                    if child.purgePolicy == .retained {
                        throw StoreError.operationNotAllowed(table: table.name, operation: "purge",
                                                             reason: "it would remove \(child.name) suppression entries")
                    }
                    for (childKey, _) in children {
                        if let childKey { try await walk(child, childKey, session, &removed, &nulled) }
                    }
                case .setNull:
                    for (childKey, owner) in children {
                        if let tenant, let owner, owner != tenant {
                            throw StoreError.requiresPlatformScope(table: child.name, operation: "purge reaching another tenant's rows")
                        }
                        if let childKey { nulled[child.name, default: []].insert(childKey) }
                    }
                case .noAction, .restrict:
                    throw StoreError.referencedByOtherRows(table: table.name, referencingTable: child.name, column: foreignKey.column)
                }
            }
        }
    }
}
