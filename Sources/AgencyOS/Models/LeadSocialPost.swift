import AgencyCore
import Foundation

/// A social post of a lead found by deep research (`lead_social_posts`), with a one-line hook
/// for personalising outreach.
public struct LeadSocialPost: Model {
    /// Primary key; assigned by the store when ``ID/unassigned``.
    public var id: ID<LeadSocialPost>
    /// The lead (its client is the tenant).
    public var leadId: ID<Lead>
    /// Where the post was found (e.g. linkedin, twitter).
    public var source: String
    /// The post's text.
    public var postContent: String?
    /// When it was posted.
    public var postDate: LocalDate?
    /// A one-line hook for personalisation.
    public var summaryHook: String?
    /// Inserted at; set by the store.
    public var createdAt: Timestamp

    /// Creates a post; every argument but lead and source has the database default.
    public init(
        id: ID<LeadSocialPost> = .unassigned, leadId: ID<Lead>, source: String, postContent: String? = nil,
        postDate: LocalDate? = nil, summaryHook: String? = nil, createdAt: Timestamp = .unassigned
    ) {
        self.id = id
        self.leadId = leadId
        self.source = source
        self.postContent = postContent
        self.postDate = postDate
        self.summaryHook = summaryHook
        self.createdAt = createdAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case leadId = "lead_id"
        case source
        case postContent = "post_content"
        case postDate = "post_date"
        case summaryHook = "summary_hook"
        case createdAt = "created_at"
    }
}
