import AgencyCore
import AgencyStore
import Logging
import PostgresNIO

/// One store call on one leased connection, inside one transaction.
///
/// In a tenant scope every statement that reads or writes rows runs as the app role, under
/// row level security, with the transaction's tenant (`app.current_tenant`) set. Integrity
/// probes — does a referenced row exist and whose is it, which rows would a purge reach —
/// run as the login role, because refusing a cross-tenant reference means seeing it.
///
/// The tenant is set together with the first switch to the app role (one statement for both),
/// so a call costs `BEGIN`, one settings statement, its own statements and `COMMIT`.
final class PostgresSession {
    enum Role { case login, app }

    let connection: PostgresConnection
    let scope: StoreScope
    let appRole: PostgresIdentifier
    let logger: Logger
    /// The scope's tenant as `app.current_tenant` holds it (`nil`: platform scope, or a
    /// tenant that does not fit the key type, which then sees no row).
    let tenantText: String?
    private(set) var role: Role = .login
    private var tenantIsSet = false

    init(connection: PostgresConnection, scope: StoreScope, tenantText: String?, appRole: PostgresIdentifier, logger: Logger) {
        self.connection = connection
        self.scope = scope
        self.tenantText = tenantText
        self.appRole = appRole
        self.logger = logger
    }

    /// `BEGIN`.
    func begin() async throws {
        try await execute("BEGIN")
    }

    /// `COMMIT`, unless the call was abandoned (timed out): then the transaction rolls back.
    func commit() async throws {
        try Task.checkCancellation()
        try await execute("COMMIT")
    }

    func rollback() async {
        _ = try? await connection.query(PostgresQuery(unsafeSQL: "ROLLBACK"), logger: logger)
    }

    /// Data statements of a tenant scope run as the app role, with the tenant set (both
    /// transaction-local, so nothing leaks to the connection's next user).
    func useRowRole() async throws {
        guard !scope.isPlatformWide, role != .app else { return }
        if let tenantText, !tenantIsSet {
            try await execute("SELECT set_config('app.current_tenant', $1, true), set_config('role', $2, true)", [tenantText, appRole.name])
            tenantIsSet = true
        } else {
            try await execute("SELECT set_config('role', $1, true)", [appRole.name])
        }
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

    /// The first three columns of every row, as text.
    func triples(_ sql: String, _ binds: [String?] = []) async throws -> [(String?, String?, String?)] {
        var out: [(String?, String?, String?)] = []
        for try await row in try await connection.query(try query(sql, binds), logger: logger) {
            out.append(try row.decode((String?, String?, String?).self))
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
