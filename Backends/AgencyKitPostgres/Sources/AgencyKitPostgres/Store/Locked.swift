import AgencyStore
import Foundation

/// A value guarded by a lock, shared across tasks.
final class Locked<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()

    init(_ value: Value) { self.value = value }

    /// Runs `body` with exclusive access to the value.
    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}

/// Draws new UUID keys exactly as `InMemoryStore` does from the same ``UUIDGenerator``, so a
/// seeded PostgreSQL store and a seeded in-memory store assign the same ids in the same order.
final class UUIDSource: Sendable {
    private let state: Locked<UUIDGenerator>

    init(_ generator: UUIDGenerator) { state = Locked(generator) }

    func next() -> UUID {
        state.withLock { generator in
            switch generator {
            case .seeded(var seeded):
                let id = UUID.version4(using: &seeded)
                generator = .seeded(seeded)
                return id
            case .systemRandom:
                var system = SystemRandomNumberGenerator()
                return UUID.version4(using: &system)
            }
        }
    }
}
