import AgencyCore
import Foundation

/// LinkedIn activity of a pool lead and its company (from `lead_pool.enrichment_data`),
/// which adds up to 10 points after weighting on the pool path.
public struct ALSLinkedInActivity: Codable, Hashable, Sendable {
    /// The most points the LinkedIn boost gives.
    public static let maximumBoost = 10

    /// Number of the person's posts (`linkedin_person.posts`).
    public var personPostCount: Int
    /// Date of the person's first listed (newest) post (`posts[0].posted_date`).
    public var latestPersonPostDate: LocalDate?
    /// The person's connections (`linkedin_person.connections`; "500+" reads as 500).
    public var connections: Int?
    /// Number of the company's posts (`linkedin_company.posts`).
    public var companyPostCount: Int
    /// The company's followers (`linkedin_company.followers`).
    public var companyFollowers: Int?

    /// Creates activity data.
    public init(
        personPostCount: Int = 0, latestPersonPostDate: LocalDate? = nil, connections: Int? = nil,
        companyPostCount: Int = 0, companyFollowers: Int? = nil
    ) {
        self.personPostCount = personPostCount
        self.latestPersonPostDate = latestPersonPostDate
        self.connections = connections
        self.companyPostCount = companyPostCount
        self.companyFollowers = companyFollowers
    }

    /// Reads the activity from `enrichment_data` — an object, or a string holding JSON.
    ///
    /// Unreadable parts are left empty instead of voiding the whole boost: a count written
    /// as text ("500+", "1,200") reads as its leading number, a post date is read from its
    /// first 10 characters (`yyyy-MM-dd`).
    public init(enrichmentData: JSONValue) {
        var root = enrichmentData
        if case .string(let text) = enrichmentData,
           let parsed = try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)) {
            root = parsed
        }
        let person = root["linkedin_person"]
        let company = root["linkedin_company"]
        let posts = person?["posts"]?.arrayValue ?? []
        personPostCount = posts.count
        latestPersonPostDate = posts.first?["posted_date"]?.stringValue.flatMap(Self.date(fromPrefixOf:))
        connections = person?["connections"].flatMap(Self.count(from:))
        companyPostCount = company?["posts"]?.arrayValue?.count ?? 0
        companyFollowers = company?["followers"].flatMap(Self.count(from:))
    }

    /// A count from a JSON number or from the leading digits of a string ("500+" → 500,
    /// "1,200 followers" → 1200).
    static func count(from value: JSONValue) -> Int? {
        if let number = value.doubleValue, number.isFinite, abs(number) < 1e15 { return Int(number) }
        guard let text = value.stringValue else { return nil }
        var result = 0
        var digits = 0
        for byte in text.utf8.drop(while: { $0 == 0x20 }) {
            if byte &- 48 < 10 {
                guard digits < 15 else { break }
                result = result * 10 + Int(byte &- 48)
                digits += 1
            } else if byte == 0x2C && digits > 0 {
                continue
            } else {
                break
            }
        }
        return digits > 0 ? result : nil
    }

    static func date(fromPrefixOf text: String) -> LocalDate? {
        try? LocalDate(parsing: String(text.prefix(10)))
    }

    /// The points of each LinkedIn signal, given the date recency is measured from.
    func evidence(today: LocalDate) -> LinkedInBoostEvidence {
        var evidence = LinkedInBoostEvidence()
        if personPostCount > 0 {
            evidence.personPosts = 3
            if let date = latestPersonPostDate, today.days(since: date) <= 30 { evidence.recentPost = 1 }
        }
        if let connections, connections >= 500 { evidence.connections = 2 }
        if companyPostCount > 0 { evidence.companyPosts = 2 }
        if let companyFollowers, companyFollowers >= 1000 { evidence.companyFollowers = 2 }
        return evidence
    }
}

/// The points each LinkedIn signal gave: posts +3, a post within 30 days +1,
/// 500+ connections +2, company posts +2, 1000+ company followers +2; capped at 10.
struct LinkedInBoostEvidence: Hashable, Sendable {
    var personPosts = 0
    var recentPost = 0
    var connections = 0
    var companyPosts = 0
    var companyFollowers = 0

    var total: Int {
        min(ALSLinkedInActivity.maximumBoost, personPosts + recentPost + connections + companyPosts + companyFollowers)
    }
}
