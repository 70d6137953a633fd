import AgencyCore

/// One outreach email to a prospect and its engagement (`prospect_outreach_log`).
/// Shared, like its prospect. Move ``status`` only with ``ProspectOutreachLog/advanced(to:at:)``.
public struct ProspectOutreachLog: Model {
    /// Primary key; assigned by the store when `ID/unassigned`.
    public var id: ID<ProspectOutreachLog>
    /// The prospect emailed; `NOT NULL` in AgencyKit.
    public var prospectId: ID<ProspectCandidate>
    /// Subject line.
    public var emailSubject: String
    /// Body.
    public var emailBody: String
    /// Engagement so far.
    public var status: OutreachStatus
    /// When the email was sent; stamped by the store when `Timestamp/unassigned`.
    public var sentAt: Timestamp
    /// When it was first opened.
    public var openedAt: Timestamp?
    /// When it was answered.
    public var repliedAt: Timestamp?

    /// Creates a log row; every argument but prospect, subject and body has the database default.
    public init(
        id: ID<ProspectOutreachLog> = .unassigned, prospectId: ID<ProspectCandidate>, emailSubject: String,
        emailBody: String, status: OutreachStatus = .sent, sentAt: Timestamp = .unassigned, openedAt: Timestamp? = nil,
        repliedAt: Timestamp? = nil
    ) {
        self.id = id
        self.prospectId = prospectId
        self.emailSubject = emailSubject
        self.emailBody = emailBody
        self.status = status
        self.sentAt = sentAt
        self.openedAt = openedAt
        self.repliedAt = repliedAt
    }

    enum CodingKeys: String, CodingKey {
        case id
        case prospectId = "prospect_id"
        case emailSubject = "email_subject"
        case emailBody = "email_body"
        case status
        case sentAt = "sent_at"
        case openedAt = "opened_at"
        case repliedAt = "replied_at"
    }
}
