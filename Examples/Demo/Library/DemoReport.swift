import AgencyKit

/// The facts of one demo run, for tests and for callers that print their own summary.
public struct DemoReport: Sendable {
    /// One suppression check before outreach: the address and the list that matched (`nil`: none).
    public struct SuppressionCheckResult: Hashable, Sendable {
        /// The address checked.
        public var email: String
        /// The matching entry, or `nil` when the address may be contacted.
        public var match: SuppressionMatch?
    }

    /// The tenant.
    public var clientId: ID<Client> = .unassigned
    /// The roles of the tenant's memberships, in creation order.
    public var membershipRoles: [MembershipRole] = []
    /// Steps of the campaign's sequence.
    public var sequenceSteps = 0
    /// Leads read from the CSV.
    public var csvLeads = 0
    /// CSV rows that could not become leads, with their lines.
    public var csvErrors: [CSVError] = []
    /// What the import did.
    public var importReport = LeadImportReport()
    /// The suppression checks shown before outreach.
    public var suppressionChecks: [SuppressionCheckResult] = []
    /// The first scoring run (default weights).
    public var initialScoring: LeadScoringReport?
    /// Imported leads per tier after the first scoring.
    public var initialTiers: [ALSTier: Int] = [:]
    /// The best imported lead and its score.
    public var bestLead: (name: String, score: Int)?
    /// Simulated prospects inserted.
    public var simulatedLeads = 0
    /// Simulated touches inserted.
    public var simulatedActivities = 0
    /// Simulated prospects who booked a meeting.
    public var simulatedConversions = 0
    /// The learning cycle's result for the tenant.
    public var learning: ClientLearningResult?
    /// The weights the learning cycle wrote to the client.
    public var learnedWeights: ALSWeights?
    /// The rescoring run with the learned weights.
    public var rescoring: LeadScoringReport?
    /// Imported leads per tier after rescoring.
    public var rescoredTiers: [ALSTier: Int] = [:]
    /// Imported leads whose score changed with the learned weights.
    public var importedScoresChanged = 0
    /// The suggestions generated, by priority.
    public var suggestions: [CampaignSuggestion] = []
    /// The suggestion the owner approved (and applied), as stored.
    public var reviewed: CampaignSuggestion?
    /// Its history rows, in order.
    public var history: [CampaignSuggestionHistory] = []

    /// An empty report.
    public init() {}
}
