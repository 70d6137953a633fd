import AgencyCore

/// The proof points an SDK agent personalises outreach with, from a client's
/// ``ClientIntelligence`` (see ``ClientIntelligence/proofSummary()``). Encodes with the
/// reference's keys: `metrics`, `clients`, `industries`, `pain_points`, `differentiators`,
/// `testimonials`, `case_studies`, `ratings`.
public struct ProofSummary: Codable, Hashable, Sendable {
    /// Proof metrics (objects with metric, context, source).
    public var metrics: [JSONValue]
    /// Named clients.
    public var clients: [String]
    /// Industries served.
    public var industries: [String]
    /// Pain points the client solves.
    public var painPoints: [String]
    /// Differentiators.
    public var differentiators: [String]
    /// Up to three website testimonials.
    public var testimonials: [JSONValue]
    /// Up to three website case studies.
    public var caseStudies: [JSONValue]
    /// Review ratings per platform.
    public var ratings: ReviewRatings

    /// Creates a summary.
    public init(metrics: [JSONValue], clients: [String], industries: [String], painPoints: [String],
                differentiators: [String], testimonials: [JSONValue], caseStudies: [JSONValue], ratings: ReviewRatings) {
        self.metrics = metrics
        self.clients = clients
        self.industries = industries
        self.painPoints = painPoints
        self.differentiators = differentiators
        self.testimonials = testimonials
        self.caseStudies = caseStudies
        self.ratings = ratings
    }

    enum CodingKeys: String, CodingKey {
        case metrics, clients, industries, differentiators, testimonials, ratings
        case painPoints = "pain_points"
        case caseStudies = "case_studies"
    }
}

/// The ratings of a client on the four review platforms.
public struct ReviewRatings: Codable, Hashable, Sendable {
    /// G2.
    public var g2: PlatformRating
    /// Capterra.
    public var capterra: PlatformRating
    /// Trustpilot.
    public var trustpilot: PlatformRating
    /// Google Business.
    public var google: PlatformRating

    /// Creates the ratings.
    public init(g2: PlatformRating, capterra: PlatformRating, trustpilot: PlatformRating, google: PlatformRating) {
        self.g2 = g2
        self.capterra = capterra
        self.trustpilot = trustpilot
        self.google = google
    }
}

/// One platform's rating and review count; either may be unknown. Encodes every key,
/// `null` included.
public struct PlatformRating: Codable, Hashable, Sendable {
    /// The exact rating (0–5, one decimal), `nil` when unknown.
    public var rating: SQLNumeric?
    /// The number of reviews, `nil` when unknown.
    public var count: Int?

    /// Creates a rating.
    public init(rating: SQLNumeric?, count: Int?) {
        self.rating = rating
        self.count = count
    }

    enum CodingKeys: String, CodingKey { case rating, count }

    /// Encodes both keys, writing `null` for unknown values.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(rating, forKey: .rating)
        try container.encode(count, forKey: .count)
    }
}
