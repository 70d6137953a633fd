import AgencyCore
import Foundation

/// A LinkedIn connection request from a seat to a pool lead (`linkedin_connections`; one per
/// lead and seat): pending → accepted, ignored, declined or withdrawn, with the follow-up
/// message scheduled after an accept.
public struct LinkedInConnection: Model {
    /// Primary key; assigned by the store when ``ID/unassigned``.
    public var id: ID<LinkedInConnection>
    /// The pool lead invited.
    public var leadId: ID<LeadPool>
    /// The seat that sent the request; the row belongs to the seat's client.
    public var seatId: ID<LinkedInSeat>
    /// The campaign the request belongs to.
    public var campaignId: ID<Campaign>?
    /// Unipile's id of the request.
    public var unipileRequestId: String?
    /// Request state.
    public var status: LinkedInRequestStatus
    /// Whether a note went with the request.
    public var noteIncluded: Bool
    /// The note sent.
    public var noteContent: String?
    /// When the request was sent; set by the store when unassigned.
    public var requestedAt: Timestamp
    /// When the seat viewed the lead's profile.
    public var profileViewedAt: Timestamp?
    /// When the request was answered (or given up).
    public var respondedAt: Timestamp?
    /// When the follow-up message is due.
    public var followUpScheduledFor: Timestamp?
    /// When the follow-up was sent.
    public var followUpSentAt: Timestamp?
    /// Inserted at; set by the store.
    public var createdAt: Timestamp

    /// Creates a request; every argument but the lead and seat has the database default.
    public init(
        id: ID<LinkedInConnection> = .unassigned, leadId: ID<LeadPool>, seatId: ID<LinkedInSeat>,
        campaignId: ID<Campaign>? = nil, unipileRequestId: String? = nil, status: LinkedInRequestStatus = .pending,
        noteIncluded: Bool = false, noteContent: String? = nil, requestedAt: Timestamp = .unassigned,
        profileViewedAt: Timestamp? = nil, respondedAt: Timestamp? = nil, followUpScheduledFor: Timestamp? = nil,
        followUpSentAt: Timestamp? = nil, createdAt: Timestamp = .unassigned
    ) {
        self.id = id
        self.leadId = leadId
        self.seatId = seatId
        self.campaignId = campaignId
        self.unipileRequestId = unipileRequestId
        self.status = status
        self.noteIncluded = noteIncluded
        self.noteContent = noteContent
        self.requestedAt = requestedAt
        self.profileViewedAt = profileViewedAt
        self.respondedAt = respondedAt
        self.followUpScheduledFor = followUpScheduledFor
        self.followUpSentAt = followUpSentAt
        self.createdAt = createdAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case leadId = "lead_id"
        case seatId = "seat_id"
        case campaignId = "campaign_id"
        case unipileRequestId = "unipile_request_id"
        case status
        case noteIncluded = "note_included"
        case noteContent = "note_content"
        case requestedAt = "requested_at"
        case profileViewedAt = "profile_viewed_at"
        case respondedAt = "responded_at"
        case followUpScheduledFor = "follow_up_scheduled_for"
        case followUpSentAt = "follow_up_sent_at"
        case createdAt = "created_at"
    }

    /// Encodes every column under its name, `null` included, as PostgreSQL's `row_to_json` does.
}
