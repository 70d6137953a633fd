import AgencyCore

/// A client's subscription tier (`tier_type`).
public enum TierType: String, SchemaEnum {
    /// The entry tier.
    case ignition
    /// The middle tier.
    case velocity
    /// The top tier.
    case dominance
}

/// A client's subscription state (`subscription_status`).
public enum SubscriptionStatus: String, SchemaEnum {
    /// In the free trial.
    case trialing
    /// Paying and current.
    case active
    /// A payment failed.
    case pastDue = "past_due"
    /// Cancelled.
    case cancelled
    /// Paused by the client.
    case paused
}

/// A user's role in a client's team (`membership_role`).
public enum MembershipRole: String, SchemaEnum {
    /// Owns the account.
    case owner
    /// Manages the account.
    case admin
    /// Works in the account.
    case member
    /// Reads only.
    case viewer
}

/// How much outreach runs without human approval (`permission_mode`).
public enum PermissionMode: String, SchemaEnum {
    /// Everything runs automatically.
    case autopilot
    /// Suggested actions wait for approval.
    case coPilot = "co_pilot"
    /// Nothing runs without a person.
    case manual
}

/// The frequency of a client's digest email (CHECK on `clients.digest_frequency`).
public enum DigestFrequency: String, SchemaEnum {
    /// Every day.
    case daily
    /// Every week.
    case weekly
    /// No digest.
    case none
}

/// The period a digest covers (CHECK on `digest_logs.digest_type`).
public enum DigestType: String, SchemaEnum {
    /// A daily digest.
    case daily
    /// A weekly digest.
    case weekly
}

/// The delivery state of a digest (CHECK on `digest_logs.status`).
public enum DigestStatus: String, SchemaEnum {
    /// Not sent yet.
    case pending
    /// Delivered.
    case sent
    /// Delivery failed.
    case failed
    /// Deliberately not sent.
    case skipped
}

/// Webhook events a client can subscribe to (`webhook_event_type`).
public enum WebhookEventType: String, SchemaEnum {
    /// A lead was created.
    case leadCreated = "lead.created"
    /// A lead was enriched.
    case leadEnriched = "lead.enriched"
    /// A lead was scored.
    case leadScored = "lead.scored"
    /// A lead converted.
    case leadConverted = "lead.converted"
    /// A campaign started.
    case campaignStarted = "campaign.started"
    /// A campaign was paused.
    case campaignPaused = "campaign.paused"
    /// A campaign completed.
    case campaignCompleted = "campaign.completed"
    /// A reply arrived.
    case replyReceived = "reply.received"
    /// A meeting was booked.
    case meetingBooked = "meeting.booked"
}

/// Audited actions (`audit_action`).
public enum AuditAction: String, SchemaEnum {
    /// A row was created.
    case create
    /// A row was changed.
    case update
    /// A row was deleted.
    case delete
    /// A user logged in.
    case login
    /// A user logged out.
    case logout
    /// Data was exported.
    case export
    /// Data was imported.
    case `import`
    /// A webhook was delivered.
    case webhookSent = "webhook_sent"
    /// A webhook delivery failed.
    case webhookFailed = "webhook_failed"
}
