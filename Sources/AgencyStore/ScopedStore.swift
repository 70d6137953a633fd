import AgencyCore

/// A store bound to one scope: the everyday way to read and write.
///
/// ```swift
/// let acme = store.scoped(.tenant(acmeID))
/// let lead = try await acme.insert(Lead(clientId: acmeID, campaignId: campaignID, email: "ada@example.com"))
/// let hot = try await acme.fetch(Query<Lead>().where(\.alsScore, .atLeast(85)))
/// ```
public struct ScopedStore: Sendable {
    /// The underlying store.
    public let store: any Store
    /// The scope of every call.
    public let scope: StoreScope

    /// Binds `store` to `scope`.
    public init(store: any Store, scope: StoreScope) {
        self.store = store
        self.scope = scope
    }

    /// Inserts a row and returns it as stored (id and timestamps assigned).
    public func insert<M: Model>(_ row: M) async throws -> M {
        var batch = WriteBatch()
        batch.insert(row)
        return try await single(batch, M.self)
    }

    /// Inserts rows in one all-or-nothing batch and returns them as stored, in order.
    public func insert<M: Model>(_ rows: [M]) async throws -> [M] {
        var batch = WriteBatch()
        batch.insert(contentsOf: rows)
        return try await store.apply(batch, in: scope).compactMap { $0.row(as: M.self) }
    }

    /// Updates a live row read earlier; fails with ``StoreError/staleWrite(table:key:expectedVersion:storedVersion:)``
    /// when it changed since.
    public func update<M: Model>(_ row: M) async throws -> M {
        var batch = WriteBatch()
        batch.update(row)
        return try await single(batch, M.self)
    }

    /// The row with primary key `id`, or `nil`. Soft-deleted rows only when asked.
    public func find<M: Model>(_ type: M.Type, id: ID<M>, includingDeleted: Bool = false) async throws -> M? {
        var query = Query<M>().where(column: M.schema.table.primaryKey, .equals(id.sqlValue)).limit(1)
        if includingDeleted { query = query.includingDeleted() }
        return try await store.fetch(query, in: scope).first
    }

    /// The live row with primary key `id`.
    ///
    /// - Throws: ``StoreError/notFound(table:key:)`` when there is none in this scope.
    public func get<M: Model>(_ type: M.Type, id: ID<M>) async throws -> M {
        guard let row = try await find(type, id: id) else {
            throw StoreError.notFound(table: M.schema.name, key: id.sqlValue.displayText)
        }
        return row
    }

    /// The rows of `query`.
    public func fetch<M: Model>(_ query: Query<M>) async throws -> [M] {
        try await store.fetch(query, in: scope)
    }

    /// The first row of `query`, or `nil`.
    public func first<M: Model>(_ query: Query<M>) async throws -> M? {
        try await store.fetch(query.limit(1), in: scope).first
    }

    /// How many rows `query` matches (ignoring limit, offset and cursor).
    public func count<M: Model>(_ query: Query<M>) async throws -> Int {
        try await store.count(query, in: scope)
    }

    /// One page of `query` and the cursor of the next page (`nil` after the last).
    public func page<M: Model>(_ query: Query<M>, size: Int) async throws -> Page<M> {
        var rows = try await store.fetch(query.limit(size + 1), in: scope)
        let hasMore = rows.count > size
        if hasMore { rows.removeLast(rows.count - size) }
        let next = hasMore ? rows.last.map { query.after($0).cursor } ?? nil : nil
        return Page(rows: rows, nextCursor: next)
    }

    /// Soft-deletes the row (a second call keeps the first `deleted_at`) and returns it.
    public func softDelete<M: Model>(_ type: M.Type, id: ID<M>) async throws -> M {
        var batch = WriteBatch()
        batch.softDelete(type, id: id)
        return try await single(batch, M.self)
    }

    /// Restores a soft-deleted row and returns it.
    public func restore<M: Model>(_ type: M.Type, id: ID<M>) async throws -> M {
        var batch = WriteBatch()
        batch.restore(type, id: id)
        return try await single(batch, M.self)
    }

    /// Removes the row for good, with the schema's cascade — for erasure requests only.
    public func purge<M: Model>(_ type: M.Type, id: ID<M>) async throws -> PurgeReport {
        var batch = WriteBatch()
        batch.purge(type, id: id)
        return try await store.apply(batch, in: scope).first?.purge ?? PurgeReport()
    }

    /// Applies `batch` all-or-nothing.
    public func apply(_ batch: WriteBatch) async throws -> [WriteResult] {
        try await store.apply(batch, in: scope)
    }

    /// Builds a batch with `build` and applies it all-or-nothing.
    public func transaction(_ build: (inout WriteBatch) throws -> Void) async throws -> [WriteResult] {
        var batch = WriteBatch()
        try build(&batch)
        return try await store.apply(batch, in: scope)
    }

    private func single<M: Model>(_ batch: WriteBatch, _ type: M.Type) async throws -> M {
        guard let row = try await store.apply(batch, in: scope).first?.row(as: M.self) else {
            throw StoreError.backend("the store returned no \(M.schema.name) row for a single write")
        }
        return row
    }
}

/// One page of a keyset-paginated read.
public struct Page<M: Model>: Sendable {
    /// The rows of this page.
    public let rows: [M]
    /// Where the next page starts, or `nil` after the last page.
    public let nextCursor: KeysetCursor?
}

extension Store {
    /// This store bound to `scope`.
    public func scoped(_ scope: StoreScope) -> ScopedStore { ScopedStore(store: self, scope: scope) }
}
