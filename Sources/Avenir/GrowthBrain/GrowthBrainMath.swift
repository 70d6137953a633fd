import AgencyCore
import Foundation

/// Exact arithmetic of the growth-brain analyses.
enum GrowthBrainMath {
    /// `part / whole` rounded half away from zero to `scale` decimals (exact decimal
    /// division, as PostgreSQL's numeric), `0` when `whole` is 0.
    static func ratio(_ part: Int, _ whole: Int, scale: Int = 2) -> SQLNumeric {
        guard whole != 0 else { return SQLNumeric(0) }
        return SQLNumeric(Decimal(part) / Decimal(whole)).rounded(scale: scale)
    }

    /// `ROUND(part * 100.0 / whole, 2)`.
    static func percentage(_ part: Int, _ whole: Int) -> SQLNumeric {
        guard whole != 0 else { return SQLNumeric(0) }
        return SQLNumeric(Decimal(part) * 100 / Decimal(whole)).rounded(scale: 2)
    }

    /// The mean of `values` rounded to two decimals, or `nil` when there are none.
    static func mean(_ values: [SQLNumeric]) -> SQLNumeric? {
        guard !values.isEmpty else { return nil }
        let sum = values.reduce(Decimal(0)) { $0 + $1.decimal }
        return SQLNumeric(sum / Decimal(values.count)).rounded(scale: 2)
    }

    /// `value` rounded half away from zero to an integer.
    static func roundedInt(_ value: Decimal) -> Int {
        NSDecimalNumber(decimal: SQLNumeric(value).rounded(scale: 0).decimal).intValue
    }

    /// `increasing` when `current − previous ≥ threshold`, `decreasing` when
    /// `≤ −threshold`, else `stable` (also when there is no previous value).
    static func trend(_ current: Decimal, previous: Decimal?, threshold: Decimal) -> String {
        guard let previous else { return "stable" }
        let change = current - previous
        if change >= threshold { return "increasing" }
        if change <= -threshold { return "decreasing" }
        return "stable"
    }

    /// The instant `days` whole days before `time`.
    static func daysBefore(_ time: Timestamp, _ days: Int) -> Timestamp { time.adding(days: -days) }
}
