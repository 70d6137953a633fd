import AgencyCore
import Foundation
import Logging
import PostgresNIO

/// Applies a schema target's numbered migration files to a database: pending files in
/// order, each in its own transaction, recorded in `<namespace>.agencykit_migrations`.
/// Running it again applies nothing. An advisory lock serialises concurrent migrators of one
/// database; a migrator that loses a race with another database's on the cluster-wide app
/// role retries the file.
public struct PostgresMigrator: Sendable {
    /// The migrations, in order.
    public let migrations: [PostgresMigration]
    /// The PostgreSQL schema (namespace) the tables go in.
    public let namespace: PostgresIdentifier
    /// The role tenant-scoped statements run as.
    public let appRole: PostgresIdentifier

    /// The migrator of the files shipped for `target` (`Migrations/<target name>/`).
    ///
    /// - Parameters:
    ///   - target: The schema target.
    ///   - namespace: The PostgreSQL schema; `nil` for the target's name (e.g. `agency_os`),
    ///     or `public` to run against an existing Supabase database.
    ///   - appRole: The non-superuser role of tenant scopes.
    /// - Throws: ``PostgresMigrationError``.
    public init(target: SchemaTarget, namespace: String? = nil, appRole: String = "agencykit_app") throws {
        try self.init(migrations: try Self.shipped(for: target.name), namespace: namespace ?? target.name, appRole: appRole)
    }

    /// A migrator of explicit migrations.
    ///
    /// - Throws: ``PostgresMigrationError/invalidIdentifier(_:)``.
    public init(migrations: [PostgresMigration], namespace: String, appRole: String = "agencykit_app") throws {
        self.migrations = migrations.sorted { $0.version < $1.version }
        self.namespace = try PostgresIdentifier(namespace)
        self.appRole = try PostgresIdentifier(appRole)
    }

    /// The migration files shipped in this package for the target named `target`.
    ///
    /// - Throws: ``PostgresMigrationError/noMigrations(target:)``.
    public static func shipped(for target: String) throws -> [PostgresMigration] {
        guard let folder = Bundle.module.url(forResource: "Migrations", withExtension: nil)?.appendingPathComponent(target),
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
            throw PostgresMigrationError.noMigrations(target: target)
        }
        let migrations = try names.filter { $0.hasSuffix(".sql") }.sorted().map { name in
            try PostgresMigration(fileName: name, template: String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
        }
        guard !migrations.isEmpty else { throw PostgresMigrationError.noMigrations(target: target) }
        return migrations
    }

    /// Applies every pending migration; returns the versions applied (empty when up to date).
    ///
    /// - Throws: ``PostgresMigrationError/checksumMismatch(version:applied:shipped:)`` when an
    ///   applied file changed; the driver's error when a statement fails (that file's
    ///   transaction is rolled back, earlier files stay applied).
    @discardableResult
    public func migrate(_ client: PostgresClient) async throws -> [Int] {
        try await client.withConnection { connection in try await migrate(connection) }
    }

    /// Applies every pending migration on one connection.
    @discardableResult
    public func migrate(_ connection: PostgresConnection) async throws -> [Int] {
        let logger = Logger(label: "agencykit.postgres.migrator", factory: { _ in SwiftLogNoOpLogHandler() })
        let ledger = "\(namespace.quoted).agencykit_migrations"
        var applied: [Int] = []
        for migration in migrations {
            let done = try await Self.retryingClusterRace { try await apply(migration, connection, ledger, logger) }
            if done { applied.append(migration.version) }
        }
        return applied
    }

    /// Runs `body`, once more if it lost a race on a cluster-wide object. The advisory lock
    /// serialises migrators of one database only; two databases of one cluster migrated at
    /// once can both find the app role missing, and the second `CREATE ROLE` fails
    /// (`42710`, or `23505` on `pg_authid`). The retry finds the role and skips it.
    private static func retryingClusterRace<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as PSQLError where Self.isClusterRace(error) {
            return try await body()
        }
    }

    private static func isClusterRace(_ error: PSQLError) -> Bool {
        switch error.serverInfo?[.sqlState] {
        case "42710"?: return true
        case "23505"?: return error.serverInfo?[.constraintName]?.hasPrefix("pg_authid") == true
        default: return false
        }
    }

    /// Applies one migration in its own transaction unless the ledger records it; returns
    /// whether it was applied.
    private func apply(_ migration: PostgresMigration, _ connection: PostgresConnection, _ ledger: String,
                       _ logger: Logger) async throws -> Bool {
        try await Self.unwrapped { try await connection.withTransaction(logger: logger) { connection in
            try await run("SELECT pg_advisory_xact_lock(4107201771)", connection, logger)
            try await run("CREATE SCHEMA IF NOT EXISTS \(namespace.quoted)", connection, logger)
            try await run("""
                CREATE TABLE IF NOT EXISTS \(ledger) (version integer PRIMARY KEY, name text NOT NULL,
                    checksum text NOT NULL, applied_at timestamp with time zone NOT NULL DEFAULT now())
                """, connection, logger)
            var recorded: String?
            let rows = try await connection.query("SELECT checksum FROM \(unescaped: ledger) WHERE version = \(migration.version)", logger: logger)
            for try await row in rows { recorded = try row.decode(String.self) }
            if let recorded {
                guard recorded == migration.checksum else {
                    throw PostgresMigrationError.checksumMismatch(version: migration.version, applied: recorded, shipped: migration.checksum)
                }
                return false
            }
            for statement in SQLScript.statements(migration.sql(namespace: namespace, appRole: appRole)) {
                try await run(statement, connection, logger)
            }
            try await connection.query(
                "INSERT INTO \(unescaped: ledger) (version, name, checksum) VALUES (\(migration.version), \(migration.name), \(migration.checksum))",
                logger: logger)
            return true
        } }
    }

    /// The error that made a transaction fail, rather than the driver's wrapper around it.
    private static func unwrapped<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as PostgresTransactionError {
            throw error.closureError ?? error.beginError ?? error.commitError ?? error
        }
    }

    private func run(_ sql: String, _ connection: PostgresConnection, _ logger: Logger) async throws {
        let rows = try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger)
        for try await _ in rows {}
    }
}
