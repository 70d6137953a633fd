import AgencyCore

/// Descriptions, debug descriptions and mirrors of a client redact its CRM tokens and
/// webhook secret.
extension Client: RedactedDescription {}
