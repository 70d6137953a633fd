import AgencyCore

/// One element of a lead's JSONB history (`tone_history`, `urgency_history`,
/// `confidence_history`): a value and when it was observed, `{"value": …, "timestamp": …}`.
public struct HistoryEntry<Value: Codable & Hashable & Sendable>: Codable, Hashable, Sendable {
    /// The observed value.
    public var value: Value
    /// When it was observed (from the injected clock).
    public var timestamp: Timestamp

    /// Creates an entry.
    public init(value: Value, timestamp: Timestamp) {
        self.value = value
        self.timestamp = timestamp
    }
}
