import AgencyCore

/// The seed's maintenance rule for idle leads, as pure selection (the store-backed
/// operation archives what it selects through ``LeadLifecycle``).
public enum LeadMaintenance {
    /// `time − interval '1 year'` as PostgreSQL computes it in UTC: the same month, day
    /// and time of day a calendar year earlier, with 29 February becoming 28 February.
    public static func oneYearBefore(_ time: Timestamp) -> Timestamp {
        let (year, month, day) = time.utcDate.components
        let date = LocalDate(year: year - 1, month: month, day: day)
            ?? LocalDate(year: year - 1, month: month, day: day - 1)
            ?? time.utcDate.adding(days: -365)
        return Timestamp(microsecondsSinceEpoch: Int64(date.daysSinceEpoch) * 86_400_000_000
                            + time.utcTimeOfDay.microsecondsSinceMidnight)
    }

    /// The leads the seed archives at `now`: tagged `Active` (so neither archived nor
    /// deleted), arrived more than a year ago (`timestamp < now − 1 year`), and with no
    /// action of theirs after `now − 1 year`.
    public static func idleLeads(_ leads: [LeadMemory], actions: [LeadAction], now: Timestamp) -> [LeadMemory] {
        let cutoff = oneYearBefore(now)
        let recentlyActive = Set(actions.filter { $0.timestamp > cutoff }.map(\.leadId))
        return leads.filter { lead in
            lead.lifecycleState == .active && lead.timestamp < cutoff && !recentlyActive.contains(lead.id)
        }
    }
}
