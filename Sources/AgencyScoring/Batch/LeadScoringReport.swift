import AgencyCore
import AgencyOS

/// What a batch scoring run did: how many leads it scored, wrote and skipped, and which
/// weights it applied.
///
/// Soft-deleted leads are not read at all and so appear in no count.
public struct LeadScoringReport: Hashable, Sendable {
    /// Leads scored (``changed`` + ``unchanged``).
    public var scored = 0
    /// Scored leads whose stored score columns or status differed, and were written.
    public var changed = 0
    /// Scored leads whose stored score columns and status already equalled the new score:
    /// not written, so their `scored_at` and `updated_at` are unchanged.
    public var unchanged = 0
    /// Leads left untouched because a suppression list (global, client or domain) holds
    /// their email.
    public var skippedSuppressed = 0
    /// Pages read (one per batch, including pages with nothing to write).
    public var batches = 0
    /// Transactions committed (pages with at least one lead to write).
    public var transactions = 0
    /// Where the weights came from: the client's learned weights or the defaults.
    public var weightSource: ALSWeightSource
    /// Why the client's learned weights were rejected, when they were.
    public var weightFallbackReason: ALSWeightsError?

    /// An empty report for a run with the given weight selection.
    public init(weights: ALSWeightSelection) {
        weightSource = weights.source
        weightFallbackReason = weights.fallbackReason
    }
}

extension LeadScoringReport: CustomStringConvertible {
    /// One line with every count, e.g. `scored 120 (changed 20, unchanged 100), skipped 3
    /// suppressed, 2 batches, 1 transaction, default weights`.
    public var description: String {
        var text = "scored \(scored) (changed \(changed), unchanged \(unchanged)), skipped \(skippedSuppressed) suppressed, "
        text += "\(batches) batches, \(transactions) transactions, \(weightSource.rawValue) weights"
        if let weightFallbackReason { text += " (learned weights rejected: \(weightFallbackReason))" }
        return text
    }
}
