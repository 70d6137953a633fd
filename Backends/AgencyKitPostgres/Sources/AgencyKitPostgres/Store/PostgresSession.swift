import AgencyCore
import AgencyStore
import Logging
import PostgresNIO

/// One store call on one leased connection, inside one transaction.
///
/// In a tenant scope the transaction carries the tenant (`app.current_tenant`) and every
/// statement that reads or writes rows runs as the app role, under row level security.
/// Integrity probes — does a referenced row exist and whose is it, which rows would a purge
/// reach — run as the login role, because refusing a cross-tenant reference means seeing it.
final class PostgresSession {
    enum Role { case login, app }

    let connection: PostgresConnection
    let scope: StoreScope
    let appRole: PostgresIdentifier
    let logger: Logger
    private(set) var role: Role = .login

    init(connection: PostgresConnection, scope: StoreScope, appRole: PostgresIdentifier, logger: Logger) {
        self.connection = connection
        self.scope = scope
        self.appRole = appRole
        self.logger = logger
    }

    /// `BEGIN`, and for a tenant scope the tenant setting.
    func begin(tenantText: String?) async throws {
        try await execute("BEGIN")
        if let tenantText {
            try await execute("SELECT set_config('app.current_tenant', $1, true)", [tenantText])
        }
    }

    /// `COMMIT`, unless the call was abandoned (timed out): then the transaction rolls back.
    func commit() async throws {
        try Task.checkCancellation()
        try await execute("COMMIT")
    }

    func rollback() async {
        _ = try? await connection.query(PostgresQuery(unsafeSQL: "ROLLBACK"), logger: logger)
    }

    /// Data statements of a tenant scope run as the app role.
    func useRowRole() async throws {
        guard !scope.isPlatformWide, role != .app else { return }
        try await execute("SELECT set_config('role', $1, true)", [appRole.name])
        role = .app
    }

    /// Integrity probes run as the login role.
    func useProbeRole() async throws {
        guard role != .login else { return }
        try await execute("SELECT set_config('role', 'none', true)")
        role = .login
    }

    /// Runs a statement and discards its rows.
    func execute(_ sql: String, _ binds: [String?] = []) async throws {
        let rows = try await connection.query(try query(sql, binds), logger: logger)
        for try await _ in rows {}
    }

    /// The first column of every row, as text.
    func texts(_ sql: String, _ binds: [String?] = []) async throws -> [String?] {
        var out: [String?] = []
        for try await row in try await connection.query(try query(sql, binds), logger: logger) {
            out.append(try row.decode(String?.self))
        }
        return out
    }

    /// The first two columns of every row, as text.
    func pairs(_ sql: String, _ binds: [String?] = []) async throws -> [(String?, String?)] {
        var out: [(String?, String?)] = []
        for try await row in try await connection.query(try query(sql, binds), logger: logger) {
            out.append(try row.decode((String?, String?).self))
        }
        return out
    }

    private func query(_ sql: String, _ binds: [String?]) throws -> PostgresQuery {
        try Task.checkCancellation()
        var bindings = PostgresBindings(capacity: binds.count)
        for value in binds {
            if let value { bindings.append(value) } else { bindings.appendNull() }
        }
        return PostgresQuery(unsafeSQL: sql, binds: bindings)
    }
}
