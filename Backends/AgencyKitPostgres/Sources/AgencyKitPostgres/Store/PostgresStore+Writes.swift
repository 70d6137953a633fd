import AgencyCore
import AgencyStore
import Foundation

extension PostgresStore {
    /// Consecutive inserts into one table go to the server as one statement of at most this many rows.
    static let insertGroupLimit = 1_000

    /// Applies the operations in order within the session's transaction.
    func applyOperations(_ operations: [WriteOperation], session: PostgresSession, now: Timestamp) async throws -> [WriteResult] {
        var results: [WriteResult] = []
        results.reserveCapacity(operations.count)
        var backendPID: Int32?
        if batchHook != nil {
            backendPID = try await session.texts("SELECT pg_backend_pid()::text").first.flatMap { $0 }.flatMap { Int32($0) }
        }
        var index = 0
        while index < operations.count {
            let operation = operations[index]
            var end = index + 1
            if operation.kind == .insert {
                let type = ObjectIdentifier(operation.modelType)
                while end < operations.count, end - index < Self.insertGroupLimit, operations[end].kind == .insert,
                      ObjectIdentifier(operations[end].modelType) == type {
                    end += 1
                }
                results += try await insertGroup(operation.modelType, Array(operations[index..<end]), session, now)
            } else {
                results.append(try await applySingle(operation, session, now))
            }
            index = end
            if let batchHook, let backendPID { await batchHook(index, backendPID) }
        }
        return results
    }

    private func applySingle(_ operation: WriteOperation, _ session: PostgresSession, _ now: Timestamp) async throws -> WriteResult {
        switch operation.kind {
        case .insert:
            return try await insertGroup(operation.modelType, [operation], session, now)[0]
        case .update:
            guard let row = operation.row else { throw StoreError.backend("update without a row") }
            return WriteResult(kind: .update, row: try await update(row, session, now))
        case .softDelete, .restore:
            guard let key = operation.key else { throw StoreError.backend("\(operation.kind) without a key") }
            return WriteResult(kind: operation.kind, row: try await mark(operation.modelType, key, operation.kind, session, now))
        case .purge:
            guard let key = operation.key else { throw StoreError.backend("purge without a key") }
            return WriteResult(kind: .purge, row: nil, purge: try await purge(operation.modelType, key, session))
        }
    }

    // MARK: Insert

    /// Inserts rows of one table with `InMemoryStore`'s order of checks: each row gets its
    /// store defaults and is validated, then tenant, scope and references are checked for
    /// every row (one probe per foreign key); the rows before the first failing one are
    /// inserted in one statement, so a duplicate among them (reported by the unique index)
    /// still wins over the later row's failure, as it would one row at a time.
    func insertGroup<M: Model>(_ type: M.Type, _ operations: [WriteOperation], _ session: PostgresSession,
                               _ now: Timestamp) async throws -> [WriteResult] {
        let table = try self.table(M.self)
        var rows: [M] = []
        rows.reserveCapacity(operations.count)
        var failure: (any Error)?
        for operation in operations {
            guard var row = operation.row as? M else {
                failure = StoreError.backend("insert without a \(table.name) row")
                break
            }
            do {
                try await assignStoreDefaults(&row, table, now, session)
                try validate(row)
            } catch {
                failure = error
                break
            }
            rows.append(row)
        }
        if !rows.isEmpty {
            let parents = try await probeReferences(rows, table, session)
            for (position, row) in rows.enumerated() {
                do {
                    let tenant = try rowTenant(row, table, parents)
                    try checkScope(tenant, table, session.scope, operation: "insert")
                    try checkReferences(row, table, tenant: tenant, parents)
                } catch {
                    rows.removeSubrange(position...)
                    failure = error
                    break
                }
            }
        }
        if !rows.isEmpty {
            try await session.useRowRole()
            try await session.execute("INSERT INTO \(qualified(table.name)) SELECT * FROM json_populate_recordset(NULL::\(qualified(table.name)), $1::json)",
                                      [try RowJSON.array(rows)])
        }
        if let failure { throw failure }
        return rows.map { WriteResult(kind: .insert, row: $0) }
    }

    /// Fills unassigned store-defaulted columns as `InMemoryStore` does: UUID keys from the
    /// generator, `now()` columns from the clock, serial keys from the table's sequence.
    private func assignStoreDefaults<M: Model>(_ row: inout M, _ table: TableDescription, _ now: Timestamp,
                                              _ session: PostgresSession) async throws {
        for column in M.schema.columns {
            guard let defaultValue = column.description.defaultValue, defaultValue.isStoreAssigned,
                  column.value(in: row).isUnassignedPlaceholder else { continue }
            switch defaultValue {
            case .randomUUID: try column.setValue(.uuid(ids.next()), in: &row)
            case .now: try column.setValue(.timestamp(now), in: &row)
            case .sequence:
                let sequence = namespace.quoted + "." + SQLText.identifier(ConstraintNames.sequence(table.name, column.name))
                let next = try await session.texts("SELECT nextval($1::regclass)::text", [sequence]).first.flatMap { $0 }.flatMap { Int64($0) }
                guard let next else { throw StoreError.backend("the sequence of \(table.name).\(column.name) returned no value") }
                try column.setValue(.int(next), in: &row)
            case .value, .nowPlusDays: break
            }
        }
    }

    // MARK: Update, soft delete, restore

