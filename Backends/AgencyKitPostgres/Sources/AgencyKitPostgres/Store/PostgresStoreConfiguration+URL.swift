import Foundation
import PostgresNIO

/// Why a connection URL cannot become a ``PostgresStoreConfiguration``.
public enum PostgresURLError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The text is not a URL, or its scheme is not `postgres` or `postgresql`.
    case notAPostgresURL
    /// The URL names no login role (`postgres://user@host/db`).
    case missingUser
    /// The URL names no host; Unix-domain sockets are not supported.
    case missingHost
    /// The URL names no database (the path after the host).
    case missingDatabase
    /// A query parameter the store does not know, or a value it does not accept.
    case unsupportedParameter(name: String, value: String)

    /// What is wrong, never including the password.
    public var description: String {
        switch self {
        case .notAPostgresURL: return "not a postgres:// or postgresql:// URL"
        case .missingUser: return "the URL names no user (postgres://user@host/database)"
        case .missingHost: return "the URL names no host (Unix-domain sockets are not supported)"
        case .missingDatabase: return "the URL names no database (postgres://user@host/database)"
        case .unsupportedParameter(let name, let value):
            return "unsupported URL parameter \(name)=\(value) (known: sslmode=disable|prefer|require, namespace=NAME)"
        }
    }
}

extension PostgresStoreConfiguration {
    /// Reads a libpq-style connection URL:
    /// `postgres://user[:password]@host[:port]/database[?sslmode=…&namespace=…]`.
    ///
    /// User and password are percent-decoded. `sslmode` is `disable` (the default), `prefer` or
    /// `require`; both TLS modes verify the server's certificate with the system's trust roots.
    /// `namespace` chooses the PostgreSQL schema holding the target's tables (default: the
    /// target's name). The other settings keep ``init(host:port:username:password:database:tls:namespace:appRole:poolSize:overflow:connectTimeout:statementTimeout:operationTimeout:)``'s defaults.
    ///
    /// - Throws: ``PostgresURLError`` naming what is missing or unsupported.
    public init(url text: String) throws {
        guard let components = URLComponents(string: text),
              let scheme = components.scheme?.lowercased(), scheme == "postgres" || scheme == "postgresql" else {
            throw PostgresURLError.notAPostgresURL
        }
        guard let user = components.user, !user.isEmpty else { throw PostgresURLError.missingUser }
        guard let host = components.host, !host.isEmpty else { throw PostgresURLError.missingHost }
        let database = String(components.path.drop(while: { $0 == "/" }))
        guard !database.isEmpty, !database.contains("/") else { throw PostgresURLError.missingDatabase }
        self.init(host: host, port: components.port ?? 5432, username: user, password: components.password,
                  database: database.removingPercentEncoding ?? database)
        for item in components.queryItems ?? [] {
            let value = item.value ?? ""
            switch (item.name, value) {
            case ("sslmode", "disable"): tls = .disable
            case ("sslmode", "prefer"): tls = .prefer(.makeClientConfiguration())
            case ("sslmode", "require"): tls = .require(.makeClientConfiguration())
            case ("namespace", _) where !value.isEmpty: namespace = value
            default: throw PostgresURLError.unsupportedParameter(name: item.name, value: value)
            }
        }
    }
}
