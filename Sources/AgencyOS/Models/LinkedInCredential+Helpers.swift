import AgencyCore

/// Descriptions, debug descriptions and mirrors of a credential redact the encrypted
/// LinkedIn email and password.
extension LinkedInCredential: RedactedDescription {}

extension LinkedInCredential {
    /// Whether the account is connected: the status is `connected` and a provider account
    /// is linked — a HeyReach sender id or a Unipile account id.
    ///
    /// The reference requires the HeyReach sender id, so an account connected through
    /// Unipile (which replaced HeyReach) read as not connected; AgencyKit accepts either.
    public var isConnected: Bool {
        connectionStatus == .connected && (heyreachSenderId != nil || unipileAccountId != nil)
    }

    /// Whether the connection waits for a two-factor code.
    public var isAwaiting2FA: Bool { connectionStatus == .awaiting2FA }

    /// Whether the connection failed.
    public var hasError: Bool { connectionStatus == .failed }
}
