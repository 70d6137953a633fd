import AgencyCore
import AgencyStore
import Foundation
import Logging
import PostgresNIO

/// A `Store` on PostgreSQL: the same contract as `InMemoryStore` — validation, tenancy,
/// references, unique constraints among live rows, optimistic concurrency on `updated_at`,
/// soft delete, purge with the schema's cascade, all-or-nothing batches — with the tables
/// the shipped migrations create (see ``PostgresMigrator``).
///
/// Every value travels as a bound parameter; reads come back as `row_to_json` and decode with
/// `JSONDecoder.agencyKit`, writes go in as the models' JSON through `json_populate_recordset`.
/// Tenant-scoped statements run as a non-superuser role under row level security. Time and
/// new UUID keys come from the injected clock and generator, never from the server.
///
/// ```swift
/// let store = try await PostgresStore.connect(PostgresStoreConfiguration(username: "app", database: "agency"),
///                                             schema: AgencyOSSchema.target, clock: SystemTimeSource(), ids: .systemRandom)
/// let acme = store.scoped(.tenant(acmeID))
/// ```
public final class PostgresStore: Store, Sendable {
    /// The connection pool.
    public let client: PostgresClient
    /// The schema target whose tables the store holds.
    public let target: SchemaTarget
    /// The PostgreSQL schema (namespace) of the tables.
    public let namespace: PostgresIdentifier
    /// The role tenant-scoped statements run as.
    public let appRole: PostgresIdentifier
    let clock: any TimeSource
    let ids: UUIDSource
    let operationTimeout: Duration
    let errors: PostgresErrorMapping
    let logger = Logger(label: "agencykit.postgres", factory: { _ in SwiftLogNoOpLogHandler() })
    let tableNames: Set<String>
    let tenantKeyType: SQLType
    private let runner: Locked<Task<Void, Never>?>
    package let batchHook: (@Sendable (_ completedOperations: Int, _ backendPID: Int32) async -> Void)?

    /// Creates a store on a running client (the caller runs `client.run()` and closes it).
    ///
    /// - Parameters:
    ///   - client: The pool; run it in a long-running task.
    ///   - schema: The schema target (its migrations must have been applied).
    ///   - namespace: The PostgreSQL schema; `nil` for the target's name.
    ///   - appRole: The role of tenant-scoped statements.
    ///   - clock: Where "now" comes from.
    ///   - ids: Where new UUID keys come from.
    ///   - operationTimeout: The limit of one read or batch.
    /// - Throws: ``PostgresMigrationError/invalidIdentifier(_:)`` for a bad namespace or role.
    public convenience init(client: PostgresClient, schema: SchemaTarget, namespace: String? = nil,
                            appRole: String = "agencykit_app", clock: any TimeSource, ids: UUIDGenerator,
                            operationTimeout: Duration = .seconds(60)) throws {
        try self.init(client: client, schema: schema, namespace: namespace, appRole: appRole, clock: clock, ids: ids,
                      operationTimeout: operationTimeout, runner: nil, batchHook: nil)
    }

    package init(client: PostgresClient, schema: SchemaTarget, namespace: String?, appRole: String, clock: any TimeSource,
                 ids: UUIDGenerator, operationTimeout: Duration, runner: Task<Void, Never>?,
                 batchHook: (@Sendable (Int, Int32) async -> Void)?) throws {
        self.client = client
        target = schema
        self.namespace = try PostgresIdentifier(namespace ?? schema.name)
        self.appRole = try PostgresIdentifier(appRole)
        self.clock = clock
        self.ids = UUIDSource(ids)
        self.operationTimeout = operationTimeout
        errors = PostgresErrorMapping(target: schema)
        tableNames = Set(schema.tables.map(\.name))
        tenantKeyType = PostgresSchemaDDL(target: schema).tenantKeyType
        self.runner = Locked(runner)
        self.batchHook = batchHook
    }

