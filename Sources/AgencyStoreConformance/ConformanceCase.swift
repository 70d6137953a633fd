import AgencyCore
import AgencyStore

/// The part of the store contract a case checks; a backend can declare a whole category
/// unsupported, and its cases are then reported as skipped (never as passed).
public enum ConformanceCategory: String, CaseIterable, Hashable, Sendable {
    /// Insert, fetch, find, count of every model.
    case crud
    /// Every field value survives a write and a read exactly.
    case roundTrip = "round_trip"
    /// Updates, version checks, `created_at` / `updated_at` rules.
    case update
    /// Soft delete, restore and deleted-row visibility.
    case softDelete = "soft_delete"
    /// Unique constraints, among live rows and case-insensitively where declared.
    case unique
    /// Foreign keys: existence and same tenant.
    case references
    /// Tenant isolation on every read and write path.
    case tenancy
    /// Invalid rows are refused with every violation.
    case validation
    /// Append-only tables refuse changes.
    case appendOnly = "append_only"
    /// Purge (hard delete) and its cascade; suppression entries are kept.
    case purge
    /// Filter operators and SQL null semantics.
    case query
    /// Sorting, null placement and the primary-key tie-break.
    case sort
    /// Limit, offset and keyset pagination.
    case pagination
    /// Concurrent writers.
    case concurrency
    /// All-or-nothing batches.
    case transactions
    /// Key assignment (UUIDs, sequences).
    case identifiers
}

/// One named check of the store contract, runnable on its own against a fresh store.
public struct ConformanceCase: Sendable, Hashable, CustomStringConvertible {
    /// A stable identifier, e.g. `soft_delete/leads/twice keeps the first deleted_at`.
    public let id: String
    /// The part of the contract it checks.
    public let category: ConformanceCategory
    let body: @Sendable (ConformanceContext) async throws -> Void

    init(_ category: ConformanceCategory, _ name: String, table: String? = nil,
         _ body: @escaping @Sendable (ConformanceContext) async throws -> Void) {
        self.category = category
        id = [category.rawValue, table, name].compactMap { $0 }.joined(separator: "/")
        self.body = body
    }

    /// The identifier.
    public var description: String { id }

    /// Cases are equal when their identifiers are.
    public static func == (lhs: ConformanceCase, rhs: ConformanceCase) -> Bool { lhs.id == rhs.id }

    /// Hashes the identifier.
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}

/// How one case ended.
public enum ConformanceOutcome: Sendable, Hashable {
    /// The store kept the contract.
    case passed
    /// The backend declared the case's category unsupported.
    case skipped(reason: String)
    /// The store broke the contract (or threw something unexpected).
    case failed(String)
}
