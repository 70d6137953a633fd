/// A model whose rows are soft-deleted through a `deleted_at` timestamp (Rule 14: never
/// hard-delete; a deleted row stays, marked, and normal reads skip it).
///
/// The operations are pure value operations that take the time explicitly; stores apply
/// the same rule through the schema's ``SoftDeleteStyle``.
public protocol SoftDeletable: Model {
    /// When the row was soft-deleted; `nil` while live.
    var deletedAt: Timestamp? { get set }
}

extension SoftDeletable {
    /// Whether the row is soft-deleted.
    public var isDeleted: Bool { deletedAt != nil }

    /// Marks the row deleted at `time`; a row already deleted keeps its first `deleted_at`.
    public mutating func softDelete(at time: Timestamp) {
        if deletedAt == nil { deletedAt = time }
    }

    /// A copy marked deleted at `time` (keeping an earlier `deleted_at`).
    public func softDeleted(at time: Timestamp) -> Self {
        var copy = self
        copy.softDelete(at: time)
        return copy
    }

    /// Brings the row back: clears `deleted_at`.
    public mutating func restore() { deletedAt = nil }

    /// A copy with `deleted_at` cleared.
    public func restored() -> Self {
        var copy = self
        copy.restore()
        return copy
    }
}

/// A model whose rows are soft-deleted through a boolean flag (Avenir's `deleted`).
public protocol FlagSoftDeletable: Model {
    /// Whether the row is soft-deleted.
    var isDeleted: Bool { get set }
}

/// A model with store-stamped `created_at` and `updated_at` columns.
public protocol Timestamped: Model {
    /// When the row was inserted; set by the store and never changed.
    var createdAt: Timestamp { get }
    /// When the row last changed; advanced by the store on every update.
    var updatedAt: Timestamp { get }
}
