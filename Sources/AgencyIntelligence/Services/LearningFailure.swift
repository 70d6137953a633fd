import AgencyStore

/// Why one part of a client's learning run failed. Captured in the client's
/// ``ClientLearningResult``; it never stops the other clients.
public enum LearningFailure: Error, Hashable, Sendable, CustomStringConvertible {
    /// A store read or write failed (the failed write changed nothing).
    case store(StoreError)
    /// The pattern could not be encoded as JSON.
    case encoding(String)
    /// The ``LearningRecordSource`` threw while reading the records a detector needs.
    case recordSource(String)
    /// The run's configuration is unusable (e.g. a non-positive page size).
    case configuration(IntelligenceServiceError)

    /// A failure from any error a learning step can throw.
    init(_ error: any Error) {
        switch error {
        case let error as StoreError: self = .store(error)
        case let error as IntelligenceServiceError: self = .configuration(error)
        case let error as EncodingError: self = .encoding(String(describing: error))
        default: self = .store(.backend(String(describing: error)))
        }
    }

    /// A sentence naming the problem.
    public var description: String {
        switch self {
        case .store(let error): return "store: \(error)"
        case .encoding(let message): return "pattern encoding: \(message)"
        case .recordSource(let message): return "record source: \(message)"
        case .configuration(let error): return "configuration: \(error)"
        }
    }
}
