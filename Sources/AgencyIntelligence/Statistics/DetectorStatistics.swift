import Foundation

/// The statistics every detector shares: confidence from sample size, lift, and the
/// constants of the reference's base detector.
public enum DetectorStatistics {
    /// Samples a WHO/WHAT/WHEN/HOW detector needs before it computes patterns (below it, the
    /// detector emits its default pattern).
    public static let minimumSampleSize = 30
    /// Days a saved pattern stays valid.
    public static let validityDays = 14

    /// The confidence of a pattern computed from `sampleSize` rows (the reference's function):
    ///
    /// - n < 10 → 0.2
    /// - 10 ≤ n < m → 0.3 + (n / m) · 0.2
    /// - n ≥ m → clamp(0.5 + 0.45 · log₁₀(n) / 3, 0.5, 0.95)
    ///
    /// With the default m = 30 the function **jumps** at n = 30, from 0.49333 (n = 29) to
    /// 0.72157: below the minimum sample a detector only emits defaults, so the low band
    /// describes defaults and the log band describes computed patterns.
    public static func confidence(sampleSize: Int, minimumSampleSize: Int = minimumSampleSize) -> Double {
        if sampleSize < 10 { return 0.2 }
        if sampleSize < minimumSampleSize {
            return 0.3 + (Double(sampleSize) / Double(minimumSampleSize)) * 0.2
        }
        let logScore = log10(Double(sampleSize)) / log10(1000.0)
        return min(0.95, max(0.5, 0.5 + logScore * 0.45))
    }

    /// Segment rate ÷ baseline rate; 1.0 when the baseline is 0 or negative.
    public static func lift(rate: Double, baseline: Double) -> Double {
        baseline <= 0 ? 1.0 : rate / baseline
    }
}

/// Minimum group sizes of the detectors: a group smaller than its minimum is not reported.
public enum SegmentMinimum {
    /// The default: titles, industries, subjects, pain points, CTAs, angles, days, hours,
    /// channels, timing signals, personalisation flags, templates, A/B variants, links, models.
    public static let standard = 5
    /// WHO company-size buckets.
    public static let sizeBucket = 3
    /// HOW channel sequences and tier × channel pairs.
    public static let sequence = 3
    /// WHAT optimal length: pairs per channel.
    public static let messageLength = 10
    /// WHEN sequence gaps: gaps per touch transition.
    public static let sequenceGap = 3
}
