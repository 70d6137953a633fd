import AgencyCore

/// The result of checking a website URL before scraping it (tier 0 of the scraper
/// waterfall): format, DNS, redirects, TLS and parked-domain detection.
///
/// Coded like the reference's Pydantic model: only `valid` is required when decoding,
/// absent fields take their defaults, unknown keys are ignored; encoding writes every
/// field, `null` included.
public struct URLValidationResult: Codable, Hashable, Sendable {
    /// Whether the URL is well formed and reachable.
    public var valid: Bool
    /// The final URL after redirects.
    public var canonicalUrl: String?
    /// Whether the URL redirected elsewhere.
    public var redirected: Bool
    /// The URLs of the redirect chain, in order.
    public var redirectChain: [String]
    /// A message describing the failure.
    public var error: String?
    /// The kind of failure.
    public var errorType: URLValidationErrorType?
    /// The HTTP status of the final response.
    public var statusCode: Int?
    /// Whether the domain looks parked or for sale.
    public var isParked: Bool
    /// The URL's domain.
    public var domain: String?

    /// Creates a result; every argument but `valid` has the reference default.
    public init(valid: Bool, canonicalUrl: String? = nil, redirected: Bool = false, redirectChain: [String] = [],
                error: String? = nil, errorType: URLValidationErrorType? = nil, statusCode: Int? = nil,
                isParked: Bool = false, domain: String? = nil) {
        self.valid = valid
        self.canonicalUrl = canonicalUrl
        self.redirected = redirected
        self.redirectChain = redirectChain
        self.error = error
        self.errorType = errorType
        self.statusCode = statusCode
        self.isParked = isParked
        self.domain = domain
    }

    enum CodingKeys: String, CodingKey {
        case valid, redirected, error, domain
        case canonicalUrl = "canonical_url"
        case redirectChain = "redirect_chain"
        case errorType = "error_type"
        case statusCode = "status_code"
        case isParked = "is_parked"
    }

    /// Decodes a result; `valid` is required, other absent or `null` fields take their defaults.
    ///
    /// - Throws: `DecodingError` when `valid` is missing or a field has the wrong type,
    ///   ``UnknownEnumValueError`` for an unknown `error_type`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        valid = try c.decode(Bool.self, forKey: .valid)
        canonicalUrl = try c.decodeIfPresent(String.self, forKey: .canonicalUrl)
        redirected = try c.decodeIfPresent(Bool.self, forKey: .redirected) ?? false
        redirectChain = try c.decodeIfPresent([String].self, forKey: .redirectChain) ?? []
        error = try c.decodeIfPresent(String.self, forKey: .error)
        errorType = try c.decodeIfPresent(URLValidationErrorType.self, forKey: .errorType)
        statusCode = try c.decodeIfPresent(Int.self, forKey: .statusCode)
        isParked = try c.decodeIfPresent(Bool.self, forKey: .isParked) ?? false
        domain = try c.decodeIfPresent(String.self, forKey: .domain)
    }

    /// Encodes every field, `null` included.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(valid, forKey: .valid)
        try c.encode(canonicalUrl, forKey: .canonicalUrl)
        try c.encode(redirected, forKey: .redirected)
        try c.encode(redirectChain, forKey: .redirectChain)
        try c.encode(error, forKey: .error)
        try c.encode(errorType, forKey: .errorType)
        try c.encode(statusCode, forKey: .statusCode)
        try c.encode(isParked, forKey: .isParked)
        try c.encode(domain, forKey: .domain)
    }
}
