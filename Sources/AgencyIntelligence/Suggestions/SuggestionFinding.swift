import AgencyCore
import Foundation

/// One piece of pattern evidence behind a suggestion: a segment whose conversion rate beats
/// a baseline, with the statistics that make it trustworthy.
public struct SuggestionFinding: Hashable, Sendable {
    /// Where it comes from, e.g. `who.title_rankings`.
    public var source: String
    /// The segment, e.g. `ceo` or `Tuesday`.
    public var label: String
    /// The segment's conversion rate (0–1).
    public var rate: Double
    /// The rate it is compared with (0–1).
    public var baseline: Double
    /// Items in the segment.
    public var sample: Int
    /// rate ÷ baseline.
    public var lift: Double
    /// Whether ``sample`` is only the detector's guaranteed minimum because the pattern does
    /// not report the segment's size (timing signals, personalisation): the evidence is then
    /// computed conservatively at that minimum.
    public var sampleIsMinimum: Bool

    /// Creates a finding.
    public init(source: String, label: String, rate: Double, baseline: Double, sample: Int, lift: Double? = nil,
                sampleIsMinimum: Bool = false) {
        self.source = source
        self.label = label
        self.rate = rate
        self.baseline = baseline
        self.sample = sample
        self.lift = lift ?? DetectorStatistics.lift(rate: rate, baseline: baseline)
        self.sampleIsMinimum = sampleIsMinimum
    }

    /// The one-sided z statistic of the segment rate against the baseline:
    /// (rate − baseline) / √(baseline·(1 − baseline) / sample); 0 when undefined.
    public var zScore: Double {
        guard baseline > 0, baseline < 1, sample > 0 else { return 0 }
        return (rate - baseline) / (baseline * (1 - baseline) / Double(sample)).squareRoot()
    }

    /// The probability that the segment truly beats the baseline when it is the best of
    /// `comparisons` segments examined: Φ(z)^comparisons (a Šidák correction, so the best of
    /// many noisy segments does not look significant).
    public func evidence(comparisons: Int) -> Double {
        pow(SuggestionStatistics.normalCDF(zScore), Double(max(comparisons, 1)))
    }

    /// The finding as rationale JSON.
    var json: JSONValue {
        .object([
            "source": .string(source), "segment": .string(label),
            "conversion_rate": number(OutputRounding.round(rate, places: 4)),
            "baseline_conversion_rate": number(OutputRounding.round(baseline, places: 4)),
            "lift": number(OutputRounding.round(lift, places: 2)), "sample": .number(Decimal(sample)),
        ])
    }
}

/// Statistics and formatting helpers of the suggestion rules.
public enum SuggestionStatistics {
    /// The standard normal CDF Φ(z).
    public static func normalCDF(_ z: Double) -> Double {
        0.5 * erfc(-z / 2.0.squareRoot())
    }

    /// Priority 1–100 from the effect strength (0–1) and confidence (0–1):
    /// round(20 + 50·strength + 30·confidence), clamped.
    public static func priority(strength: Double, confidence: Double) -> Int {
        let value = 20 + 50 * min(1, max(0, strength)) + 30 * min(1, max(0, confidence))
        return min(100, max(1, Int(OutputRounding.round(value, places: 0))))
    }

    /// The strength of a lift: (lift − 1) / 2, capped to [0, 1] (a 3× lift is full strength).
    public static func strength(lift: Double) -> Double {
        lift.isFinite ? min(1, max(0, (lift - 1) / 2)) : 1
    }

    /// A fraction as a percentage with one decimal: `0.3 → "30.0%"`.
    static func percent(_ fraction: Double) -> String {
        OutputRounding.fixed(fraction * 100, decimals: 1) + "%"
    }

    /// A lift as `"3.00×"`.
    static func times(_ lift: Double) -> String {
        OutputRounding.fixed(lift, decimals: 2) + "×"
    }
}

/// A JSON number from a double.
func number(_ value: Double) -> JSONValue {
    .number(SQLNumeric(value).decimal)
}
