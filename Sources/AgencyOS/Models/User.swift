import AgencyCore

/// A person who signs in (`users`); linked to Supabase Auth by `id`, shared across clients
/// through memberships.
public struct User: Model, Timestamped {
    /// Primary key (the auth user's id; supplied by the caller or assigned by the store).
    public var id: ID<User>
    /// Sign-in email.
    public var email: String
    /// Full name.
    public var fullName: String?
    /// Avatar image URL.
    public var avatarUrl: String?
    /// IANA time zone.
    public var timezone: String
    /// Receives email notifications.
    public var notificationEmail: Bool
    /// Receives SMS notifications.
    public var notificationSms: Bool
    /// Administers the whole platform.
    public var isPlatformAdmin: Bool
    /// Inserted at; set by the store.
    public var createdAt: Timestamp
    /// Last changed at; set by the store.
    public var updatedAt: Timestamp

    /// Creates a user with the database defaults.
    public init(id: ID<User> = .unassigned, email: String, fullName: String? = nil, avatarUrl: String? = nil,
                timezone: String = "Australia/Sydney", notificationEmail: Bool = true, notificationSms: Bool = false,
                isPlatformAdmin: Bool = false, createdAt: Timestamp = .unassigned, updatedAt: Timestamp = .unassigned) {
        self.id = id
        self.email = email
        self.fullName = fullName
        self.avatarUrl = avatarUrl
        self.timezone = timezone
        self.notificationEmail = notificationEmail
        self.notificationSms = notificationSms
        self.isPlatformAdmin = isPlatformAdmin
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    enum CodingKeys: String, CodingKey {
        case id, email, timezone
        case fullName = "full_name"
        case avatarUrl = "avatar_url"
        case notificationEmail = "notification_email"
        case notificationSms = "notification_sms"
        case isPlatformAdmin = "is_platform_admin"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    /// The full name if set, else the part of the email before `@`.
    public var displayName: String {
        if let fullName, !fullName.isEmpty { return fullName }
        return String(email.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
    }

    /// The first word of the full name, else the email's local part.
    public var firstName: String {
        if let first = fullName?.split(whereSeparator: \.isWhitespace).first { return String(first) }
        return String(email.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
    }
}

extension User {
    /// The `users` table.
    public static let schema = TableSchema<User>(
        "users",
        columns: [
            Column("id", \.id, .uuid, default: .randomUUID),
            Column("email", \.email, .text, rules: [.format(.email)]),
            Column("full_name", \.fullName, .text),
            Column("avatar_url", \.avatarUrl, .text, rules: [.format(.url)]),
            Column("timezone", \.timezone, .varchar(100), default: .value(.text("Australia/Sydney")), rules: [.format(.timeZone)]),
            Column("notification_email", \.notificationEmail, .boolean, default: .value(.bool(true))),
            Column("notification_sms", \.notificationSms, .boolean, default: .value(.bool(false))),
            Column("is_platform_admin", \.isPlatformAdmin, .boolean, default: .value(.bool(false))),
            Column("created_at", \.createdAt, .timestamptz, default: .now),
            Column("updated_at", \.updatedAt, .timestamptz, default: .now),
        ],
        tenancy: .global,
        indexes: [IndexDescription("idx_users_email", columns: ["email"])],
        timestamps: .standard)
}
