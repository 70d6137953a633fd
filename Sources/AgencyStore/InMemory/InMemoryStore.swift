import AgencyCore
import Foundation

/// The reference `Store`: every table of one schema target in memory, partitioned by
/// tenant, with the full contract (validation, unique constraints, references, tenancy,
/// optimistic concurrency, soft delete, all-or-nothing batches).
///
/// An actor: every read and batch runs without suspension inside it, so concurrent
/// callers see each batch entirely or not at all, and unique constraints hold under any
/// interleaving. Time comes from the injected ``TimeSource``, new UUID keys from the
/// injected ``UUIDGenerator``; nothing reads the wall clock or global randomness.
///
/// Complexity: a tenant-scoped read is O(rows of that tenant) — other tenants' rows are
/// never touched; a platform-wide read is O(rows of the table); inserts and updates are
/// O(columns + constraints) with hash indexes for keys and unique constraints; purge is
/// O(rows of the referencing tables).
public actor InMemoryStore: Store {
    private var engine: StoreEngine
    private let clock: any TimeSource
    private let persistence: SnapshotFile?

    /// Creates an empty store for the tables of `schema`.
    ///
    /// - Parameters:
    ///   - schema: The schema target whose models the store holds (one target per store;
    ///     two systems' `clients` tables never share a store).
    ///   - clock: Where "now" comes from (timestamps, soft delete).
    ///   - ids: Where new UUID keys come from.
    /// - Throws: ``StoreError/unknownTable(_:)`` when a schema description is inconsistent.
    public init(schema: SchemaTarget, clock: any TimeSource, ids: UUIDGenerator) throws {
        engine = try StoreEngine(target: schema, generator: ids, faults: [])
        self.clock = clock
        persistence = nil
    }

    package init(schema: SchemaTarget, clock: any TimeSource, ids: UUIDGenerator, faults: FaultInjection) throws {
        engine = try StoreEngine(target: schema, generator: ids, faults: faults)
        self.clock = clock
        persistence = nil
    }

    /// Creates a store persisted to a JSON snapshot file: loads it if it exists, and
    /// replaces it atomically (temporary file + rename) after every successful batch.
    ///
    /// - Throws: ``SnapshotError`` when the file exists but is corrupt or not an AgencyKit
    ///   snapshot of `schema` (the file is left untouched).
    public init(schema: SchemaTarget, clock: any TimeSource, ids: UUIDGenerator, persistingTo url: URL) throws {
        let file = SnapshotFile(url: url)
        if let data = try file.read() {
            engine = try StoreEngine(schema: schema, ids: ids, snapshot: data)
        } else {
            engine = try StoreEngine(schema: schema, ids: ids)
        }
        self.clock = clock
        persistence = file
    }

    /// The rows of `query` visible in `scope`. O(rows of the scope's tenant · log).
    public func fetch<Row: Model>(_ query: Query<Row>, in scope: StoreScope) throws -> [Row] {
        try engine.fetch(query, in: scope)
    }

    /// How many rows `query` matches in `scope`. O(rows of the scope's tenant).
    public func count<Row: Model>(_ query: Query<Row>, in scope: StoreScope) throws -> Int {
        try engine.count(query, in: scope)
    }

    /// Applies `batch` all-or-nothing. O(writes × (columns + constraints)); with
    /// persistence, plus one snapshot write.
    public func apply(_ batch: WriteBatch, in scope: StoreScope) throws -> [WriteResult] {
        let results = try engine.apply(batch, in: scope, now: clock.now())
        if let persistence { try persistence.write(try engine.snapshot()) }
        return results
    }

    /// Writes the whole store to `url` as a JSON snapshot, replacing any file there atomically.
    ///
    /// - Throws: ``SnapshotError/writeFailed(_:)``.
    public func saveSnapshot(to url: URL) throws {
        try SnapshotFile(url: url).write(try engine.snapshot())
    }

    /// Rows stored per table, soft-deleted ones included.
    public func rowCounts() -> [String: Int] {
        engine.rowCounts
    }
}
