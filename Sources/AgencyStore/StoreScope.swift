import AgencyCore

/// Whose rows a store operation may see and change.
///
/// Every read and write names a scope; there is no unscoped access. A tenant scope sees
/// the tenant's own rows plus shared (global) tables; reaching every tenant's rows needs
/// the explicitly named ``platformWide`` scope.
public struct StoreScope: Hashable, Sendable, CustomStringConvertible {
    /// The tenant key, or `nil` for the platform-wide scope.
    public let tenant: SQLValue?

    private init(tenant: SQLValue?) { self.tenant = tenant }

    /// The scope of one tenant, by its key (e.g. an Agency OS `ID<Client>`).
    public static func tenant(_ key: some SQLValueConvertible) -> StoreScope {
        StoreScope(tenant: key.sqlValue)
    }

    /// Every tenant's rows: for platform administration, migrations and erasure. Use it
    /// deliberately; tenant-facing code should never hold it.
    public static let platformWide = StoreScope(tenant: nil)

    /// Whether this is the platform-wide scope.
    public var isPlatformWide: Bool { tenant == nil }

    /// `tenant <key>` or `platform-wide`.
    public var description: String { tenant.map { "tenant \($0.displayText)" } ?? "platform-wide" }
}
