/// Deliberate defects an `InMemoryStore` can be built with, so tests can prove the
/// conformance suite catches each kind of broken store. Not public API.
package struct FaultInjection: OptionSet, Sendable {
    package let rawValue: Int
    package init(rawValue: Int) { self.rawValue = rawValue }

    /// Reads return soft-deleted rows.
    package static let ignoresSoftDeleteFilter = FaultInjection(rawValue: 1 << 0)
    /// Reads ignore the tenant scope.
    package static let leaksAcrossTenants = FaultInjection(rawValue: 1 << 1)
    /// Unique constraints are not checked.
    package static let ignoresUniqueConstraints = FaultInjection(rawValue: 1 << 2)
    /// Updates do not check the version (lost updates).
    package static let ignoresStaleWrites = FaultInjection(rawValue: 1 << 3)
    /// A failed batch keeps the writes made before the failure.
    package static let keepsPartialBatches = FaultInjection(rawValue: 1 << 4)
    /// References are not checked.
    package static let ignoresReferences = FaultInjection(rawValue: 1 << 5)
}
