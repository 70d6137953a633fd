import Foundation

/// Email normalisation shared by suppression checks and imports: surrounding white space
/// removed and ASCII-case folded, as PostgreSQL's `lower(trim(email))` would.
public enum EmailAddress {
    /// `email` trimmed and lower-cased.
    public static func normalized(_ email: String) -> String {
        email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    /// The domain after the last `@` of the normalised address, or `nil` without one.
    public static func domain(of email: String) -> String? {
        let normal = normalized(email)
        guard let at = normal.lastIndex(of: "@") else { return nil }
        let domain = normal[normal.index(after: at)...]
        return domain.isEmpty ? nil : String(domain)
    }
}
