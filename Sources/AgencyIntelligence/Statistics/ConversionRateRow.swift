/// One row of ``ConversionStatistics/conversionRates(of:key:isConverted:minimumSample:)``:
/// a group's rate, size, conversions and lift over the baseline.
public struct ConversionRateRow<Key: Hashable & Sendable>: Hashable, Sendable {
    /// The group key.
    public var key: Key
    /// converted ÷ sample, rounded to 4 decimals.
    public var conversionRate: Double
    /// Items in the group.
    public var sample: Int
    /// Converted items in the group.
    public var converted: Int
    /// rate ÷ baseline, rounded to 2 decimals.
    public var lift: Double

    /// Creates a row.
    public init(key: Key, conversionRate: Double, sample: Int, converted: Int, lift: Double) {
        self.key = key
        self.conversionRate = conversionRate
        self.sample = sample
        self.converted = converted
        self.lift = lift
    }
}

extension ConversionRateRow: Codable where Key: Codable {
    enum CodingKeys: String, CodingKey {
        case key, sample, converted, lift
        case conversionRate = "conversion_rate"
    }
}

/// The reference's generic segment analysis.
public enum ConversionStatistics {
    /// Conversion rate and lift per group of `items`.
    ///
    /// Items whose key is `nil` are not grouped but count toward the baseline
    /// (all converted ÷ all items). Groups smaller than `minimumSample` are dropped. Rows are
    /// sorted by their reported (rounded) rate, descending; ties keep first-seen order.
    public static func conversionRates<Item, Key: Hashable & Sendable>(
        of items: [Item], key: (Item) -> Key?, isConverted: (Item) -> Bool,
        minimumSample: Int = SegmentMinimum.standard
    ) -> [ConversionRateRow<Key>] {
        var groups = GroupedTallies<Key>()
        var all = ConversionTally()
        for item in items {
            let converted = isConverted(item)
            all.record(converted: converted)
            if let groupKey = key(item) { groups.record(groupKey, converted: converted) }
        }
        let baseline = all.rate
        let rows = groups.groups(minimumSample: minimumSample).map { group in
            ConversionRateRow(
                key: group.key, conversionRate: OutputRounding.round(group.tally.rate, places: 4),
                sample: group.tally.total, converted: group.tally.converted,
                lift: OutputRounding.round(DetectorStatistics.lift(rate: group.tally.rate, baseline: baseline), places: 2))
        }
        return rows.stablySorted(by: \.conversionRate)
    }
}
