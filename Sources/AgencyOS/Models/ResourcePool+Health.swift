import AgencyCore
import Foundation

extension HealthStatus {
    /// The daily send limit of a warmed domain in this state (the reference's
    /// `HEALTH_DAILY_LIMITS`): good 50, warning 35, critical 0.
    public var dailyLimit: Int {
        switch self {
        case .good: return 50
        case .warning: return 35
        case .critical: return 0
        }
    }
}

/// The bounce and complaint rates that move a sending domain between health states (the
/// reference's `HEALTH_THRESHOLDS`). A rate strictly above a threshold crosses it, so a
/// rate exactly at the threshold keeps the better state.
public struct DomainHealthThresholds: Hashable, Sendable {
    /// Bounce rates above this are at least a warning (2 %).
    public let bounceGood: SQLNumeric
    /// Bounce rates above this are critical (5 %).
    public let bounceWarning: SQLNumeric
    /// Complaint rates above this are at least a warning (0.05 %).
    public let complaintGood: SQLNumeric
    /// Complaint rates above this are critical (0.1 %).
    public let complaintWarning: SQLNumeric

    /// Creates thresholds.
    public init(bounceGood: SQLNumeric, bounceWarning: SQLNumeric, complaintGood: SQLNumeric,
                complaintWarning: SQLNumeric) {
        self.bounceGood = bounceGood
        self.bounceWarning = bounceWarning
        self.complaintGood = complaintGood
        self.complaintWarning = complaintWarning
    }

    /// The reference thresholds: bounce 2 % / 5 %, complaint 0.05 % / 0.1 %.
    public static let standard = DomainHealthThresholds(
        bounceGood: 0.02, bounceWarning: 0.05, complaintGood: 0.0005, complaintWarning: 0.001)

    /// The health of a domain with these 30-day counts, compared exactly (no floating point):
    /// critical when either rate is above its warning threshold, warning when either is above
    /// its good threshold, else good. No sends is good.
    public func status(sends: Int, bounces: Int, complaints: Int) -> HealthStatus {
        guard sends > 0 else { return .good }
        func above(_ count: Int, _ threshold: SQLNumeric) -> Bool {
            Decimal(count) > threshold.decimal * Decimal(sends)
        }
        if above(bounces, bounceWarning) || above(complaints, complaintWarning) { return .critical }
        if above(bounces, bounceGood) || above(complaints, complaintGood) { return .warning }
        return .good
    }
}

/// Why ``ResourcePool/updateHealthMetrics(sends:bounces:complaints:now:thresholds:)`` refused its counts.
public enum DomainHealthError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A count is negative.
    case negativeCount(name: String, value: Int)
    /// More bounces or complaints than sends.
    case exceedsSends(name: String, value: Int, sends: Int)

    /// A sentence naming the count.
    public var description: String {
        switch self {
        case .negativeCount(let name, let value): return "\(name) = \(value) must not be negative"
        case .exceedsSends(let name, let value, let sends): return "\(name) = \(value) exceeds sends = \(sends)"
        }
    }
}

extension ResourcePool {
    /// Whether the domain's health is good.
    public var isHealthy: Bool { healthStatus == .good }

    /// Whether sending is paused because the domain's health is critical.
    public var isPaused: Bool { healthStatus == .critical }

    /// Stores new 30-day counts and recomputes health at `now`.
    ///
    /// The rates are stored rounded half away from zero to their columns' scale (4 and 5
    /// decimals, as PostgreSQL stores them); the state is decided from the exact counts by
    /// `thresholds`. Critical sets the daily-limit override to 0, warning to 35, good clears
    /// it. `health_checked_at` becomes `now`.
    ///
    /// - Throws: ``DomainHealthError`` when a count is negative or bounces or complaints
    ///   exceed sends; the row is then unchanged.
    public mutating func updateHealthMetrics(sends: Int, bounces: Int, complaints: Int, now: Timestamp,
                                             thresholds: DomainHealthThresholds = .standard) throws {
        for (name, value) in [("sends", sends), ("bounces", bounces), ("complaints", complaints)] where value < 0 {
            throw DomainHealthError.negativeCount(name: name, value: value)
        }
        for (name, value) in [("bounces", bounces), ("complaints", complaints)] where value > sends {
            throw DomainHealthError.exceedsSends(name: name, value: value, sends: sends)
        }
        sends30d = sends
        bounces30d = bounces
        complaints30d = complaints
        func rate(_ count: Int, scale: Int) -> SQLNumeric {
            sends == 0 ? SQLNumeric(0) : SQLNumeric(Decimal(count) / Decimal(sends)).rounded(scale: scale)
        }
        bounceRate = rate(bounces, scale: 4)
        complaintRate = rate(complaints, scale: 5)
        healthStatus = thresholds.status(sends: sends, bounces: bounces, complaints: complaints)
        dailyLimitOverride = healthStatus == .good ? nil : healthStatus.dailyLimit
        healthCheckedAt = now
    }
}
