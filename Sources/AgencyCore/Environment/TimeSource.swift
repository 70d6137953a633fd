import Foundation

/// Where library code gets "now": injected everywhere, so every result is reproducible.
///
/// AgencyKit never reads the wall clock implicitly. Pass ``SystemTimeSource`` to use real
/// time, ``ManualTimeSource`` in tests and simulations.
public protocol TimeSource: Sendable {
    /// The current instant, to the microsecond.
    func now() -> Timestamp
}

/// The machine's wall clock. Using it is always an explicit choice of the caller.
public struct SystemTimeSource: TimeSource {
    /// Creates the wall-clock source.
    public init() {}

    /// The wall-clock time, to the microsecond.
    public func now() -> Timestamp { Timestamp(Date()) }
}

/// A clock that moves only when told to: for tests, replays and simulations.
public final class ManualTimeSource: TimeSource, @unchecked Sendable {
    private let lock = NSLock()
    private var current: Timestamp

    /// Creates a clock stopped at `start`.
    public init(_ start: Timestamp) { current = start }

    /// The clock's current instant.
    public func now() -> Timestamp {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    /// Moves the clock to `time`.
    public func set(_ time: Timestamp) {
        lock.lock()
        current = time
        lock.unlock()
    }

    /// Moves the clock forward by `microseconds`.
    public func advance(microseconds: Int64) {
        lock.lock()
        current = current.adding(microseconds: microseconds)
        lock.unlock()
    }

    /// Moves the clock forward by `seconds`.
    public func advance(seconds: Double) { advance(microseconds: Timestamp.microseconds(fromSeconds: seconds)) }
}

/// A clock fixed at one instant.
public struct FixedTimeSource: TimeSource {
    /// The instant.
    public let instant: Timestamp

    /// Creates a clock that always reads `instant`.
    public init(_ instant: Timestamp) { self.instant = instant }

    /// Always ``instant``.
    public func now() -> Timestamp { instant }
}
