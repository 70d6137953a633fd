import AgencyCore
import Foundation

/// One numbered migration file: SQL with `{{schema}}` and `{{app_role}}` placeholders that
/// the migrator fills with the configured namespace and role.
public struct PostgresMigration: Hashable, Sendable {
    /// The file's number, applied in increasing order (`1` for `0001_tables.sql`).
    public let version: Int
    /// The file name without number and extension, e.g. `tables`.
    public let name: String
    /// The SQL template.
    public let template: String

    /// Creates a migration.
    public init(version: Int, name: String, template: String) {
        self.version = version
        self.name = name
        self.template = template
    }

    /// `0001_tables.sql`.
    public var fileName: String {
        let number = String(version)
        return String(repeating: "0", count: max(0, 4 - number.count)) + number + "_" + name + ".sql"
    }

    /// The SQL for `namespace` and `appRole`, both already validated identifiers.
    public func sql(namespace: PostgresIdentifier, appRole: PostgresIdentifier) -> String {
        template.replacingOccurrences(of: "{{schema}}", with: namespace.name)
            .replacingOccurrences(of: "{{app_role}}", with: appRole.name)
    }

    /// A checksum of the template (FNV-1a, hex), recorded when the migration is applied.
    public var checksum: String {
        let hash = template.utf8.reduce(UInt64(0xCBF2_9CE4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01B3 }
        return String(hash, radix: 16)
    }

    /// Parses a file name `NNNN_name.sql` and its contents.
    ///
    /// - Throws: ``PostgresMigrationError/invalidFileName(_:)``.
    public init(fileName: String, template: String) throws {
        guard fileName.hasSuffix(".sql"), let underscore = fileName.firstIndex(of: "_"),
              let version = Int(fileName[..<underscore]) else {
            throw PostgresMigrationError.invalidFileName(fileName)
        }
        let name = fileName[fileName.index(after: underscore)...].dropLast(4)
        self.init(version: version, name: String(name), template: template)
    }
}

/// A PostgreSQL identifier the migrations and the store interpolate: lower-case letters,
/// digits and underscores, starting with a letter or underscore, at most 63 bytes — so it
/// never needs quoting rules and can never carry SQL.
public struct PostgresIdentifier: Hashable, Sendable, CustomStringConvertible {
    /// The name.
    public let name: String

    /// Validates `name`.
    ///
    /// - Throws: ``PostgresMigrationError/invalidIdentifier(_:)``.
    public init(_ name: String) throws {
        let bytes = Array(name.utf8)
        guard let first = bytes.first, bytes.count <= ConstraintNames.maximumLength,
              first == UInt8(ascii: "_") || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first),
              bytes.allSatisfy({ $0 == UInt8(ascii: "_") || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0)
                  || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else {
            throw PostgresMigrationError.invalidIdentifier(name)
        }
        self.name = name
    }

    /// The quoted identifier, `"name"`.
    public var quoted: String { "\"" + name + "\"" }

    /// The name.
    public var description: String { name }
}

/// Why migrations could not be generated, loaded or applied.
public enum PostgresMigrationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A namespace or role name that is not a plain lower-case identifier.
    case invalidIdentifier(String)
    /// A migration file not named `NNNN_name.sql`.
    case invalidFileName(String)
    /// No migrations ship for the schema target.
    case noMigrations(target: String)
    /// A schema description that cannot become DDL (e.g. a name longer than 63 bytes).
    case unsupportedSchema(String)
    /// An applied migration's file changed since it was applied.
    case checksumMismatch(version: Int, applied: String, shipped: String)

    /// A sentence naming the problem.
    public var description: String {
        switch self {
        case .invalidIdentifier(let name):
            return "\"\(name)\" is not a plain PostgreSQL identifier (lower-case letters, digits, underscores; at most 63 bytes)"
        case .invalidFileName(let name): return "migration file \(name) is not named NNNN_name.sql"
        case .noMigrations(let target): return "no PostgreSQL migrations ship for schema target \(target)"
        case .unsupportedSchema(let detail): return "the schema cannot be expressed as PostgreSQL DDL: \(detail)"
        case .checksumMismatch(let version, let applied, let shipped):
            return "migration \(version) was applied with checksum \(applied) but the shipped file has \(shipped)"
        }
    }
}
