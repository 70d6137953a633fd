import Foundation
import PostgresNIO

/// Where and how a ``PostgresStore`` connects: server, credentials, pool and timeouts.
///
/// The password is only ever handed to the driver; it appears in no error or description.
public struct PostgresStoreConfiguration: Sendable {
    /// The server's host name or address.
    public var host: String
    /// The server's port.
    public var port: Int
    /// The login role. It must own the schema's tables (it runs the migrations and the
    /// platform-wide scope) and be a member of ``appRole``.
    public var username: String
    /// The login role's password, if the server asks for one.
    public var password: String?
    /// The database.
    public var database: String
    /// TLS: disabled by default (loopback); pass `.prefer`/`.require` for remote servers.
    public var tls: PostgresClient.Configuration.TLS
    /// The PostgreSQL schema (namespace) holding the target's tables; `nil`: the target's name.
    public var namespace: String?
    /// The non-superuser role tenant-scoped statements run as, under row level security.
    public var appRole: String
    /// Connections kept open (the reference platform's pool size, 5).
    public var poolSize: Int
    /// Extra connections opened under load and closed when idle (the reference's overflow, 10).
    public var overflow: Int
    /// How long opening a connection may take.
    public var connectTimeout: Duration
    /// The server-side `statement_timeout` of every statement.
    public var statementTimeout: Duration
    /// How long one store call (a read or a whole batch, waiting for a connection included)
    /// may take before it fails with `StoreError.backend`.
    public var operationTimeout: Duration

    /// Creates a configuration.
    public init(host: String = "127.0.0.1", port: Int = 5432, username: String, password: String? = nil,
                database: String, tls: PostgresClient.Configuration.TLS = .disable, namespace: String? = nil,
                appRole: String = "agencykit_app", poolSize: Int = 5, overflow: Int = 10,
                connectTimeout: Duration = .seconds(10), statementTimeout: Duration = .seconds(30),
                operationTimeout: Duration = .seconds(60)) {
        self.host = host
        self.port = port
        self.username = username
        self.password = password
        self.database = database
        self.tls = tls
        self.namespace = namespace
        self.appRole = appRole
        self.poolSize = poolSize
        self.overflow = overflow
        self.connectTimeout = connectTimeout
        self.statementTimeout = statementTimeout
        self.operationTimeout = operationTimeout
    }

    /// Reads the libpq variables `PGHOST`, `PGPORT`, `PGUSER`, `PGPASSWORD`, `PGDATABASE`
    /// (what `Scripts/with-postgres.sh` exports); `nil` when `PGPORT` or `PGUSER` is missing.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> PostgresStoreConfiguration? {
        guard let user = environment["PGUSER"], let port = environment["PGPORT"].flatMap(Int.init) else { return nil }
        return PostgresStoreConfiguration(host: environment["PGHOST"] ?? "127.0.0.1", port: port, username: user,
                                          password: environment["PGPASSWORD"], database: environment["PGDATABASE"] ?? user)
    }

    /// The driver's configuration: a pool of ``poolSize`` kept connections growing to
    /// ``poolSize`` + ``overflow``, UTC, ISO dates, and the statement timeout.
    public var clientConfiguration: PostgresClient.Configuration {
        var configuration = PostgresClient.Configuration(host: host, port: port, username: username, password: password,
                                                         database: database, tls: tls)
        configuration.options.minimumConnections = max(0, poolSize)
        configuration.options.maximumConnections = max(1, poolSize + max(0, overflow))
        configuration.options.connectTimeout = connectTimeout
        let milliseconds = statementTimeout.components.seconds * 1_000 + statementTimeout.components.attoseconds / 1_000_000_000_000_000
        configuration.options.additionalStartupParameters = [
            ("TimeZone", "UTC"), ("DateStyle", "ISO, YMD"), ("IntervalStyle", "postgres"),
            ("extra_float_digits", "1"), ("statement_timeout", String(milliseconds)),
            ("application_name", "agencykit"),
        ]
        return configuration
    }
}
