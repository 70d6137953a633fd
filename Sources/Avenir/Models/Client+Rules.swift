import AgencyCore

extension Client {
    /// Whether `email` marks test data, as the seed auto-detects `is_test`: it contains
    /// `test` or ends in `example.com` (both compared case-insensitively, as email
    /// addresses are).
    public static func isTestEmail(_ email: String) -> Bool {
        let folded = email.lowercased()
        return folded.contains("test") || folded.hasSuffix("example.com")
    }

    /// Whether this is Avenir AI's own client (``ClientID/avenirInternal``).
    public var isAvenirInternal: Bool { clientId == .avenirInternal }

    /// A copy with `is_test` set when the email marks test data (an explicit `true` is kept).
    public func detectingTestData() -> Client {
        var copy = self
        copy.isTest = isTest || Self.isTestEmail(email)
        return copy
    }

    /// Avenir AI Solutions' internal client record, as the seed inserts it: the fixed
    /// ``ClientID/avenirInternal`` key, `is_internal = true`, `is_test = false`.
    public static func avenirInternal(passwordHash: String, apiKey: String) -> Client {
        Client(clientId: .avenirInternal, businessName: "Avenir AI Solutions", email: "internal@aveniraisolutions.ca",
               passwordHash: passwordHash, apiKey: apiKey, isInternal: true, isTest: false)
    }
}
