import AgencyCore
import AgencyOS
import Foundation

/// A seeded, deterministic generator of one client's leads, activities and (optionally)
/// meetings and deals, with known planted effects, for tests, examples and benchmarks.
///
/// Each lead gets a title, industry, size, time zone, timing signals, ALS components and a
/// channel-sequence template; its conversion probability is the base rate times every
/// matching effect. Its touches are spread over weekdays and business hours in its time zone
/// (touch numbers, gaps, local times and ISO weekdays filled as the database trigger would),
/// each email and LinkedIn touch carries a content snapshot built by
/// ``ContentFeatureExtractor``, and a converted lead's converting touch (`led_to_booking`) is
/// drawn among its touches weighted by the touch-level effects. The same configuration and
/// `now` always give identical data. Generates 100 000 leads with 1 000 000 activities in a
/// few seconds (release build).
public struct SyntheticDataGenerator: Sendable {
    /// What to generate.
    public var configuration: SyntheticConfiguration

    /// A generator for `configuration`.
    public init(configuration: SyntheticConfiguration = SyntheticConfiguration()) {
        self.configuration = configuration
    }

    /// Generates the dataset as of `now`.
    public func generate(now: Timestamp) -> SyntheticDataset {
        var state = GenerationState(configuration: configuration, now: now)
        state.run()
        return state.dataset()
    }
}

/// The mutable work of one generation.
struct GenerationState {
    let configuration: SyntheticConfiguration
    let now: Timestamp
    var random: SyntheticRandom
    let content = SyntheticContent()
    let normalizer = TitleNormalizer()
    /// ``SyntheticVocabulary/titles`` normalised once.
    var normalizedTitles: [String?] = []
    let clientId: ID<Client>
    var campaignIds: [ID<Campaign>] = []
    var templateIds: [UUID] = []
    let abTestId: UUID
    var leads: [Lead] = []
    var profiles: [SyntheticLeadProfile] = []
    var activities: [Activity] = []
    var expected: [Double] = []
    var funnel = FunnelInput()
    var campaignCounters: [(leads: Int, contacted: Int, replied: Int, converted: Int)] = []

    static let titleWeights = SyntheticRandom.cumulative(SyntheticVocabulary.titles.map(\.1))
    static let industryWeights = SyntheticRandom.cumulative(SyntheticVocabulary.industries.map(\.1))
    static let zoneWeights = SyntheticRandom.cumulative(SyntheticVocabulary.timezones.map(\.weight))
    static let sequenceWeights = SyntheticRandom.cumulative(SyntheticSequence.allCases.map(\.share))

    init(configuration: SyntheticConfiguration, now: Timestamp) {
        self.configuration = configuration
        self.now = now
        random = SyntheticRandom(seed: configuration.seed)
        clientId = ID(random.uuid())
        abTestId = random.uuid()
        for _ in 0..<max(configuration.campaignCount, 1) { campaignIds.append(ID(random.uuid())) }
        for _ in 0..<(SyntheticVocabulary.painSentences.count * SyntheticVocabulary.callsToAction.count) {
            templateIds.append(random.uuid())
        }
        campaignCounters = Array(repeating: (0, 0, 0, 0), count: campaignIds.count)
        leads.reserveCapacity(configuration.leadCount)
        // The upper bound, so the (large) array never reallocates; untouched capacity costs nothing.
        let maximumTouches = configuration.leadCount * max(configuration.touchesPerLead.upperBound, 0)
        activities.reserveCapacity(maximumTouches)
        expected.reserveCapacity(maximumTouches)
        normalizedTitles = SyntheticVocabulary.titles.map { normalizer.normalize($0.0) }
    }

    mutating func run() {
        for index in 0..<configuration.leadCount { generateLead(index) }
    }

    func dataset() -> SyntheticDataset {
        let client = Client(id: clientId, name: "Synthetic Client \(configuration.seed)", tier: .velocity,
                            subscriptionStatus: .active, icpIndustries: ["SaaS", "Financial Services"],
                            icpTitles: ["CEO", "Founder"], targetingLockedFields: [], createdAt: now.adding(days: -180),
                            updatedAt: now.adding(days: -1))
        let campaigns = campaignIds.enumerated().map { index, id in
            Campaign(id: id, clientId: clientId, name: "Campaign \(index + 1)", status: .active,
                     leadAllocationPct: max(1, 100 / campaignIds.count), leadCount: campaignCounters[index].leads,
                     targetIndustries: index == 0 ? ["SaaS"] : ["Healthcare", "Retail"],
                     targetTitles: index == 0 ? ["CEO", "Founder"] : ["Marketing Director"],
                     totalLeads: campaignCounters[index].leads, leadsContacted: campaignCounters[index].contacted,
                     leadsReplied: campaignCounters[index].replied, leadsConverted: campaignCounters[index].converted,
                     createdAt: now.adding(days: -120), updatedAt: now.adding(days: -1))
        }
        return SyntheticDataset(client: client, campaigns: campaigns, leads: leads, activities: activities, funnel: funnel,
                                now: now, profiles: profiles, expectedActivityConversion: expected)
    }
}
