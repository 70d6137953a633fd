/// A Facebook page as scraped. Every field is optional; decoding ignores unknown keys and
/// encoding writes every field, `null` included.
public struct FacebookPageProfile: Codable, Hashable, Sendable {
    /// Page name.
    public var name: String?
    /// Page likes.
    public var likes: Int?
    /// Followers.
    public var followers: Int?
    /// Category.
    public var category: String?
    /// About section.
    public var about: String?
    /// Rating, 1–5 (not validated; 0 counts as no rating in ``SocialProfiles/averageRating``).
    public var rating: Double?
    /// Reviews.
    public var reviewCount: Int?
    /// Website.
    public var website: String?
    /// Phone number as shown.
    public var phone: String?
    /// Address.
    public var address: String?
    /// The page URL.
    public var facebookUrl: String?

    /// Creates a profile.
    public init(name: String? = nil, likes: Int? = nil, followers: Int? = nil, category: String? = nil,
                about: String? = nil, rating: Double? = nil, reviewCount: Int? = nil, website: String? = nil,
                phone: String? = nil, address: String? = nil, facebookUrl: String? = nil) {
        self.name = name
        self.likes = likes
        self.followers = followers
        self.category = category
        self.about = about
        self.rating = rating
        self.reviewCount = reviewCount
        self.website = website
        self.phone = phone
        self.address = address
        self.facebookUrl = facebookUrl
    }

    enum CodingKeys: String, CodingKey {
        case name, likes, followers, category, about, rating, website, phone, address
        case reviewCount = "review_count"
        case facebookUrl = "facebook_url"
    }

    /// Encodes every field, `null` included.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(likes, forKey: .likes)
        try c.encode(followers, forKey: .followers)
        try c.encode(category, forKey: .category)
        try c.encode(about, forKey: .about)
        try c.encode(rating, forKey: .rating)
        try c.encode(reviewCount, forKey: .reviewCount)
        try c.encode(website, forKey: .website)
        try c.encode(phone, forKey: .phone)
        try c.encode(address, forKey: .address)
        try c.encode(facebookUrl, forKey: .facebookUrl)
    }
}
