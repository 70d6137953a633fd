import AgencyCore
import Foundation

/// A client's LinkedIn login for automation (`client_linkedin_credentials`, one per client):
/// the encrypted credentials, the connection state with HeyReach or Unipile, two-factor
/// handling and errors.
///
/// The encrypted columns are secrets: ``description``, ``debugDescription`` and `dump` redact
/// them (see ``RedactedDescription``).
public struct LinkedInCredential: Model, Timestamped {
    /// Primary key; assigned by the store when ``ID/unassigned``.
    public var id: ID<LinkedInCredential>
    /// The owning client (tenant).
    public var clientId: ID<Client>
    /// The LinkedIn email, encrypted (Fernet, AES). Secret.
    public var linkedinEmailEncrypted: String
    /// The LinkedIn password, encrypted (Fernet, AES). Secret.
    public var linkedinPasswordEncrypted: String
    /// Connection state.
    public var connectionStatus: LinkedInConnectionStatus
    /// HeyReach sender id, set once connected through HeyReach.
    public var heyreachSenderId: String?
    /// HeyReach account id.
    public var heyreachAccountId: String?
    /// The LinkedIn profile URL.
    public var linkedinProfileUrl: String?
    /// The LinkedIn display name.
    public var linkedinProfileName: String?
    /// The LinkedIn headline.
    public var linkedinHeadline: String?
    /// LinkedIn connections of the account.
    public var linkedinConnectionCount: Int?
    /// Two-factor method: sms, email or authenticator.
    public var twoFaMethod: String?
    /// When a two-factor code was requested.
    public var twoFaRequestedAt: Timestamp?
    /// The last connection error.
    public var lastError: String?
    /// Connection errors so far.
    public var errorCount: Int
    /// When the last error happened.
    public var lastErrorAt: Timestamp?
    /// Inserted at; set by the store.
    public var createdAt: Timestamp
    /// Last changed at; set by the store.
    public var updatedAt: Timestamp
    /// When the connection was established.
    public var connectedAt: Timestamp?
    /// When the account was disconnected.
    public var disconnectedAt: Timestamp?
    /// Unipile account id, set once connected through Unipile.
    public var unipileAccountId: String?
    /// How the account authenticates: heyreach (legacy credentials) or hosted (Unipile hosted auth).
    public var authMethod: String?

    /// Creates a credential row; every argument but the client and ciphertexts has the database default.
    public init(
        id: ID<LinkedInCredential> = .unassigned, clientId: ID<Client>, linkedinEmailEncrypted: String,
        linkedinPasswordEncrypted: String, connectionStatus: LinkedInConnectionStatus = .pending,
        heyreachSenderId: String? = nil, heyreachAccountId: String? = nil, linkedinProfileUrl: String? = nil,
        linkedinProfileName: String? = nil, linkedinHeadline: String? = nil, linkedinConnectionCount: Int? = nil,
        twoFaMethod: String? = nil, twoFaRequestedAt: Timestamp? = nil, lastError: String? = nil,
        errorCount: Int = 0, lastErrorAt: Timestamp? = nil, createdAt: Timestamp = .unassigned,
        updatedAt: Timestamp = .unassigned, connectedAt: Timestamp? = nil, disconnectedAt: Timestamp? = nil,
        unipileAccountId: String? = nil, authMethod: String? = "heyreach"
    ) {
        self.id = id
        self.clientId = clientId
        self.linkedinEmailEncrypted = linkedinEmailEncrypted
        self.linkedinPasswordEncrypted = linkedinPasswordEncrypted
        self.connectionStatus = connectionStatus
        self.heyreachSenderId = heyreachSenderId
        self.heyreachAccountId = heyreachAccountId
        self.linkedinProfileUrl = linkedinProfileUrl
        self.linkedinProfileName = linkedinProfileName
        self.linkedinHeadline = linkedinHeadline
        self.linkedinConnectionCount = linkedinConnectionCount
        self.twoFaMethod = twoFaMethod
        self.twoFaRequestedAt = twoFaRequestedAt
        self.lastError = lastError
        self.errorCount = errorCount
        self.lastErrorAt = lastErrorAt
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.connectedAt = connectedAt
        self.disconnectedAt = disconnectedAt
        self.unipileAccountId = unipileAccountId
        self.authMethod = authMethod
    }

    enum CodingKeys: String, CodingKey {
        case id
        case clientId = "client_id"
        case linkedinEmailEncrypted = "linkedin_email_encrypted"
        case linkedinPasswordEncrypted = "linkedin_password_encrypted"
        case connectionStatus = "connection_status"
        case heyreachSenderId = "heyreach_sender_id"
        case heyreachAccountId = "heyreach_account_id"
        case linkedinProfileUrl = "linkedin_profile_url"
        case linkedinProfileName = "linkedin_profile_name"
        case linkedinHeadline = "linkedin_headline"
        case linkedinConnectionCount = "linkedin_connection_count"
        case twoFaMethod = "two_fa_method"
        case twoFaRequestedAt = "two_fa_requested_at"
        case lastError = "last_error"
        case errorCount = "error_count"
        case lastErrorAt = "last_error_at"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case connectedAt = "connected_at"
        case disconnectedAt = "disconnected_at"
        case unipileAccountId = "unipile_account_id"
        case authMethod = "auth_method"
    }

}
