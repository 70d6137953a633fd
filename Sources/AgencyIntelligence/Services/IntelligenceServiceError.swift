import AgencyCore
import AgencyOS

/// Why a store-backed intelligence service refused to start: bad configuration or a
/// generator that broke its contract. Nothing was read or written.
public enum IntelligenceServiceError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Rows per page (or per batch) is not a positive number.
    case invalidPageSize(Int)
    /// Days a pattern stays valid is not a positive number (`valid_until` must follow `computed_at`).
    case invalidValidityDays(Int)
    /// A suggestion generator returned a suggestion for another client.
    case foreignSuggestion(expected: ID<Client>, found: ID<Client>)

    /// A sentence naming the problem.
    public var description: String {
        switch self {
        case .invalidPageSize(let size): return "page size \(size) is not a positive number"
        case .invalidValidityDays(let days): return "pattern validity of \(days) days is not a positive number"
        case .foreignSuggestion(let expected, let found):
            return "the generator returned a suggestion for client \(found) while generating for \(expected)"
        }
    }
}
