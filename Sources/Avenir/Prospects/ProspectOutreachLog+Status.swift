import AgencyCore

/// A refused outreach status change: status only moves forward.
public struct OutreachTransitionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The current status.
    public let from: OutreachStatus
    /// The requested status.
    public let to: OutreachStatus

    /// Creates the error.
    public init(from: OutreachStatus, to: OutreachStatus) {
        self.from = from
        self.to = to
    }

    /// A sentence naming both statuses.
    public var description: String {
        "outreach status only moves forward (sent → opened → replied, or ignored); \(from.rawValue) cannot become \(to.rawValue)"
    }
}

extension OutreachStatus {
    /// The statuses this one may move to: `sent` → `opened`, `replied`, `ignored`;
    /// `opened` → `replied`, `ignored`; `replied` and `ignored` are final.
    public var successors: Set<OutreachStatus> {
        switch self {
        case .sent: return [.opened, .replied, .ignored]
        case .opened: return [.replied, .ignored]
        case .replied, .ignored: return []
        }
    }
}

extension ProspectOutreachLog {
    /// A copy moved to `status` at `time`: `opened` sets `opened_at`; `replied` sets
    /// `replied_at` and, when the open was never tracked, `opened_at` (a reply implies an
    /// open). The current status again is a no-op (tracking events repeat).
    ///
    /// - Throws: ``OutreachTransitionError`` for a backward or final-state move.
    public func advanced(to status: OutreachStatus, at time: Timestamp) throws(OutreachTransitionError) -> ProspectOutreachLog {
        guard status != self.status else { return self }
        guard self.status.successors.contains(status) else { throw OutreachTransitionError(from: self.status, to: status) }
        var copy = self
        copy.status = status
        switch status {
        case .opened: copy.openedAt = time
        case .replied:
            copy.repliedAt = time
            if copy.openedAt == nil { copy.openedAt = time }
        case .sent, .ignored: break
        }
        return copy
    }
}
