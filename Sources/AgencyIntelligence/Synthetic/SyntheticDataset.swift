import AgencyCore
import AgencyOS

/// What the generator knows about a lead that the data does not show: its true conversion
/// probability and its sequence template.
public struct SyntheticLeadProfile: Hashable, Sendable {
    /// The lead's conversion probability after every planted effect.
    public var conversionProbability: Double
    /// Whether the lead is still in sequence (no outcome).
    public var isOpen: Bool
    /// The channel-sequence template of its touches.
    public var sequence: SyntheticSequence
}

/// One client's generated data with the ground truth behind it.
public struct SyntheticDataset: Sendable {
    /// The client.
    public var client: Client
    /// Its campaigns (counters filled from the generated leads).
    public var campaigns: [Campaign]
    /// Its leads.
    public var leads: [Lead]
    /// Its outbound activities, lead by lead in time order.
    public var activities: [Activity]
    /// Meetings, deals and stage changes of converted leads (empty unless requested).
    public var funnel: FunnelInput
    /// The generation time.
    public var now: Timestamp
    /// The ground truth per lead, aligned with ``leads``.
    public var profiles: [SyntheticLeadProfile]
    /// The expected conversion of each activity (probability it is the converting touch),
    /// aligned with ``activities``.
    public var expectedActivityConversion: [Double]

    /// The true lift of the outcome leads matching `predicate`: mean conversion probability of
    /// those leads ÷ mean over all outcome leads. This is what a WHO/HOW lift estimates.
    public func expectedLeadLift(where predicate: (Lead, SyntheticLeadProfile) -> Bool) -> Double {
        var all = (sum: 0.0, count: 0), matching = (sum: 0.0, count: 0)
        for (lead, profile) in zip(leads, profiles) where !profile.isOpen {
            all.sum += profile.conversionProbability
            all.count += 1
            if predicate(lead, profile) {
                matching.sum += profile.conversionProbability
                matching.count += 1
            }
        }
        guard matching.count > 0, all.sum > 0 else { return 1 }
        return (matching.sum / Double(matching.count)) / (all.sum / Double(all.count))
    }

    /// The true lift of the activities matching `predicate` within `population`: mean
    /// expected conversion of the matching activities ÷ mean over the population. This is
    /// what a WHAT/WHEN lift estimates.
    public func expectedActivityLift(where predicate: (Activity) -> Bool,
                                     among population: (Activity) -> Bool) -> Double {
        var all = (sum: 0.0, count: 0), matching = (sum: 0.0, count: 0)
        for (activity, expected) in zip(activities, expectedActivityConversion) where population(activity) {
            all.sum += expected
            all.count += 1
            if predicate(activity) {
                matching.sum += expected
                matching.count += 1
            }
        }
        guard matching.count > 0, all.sum > 0 else { return 1 }
        return (matching.sum / Double(matching.count)) / (all.sum / Double(all.count))
    }
}
