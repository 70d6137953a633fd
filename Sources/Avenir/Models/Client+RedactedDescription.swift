import AgencyCore

/// Descriptions, debug descriptions and mirrors of a client redact its password hash,
/// API key and SMTP password.
extension Client: RedactedDescription {}
