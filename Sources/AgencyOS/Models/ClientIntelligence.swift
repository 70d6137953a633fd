import AgencyCore
import Foundation

/// What AgencyKit scraped about a client (`client_intelligence`; one live row per client):
/// website, LinkedIn, X/Twitter, Facebook, Instagram and review-platform data, and the proof
/// points extracted for personalised outreach.
public struct ClientIntelligence: Model, SoftDeletable, Timestamped {
    /// Primary key; assigned by the store when ``ID/unassigned``.
    public var id: ID<ClientIntelligence>
    /// The owning client (tenant).
    public var clientId: ID<Client>
    /// Tagline from the website.
    public var websiteTagline: String?
    /// Value proposition from the website.
    public var websiteValueProp: String?
    /// Services: objects with name and description.
    public var websiteServices: [JSONValue]?
    /// Case studies: objects with title, client_name, industry, result_metrics, summary.
    public var websiteCaseStudies: [JSONValue]?
    /// Testimonials: objects with quote, author, title, company.
    public var websiteTestimonials: [JSONValue]?
    /// Team members: objects with name, title, linkedin_url, bio.
    public var websiteTeamBios: [JSONValue]?
    /// Recent blog topics.
    public var websiteBlogTopics: [String]?
    /// When the website was scraped.
    public var websiteScrapedAt: Timestamp?
    /// Company LinkedIn page.
    public var linkedinUrl: String?
    /// LinkedIn followers.
    public var linkedinFollowerCount: Int?
    /// Employees on LinkedIn.
    public var linkedinEmployeeCount: Int?
    /// LinkedIn company description.
    public var linkedinDescription: String?
    /// LinkedIn specialties.
    public var linkedinSpecialties: [String]?
    /// Recent LinkedIn posts: objects with text, date, engagement.
    public var linkedinRecentPosts: [JSONValue]?
    /// When LinkedIn was scraped.
    public var linkedinScrapedAt: Timestamp?
    /// X/Twitter handle.
    public var twitterHandle: String?
    /// X/Twitter followers.
    public var twitterFollowerCount: Int?
    /// X/Twitter bio.
    public var twitterBio: String?
    /// Recent posts: objects with text, date, likes, retweets.
    public var twitterRecentPosts: [JSONValue]?
    /// Common topics of the posts.
    public var twitterTopics: [String]?
    /// When X/Twitter was scraped.
    public var twitterScrapedAt: Timestamp?
    /// Facebook page.
    public var facebookUrl: String?
    /// Facebook followers.
    public var facebookFollowerCount: Int?
    /// Facebook about section.
    public var facebookAbout: String?
    /// Recent Facebook posts.
    public var facebookRecentPosts: [JSONValue]?
    /// When Facebook was scraped.
    public var facebookScrapedAt: Timestamp?
    /// Instagram handle.
    public var instagramHandle: String?
    /// Instagram followers.
    public var instagramFollowerCount: Int?
    /// Instagram bio.
    public var instagramBio: String?
    /// Recent posts: objects with caption, date, likes.
    public var instagramRecentPosts: [JSONValue]?
    /// When Instagram was scraped.
    public var instagramScrapedAt: Timestamp?
    /// G2 page.
    public var g2Url: String?
    /// G2 rating, 0–5.
    public var g2Rating: SQLNumeric?
    /// G2 reviews.
    public var g2ReviewCount: Int?
    /// Top G2 reviews: objects with rating, title, pros, cons, reviewer.
    public var g2TopReviews: [JSONValue]?
    /// G2's AI summary of pros and cons.
    public var g2AiSummary: String?
    /// When G2 was scraped.
    public var g2ScrapedAt: Timestamp?
    /// Capterra page.
    public var capterraUrl: String?
    /// Capterra rating, 0–5.
    public var capterraRating: SQLNumeric?
    /// Capterra reviews.
    public var capterraReviewCount: Int?
    /// Top Capterra reviews.
    public var capterraTopReviews: [JSONValue]?
    /// When Capterra was scraped.
    public var capterraScrapedAt: Timestamp?
    /// Trustpilot page.
    public var trustpilotUrl: String?
    /// Trustpilot rating, 0–5.
    public var trustpilotRating: SQLNumeric?
    /// Trustpilot reviews.
    public var trustpilotReviewCount: Int?
    /// Top Trustpilot reviews.
    public var trustpilotTopReviews: [JSONValue]?
    /// When Trustpilot was scraped.
    public var trustpilotScrapedAt: Timestamp?
    /// Google Business profile.
    public var googleBusinessUrl: String?
    /// Google rating, 0–5.
    public var googleRating: SQLNumeric?
    /// Google reviews.
    public var googleReviewCount: Int?
    /// Top Google reviews.
    public var googleTopReviews: [JSONValue]?
    /// When Google Business was scraped.
    public var googleScrapedAt: Timestamp?
    /// Proof metrics: objects with metric, context, source.
    public var proofMetrics: [JSONValue]?
    /// Named clients from case studies.
    public var proofClients: [String]?
    /// Industries served.
    public var proofIndustries: [String]?
    /// Pain points the client solves.
    public var commonPainPoints: [String]?
    /// Differentiators against competitors.
    public var differentiators: [String]?
    /// Scraping cost so far, in AUD.
    public var totalScrapeCostAud: SQLNumeric?
    /// When the last full scrape completed.
    public var lastFullScrapeAt: Timestamp?
    /// Scrape errors: objects with source, error, timestamp.
    public var scrapeErrors: [JSONValue]?
    /// Inserted at; set by the store.
    public var createdAt: Timestamp
    /// Last changed at; set by the store.
    public var updatedAt: Timestamp
    /// Soft-deleted at; `nil` while live.
    public var deletedAt: Timestamp?

