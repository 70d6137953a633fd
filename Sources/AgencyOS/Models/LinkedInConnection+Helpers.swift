import AgencyCore

/// Why a LinkedIn connection operation refused its input.
public enum LinkedInConnectionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The follow-up delay is not in ``LinkedInConnection/followUpDaysRange``.
    case followUpDaysOutOfRange(Int)

    /// A sentence naming the value.
    public var description: String {
        switch self {
        case .followUpDaysOutOfRange(let days):
            let range = LinkedInConnection.followUpDaysRange
            return "follow-up days = \(days) is not in \(range.lowerBound)...\(range.upperBound)"
        }
    }
}

extension LinkedInConnection {
    /// Days after an accept that the follow-up message is due, unless told otherwise.
    public static let defaultFollowUpDays = 4

    /// The follow-up delays ``markAccepted(followUpDays:now:)`` accepts: 0 (at once) to 100 years.
    public static let followUpDaysRange = 0...36_500

    /// Days without an answer after which a request is considered ignored (a policy for
    /// callers; nothing marks requests automatically).
    public static let ignoredAfterDays = 14

    /// Days without an answer after which a request should be withdrawn (a policy for
    /// callers; nothing withdraws requests automatically).
    public static let withdrawAfterDays = 30

    /// Whether the request awaits an answer.
    public var isPending: Bool { status == .pending }

    /// Whether the request was accepted.
    public var isAccepted: Bool { status == .accepted }

    /// Whole days the request has been pending at `now`; 0 once answered (and for a request
    /// time in the future).
    public func daysPending(now: Timestamp) -> Int {
        guard isPending else { return 0 }
        return max(0, now.wholeDays(since: requestedAt))
    }

    /// Whether the follow-up is due at `now`: accepted, not sent yet, and its scheduled time
    /// reached.
    public func needsFollowUp(now: Timestamp) -> Bool {
        guard isAccepted, followUpSentAt == nil, let followUpScheduledFor else { return false }
        return now >= followUpScheduledFor
    }

    /// Records the accept at `now` and schedules the follow-up `followUpDays` days later.
    ///
    /// - Throws: ``LinkedInConnectionError/followUpDaysOutOfRange(_:)`` when `followUpDays` is
    ///   negative or absurdly large; the row is then unchanged.
    public mutating func markAccepted(followUpDays: Int = LinkedInConnection.defaultFollowUpDays,
                                      now: Timestamp) throws {
        guard Self.followUpDaysRange.contains(followUpDays) else {
            throw LinkedInConnectionError.followUpDaysOutOfRange(followUpDays)
        }
        status = .accepted
        respondedAt = now
        followUpScheduledFor = now.adding(days: followUpDays)
    }

    /// Marks the request ignored (no answer in time) at `now`.
    public mutating func markIgnored(now: Timestamp) { respond(.ignored, now: now) }

    /// Marks the request declined at `now`.
    public mutating func markDeclined(now: Timestamp) { respond(.declined, now: now) }

    /// Marks the request withdrawn by the sender at `now`.
    public mutating func markWithdrawn(now: Timestamp) { respond(.withdrawn, now: now) }

    /// Records that the follow-up was sent at `now`.
    public mutating func markFollowUpSent(now: Timestamp) { followUpSentAt = now }

    private mutating func respond(_ newStatus: LinkedInRequestStatus, now: Timestamp) {
        status = newStatus
        respondedAt = now
    }
}
