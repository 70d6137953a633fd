import AgencyCore

/// The seam between the domain and persistence: reads and all-or-nothing writes of any
/// ``Model``, always within a ``StoreScope``.
///
/// Three requirements, no code per model: a store learns everything from each model's
/// `TableSchema`. The contract every implementation keeps (checked by the
/// `AgencyStoreConformance` suite):
/// - **Reads** return rows matching the query, sorted by its effective sort (primary key
///   last), skipping soft-deleted rows unless the query asks, and only rows of the scope's
///   tenant (plus shared tables).
/// - **Writes** in a batch apply in order and all-or-nothing. Insert assigns unassigned
///   store-defaulted columns (UUID keys, serial keys that are never reused, `now()`
///   timestamps) from the store's injected clock and generator; update checks the
///   version (`updated_at`), keeps `created_at` and the soft-delete mark, and advances
///   `updated_at`; every write validates the row, its unique constraints (among live rows
///   where the schema says so, case-insensitively where it says so), its references (which
///   must exist and belong to the same tenant) and its tenant.
/// - **Errors** are ``StoreError`` values; a failed batch leaves the store exactly as it was.
public protocol Store: Sendable {
    /// The rows of `query`, visible in `scope`. O(rows of the scope's tenant) in memory.
    func fetch<Row: Model>(_ query: Query<Row>, in scope: StoreScope) async throws -> [Row]

    /// How many rows `query` matches in `scope`, ignoring its limit, offset and cursor.
    func count<Row: Model>(_ query: Query<Row>, in scope: StoreScope) async throws -> Int

    /// Applies every write of `batch` in order, all-or-nothing.
    ///
    /// - Returns: One result per operation, in order.
    func apply(_ batch: WriteBatch, in scope: StoreScope) async throws -> [WriteResult]
}
