/// Converted and total counts of one group.
public struct ConversionTally: Hashable, Sendable {
    /// Items in the group.
    public var total: Int
    /// Converted items in the group.
    public var converted: Int

    /// An empty tally.
    public init(total: Int = 0, converted: Int = 0) {
        self.total = total
        self.converted = converted
    }

    /// converted ÷ total, or 0 for an empty group.
    public var rate: Double { total > 0 ? Double(converted) / Double(total) : 0 }

    /// Counts one item.
    public mutating func record(converted isConverted: Bool) {
        total += 1
        if isConverted { converted += 1 }
    }
}

/// Tallies keyed by group that remember the order in which each key was first seen, the
/// order ties keep when groups are ranked.
public struct GroupedTallies<Key: Hashable & Sendable>: Sendable {
    private var positions: [Key: Int] = [:]
    /// The keys in first-seen order.
    public private(set) var keys: [Key] = []
    /// The tallies, aligned with ``keys``.
    public private(set) var tallies: [ConversionTally] = []

    /// No groups yet.
    public init() {}

    /// Groups are found by a linear scan while there are at most this many (no hashing for
    /// the small vocabularies of most analyses), then through a dictionary.
    private static var linearLimit: Int { 16 }

    /// Counts one item in the group `key`.
    public mutating func record(_ key: Key, converted: Bool) {
        if let position = position(of: key) {
            tallies[position].record(converted: converted)
        } else {
            if keys.count == Self.linearLimit {
                for (index, existing) in keys.enumerated() { positions[existing] = index }
            }
            if keys.count >= Self.linearLimit { positions[key] = keys.count }
            keys.append(key)
            tallies.append(ConversionTally(total: 1, converted: converted ? 1 : 0))
        }
    }

    private func position(of key: Key) -> Int? {
        guard keys.count > Self.linearLimit else { return keys.firstIndex(of: key) }
        return positions[key]
    }

    /// The tally of `key`, if seen.
    public subscript(key: Key) -> ConversionTally? {
        position(of: key).map { tallies[$0] }
    }

    /// Number of distinct keys.
    public var count: Int { keys.count }

    /// The groups with at least `minimumSample` items, in first-seen order.
    public func groups(minimumSample: Int) -> [(key: Key, tally: ConversionTally)] {
        var result: [(key: Key, tally: ConversionTally)] = []
        for (index, key) in keys.enumerated() where tallies[index].total >= minimumSample {
            result.append((key, tallies[index]))
        }
        return result
    }
}

extension Array {
    /// The elements sorted by `key`, descending (or ascending), keeping the current order
    /// among equal keys: a stable sort, so ties keep first-seen order.
    public func stablySorted(by key: (Element) -> Double, descending: Bool = true) -> [Element] {
        let keyed = enumerated().map { (offset: $0.offset, key: key($0.element)) }
        let order = keyed.sorted { lhs, rhs in
            if lhs.key != rhs.key { return descending ? lhs.key > rhs.key : lhs.key < rhs.key }
            return lhs.offset < rhs.offset
        }
        return order.map { self[$0.offset] }
    }
}
