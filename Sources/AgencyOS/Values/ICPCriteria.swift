import AgencyCore

/// Ideal-customer search criteria (JSONB `base_criteria` / `refined_criteria` of
/// `icp_refinement_log`). Every field is optional; keys not listed are kept in ``extra``.
public struct ICPCriteria: Codable, Hashable, Sendable {
    /// Job titles.
    public var titles: [String]?
    /// Industries.
    public var industries: [String]?
    /// Smallest employee count.
    public var employeeMin: Int?
    /// Largest employee count.
    public var employeeMax: Int?
    /// Countries.
    public var countries: [String]?
    /// Seniority levels.
    public var seniorities: [String]?
    /// A company domain filter.
    public var domain: String?
    /// Any other keys, preserved unchanged.
    public var extra: [String: JSONValue]

    /// Creates criteria.
    public init(titles: [String]? = nil, industries: [String]? = nil, employeeMin: Int? = nil, employeeMax: Int? = nil,
                countries: [String]? = nil, seniorities: [String]? = nil, domain: String? = nil,
                extra: [String: JSONValue] = [:]) {
        self.titles = titles
        self.industries = industries
        self.employeeMin = employeeMin
        self.employeeMax = employeeMax
        self.countries = countries
        self.seniorities = seniorities
        self.domain = domain
        self.extra = extra
    }

    private static let known: Set<String> = ["titles", "industries", "employee_min", "employee_max", "countries", "seniorities", "domain"]

    /// Decodes the known keys and keeps the rest in ``extra``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        titles = try container.decodeIfPresent([String].self, forKey: AnyCodingKey("titles"))
        industries = try container.decodeIfPresent([String].self, forKey: AnyCodingKey("industries"))
        employeeMin = try container.decodeIfPresent(Int.self, forKey: AnyCodingKey("employee_min"))
        employeeMax = try container.decodeIfPresent(Int.self, forKey: AnyCodingKey("employee_max"))
        countries = try container.decodeIfPresent([String].self, forKey: AnyCodingKey("countries"))
        seniorities = try container.decodeIfPresent([String].self, forKey: AnyCodingKey("seniorities"))
        domain = try container.decodeIfPresent(String.self, forKey: AnyCodingKey("domain"))
        var rest: [String: JSONValue] = [:]
        for key in container.allKeys where !Self.known.contains(key.stringValue) {
            rest[key.stringValue] = try container.decode(JSONValue.self, forKey: key)
        }
        extra = rest
    }

    /// Encodes the known keys (omitting absent ones) and ``extra``.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        try container.encodeIfPresent(titles, forKey: AnyCodingKey("titles"))
        try container.encodeIfPresent(industries, forKey: AnyCodingKey("industries"))
        try container.encodeIfPresent(employeeMin, forKey: AnyCodingKey("employee_min"))
        try container.encodeIfPresent(employeeMax, forKey: AnyCodingKey("employee_max"))
        try container.encodeIfPresent(countries, forKey: AnyCodingKey("countries"))
        try container.encodeIfPresent(seniorities, forKey: AnyCodingKey("seniorities"))
        try container.encodeIfPresent(domain, forKey: AnyCodingKey("domain"))
        for (key, value) in extra { try container.encode(value, forKey: AnyCodingKey(key)) }
    }
}

/// One entry of `icp_refinement_log.refinements_applied`.
public struct ICPRefinement: Codable, Hashable, Sendable {
    /// The refined field: `titles`, `industries` or `company_size`.
    public var field: String
    /// What was done: `boosted`, `prioritized`, `narrowed_to_sweet_spot`.
    public var action: String
    /// Titles added (for `boosted`).
    public var added: [String]?
    /// Industries put first (for `prioritized`).
    public var prioritized: [String]?
    /// The size bucket used (for `narrowed_to_sweet_spot`).
    public var sweetSpot: String?
    /// Why, for a person.
    public var reason: String

    /// Creates an entry.
    public init(field: String, action: String, added: [String]? = nil, prioritized: [String]? = nil,
                sweetSpot: String? = nil, reason: String) {
        self.field = field
        self.action = action
        self.added = added
        self.prioritized = prioritized
        self.sweetSpot = sweetSpot
        self.reason = reason
    }

    enum CodingKeys: String, CodingKey {
        case field, action, added, prioritized, reason
        case sweetSpot = "sweet_spot"
    }
}
