import AgencyCore

extension StoreEngine {
    /// Removes a row for good and applies every `ON DELETE` rule that reaches it.
    /// O(rows of the referencing tables).
    func purge<M: Model>(_ type: M.Type, _ key: SQLValue, _ scope: StoreScope) throws -> PurgeReport {
        let storage = try storage(M.self)
        let table = storage.table
        _ = try visibleRow(storage, key, scope)
        if table.purgePolicy == .retained {
            throw StoreError.operationNotAllowed(table: table.name, operation: "purge",
                                                 reason: "suppression entries outlive erasure so an erased person stays suppressed")
        }
        try requireMutable(table, "purge")
        var removed: [String: Set<SQLValue>] = [:]
        var nulled: [String: Set<SQLValue>] = [:]
        try purgeRow(storage, key, scope, &removed, &nulled)
        for (table, keys) in removed { nulled[table]?.subtract(keys) }
        return PurgeReport(removed: removed.mapValues(\.count),
                           nulled: nulled.filter { !$0.value.isEmpty }.mapValues(\.count))
    }

    private func purgeRow(_ storage: any AnyTableStorage, _ key: SQLValue, _ scope: StoreScope,
                                   _ removed: inout [String: Set<SQLValue>], _ nulled: inout [String: Set<SQLValue>]) throws {
        let table = storage.table
        guard removed[table.name, default: []].insert(key).inserted else { return }
        if let partition = storage.partition(ofKey: key), let tenant = scope.tenant, !partition.isNull, partition != tenant {
            throw StoreError.requiresPlatformScope(table: table.name, operation: "purge reaching another tenant's rows")
        }
        for child in tables.values {
            for foreignKey in child.table.foreignKeys where foreignKey.table == table.name {
                guard let referenced = storage.value(foreignKey.referencedColumn, ofKey: key), !referenced.isNull else { continue }
                let children = child.keys(ofRowsWhere: foreignKey.column, equals: referenced)
                guard !children.isEmpty else { continue }
                switch foreignKey.onDelete {
                case .cascade:
                    if child.table.purgePolicy == .retained {
                        throw StoreError.operationNotAllowed(table: table.name, operation: "purge",
                                                             reason: "it would remove \(child.table.name) suppression entries")
                    }
                    for childKey in children { try purgeRow(child, childKey, scope, &removed, &nulled) }
                case .setNull:
                    for childKey in children {
                        if let partition = child.partition(ofKey: childKey), let tenant = scope.tenant,
                           !partition.isNull, partition != tenant {
                            throw StoreError.requiresPlatformScope(table: child.table.name, operation: "purge reaching another tenant's rows")
                        }
                        if let action = try child.setNull(foreignKey.column, inRow: childKey) { undo.append(action) }
                    }
                    nulled[child.table.name, default: []].formUnion(children)
                case .noAction, .restrict:
                    throw StoreError.referencedByOtherRows(table: table.name, referencingTable: child.table.name,
                                                           column: foreignKey.column)
                }
            }
        }
        if let action = storage.removeRow(key) { undo.append(action) }
    }
}
