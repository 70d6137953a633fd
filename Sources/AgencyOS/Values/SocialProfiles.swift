/// A company's profiles across social platforms, with totals computed from them.
///
/// Like the reference's Pydantic `computed_field`s, the computed values are written when
/// encoding (`total_social_followers`, `platforms_found`, `has_profiles`, `average_rating`,
/// `total_reviews`, after the four profiles, which are written as `null` when absent) so a
/// consumer of the JSON sees them; decoding ignores them (and any other unknown key) and
/// recomputes, so the JSON can never make them disagree with the profiles.
public struct SocialProfiles: Codable, Hashable, Sendable {
    /// The LinkedIn company page.
    public var linkedin: LinkedInCompanyProfile?
    /// The Instagram profile.
    public var instagram: InstagramProfile?
    /// The Facebook page.
    public var facebook: FacebookPageProfile?
    /// The Google Business listing.
    public var googleBusiness: GoogleBusinessProfile?

    /// Creates the profiles.
    public init(linkedin: LinkedInCompanyProfile? = nil, instagram: InstagramProfile? = nil,
                facebook: FacebookPageProfile? = nil, googleBusiness: GoogleBusinessProfile? = nil) {
        self.linkedin = linkedin
        self.instagram = instagram
        self.facebook = facebook
        self.googleBusiness = googleBusiness
    }

    /// A platform a profile can come from, named as in ``platformsFound``.
    public enum Platform: String, CaseIterable, Codable, Hashable, Sendable {
        /// LinkedIn.
        case linkedin
        /// Instagram.
        case instagram
        /// Facebook.
        case facebook
        /// Google Business.
        case googleBusiness = "google_business"
    }

    /// Followers on LinkedIn, Instagram and Facebook together (Google has none); unknown
    /// counts add nothing. Saturates instead of overflowing.
    public var totalSocialFollowers: Int {
        Self.saturatingSum([linkedin?.followers, instagram?.followers, facebook?.followers])
    }

    /// The platforms with a profile, in the order linkedin, instagram, facebook, google_business.
    public var platformsFound: [Platform] {
        var found: [Platform] = []
        if linkedin != nil { found.append(.linkedin) }
        if instagram != nil { found.append(.instagram) }
        if facebook != nil { found.append(.facebook) }
        if googleBusiness != nil { found.append(.googleBusiness) }
        return found
    }

    /// Whether any platform has a profile.
    public var hasProfiles: Bool { !platformsFound.isEmpty }

    /// The mean of the Facebook and Google ratings that are known and non-zero; `nil` when
    /// neither is.
    public var averageRating: Double? {
        let ratings = [facebook?.rating, googleBusiness?.rating].compactMap { $0 }.filter { $0 != 0 }
        guard !ratings.isEmpty else { return nil }
        return ratings.reduce(0, +) / Double(ratings.count)
    }

    /// Facebook and Google reviews together; unknown counts add nothing. Saturates instead
    /// of overflowing.
    public var totalReviews: Int {
        Self.saturatingSum([facebook?.reviewCount, googleBusiness?.reviewCount])
    }

    enum CodingKeys: String, CodingKey {
        case linkedin, instagram, facebook
        case googleBusiness = "google_business"
        case totalSocialFollowers = "total_social_followers"
        case platformsFound = "platforms_found"
        case hasProfiles = "has_profiles"
        case averageRating = "average_rating"
        case totalReviews = "total_reviews"
    }

    /// Decodes the four profiles; the computed keys are ignored.
    ///
    /// - Throws: `DecodingError` when a profile has the wrong shape.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        linkedin = try c.decodeIfPresent(LinkedInCompanyProfile.self, forKey: .linkedin)
        instagram = try c.decodeIfPresent(InstagramProfile.self, forKey: .instagram)
        facebook = try c.decodeIfPresent(FacebookPageProfile.self, forKey: .facebook)
        googleBusiness = try c.decodeIfPresent(GoogleBusinessProfile.self, forKey: .googleBusiness)
    }

    /// Encodes the four profiles (`null` when absent) and the computed values.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(linkedin, forKey: .linkedin)
        try c.encode(instagram, forKey: .instagram)
        try c.encode(facebook, forKey: .facebook)
        try c.encode(googleBusiness, forKey: .googleBusiness)
        try c.encode(totalSocialFollowers, forKey: .totalSocialFollowers)
        try c.encode(platformsFound, forKey: .platformsFound)
        try c.encode(hasProfiles, forKey: .hasProfiles)
        try c.encode(averageRating, forKey: .averageRating)
        try c.encode(totalReviews, forKey: .totalReviews)
    }

    private static func saturatingSum(_ values: [Int?]) -> Int {
        values.compactMap { $0 }.reduce(0) { total, value in
            let (sum, overflow) = total.addingReportingOverflow(value)
            return overflow ? (value > 0 ? Int.max : Int.min) : sum
        }
    }
}