    /// Creates an intelligence row; every argument but the client has the database default.
    public init(
        id: ID<ClientIntelligence> = .unassigned, clientId: ID<Client>, websiteTagline: String? = nil,
        websiteValueProp: String? = nil, websiteServices: [JSONValue]? = [], websiteCaseStudies: [JSONValue]? = [],
        websiteTestimonials: [JSONValue]? = [], websiteTeamBios: [JSONValue]? = [],
        websiteBlogTopics: [String]? = nil, websiteScrapedAt: Timestamp? = nil, linkedinUrl: String? = nil,
        linkedinFollowerCount: Int? = nil, linkedinEmployeeCount: Int? = nil, linkedinDescription: String? = nil,
        linkedinSpecialties: [String]? = nil, linkedinRecentPosts: [JSONValue]? = [],
        linkedinScrapedAt: Timestamp? = nil, twitterHandle: String? = nil, twitterFollowerCount: Int? = nil,
        twitterBio: String? = nil, twitterRecentPosts: [JSONValue]? = [], twitterTopics: [String]? = nil,
        twitterScrapedAt: Timestamp? = nil, facebookUrl: String? = nil, facebookFollowerCount: Int? = nil,
        facebookAbout: String? = nil, facebookRecentPosts: [JSONValue]? = [], facebookScrapedAt: Timestamp? = nil,
        instagramHandle: String? = nil, instagramFollowerCount: Int? = nil, instagramBio: String? = nil,
        instagramRecentPosts: [JSONValue]? = [], instagramScrapedAt: Timestamp? = nil, g2Url: String? = nil,
        g2Rating: SQLNumeric? = nil, g2ReviewCount: Int? = nil, g2TopReviews: [JSONValue]? = [],
        g2AiSummary: String? = nil, g2ScrapedAt: Timestamp? = nil, capterraUrl: String? = nil,
        capterraRating: SQLNumeric? = nil, capterraReviewCount: Int? = nil, capterraTopReviews: [JSONValue]? = [],
        capterraScrapedAt: Timestamp? = nil, trustpilotUrl: String? = nil, trustpilotRating: SQLNumeric? = nil,
        trustpilotReviewCount: Int? = nil, trustpilotTopReviews: [JSONValue]? = [],
        trustpilotScrapedAt: Timestamp? = nil, googleBusinessUrl: String? = nil, googleRating: SQLNumeric? = nil,
        googleReviewCount: Int? = nil, googleTopReviews: [JSONValue]? = [], googleScrapedAt: Timestamp? = nil,
        proofMetrics: [JSONValue]? = [], proofClients: [String]? = nil, proofIndustries: [String]? = nil,
        commonPainPoints: [String]? = nil, differentiators: [String]? = nil, totalScrapeCostAud: SQLNumeric? = 0,
        lastFullScrapeAt: Timestamp? = nil, scrapeErrors: [JSONValue]? = [], createdAt: Timestamp = .unassigned,
        updatedAt: Timestamp = .unassigned, deletedAt: Timestamp? = nil
    ) {
        self.id = id
        self.clientId = clientId
        self.websiteTagline = websiteTagline
        self.websiteValueProp = websiteValueProp
        self.websiteServices = websiteServices
        self.websiteCaseStudies = websiteCaseStudies
        self.websiteTestimonials = websiteTestimonials
        self.websiteTeamBios = websiteTeamBios
        self.websiteBlogTopics = websiteBlogTopics
        self.websiteScrapedAt = websiteScrapedAt
        self.linkedinUrl = linkedinUrl
        self.linkedinFollowerCount = linkedinFollowerCount
        self.linkedinEmployeeCount = linkedinEmployeeCount
        self.linkedinDescription = linkedinDescription
        self.linkedinSpecialties = linkedinSpecialties
        self.linkedinRecentPosts = linkedinRecentPosts
        self.linkedinScrapedAt = linkedinScrapedAt
        self.twitterHandle = twitterHandle
        self.twitterFollowerCount = twitterFollowerCount
        self.twitterBio = twitterBio
        self.twitterRecentPosts = twitterRecentPosts
        self.twitterTopics = twitterTopics
        self.twitterScrapedAt = twitterScrapedAt
        self.facebookUrl = facebookUrl
        self.facebookFollowerCount = facebookFollowerCount
        self.facebookAbout = facebookAbout
        self.facebookRecentPosts = facebookRecentPosts
        self.facebookScrapedAt = facebookScrapedAt
        self.instagramHandle = instagramHandle
        self.instagramFollowerCount = instagramFollowerCount
        self.instagramBio = instagramBio
        self.instagramRecentPosts = instagramRecentPosts
        self.instagramScrapedAt = instagramScrapedAt
        self.g2Url = g2Url
        self.g2Rating = g2Rating
        self.g2ReviewCount = g2ReviewCount
        self.g2TopReviews = g2TopReviews
        self.g2AiSummary = g2AiSummary
        self.g2ScrapedAt = g2ScrapedAt
        self.capterraUrl = capterraUrl
        self.capterraRating = capterraRating
        self.capterraReviewCount = capterraReviewCount
        self.capterraTopReviews = capterraTopReviews
        self.capterraScrapedAt = capterraScrapedAt
        self.trustpilotUrl = trustpilotUrl
        self.trustpilotRating = trustpilotRating
        self.trustpilotReviewCount = trustpilotReviewCount
        self.trustpilotTopReviews = trustpilotTopReviews
        self.trustpilotScrapedAt = trustpilotScrapedAt
        self.googleBusinessUrl = googleBusinessUrl
        self.googleRating = googleRating
        self.googleReviewCount = googleReviewCount
        self.googleTopReviews = googleTopReviews
        self.googleScrapedAt = googleScrapedAt
        self.proofMetrics = proofMetrics
        self.proofClients = proofClients
        self.proofIndustries = proofIndustries
        self.commonPainPoints = commonPainPoints
        self.differentiators = differentiators
        self.totalScrapeCostAud = totalScrapeCostAud
        self.lastFullScrapeAt = lastFullScrapeAt
        self.scrapeErrors = scrapeErrors
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.deletedAt = deletedAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case clientId = "client_id"
        case websiteTagline = "website_tagline"
        case websiteValueProp = "website_value_prop"
        case websiteServices = "website_services"
        case websiteCaseStudies = "website_case_studies"
        case websiteTestimonials = "website_testimonials"
        case websiteTeamBios = "website_team_bios"
        case websiteBlogTopics = "website_blog_topics"
        case websiteScrapedAt = "website_scraped_at"
        case linkedinUrl = "linkedin_url"
        case linkedinFollowerCount = "linkedin_follower_count"
        case linkedinEmployeeCount = "linkedin_employee_count"
        case linkedinDescription = "linkedin_description"
        case linkedinSpecialties = "linkedin_specialties"
        case linkedinRecentPosts = "linkedin_recent_posts"
        case linkedinScrapedAt = "linkedin_scraped_at"
        case twitterHandle = "twitter_handle"
        case twitterFollowerCount = "twitter_follower_count"
        case twitterBio = "twitter_bio"
        case twitterRecentPosts = "twitter_recent_posts"
        case twitterTopics = "twitter_topics"
        case twitterScrapedAt = "twitter_scraped_at"
        case facebookUrl = "facebook_url"
        case facebookFollowerCount = "facebook_follower_count"
        case facebookAbout = "facebook_about"
        case facebookRecentPosts = "facebook_recent_posts"
        case facebookScrapedAt = "facebook_scraped_at"
        case instagramHandle = "instagram_handle"
        case instagramFollowerCount = "instagram_follower_count"
        case instagramBio = "instagram_bio"
        case instagramRecentPosts = "instagram_recent_posts"
        case instagramScrapedAt = "instagram_scraped_at"
        case g2Url = "g2_url"
        case g2Rating = "g2_rating"
        case g2ReviewCount = "g2_review_count"
        case g2TopReviews = "g2_top_reviews"
        case g2AiSummary = "g2_ai_summary"
        case g2ScrapedAt = "g2_scraped_at"
        case capterraUrl = "capterra_url"
        case capterraRating = "capterra_rating"
        case capterraReviewCount = "capterra_review_count"
        case capterraTopReviews = "capterra_top_reviews"
        case capterraScrapedAt = "capterra_scraped_at"
        case trustpilotUrl = "trustpilot_url"
        case trustpilotRating = "trustpilot_rating"
        case trustpilotReviewCount = "trustpilot_review_count"
        case trustpilotTopReviews = "trustpilot_top_reviews"
        case trustpilotScrapedAt = "trustpilot_scraped_at"
        case googleBusinessUrl = "google_business_url"
        case googleRating = "google_rating"
        case googleReviewCount = "google_review_count"
        case googleTopReviews = "google_top_reviews"
        case googleScrapedAt = "google_scraped_at"
        case proofMetrics = "proof_metrics"
        case proofClients = "proof_clients"
        case proofIndustries = "proof_industries"
        case commonPainPoints = "common_pain_points"
        case differentiators
        case totalScrapeCostAud = "total_scrape_cost_aud"
        case lastFullScrapeAt = "last_full_scrape_at"
        case scrapeErrors = "scrape_errors"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case deletedAt = "deleted_at"
    }

}
