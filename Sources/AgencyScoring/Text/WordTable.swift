/// A fixed, read-only map from words or phrases (see ``TextScan/phraseKey(of:skippingDots:)``)
/// to values, built once and probed without allocating (open addressing over a power-of-two
/// table, at most 25 % full).
struct WordTable<Value: Sendable>: Sendable {
    private let keys: [WordKey]
    private let values: [Value?]
    private let shift: UInt64

    /// Builds the table. Entries without words are ignored; for a repeated key the first
    /// entry wins.
    init(_ entries: [(word: String, value: Value)], skippingDots: Bool = false) {
        self.init(entries.compactMap { entry in
            TextScan.phraseKey(of: entry.word, skippingDots: skippingDots).map { (key: $0, value: entry.value) }
        })
    }

    /// Builds the table from ready keys; for a repeated key the first entry wins.
    init(_ entries: [(key: WordKey, value: Value)]) {
        var bits: UInt64 = 3
        while (1 << bits) < entries.count * 4 { bits += 1 }
        let size = 1 << Int(bits)
        var keys = [WordKey](repeating: WordKey(head: 0, middle: 0, tail: 0), count: size)
        var values = [Value?](repeating: nil, count: size)
        for entry in entries {
            var slot = Int(truncatingIfNeeded: entry.key.mixed >> (64 - bits))
            while values[slot] != nil && keys[slot] != entry.key { slot = (slot + 1) & (size - 1) }
            if values[slot] == nil {
                keys[slot] = entry.key
                values[slot] = entry.value
            }
        }
        self.keys = keys
        self.values = values
        self.shift = 64 - bits
    }

    /// The value of `key`, or `nil`.
    @inline(__always)
    subscript(key: WordKey) -> Value? {
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: key.mixed >> shift)
        while let value = values[slot] {
            if keys[slot] == key { return value }
            slot = (slot + 1) & mask
        }
        return nil
    }
}
