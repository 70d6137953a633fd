/// An Instagram profile as scraped. Every field is optional (`is_verified` defaults to
/// `false`); decoding ignores unknown keys and encoding writes every field, `null` included.
public struct InstagramProfile: Codable, Hashable, Sendable {
    /// Username.
    public var username: String?
    /// Followers.
    public var followers: Int?
    /// Accounts followed.
    public var following: Int?
    /// Posts.
    public var postsCount: Int?
    /// Bio.
    public var bio: String?
    /// Whether the account is verified.
    public var isVerified: Bool
    /// Display name.
    public var fullName: String?
    /// Profile picture URL.
    public var profilePicUrl: String?
    /// The link in the bio.
    public var externalUrl: String?
    /// The profile URL.
    public var instagramUrl: String?

    /// Creates a profile.
    public init(username: String? = nil, followers: Int? = nil, following: Int? = nil, postsCount: Int? = nil,
                bio: String? = nil, isVerified: Bool = false, fullName: String? = nil, profilePicUrl: String? = nil,
                externalUrl: String? = nil, instagramUrl: String? = nil) {
        self.username = username
        self.followers = followers
        self.following = following
        self.postsCount = postsCount
        self.bio = bio
        self.isVerified = isVerified
        self.fullName = fullName
        self.profilePicUrl = profilePicUrl
        self.externalUrl = externalUrl
        self.instagramUrl = instagramUrl
    }

    enum CodingKeys: String, CodingKey {
        case username, followers, following, bio
        case postsCount = "posts_count"
        case isVerified = "is_verified"
        case fullName = "full_name"
        case profilePicUrl = "profile_pic_url"
        case externalUrl = "external_url"
        case instagramUrl = "instagram_url"
    }

    /// Decodes a profile; absent or `null` fields take their defaults.
    ///
    /// - Throws: `DecodingError` when a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        username = try c.decodeIfPresent(String.self, forKey: .username)
        followers = try c.decodeIfPresent(Int.self, forKey: .followers)
        following = try c.decodeIfPresent(Int.self, forKey: .following)
        postsCount = try c.decodeIfPresent(Int.self, forKey: .postsCount)
        bio = try c.decodeIfPresent(String.self, forKey: .bio)
        isVerified = try c.decodeIfPresent(Bool.self, forKey: .isVerified) ?? false
        fullName = try c.decodeIfPresent(String.self, forKey: .fullName)
        profilePicUrl = try c.decodeIfPresent(String.self, forKey: .profilePicUrl)
        externalUrl = try c.decodeIfPresent(String.self, forKey: .externalUrl)
        instagramUrl = try c.decodeIfPresent(String.self, forKey: .instagramUrl)
    }

    /// Encodes every field, `null` included.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(username, forKey: .username)
        try c.encode(followers, forKey: .followers)
        try c.encode(following, forKey: .following)
        try c.encode(postsCount, forKey: .postsCount)
        try c.encode(bio, forKey: .bio)
        try c.encode(isVerified, forKey: .isVerified)
        try c.encode(fullName, forKey: .fullName)
        try c.encode(profilePicUrl, forKey: .profilePicUrl)
        try c.encode(externalUrl, forKey: .externalUrl)
        try c.encode(instagramUrl, forKey: .instagramUrl)
    }
}
