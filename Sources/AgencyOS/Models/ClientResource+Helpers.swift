import AgencyCore

extension ClientResource {
    /// Whether the assignment is still in force (not released).
    public var isActive: Bool { releasedAt == nil }

    /// Records one send through the resource at `now`: `total_sends` + 1 and `last_used_at`.
    public mutating func recordUsage(now: Timestamp) {
        if totalSends < Int.max { totalSends += 1 }
        lastUsedAt = now
    }

    /// Releases the assignment at `now`; an assignment already released keeps its first
    /// `released_at`.
    public mutating func release(now: Timestamp) {
        if releasedAt == nil { releasedAt = now }
    }
}
