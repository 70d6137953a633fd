import AgencyStore

/// Why a batch scoring run stopped.
public enum LeadScoringError: Error, Sendable, CustomStringConvertible {
    /// The batch size is not a positive number.
    case invalidBatchSize(Int)
    /// A read or the transaction of batch `batch` (1-based) failed. Every earlier batch is
    /// committed (counted in `committed`); the failed batch wrote nothing — the store rolled
    /// its transaction back — and no later batch ran. Running the service again resumes the
    /// work: leads already scored are unchanged and not written twice.
    case batchFailed(batch: Int, committed: LeadScoringReport, error: StoreError)

    /// A sentence naming the problem.
    public var description: String {
        switch self {
        case .invalidBatchSize(let size): return "batch size \(size) is not a positive number"
        case .batchFailed(let batch, let committed, let error):
            return "batch \(batch) failed and was rolled back (\(error)); committed before it: \(committed)"
        }
    }
}