    private func update<M: Model>(_ input: M, _ session: PostgresSession, _ now: Timestamp) async throws -> M {
        let table = try self.table(M.self)
        try requireMutable(table, "update")
        let key = M.schema.primaryKeyValue(of: input)
        guard let existing = try await lockRow(M.self, table, key, session), !M.schema.isSoftDeleted(existing) else {
            throw StoreError.notFound(table: table.name, key: key.displayText)
        }
        var version: SQLValue?
        if let column = table.versionColumn {
            let expected = M.schema.value(column, in: input)
            let stored = M.schema.value(column, in: existing)
            guard expected == stored else {
                throw StoreError.staleWrite(table: table.name, key: key.displayText, expectedVersion: expected.displayText,
                                            storedVersion: stored.displayText)
            }
            version = stored
        }
        var row = input
        for name in [table.timestamps.createdAt, table.softDelete?.column].compactMap({ $0 }) {
            if let column = M.schema.column(named: name) { try column.setValue(column.value(in: existing), in: &row) }
        }
        try advanceVersion(&row, from: existing, table, now)
        try validate(row)
        let parents = try await probeReferences([row, existing], table, session)
        let tenant = try rowTenant(row, table, parents)
        if tenant != (try rowTenant(existing, table, parents)) {
            guard session.scope.isPlatformWide, case .optionallyOwned = table.tenancy else {
                throw StoreError.tenantMismatch(table: table.name, scope: session.scope.description)
            }
        }
        try checkScope(tenant, table, session.scope, operation: "update")
        try checkReferences(row, table, tenant: tenant, parents)
        try await writeRow(row, table, key: key, version: version, session)
        return row
    }

    private func mark<M: Model>(_ type: M.Type, _ key: SQLValue, _ kind: WriteKind, _ session: PostgresSession,
                                _ now: Timestamp) async throws -> M {
        let table = try self.table(M.self)
        let operation = kind == .softDelete ? "soft delete" : "restore"
        guard let style = table.softDelete else {
            throw StoreError.operationNotAllowed(table: table.name, operation: operation, reason: "the table has no soft-delete column")
        }
        if kind == .softDelete { try requireMutable(table, operation) }
        guard let existing = try await lockRow(M.self, table, key, session) else {
            throw StoreError.notFound(table: table.name, key: key.displayText)
        }
        let deleting = kind == .softDelete
        guard M.schema.isSoftDeleted(existing) != deleting else { return existing }
        var row = existing
        guard let column = M.schema.column(named: style.column) else {
            throw StoreError.unknownTable("\(table.name) (no column \(style.column))")
        }
        switch style {
        case .timestamp: try column.setValue(deleting ? .timestamp(now) : .null, in: &row)
        case .flag: try column.setValue(.bool(deleting), in: &row)
        }
        try advanceVersion(&row, from: existing, table, now)
        let version = table.versionColumn.map { M.schema.value($0, in: existing) }
        try await writeRow(row, table, key: key, version: version, session)
        return row
    }

    /// Sets `updated_at` to `now`, or one microsecond past the stored version when the clock
    /// has not moved, so every write gets a new version.
    private func advanceVersion<M: Model>(_ row: inout M, from existing: M, _ table: TableDescription, _ now: Timestamp) throws {
        guard let name = table.timestamps.updatedAt, let column = M.schema.column(named: name) else { return }
        guard case .timestamp(let previous) = column.value(in: existing) else { return }
        try column.setValue(.timestamp(max(now, previous.adding(microseconds: 1))), in: &row)
    }

    /// The row with primary key `key` the scope may see (soft-deleted or not), locked for
    /// the rest of the transaction.
    func lockRow<M: Model>(_ type: M.Type, _ table: TableDescription, _ key: SQLValue, _ session: PostgresSession) async throws -> M? {
        try await session.useRowRole()
        var sink = ParameterSink()
        let keyType = table.column(named: table.primaryKey)?.type ?? .uuid
        var sql = "SELECT row_to_json(t)::text FROM \(qualified(table.name)) AS t WHERE t.\(SQLText.identifier(table.primaryKey)) = "
            + sink.bind(SQLText.inputText(key.coerced(to: keyType))) + "::" + keyType.ddl
        if let filter = tenantFilter(table, alias: "t", scope: session.scope, sink: &sink) { sql += " AND " + filter }
        guard let text = try await session.texts(sql + " FOR UPDATE", sink.values).first.flatMap({ $0 }) else { return nil }
        return try JSONDecoder.agencyKit.decode(M.self, from: Data(text.utf8))
    }

    /// Replaces the stored row with `row`, guarded by its version.
    private func writeRow<M: Model>(_ row: M, _ table: TableDescription, key: SQLValue, version: SQLValue?,
                                    _ session: PostgresSession) async throws {
        try await session.useRowRole()
        let assignments = table.columns.filter { $0.name != table.primaryKey }
            .map { "\(SQLText.identifier($0.name)) = r.\(SQLText.identifier($0.name))" }
        let keyType = table.column(named: table.primaryKey)?.type ?? .uuid
        var sink = ParameterSink()
        let json = sink.bind(try RowJSON.object(row))
        var sql = "UPDATE \(qualified(table.name)) AS t SET " + assignments.joined(separator: ", ")
            + " FROM json_populate_record(NULL::\(qualified(table.name)), \(json)::json) AS r WHERE t.\(SQLText.identifier(table.primaryKey)) = "
            + sink.bind(SQLText.inputText(key.coerced(to: keyType))) + "::" + keyType.ddl
        if let column = table.versionColumn, let version, let text = SQLText.inputText(version) {
            sql += " AND t.\(SQLText.identifier(column)) = " + sink.bind(text) + "::timestamp with time zone"
        }
        let updated = try await session.texts(sql + " RETURNING 1::text", sink.values)
        if updated.isEmpty {
            throw StoreError.staleWrite(table: table.name, key: key.displayText, expectedVersion: version?.displayText ?? "?",
                                        storedVersion: "changed concurrently")
        }
    }
}
