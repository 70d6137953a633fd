import AgencyCore
import Foundation

/// Why a snapshot could not be read or written. A failed load leaves the file untouched
/// and the store unchanged; a failed save leaves the previous snapshot in place.
public enum SnapshotError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file is not valid JSON or not shaped like a snapshot.
    case corrupt(String)
    /// The file is JSON but not an AgencyKit snapshot (or a newer format version).
    case foreignFormat(String)
    /// The snapshot belongs to another schema target.
    case schemaMismatch(expected: String, found: String)
    /// A row in the snapshot breaks the store's rules.
    case invalidRow(StoreError)
    /// The snapshot could not be written.
    case writeFailed(String)

    /// A sentence naming the problem.
    public var description: String {
        switch self {
        case .corrupt(let detail): return "the snapshot file is corrupt: \(detail)"
        case .foreignFormat(let detail): return "the file is not an AgencyKit snapshot: \(detail)"
        case .schemaMismatch(let expected, let found): return "the snapshot is of schema \(found), not \(expected)"
        case .invalidRow(let error): return "the snapshot holds an invalid row: \(error)"
        case .writeFailed(let detail): return "the snapshot could not be written: \(detail)"
        }
    }
}
