import AgencyCore

/// Why a URL failed validation (``URLValidationResult/errorType``). An unknown value
/// decodes as ``UnknownEnumValueError``.
public enum URLValidationErrorType: String, SchemaEnum {
    /// The domain does not resolve.
    case dnsFailure = "dns_failure"
    /// The site did not answer in time.
    case timeout
    /// The TLS handshake or certificate failed.
    case sslError = "ssl_error"
    /// The domain is parked or for sale.
    case parkedDomain = "parked_domain"
    /// The text is not a well-formed URL.
    case invalidFormat = "invalid_format"
}
