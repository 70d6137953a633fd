/// A Google Business (Google Maps) listing as scraped. Every field is optional; decoding
/// ignores unknown keys and encoding writes every field, `null` included.
public struct GoogleBusinessProfile: Codable, Hashable, Sendable {
    /// Business name.
    public var name: String?
    /// Average rating, 1–5 (not validated; 0 counts as no rating in ``SocialProfiles/averageRating``).
    public var rating: Double?
    /// Reviews.
    public var reviewCount: Int?
    /// Address.
    public var address: String?
    /// Phone number as shown.
    public var phone: String?
    /// Website.
    public var website: String?
    /// Category.
    public var category: String?
    /// Google Place id.
    public var placeId: String?
    /// The Google Maps URL.
    public var googleMapsUrl: String?
    /// Opening hours, one line per day.
    public var openingHours: [String]?

    /// Creates a profile.
    public init(name: String? = nil, rating: Double? = nil, reviewCount: Int? = nil, address: String? = nil,
                phone: String? = nil, website: String? = nil, category: String? = nil, placeId: String? = nil,
                googleMapsUrl: String? = nil, openingHours: [String]? = nil) {
        self.name = name
        self.rating = rating
        self.reviewCount = reviewCount
        self.address = address
        self.phone = phone
        self.website = website
        self.category = category
        self.placeId = placeId
        self.googleMapsUrl = googleMapsUrl
        self.openingHours = openingHours
    }

    enum CodingKeys: String, CodingKey {
        case name, rating, address, phone, website, category
        case reviewCount = "review_count"
        case placeId = "place_id"
        case googleMapsUrl = "google_maps_url"
        case openingHours = "opening_hours"
    }

    /// Encodes every field, `null` included.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(rating, forKey: .rating)
        try c.encode(reviewCount, forKey: .reviewCount)
        try c.encode(address, forKey: .address)
        try c.encode(phone, forKey: .phone)
        try c.encode(website, forKey: .website)
        try c.encode(category, forKey: .category)
        try c.encode(placeId, forKey: .placeId)
        try c.encode(googleMapsUrl, forKey: .googleMapsUrl)
        try c.encode(openingHours, forKey: .openingHours)
    }
}
