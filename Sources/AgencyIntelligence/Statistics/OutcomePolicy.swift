import AgencyOS

/// Which lead statuses count as an outcome, and which outcome is a conversion.
///
/// The reference filters on `opt_out` and `nurturing`, statuses that do not exist, so its
/// query fails (D#1). AgencyKit's outcome set is `converted` (positive) plus `bounced` and
/// `unsubscribed` (negative), plus any status the caller declares terminal (negative).
public struct OutcomePolicy: Hashable, Sendable {
    /// Statuses that count as a negative outcome.
    public var negativeStatuses: Set<LeadStatus>

    /// The default outcome set, extended with `additionalTerminalStatuses` (counted as
    /// negative; `converted` is always positive).
    public init(additionalTerminalStatuses: Set<LeadStatus> = []) {
        negativeStatuses = Set([LeadStatus.bounced, .unsubscribed]).union(additionalTerminalStatuses)
        negativeStatuses.remove(.converted)
    }

    /// converted, bounced and unsubscribed.
    public static let standard = OutcomePolicy()

    /// Whether a lead with `status` has an outcome.
    public func hasOutcome(_ status: LeadStatus) -> Bool {
        status == .converted || negativeStatuses.contains(status)
    }

    /// Whether `status` is the positive outcome.
    public func isConverted(_ status: LeadStatus) -> Bool { status == .converted }
}
