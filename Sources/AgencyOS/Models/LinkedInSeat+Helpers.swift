import AgencyCore

extension LinkedInSeat {
    /// Connection requests a day per warm-up day (the reference's `LINKEDIN_WARMUP_SCHEDULE`):
    /// days 1–3 → 5, 4–7 → 10, 8–11 → 15, 12 and later → 20. Day 1 is the activation day.
    public static let warmupSchedule: [WarmupStep] = [
        WarmupStep(firstDay: 1, lastDay: 3, dailyLimit: 5),
        WarmupStep(firstDay: 4, lastDay: 7, dailyLimit: 10),
        WarmupStep(firstDay: 8, lastDay: 11, dailyLimit: 15),
        WarmupStep(firstDay: 12, lastDay: nil, dailyLimit: 20),
    ]

    /// Connection requests a day of a fully warmed, healthy seat.
    public static let fullDailyLimit = 20

    /// A 7-day accept rate at or above this is healthy (30 %).
    public static let healthyAcceptRate: SQLNumeric = 0.30

    /// A 7-day accept rate below this is critical (20 %).
    public static let criticalAcceptRate: SQLNumeric = 0.20

    /// The daily limit ``applyHealthReduction()`` sets for a critical seat.
    public static let criticalDailyLimit = 10

    /// The daily limit ``applyHealthReduction()`` sets for an unhealthy seat.
    public static let unhealthyDailyLimit = 15

    /// Whether the seat can send requests (warming up or active).
    public var isActive: Bool { status == .warmup || status == .active }

    /// The warm-up day at `now`: 0 before activation, else whole days since ``activatedAt``
    /// plus 1, so the activation day is day 1 (an activation in the future counts as day 1).
    public func daysActive(now: Timestamp) -> Int {
        guard let activatedAt else { return 0 }
        return max(1, now.wholeDays(since: activatedAt) + 1)
    }

    /// How many connection requests the seat may send on the day of `now`, first rule that
    /// applies: ``dailyLimitOverride`` when set; 0 when restricted; 0 before activation; the
    /// ``warmupSchedule`` step of ``daysActive(now:)``.
    public func dailyLimit(now: Timestamp) -> Int {
        if let dailyLimitOverride { return dailyLimitOverride }
        if status == .restricted { return 0 }
        guard activatedAt != nil else { return 0 }
        return Self.warmupSchedule.dailyLimit(onDay: daysActive(now: now)) ?? Self.fullDailyLimit
    }

    /// Whether the 7-day accept rate is healthy: unknown (no data yet) or at least 30 %.
    public var isHealthy: Bool {
        guard let acceptRate7d else { return true }
        return acceptRate7d >= Self.healthyAcceptRate
    }

    /// Whether the 7-day accept rate is critical: known and below 20 %.
    public var isCritical: Bool {
        guard let acceptRate7d else { return false }
        return acceptRate7d < Self.criticalAcceptRate
    }

    /// Records that the client connected the account at `now`: stores the account details
    /// (`profileUrl` replaces the stored one, also when `nil`), starts warm-up (status
    /// `warmup`, ``activatedAt`` = `now`) and clears the pending connection flow.
    public mutating func markConnected(unipileAccountId: String, accountEmail: String, accountName: String,
                                       profileUrl: String? = nil, now: Timestamp) {
        self.unipileAccountId = unipileAccountId
        self.accountEmail = accountEmail
        self.accountName = accountName
        self.profileUrl = profileUrl
        status = .warmup
        activatedAt = now
        pendingConnectionId = nil
    }

    /// Records that LinkedIn restricted the account at `now` for `reason`: status
    /// `restricted`, and a daily-limit override of 0.
    public mutating func markRestricted(reason: String, now: Timestamp) {
        status = .restricted
        restrictedAt = now
        restrictedReason = reason
        dailyLimitOverride = 0
    }

    /// Sets the daily-limit override from the 7-day accept rate: 10 when critical, 15 when
    /// unhealthy, cleared when healthy.
    public mutating func applyHealthReduction() {
        if isCritical {
            dailyLimitOverride = Self.criticalDailyLimit
        } else if !isHealthy {
            dailyLimitOverride = Self.unhealthyDailyLimit
        } else {
            dailyLimitOverride = nil
        }
    }
}
