import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A snapshot file replaced atomically: written to a temporary file beside it, then renamed
/// over it, so a crash or failure never leaves a half-written or missing snapshot.
struct SnapshotFile: Sendable {
    let url: URL

    /// The file's bytes, or `nil` when there is no file yet.
    func read() throws -> Data? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        do {
            return try Data(contentsOf: url)
        } catch {
            throw SnapshotError.corrupt("cannot read \(url.path): \(error.localizedDescription)")
        }
    }

    /// Replaces the file with `data`.
    func write(_ data: Data) throws {
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp")
        do {
            try data.write(to: temporary)
        } catch {
            throw SnapshotError.writeFailed("cannot write \(temporary.path): \(error.localizedDescription)")
        }
        guard rename(temporary.path, url.path) == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            throw SnapshotError.writeFailed("cannot replace \(url.path) (errno \(errno))")
        }
    }
}
