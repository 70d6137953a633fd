import AgencyCore
import Foundation

/// One daily or weekly digest email for a client (`digest_logs`; one per client, date and
/// type): its recipients, the metrics and content it carried, delivery and engagement.
public struct DigestLog: Model, Timestamped {
    /// Primary key; assigned by the store when ``ID/unassigned``.
    public var id: ID<DigestLog>
    /// The owning client (tenant).
    public var clientId: ID<Client>
    /// The date the digest covers.
    public var digestDate: LocalDate
    /// Daily or weekly.
    public var digestType: DigestType
    /// Recipient email addresses.
    public var recipients: [String]
    /// The metrics as sent.
    public var metricsSnapshot: JSONValue
    /// What content was sent.
    public var contentSummary: JSONValue
    /// Delivery state.
    public var status: DigestStatus
    /// When it was sent.
    public var sentAt: Timestamp?
    /// Why delivery failed.
    public var errorMessage: String?
    /// When a recipient first opened it.
    public var openedAt: Timestamp?
    /// When a recipient first clicked a link.
    public var clickedAt: Timestamp?
    /// Inserted at; set by the store.
    public var createdAt: Timestamp
    /// Last changed at; set by the store (the reference database lacks this column; AgencyKit keeps it).
    public var updatedAt: Timestamp

    /// Creates a digest row; every argument but the client and date has the database default.
    public init(
        id: ID<DigestLog> = .unassigned, clientId: ID<Client>, digestDate: LocalDate,
        digestType: DigestType = .daily, recipients: [String] = [], metricsSnapshot: JSONValue = .emptyObject,
        contentSummary: JSONValue = .emptyObject, status: DigestStatus = .pending, sentAt: Timestamp? = nil,
        errorMessage: String? = nil, openedAt: Timestamp? = nil, clickedAt: Timestamp? = nil,
        createdAt: Timestamp = .unassigned, updatedAt: Timestamp = .unassigned
    ) {
        self.id = id
        self.clientId = clientId
        self.digestDate = digestDate
        self.digestType = digestType
        self.recipients = recipients
        self.metricsSnapshot = metricsSnapshot
        self.contentSummary = contentSummary
        self.status = status
        self.sentAt = sentAt
        self.errorMessage = errorMessage
        self.openedAt = openedAt
        self.clickedAt = clickedAt
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case clientId = "client_id"
        case digestDate = "digest_date"
        case digestType = "digest_type"
        case recipients
        case metricsSnapshot = "metrics_snapshot"
        case contentSummary = "content_summary"
        case status
        case sentAt = "sent_at"
        case errorMessage = "error_message"
        case openedAt = "opened_at"
        case clickedAt = "clicked_at"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    /// Encodes every column under its name, `null` included, as PostgreSQL's `row_to_json` does.
}
