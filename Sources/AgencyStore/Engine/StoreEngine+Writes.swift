import AgencyCore

extension StoreEngine {
    /// Applies a batch all-or-nothing; `now` stamps timestamps. O(writes × (columns + constraints)).
    public func apply(_ batch: WriteBatch, in scope: StoreScope, now: Timestamp) throws -> [WriteResult] {
        undo.removeAll(keepingCapacity: true)
        var results: [WriteResult] = []
        results.reserveCapacity(batch.operations.count)
        do {
            for operation in batch.operations {
                results.append(try apply(operation, in: scope, now: now))
            }
        } catch {
            if !faults.contains(.keepsPartialBatches) {
                for action in undo.reversed() { action() }
            }
            undo.removeAll()
            throw error
        }
        undo.removeAll()
        return results
    }

    private func apply(_ operation: WriteOperation, in scope: StoreScope, now: Timestamp) throws -> WriteResult {
        switch operation.kind {
        case .insert, .update:
            guard let row = operation.row else { throw StoreError.backend("\(operation.kind) without a row") }
            return WriteResult(kind: operation.kind, row: try write(row, operation.kind, scope, now))
        case .softDelete, .restore:
            guard let key = operation.key else { throw StoreError.backend("\(operation.kind) without a key") }
            return WriteResult(kind: operation.kind, row: try mark(operation.modelType, key, operation.kind, scope, now))
        case .purge:
            guard let key = operation.key else { throw StoreError.backend("purge without a key") }
            return WriteResult(kind: .purge, row: nil, purge: try purge(operation.modelType, key, scope))
        }
    }

    private func write<M: Model>(_ row: M, _ kind: WriteKind, _ scope: StoreScope, _ now: Timestamp) throws -> M {
        kind == .insert ? try insert(row, scope, now) : try update(row, scope, now)
    }

    private func mark<M: Model>(_ type: M.Type, _ key: SQLValue, _ kind: WriteKind, _ scope: StoreScope,
                                         _ now: Timestamp) throws -> M {
        kind == .softDelete ? try softDelete(type, key, scope, now) : try restore(type, key, scope, now)
    }

    func insert<M: Model>(_ input: M, _ scope: StoreScope, _ now: Timestamp) throws -> M {
        let storage = try storage(M.self)
        var row = input
        try assignStoreDefaults(&row, storage, now)
        try validate(row)
        let tenant = try tenant(of: row, in: storage)
        try checkScope(rowTenant: tenant, table: storage.table, scope: scope, operation: "insert")
        try checkReferences(row, tenant: tenant, in: storage)
        let key = storage.key(of: row)
        if storage.row(key) != nil {
            throw StoreError.uniqueViolation(table: storage.table.name, constraint: "\(storage.table.name)_pkey",
                                             columns: [storage.table.primaryKey])
        }
        let keys = try checkUnique(row, excluding: nil, in: storage)
        undo.append(storage.put(row, partition: tenant ?? .null, uniqueKeys: keys))
        return row
    }

    func update<M: Model>(_ input: M, _ scope: StoreScope, _ now: Timestamp) throws -> M {
        let storage = try storage(M.self)
        let table = storage.table
        try requireMutable(table, "update")
        let key = storage.key(of: input)
        guard let existing = storage.row(key), isVisible(partition: existing.partition, table: table, in: scope),
              !storage.isSoftDeleted(existing.row) else {
            throw StoreError.notFound(table: table.name, key: key.displayText)
        }
        let schema = storage.schema
        if let version = table.versionColumn, !faults.contains(.ignoresStaleWrites) {
            let expected = schema.value(version, in: input)
            let stored = schema.value(version, in: existing.row)
            guard expected == stored else {
                throw StoreError.staleWrite(table: table.name, key: key.displayText,
                                            expectedVersion: expected.displayText, storedVersion: stored.displayText)
            }
        }
        var row = input
        try carryOver(&row, from: existing.row, storage)
        try advanceVersion(&row, from: existing.row, storage, now)
        try validate(row)
        let tenant = try tenant(of: row, in: storage)
        if tenant != (existing.partition.isNull ? nil : existing.partition) {
            guard scope.isPlatformWide, case .optionallyOwned = table.tenancy else {
                throw StoreError.tenantMismatch(table: table.name, scope: scope.description)
            }
        }
        try checkScope(rowTenant: tenant, table: table, scope: scope, operation: "update")
        try checkReferences(row, tenant: tenant, in: storage)
        let keys = try checkUnique(row, excluding: key, in: storage)
        undo.append(storage.put(row, partition: tenant ?? .null, uniqueKeys: keys))
        return row
    }

