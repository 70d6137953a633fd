import AgencyCore
import AgencyOS

/// How one detector fared in a client's learning run.
public struct DetectorOutcome: Hashable, Sendable {
    /// The detector's pattern type.
    public var patternType: PatternType
    /// The stored pattern row, when the detector succeeded.
    public var pattern: ConversionPattern?
    /// Why it failed, when it did.
    public var failure: LearningFailure?

    /// Creates an outcome.
    public init(patternType: PatternType, pattern: ConversionPattern? = nil, failure: LearningFailure? = nil) {
        self.patternType = patternType
        self.pattern = pattern
        self.failure = failure
    }

    /// Whether the pattern was computed and saved (a saved low-data default counts, as in the reference).
    public var succeeded: Bool { pattern != nil }
}

/// What a learning run did for one client.
public struct ClientLearningResult: Hashable, Sendable {
    /// The client.
    public var clientId: ID<Client>
    /// Its name, when it could be read.
    public var clientName: String?
    /// Each detector run, in run order (WHO, WHAT, WHEN, HOW, then FUNNEL when supplied).
    public var detectors: [DetectorOutcome]
    /// The weight optimisation, when it ran (at least two of WHO, WHAT, WHEN and HOW saved).
    public var optimization: WeightOptimizationResult?
    /// Whether learned weights were written to the client (optimiser status `success` only).
    public var weightsWritten: Bool
    /// Why writing the learned weights failed, when it did.
    public var weightsFailure: LearningFailure?
    /// Why nothing could be learned for the client (it could not be read or loaded), when so.
    public var failure: LearningFailure?

    /// Creates a result.
    public init(clientId: ID<Client>, clientName: String? = nil, detectors: [DetectorOutcome] = [],
                optimization: WeightOptimizationResult? = nil, weightsWritten: Bool = false,
                weightsFailure: LearningFailure? = nil, failure: LearningFailure? = nil) {
        self.clientId = clientId
        self.clientName = clientName
        self.detectors = detectors
        self.optimization = optimization
        self.weightsWritten = weightsWritten
        self.weightsFailure = weightsFailure
        self.failure = failure
    }

    /// The detectors that saved their pattern, in run order.
    public var detectorsSucceeded: [PatternType] { detectors.filter(\.succeeded).map(\.patternType) }

    /// The detectors that failed, in run order.
    public var detectorsFailed: [PatternType] { detectors.filter { !$0.succeeded }.map(\.patternType) }

    /// The stored pattern of `type`, when its detector succeeded.
    public func pattern(_ type: PatternType) -> ConversionPattern? {
        detectors.first { $0.patternType == type }?.pattern
    }

    /// Whether anything failed for the client (loading, a detector or the weight write).
    public var hasFailures: Bool { failure != nil || weightsFailure != nil || detectors.contains { !$0.succeeded } }
}
