import AgencyCore
import AgencyOS

/// Everything one client's learning run reads, loaded before any detector runs.
public struct LearningInputs: Sendable {
    /// The client.
    public var client: Client
    /// Every live lead of the client (WHO objections read them all; the samples apply the window).
    public var leads: [Lead]
    /// The client's activities created within the lookback window.
    public var activities: [Activity]
    /// Conversation threads for HOW.
    public var threads: [ConversationThreadRecord]
    /// Meetings and deals for FUNNEL; `nil` skips FUNNEL.
    public var funnel: FunnelInput?
    /// Detectors whose external records could not be read: they are reported failed and not saved.
    public var unavailable: [PatternType: LearningFailure]

    /// Creates the inputs, e.g. from rows read elsewhere.
    public init(client: Client, leads: [Lead], activities: [Activity], threads: [ConversationThreadRecord] = [],
                funnel: FunnelInput? = nil, unavailable: [PatternType: LearningFailure] = [:]) {
        self.client = client
        self.leads = leads
        self.activities = activities
        self.threads = threads
        self.funnel = funnel
        self.unavailable = unavailable
    }
}

/// What the detectors and the optimiser computed for one client, before anything is saved.
public struct LearningDetections: Hashable, Sendable {
    /// WHO.
    public var who: Detection<WhoPattern>
    /// WHAT.
    public var what: Detection<WhatPattern>
    /// WHEN.
    public var when: Detection<WhenPattern>
    /// HOW.
    public var how: Detection<HowPattern>
    /// FUNNEL, when funnel records were supplied.
    public var funnel: Detection<FunnelPattern>?
    /// The weight optimisation (computed alongside the detectors; written only under the run's rules).
    public var optimization: WeightOptimizationResult

    /// Creates the detections.
    public init(who: Detection<WhoPattern>, what: Detection<WhatPattern>, when: Detection<WhenPattern>,
                how: Detection<HowPattern>, funnel: Detection<FunnelPattern>?, optimization: WeightOptimizationResult) {
        self.who = who
        self.what = what
        self.when = when
        self.how = how
        self.funnel = funnel
        self.optimization = optimization
    }
}
