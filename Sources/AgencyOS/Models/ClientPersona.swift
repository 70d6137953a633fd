import AgencyCore
import Foundation

/// A sender identity of a client (`client_personas`): the name, title and contact details
/// outreach is signed with, and the mailboxes, numbers and LinkedIn seats that use it. At most
/// one persona per client is the default.
public struct ClientPersona: Model, Timestamped {
    /// Primary key; assigned by the store when ``ID/unassigned``.
    public var id: ID<ClientPersona>
    /// The owning client (tenant).
    public var clientId: ID<Client>
    /// First name.
    public var firstName: String
    /// Last name.
    public var lastName: String
    /// Job title, e.g. Growth Consultant.
    public var title: String?
    /// A dedicated email address.
    public var email: String?
    /// A direct line in E.164.
    public var phone: String?
    /// The sender name shown, e.g. "John from Sparro"; the database fills an empty one on write.
    public var displayName: String?
    /// Avatar image URL.
    public var photoUrl: String?
    /// Personal booking link.
    public var calendarLink: String?
    /// Mailboxes that send as this persona.
    public var assignedMailboxIds: [UUID]?
    /// Phone numbers that call or text as this persona.
    public var assignedPhoneIds: [UUID]?
    /// LinkedIn seats that act as this persona.
    public var assignedLinkedinSeatIds: [ID<LinkedInSeat>]?
    /// Whether outreach may use the persona.
    public var isActive: Bool
    /// Whether it is the client's default persona (at most one per client).
    public var isDefault: Bool
    /// Inserted at; set by the store.
    public var createdAt: Timestamp
    /// Last changed at; set by the store.
    public var updatedAt: Timestamp

    /// Creates a persona; every argument but the client and names has the database default.
    public init(
        id: ID<ClientPersona> = .unassigned, clientId: ID<Client>, firstName: String, lastName: String,
        title: String? = nil, email: String? = nil, phone: String? = nil, displayName: String? = nil,
        photoUrl: String? = nil, calendarLink: String? = nil, assignedMailboxIds: [UUID]? = [],
        assignedPhoneIds: [UUID]? = [], assignedLinkedinSeatIds: [ID<LinkedInSeat>]? = [], isActive: Bool = true,
        isDefault: Bool = false, createdAt: Timestamp = .unassigned, updatedAt: Timestamp = .unassigned
    ) {
        self.id = id
        self.clientId = clientId
        self.firstName = firstName
        self.lastName = lastName
        self.title = title
        self.email = email
        self.phone = phone
        self.displayName = displayName
        self.photoUrl = photoUrl
        self.calendarLink = calendarLink
        self.assignedMailboxIds = assignedMailboxIds
        self.assignedPhoneIds = assignedPhoneIds
        self.assignedLinkedinSeatIds = assignedLinkedinSeatIds
        self.isActive = isActive
        self.isDefault = isDefault
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case clientId = "client_id"
        case firstName = "first_name"
        case lastName = "last_name"
        case title
        case email
        case phone
        case displayName = "display_name"
        case photoUrl = "photo_url"
        case calendarLink = "calendar_link"
        case assignedMailboxIds = "assigned_mailbox_ids"
        case assignedPhoneIds = "assigned_phone_ids"
        case assignedLinkedinSeatIds = "assigned_linkedin_seat_ids"
        case isActive = "is_active"
        case isDefault = "is_default"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    /// Encodes every column under its name, `null` included, as PostgreSQL's `row_to_json` does.
}
