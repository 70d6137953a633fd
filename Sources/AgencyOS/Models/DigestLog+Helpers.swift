import AgencyCore

extension DigestLog {
    /// Whether the digest was delivered.
    public var isSent: Bool { status == .sent }

    /// Whether a recipient opened it.
    public var wasOpened: Bool { openedAt != nil }
}