    func softDelete<M: Model>(_ type: M.Type, _ key: SQLValue, _ scope: StoreScope, _ now: Timestamp) throws -> M {
        let storage = try storage(M.self)
        let table = storage.table
        guard let style = table.softDelete else {
            throw StoreError.operationNotAllowed(table: table.name, operation: "soft delete", reason: "the table has no soft-delete column")
        }
        try requireMutable(table, "soft delete")
        let existing = try visibleRow(storage, key, scope)
        if storage.isSoftDeleted(existing.row) { return existing.row }
        var row = existing.row
        let column = try require(storage.schema.column(named: style.column), table, style.column)
        switch style {
        case .timestamp: try column.setValue(.timestamp(now), in: &row)
        case .flag: try column.setValue(.bool(true), in: &row)
        }
        try advanceVersion(&row, from: existing.row, storage, now)
        undo.append(storage.put(row, partition: existing.partition))
        return row
    }

    func restore<M: Model>(_ type: M.Type, _ key: SQLValue, _ scope: StoreScope, _ now: Timestamp) throws -> M {
        let storage = try storage(M.self)
        let table = storage.table
        guard let style = table.softDelete else {
            throw StoreError.operationNotAllowed(table: table.name, operation: "restore", reason: "the table has no soft-delete column")
        }
        let existing = try visibleRow(storage, key, scope)
        guard storage.isSoftDeleted(existing.row) else { return existing.row }
        var row = existing.row
        let column = try require(storage.schema.column(named: style.column), table, style.column)
        switch style {
        case .timestamp: try column.setValue(.null, in: &row)
        case .flag: try column.setValue(.bool(false), in: &row)
        }
        try advanceVersion(&row, from: existing.row, storage, now)
        let keys = try checkUnique(row, excluding: key, in: storage)
        undo.append(storage.put(row, partition: existing.partition, uniqueKeys: keys))
        return row
    }

    /// A row by key, soft-deleted or not, if the scope may see it.
    func visibleRow<M: Model>(_ storage: TableStorage<M>, _ key: SQLValue, _ scope: StoreScope) throws -> (row: M, partition: SQLValue) {
        guard let existing = storage.row(key), isVisible(partition: existing.partition, table: storage.table, in: scope) else {
            throw StoreError.notFound(table: storage.table.name, key: key.displayText)
        }
        return existing
    }

    func requireMutable(_ table: TableDescription, _ operation: String) throws {
        if table.mutability == .appendOnly {
            throw StoreError.operationNotAllowed(table: table.name, operation: operation, reason: "the table is append-only")
        }
    }

    private func require<M: Model>(_ column: Column<M>?, _ table: TableDescription, _ name: String) throws -> Column<M> {
        guard let column else { throw StoreError.unknownTable("\(table.name) (no column \(name))") }
        return column
    }

    /// Fills unassigned store-defaulted columns: UUID keys, serial keys, `now()` timestamps.
    private func assignStoreDefaults<M: Model>(_ row: inout M, _ storage: TableStorage<M>, _ now: Timestamp) throws {
        for (column, defaultValue) in storage.storeAssignedColumns {
            guard column.value(in: row).isUnassignedPlaceholder else { continue }
            switch defaultValue {
            case .randomUUID: try column.setValue(.uuid(generator.next()), in: &row)
            case .sequence:
                storage.sequence += 1
                try column.setValue(.int(storage.sequence), in: &row)
            case .now: try column.setValue(.timestamp(now), in: &row)
            case .value, .nowPlusDays: break
            }
        }
        if case .serial = storage.table.primaryKeyKind, case .int(let value) = storage.key(of: row), value > storage.sequence {
            storage.sequence = value
        }
    }

    /// Keeps what an update may not change: `created_at` and the soft-delete mark.
    private func carryOver<M: Model>(_ row: inout M, from existing: M, _ storage: TableStorage<M>) throws {
        let schema = storage.schema
        for name in [storage.table.timestamps.createdAt, storage.table.softDelete?.column].compactMap({ $0 }) {
            if let column = schema.column(named: name) { try column.setValue(column.value(in: existing), in: &row) }
        }
    }

    /// Sets `updated_at` to `now`, or one microsecond past the stored version when the clock
    /// has not moved, so every write gets a new version.
    private func advanceVersion<M: Model>(_ row: inout M, from existing: M, _ storage: TableStorage<M>, _ now: Timestamp) throws {
        guard let name = storage.table.timestamps.updatedAt, let column = storage.schema.column(named: name) else { return }
        guard case .timestamp(let previous) = column.value(in: existing) else { return }
        try column.setValue(.timestamp(max(now, previous.adding(microseconds: 1))), in: &row)
    }
}
