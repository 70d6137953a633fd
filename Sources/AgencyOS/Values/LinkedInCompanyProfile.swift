/// A company's LinkedIn page as scraped. Every field is optional (`specialties` defaults to
/// empty); decoding ignores unknown keys and encoding writes every field, `null` included.
public struct LinkedInCompanyProfile: Codable, Hashable, Sendable {
    /// Company name.
    public var name: String?
    /// Followers.
    public var followers: Int?
    /// Employees.
    public var employeeCount: Int?
    /// Employee range, e.g. `11-50`.
    public var employeeRange: String?
    /// Specialties.
    public var specialties: [String]
    /// Description.
    public var description: String?
    /// Industry.
    public var industry: String?
    /// Headquarters location.
    public var headquarters: String?
    /// Website.
    public var website: String?
    /// Year founded.
    public var foundedYear: Int?
    /// The LinkedIn page URL.
    public var linkedinUrl: String?

    /// Creates a profile.
    public init(name: String? = nil, followers: Int? = nil, employeeCount: Int? = nil, employeeRange: String? = nil,
                specialties: [String] = [], description: String? = nil, industry: String? = nil,
                headquarters: String? = nil, website: String? = nil, foundedYear: Int? = nil, linkedinUrl: String? = nil) {
        self.name = name
        self.followers = followers
        self.employeeCount = employeeCount
        self.employeeRange = employeeRange
        self.specialties = specialties
        self.description = description
        self.industry = industry
        self.headquarters = headquarters
        self.website = website
        self.foundedYear = foundedYear
        self.linkedinUrl = linkedinUrl
    }

    enum CodingKeys: String, CodingKey {
        case name, followers, specialties, description, industry, headquarters, website
        case employeeCount = "employee_count"
        case employeeRange = "employee_range"
        case foundedYear = "founded_year"
        case linkedinUrl = "linkedin_url"
    }

    /// Decodes a profile; absent or `null` fields take their defaults.
    ///
    /// - Throws: `DecodingError` when a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decodeIfPresent(String.self, forKey: .name)
        followers = try c.decodeIfPresent(Int.self, forKey: .followers)
        employeeCount = try c.decodeIfPresent(Int.self, forKey: .employeeCount)
        employeeRange = try c.decodeIfPresent(String.self, forKey: .employeeRange)
        specialties = try c.decodeIfPresent([String].self, forKey: .specialties) ?? []
        description = try c.decodeIfPresent(String.self, forKey: .description)
        industry = try c.decodeIfPresent(String.self, forKey: .industry)
        headquarters = try c.decodeIfPresent(String.self, forKey: .headquarters)
        website = try c.decodeIfPresent(String.self, forKey: .website)
        foundedYear = try c.decodeIfPresent(Int.self, forKey: .foundedYear)
        linkedinUrl = try c.decodeIfPresent(String.self, forKey: .linkedinUrl)
    }

    /// Encodes every field, `null` included.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(followers, forKey: .followers)
        try c.encode(employeeCount, forKey: .employeeCount)
        try c.encode(employeeRange, forKey: .employeeRange)
        try c.encode(specialties, forKey: .specialties)
        try c.encode(description, forKey: .description)
        try c.encode(industry, forKey: .industry)
        try c.encode(headquarters, forKey: .headquarters)
        try c.encode(website, forKey: .website)
        try c.encode(foundedYear, forKey: .foundedYear)
        try c.encode(linkedinUrl, forKey: .linkedinUrl)
    }
}
