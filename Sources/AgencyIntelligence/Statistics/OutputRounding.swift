/// The rounding AgencyKit applies to numbers it reports: Python's `round(x, n)` on the
/// binary double, so every reported value equals the reference implementation's.
///
/// The decimal digits are decided on the **exact** binary value of the double, and exact
/// ties go to the even digit: `0.875 → 0.88`, `0.125 → 0.12`, `2.675 → 2.67` (2.675 is
/// stored as 2.67499999…). The result is the double nearest to the rounded decimal.
/// Rounding happens only when a value is written to a pattern; every threshold compares
/// the unrounded value.
public enum OutputRounding {
    private static let powersOfTen: [UInt64] = [
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000,
    ]

    /// `value` rounded half-to-even to `places` decimals (0…9) on its exact binary value.
    ///
    /// Non-finite values are returned unchanged. A result of zero is always `+0.0` (Python
    /// keeps the sign of a negative value that rounds to zero; AgencyKit never reports `-0`).
    /// Values so large that they have no binary digits below the requested place are
    /// returned unchanged.
    public static func round(_ value: Double, places: Int) -> Double {
        guard value.isFinite else { return value }
        guard value != 0 else { return 0 }
        let digits = min(max(places, 0), powersOfTen.count - 1)
        let scale = powersOfTen[digits]
        let magnitude = Swift.abs(value)
        guard magnitude * Double(scale) < 4.0e15 else { return value }
        let significand = magnitude.significandBitPattern | (magnitude.isNormal ? (1 << 52) : 0)
        let exponent = (magnitude.isNormal ? Int(magnitude.exponent) : -1022) - 52
        guard exponent < 0 else { return value }
        let shift = -exponent
        guard shift < 128 else { return 0 }
        // magnitude × scale = (high·2⁶⁴ + low) / 2^shift, exactly.
        let (high, low) = significand.multipliedFullWidth(by: scale)
        let quotient = shiftRight(high: high, low: low, by: shift)
        let remainder = lowBits(high: high, low: low, count: shift)
        let half = shift - 1 < 64 ? (UInt64(0), UInt64(1) << UInt64(shift - 1)) : (UInt64(1) << UInt64(shift - 65), UInt64(0))
        var whole = quotient
        if remainder > half || (remainder == half && whole & 1 == 1) { whole += 1 }
        guard whole != 0 else { return 0 }
        let rounded = Double(whole) / Double(scale)
        return value < 0 ? -rounded : rounded
    }

    /// `value` formatted with `decimals` digits after the point, rounded as ``round(_:places:)``
    /// (Python's `f"{value:.Nf}"`).
    public static func fixed(_ value: Double, decimals: Int) -> String {
        let rounded = round(value, places: decimals)
        guard decimals > 0 else {
            let whole = Int(exactly: rounded.rounded()) ?? 0
            return String(whole)
        }
        let scale = powersOfTen[min(max(decimals, 0), powersOfTen.count - 1)]
        let scaled = Int64((Swift.abs(rounded) * Double(scale)).rounded())
        let integerPart = scaled / Int64(scale)
        var fraction = String(scaled % Int64(scale))
        while fraction.count < decimals { fraction = "0" + fraction }
        return (rounded < 0 ? "-" : "") + "\(integerPart).\(fraction)"
    }

    /// A fraction formatted as a whole percentage (Python's `f"{fraction:.0%}"`): `0.8 → "80%"`.
    public static func percent(_ fraction: Double) -> String {
        fixed(fraction * 100, decimals: 0) + "%"
    }

    private static func shiftRight(high: UInt64, low: UInt64, by shift: Int) -> UInt64 {
        if shift < 64 { return (low >> UInt64(shift)) | (shift == 0 ? 0 : high << UInt64(64 - shift)) }
        return high >> UInt64(shift - 64)
    }

    private static func lowBits(high: UInt64, low: UInt64, count: Int) -> (UInt64, UInt64) {
        if count < 64 { return (0, low & ((UInt64(1) << UInt64(count)) - 1)) }
        if count == 64 { return (0, low) }
        return (high & ((UInt64(1) << UInt64(count - 64)) - 1), low)
    }
}
