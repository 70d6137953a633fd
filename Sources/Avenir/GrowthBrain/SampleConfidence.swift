import AgencyCore
import Foundation

/// Confidence from sample size, the function Agency OS's conversion intelligence uses
/// (CIS §2, with its jump at n = 30), so both systems rate evidence alike:
///
/// - n < 10 → 0.2
/// - 10 ≤ n < 30 → 0.3 + 0.2 · n / 30
/// - n ≥ 30 → clamp(0.5 + 0.45 · log10(n) / 3, 0.5, 0.95)
public enum SampleConfidence {
    /// The sample size from which the logarithmic branch applies.
    public static let minimumSampleSize = 30

    /// The confidence for `sampleSize` observations, unrounded.
    public static func value(sampleSize n: Int) -> Double {
        if n < 10 { return 0.2 }
        if n < minimumSampleSize { return 0.3 + Double(n) / Double(minimumSampleSize) * 0.2 }
        return min(max(0.5 + 0.45 * log10(Double(n)) / 3, 0.5), 0.95)
    }

    /// The confidence rounded half away from zero to two decimals, as a `numeric(3,2)`
    /// confidence column stores it.
    public static func numeric(sampleSize n: Int) -> SQLNumeric {
        SQLNumeric(value(sampleSize: n)).rounded(scale: 2)
    }
}
