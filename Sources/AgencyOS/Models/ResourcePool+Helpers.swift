import AgencyCore

extension ResourcePool {
    /// Whether the resource can take another client: available or assigned, with capacity left.
    public var isAvailable: Bool {
        (status == .available || status == .assigned) && currentClients < maxClients
    }

    /// Whether warm-up completed.
    public var isWarmed: Bool { warmupCompletedAt != nil }

    /// Daily calls of a phone number.
    public static let phoneNumberDailyLimit = 50

    /// Daily connection requests of a pooled LinkedIn seat (the seat itself applies its own
    /// warm-up, see ``LinkedInSeat/dailyLimit(now:)``).
    public static let linkedinSeatDailyLimit = 20

    /// Daily sends of an email domain whose warm-up has not started.
    public static let emailUnstartedDailyLimit = 5

    /// Daily sends of an email domain by whole days since warm-up started: days 0–3 → 5,
    /// 4–7 → 10, 8–14 → 20, 15–21 → 35, 22 and later → 50.
    public static let emailWarmupSchedule: [WarmupStep] = [
        WarmupStep(firstDay: 0, lastDay: 3, dailyLimit: 5),
        WarmupStep(firstDay: 4, lastDay: 7, dailyLimit: 10),
        WarmupStep(firstDay: 8, lastDay: 14, dailyLimit: 20),
        WarmupStep(firstDay: 15, lastDay: 21, dailyLimit: 35),
        WarmupStep(firstDay: 22, lastDay: nil, dailyLimit: 50),
    ]

    /// How many a day the resource may send (or call, or invite) at `now`: an email domain
    /// per ``emailDailyLimit(now:)``, a phone number 50, a LinkedIn seat 20.
    public func dailyLimit(now: Timestamp) -> Int {
        switch resourceType {
        case .emailDomain: return emailDailyLimit(now: now)
        case .phoneNumber: return Self.phoneNumberDailyLimit
        case .linkedinSeat: return Self.linkedinSeatDailyLimit
        }
    }

    /// The daily email limit at `now`, first rule that applies:
    /// 1. ``dailyLimitOverride`` when set (health reduction);
    /// 2. a warmed domain: its ``HealthStatus/dailyLimit`` (50, 35 or 0);
    /// 3. warm-up not started: 5;
    /// 4. warming: ``emailWarmupSchedule`` for the whole days since ``warmupStartedAt``
    ///    (a start in the future counts as day 0).
    public func emailDailyLimit(now: Timestamp) -> Int {
        if let dailyLimitOverride { return dailyLimitOverride }
        if isWarmed { return healthStatus.dailyLimit }
        guard let warmupStartedAt else { return Self.emailUnstartedDailyLimit }
        let days = max(0, now.wholeDays(since: warmupStartedAt))
        return Self.emailWarmupSchedule.dailyLimit(onDay: days) ?? HealthStatus.good.dailyLimit
    }
}
