import Foundation

/// Shared arithmetic of the computed helpers.
enum HelperMath {
    /// `part / whole × 100`, or `0` when `whole` is not positive (nothing to divide by).
    static func percentage(_ part: Int, of whole: Int) -> Double {
        guard whole > 0 else { return 0 }
        return Double(part) / Double(whole) * 100
    }

    /// First and last name joined by a space, skipping missing or blank parts (each part
    /// trimmed); `""` when both are blank.
    static func fullName(first: String?, last: String?) -> String {
        [first, last]
            .compactMap { $0?.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
    }

    /// Whether `text` holds something other than white space.
    static func isPresent(_ text: String?) -> Bool {
        guard let text else { return false }
        return !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }
}
