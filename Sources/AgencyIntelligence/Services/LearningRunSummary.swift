import AgencyCore
import AgencyOS

/// What a learning run did: the archive step, the eligible clients and each client's result.
public struct LearningRunSummary: Hashable, Sendable {
    /// The archive step for expired patterns.
    public var archive: PatternArchiveReport
    /// The clients that qualified, in run order.
    public var eligibleClients: [LearningEligibility]
    /// One result per eligible client, in run order.
    public var clientResults: [ClientLearningResult]
    /// The run's `now`.
    public var completedAt: Timestamp

    /// Creates a summary.
    public init(archive: PatternArchiveReport, eligibleClients: [LearningEligibility],
                clientResults: [ClientLearningResult], completedAt: Timestamp) {
        self.archive = archive
        self.eligibleClients = eligibleClients
        self.clientResults = clientResults
        self.completedAt = completedAt
    }

    /// Clients processed.
    public var clientsProcessed: Int { clientResults.count }
    /// Patterns saved, over every client.
    public var patternsCreated: Int { clientResults.reduce(0) { $0 + $1.detectorsSucceeded.count } }
    /// Detectors that failed, over every client.
    public var patternFailures: Int { clientResults.reduce(0) { $0 + $1.detectorsFailed.count } }
    /// Clients whose weight optimisation ran.
    public var weightsOptimized: Int { clientResults.filter { $0.optimization != nil }.count }
    /// Clients whose learned weights were written.
    public var weightsWritten: Int { clientResults.filter(\.weightsWritten).count }
    /// `"No eligible clients found"` when no client qualified.
    public var message: String? { eligibleClients.isEmpty ? "No eligible clients found" : nil }
}
