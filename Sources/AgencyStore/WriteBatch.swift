import AgencyCore

/// The kind of a write.
public enum WriteKind: String, Hashable, Sendable {
    /// Add a row (assigning its id and store-stamped timestamps when unassigned).
    case insert
    /// Replace a live row, checking its version.
    case update
    /// Mark a row deleted (Rule 14).
    case softDelete
    /// Bring a soft-deleted row back.
    case restore
    /// Remove a row for good (erasure requests only), with its cascade.
    case purge
}

/// One write of a batch. Rows are carried type-erased; a store opens them back into their
/// model type with a generic function (`func insert<M: Model>(_ row: M)` called with
/// ``row``).
public struct WriteOperation: Sendable {
    /// What to do.
    public let kind: WriteKind
    /// The model type written.
    public let modelType: any Model.Type
    /// The row for inserts and updates.
    public let row: (any Model)?
    /// The primary key for soft delete, restore and purge.
    public let key: SQLValue?

    /// The table written.
    public var table: String { modelType.tableDescription.name }
}

/// Writes applied all-or-nothing, in order: if one fails, none has any effect.
///
/// ```swift
/// var batch = WriteBatch()
/// batch.update(approved)
/// batch.insert(historyRow)
/// try await store.apply(batch, in: .tenant(clientID))
/// ```
public struct WriteBatch: Sendable {
    /// The writes, in order.
    public private(set) var operations: [WriteOperation] = []

    /// An empty batch.
    public init() {}

    /// Whether the batch has no writes.
    public var isEmpty: Bool { operations.isEmpty }

    /// Adds an insert.
    public mutating func insert<M: Model>(_ row: M) {
        operations.append(WriteOperation(kind: .insert, modelType: M.self, row: row, key: nil))
    }

    /// Adds inserts of every row, in order.
    public mutating func insert<M: Model>(contentsOf rows: [M]) {
        for row in rows { insert(row) }
    }

    /// Adds an update (checked against the row's version, `updated_at`).
    public mutating func update<M: Model>(_ row: M) {
        operations.append(WriteOperation(kind: .update, modelType: M.self, row: row, key: nil))
    }

    /// Adds a soft delete.
    public mutating func softDelete<M: Model>(_ type: M.Type, id: ID<M>) {
        operations.append(WriteOperation(kind: .softDelete, modelType: M.self, row: nil, key: id.sqlValue))
    }

    /// Adds a restore.
    public mutating func restore<M: Model>(_ type: M.Type, id: ID<M>) {
        operations.append(WriteOperation(kind: .restore, modelType: M.self, row: nil, key: id.sqlValue))
    }

    /// Adds a purge (hard delete with the schema's ON DELETE cascade).
    public mutating func purge<M: Model>(_ type: M.Type, id: ID<M>) {
        operations.append(WriteOperation(kind: .purge, modelType: M.self, row: nil, key: id.sqlValue))
    }
}

/// What one write of a batch produced.
public struct WriteResult: Sendable {
    /// The write's kind.
    public let kind: WriteKind
    /// The row as stored after the write (with assigned id and timestamps); `nil` for purge.
    public let row: (any Model)?
    /// For purge: rows removed and references set to `NULL`, per table.
    public let purge: PurgeReport?

    /// Creates a result.
    public init(kind: WriteKind, row: (any Model)?, purge: PurgeReport? = nil) {
        self.kind = kind
        self.row = row
        self.purge = purge
    }

    /// The stored row as `M`, if it is one.
    public func row<M: Model>(as type: M.Type) -> M? { row as? M }
}

/// What a purge removed.
public struct PurgeReport: Hashable, Sendable {
    /// Rows removed, per table (the purged row's table included).
    public var removed: [String: Int]
    /// Referencing columns set to `NULL` (`ON DELETE SET NULL`), per table.
    public var nulled: [String: Int]

    /// Creates a report.
    public init(removed: [String: Int] = [:], nulled: [String: Int] = [:]) {
        self.removed = removed
        self.nulled = nulled
    }

    /// Rows removed in all tables.
    public var totalRemoved: Int { removed.values.reduce(0, +) }
}
