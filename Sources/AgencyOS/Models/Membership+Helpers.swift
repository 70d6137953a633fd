import AgencyCore

extension Membership {
    /// Whether the invitation was accepted.
    public var isAccepted: Bool { acceptedAt != nil }

    /// Whether the invitation waits for acceptance (not accepted and not soft-deleted).
    public var isPending: Bool { acceptedAt == nil && !isDeleted }

    /// Whether the member owns the client.
    public var isOwner: Bool { role == .owner }

    /// Whether the member administers the client (owner or admin).
    public var isAdmin: Bool { role == .owner || role == .admin }

    /// Whether the member may change things (any role but viewer).
    public var canManage: Bool { role != .viewer }

    /// Whether the member's role is one of `roles`.
    public func hasRole(_ roles: MembershipRole...) -> Bool { roles.contains(role) }

    /// Whether the member's role is in `roles`.
    public func hasRole(in roles: some Sequence<MembershipRole>) -> Bool { roles.contains(role) }

    /// Accepts the invitation at `time`. Accepting again keeps the first acceptance time
    /// (the reference overwrites it).
    public mutating func accept(at time: Timestamp) {
        if acceptedAt == nil { acceptedAt = time }
    }

    /// A copy accepted at `time` (keeping an earlier acceptance).
    public func accepted(at time: Timestamp) -> Membership {
        var copy = self
        copy.accept(at: time)
        return copy
    }
}