    /// Opens a pool for `configuration`, optionally applies the shipped migrations, and
    /// returns a store that owns the pool (close it with ``shutdown()``).
    ///
    /// - Throws: ``PostgresMigrationError`` or `StoreError.backend` when the server is unreachable.
    public static func connect(_ configuration: PostgresStoreConfiguration, schema: SchemaTarget, clock: any TimeSource,
                               ids: UUIDGenerator, migrate: Bool = true) async throws -> PostgresStore {
        let client = PostgresClient(configuration: configuration.clientConfiguration)
        let runner = Task { await client.run() }
        let store = try PostgresStore(client: client, schema: schema, namespace: configuration.namespace,
                                      appRole: configuration.appRole, clock: clock, ids: ids,
                                      operationTimeout: configuration.operationTimeout, runner: runner, batchHook: nil)
        if migrate {
            let migrator = try PostgresMigrator(target: schema, namespace: store.namespace.name, appRole: store.appRole.name)
            do {
                _ = try await PostgresTimeoutRunner.run(configuration.operationTimeout) { try await migrator.migrate(client) }
            } catch {
                await store.shutdown()
                throw store.errors.map(error)
            }
        }
        return store
    }

    /// Stops the pool the store opened in ``connect(_:schema:clock:ids:migrate:)`` (no effect
    /// for a client the caller runs).
    public func shutdown() async {
        guard let task = runner.withLock({ $0.take() }) else { return }
        task.cancel()
        await task.value
    }

    // MARK: Store

    /// The rows of `query` visible in `scope`, in the query's order.
    public func fetch<Row: Model>(_ query: Query<Row>, in scope: StoreScope) async throws -> [Row] {
        let statement = try selectStatement(query, scope: scope, count: false)
        return try await run(scope, rowRole: true) { session in
            let texts = try await session.texts(statement.sql, statement.binds)
            let decoder = JSONDecoder.agencyKit
            return try texts.map { try decoder.decode(Row.self, from: Data(($0 ?? "null").utf8)) }
        }
    }

    /// How many rows `query` matches in `scope`, ignoring limit, offset and cursor.
    public func count<Row: Model>(_ query: Query<Row>, in scope: StoreScope) async throws -> Int {
        let statement = try selectStatement(query.unpaged, scope: scope, count: true)
        return try await run(scope, rowRole: true) { session in
            Int(try await session.texts(statement.sql, statement.binds).first.flatMap { $0 } ?? "0") ?? 0
        }
    }

    /// Applies every write of `batch` in one SQL transaction, in order, all-or-nothing.
    public func apply(_ batch: WriteBatch, in scope: StoreScope) async throws -> [WriteResult] {
        guard !batch.isEmpty else { return [] }
        let now = clock.now()
        return try await run(scope, rowRole: false) { session in
            try await self.applyOperations(batch.operations, session: session, now: now)
        }
    }

    // MARK: Running

    /// The scope's tenant as the text `app.current_tenant` holds, if it fits the key type.
    func tenantText(_ scope: StoreScope) -> String? {
        guard let tenant = scope.tenant else { return nil }
        let coerced = tenant.coerced(to: tenantKeyType)
        if tenantKeyType == .uuid {
            guard case .uuid = coerced else { return nil }
        }
        return SQLText.inputText(coerced)
    }

    /// Runs `body` on a pooled connection inside one transaction (rolled back on error or
    /// cancellation), with the operation timeout. `rowRole` (reads, one statement each) starts
    /// as the app role in a tenant scope; a platform-wide read is one statement with no
    /// settings, atomic on its own, so it runs without `BEGIN`/`COMMIT`.
    func run<T: Sendable>(_ scope: StoreScope, rowRole: Bool, _ body: @escaping @Sendable (PostgresSession) async throws -> T) async throws -> T {
        do {
            return try await PostgresTimeoutRunner.run(operationTimeout) { [self] in
                try await client.withConnection { connection in
                    let session = PostgresSession(connection: connection, scope: scope, tenantText: tenantText(scope),
                                                  appRole: appRole, logger: logger)
                    if rowRole && scope.isPlatformWide { return try await body(session) }
                    try await session.begin()
                    do {
                        if rowRole { try await session.useRowRole() }
                        let result = try await body(session)
                        try await session.commit()
                        return result
                    } catch {
                        await session.rollback()
                        throw error
                    }
                }
            }
        } catch {
            throw errors.map(error)
        }
    }

    /// The description of `M`'s table, if the target holds it.
    func table<M: Model>(_ type: M.Type) throws -> TableDescription {
        guard tableNames.contains(M.schema.name) else { throw StoreError.unknownTable(M.schema.name) }
        return M.schema.table
    }

    /// `"namespace"."table"`.
    func qualified(_ table: String) -> String { namespace.quoted + "." + SQLText.identifier(table) }
}
