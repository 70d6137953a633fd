import AgencyCore

/// The kind of a conversion pattern (CHECK on `conversion_patterns.pattern_type`).
///
/// The reference CHECK omits `funnel`, so the funnel detector's output could not be
/// stored; AgencyKit's schema allows it.
public enum PatternType: String, SchemaEnum {
    /// Who converts (titles, industries, company size, timing signals).
    case who
    /// What converts (subjects, pain points, CTAs, angles).
    case what
    /// When it converts (days, hours, touches, gaps).
    case when
    /// How it converts (channels, sequences).
    case how
    /// Meeting and deal outcomes.
    case funnel
}

/// The kind of change a campaign suggestion proposes (`suggestion_type`).
public enum SuggestionType: String, SchemaEnum {
    /// Start a campaign for an untapped segment.
    case createCampaign = "create_campaign"
    /// Pause an under-performing campaign.
    case pauseCampaign = "pause_campaign"
    /// Move lead allocation between campaigns.
    case adjustAllocation = "adjust_allocation"
    /// Target the converting titles, industries or sizes.
    case refineTargeting = "refine_targeting"
    /// Shift effort to the winning channel.
    case changeChannelMix = "change_channel_mix"
    /// Use the winning content.
    case updateContent = "update_content"
    /// Send at the winning times.
    case adjustTiming = "adjust_timing"
}

/// A campaign suggestion's review state (`suggestion_status`).
public enum SuggestionStatus: String, SchemaEnum {
    /// Waiting for review.
    case pending
    /// Accepted by a person.
    case approved
    /// Declined by a person.
    case rejected
    /// Put into effect.
    case applied
    /// Not reviewed (or not applied) in time.
    case expired
}

/// A kind of pooled sending resource (`resource_type`).
public enum ResourceType: String, SchemaEnum {
    /// A sending domain.
    case emailDomain = "email_domain"
    /// A phone number.
    case phoneNumber = "phone_number"
    /// A LinkedIn seat.
    case linkedinSeat = "linkedin_seat"
}

/// A pooled resource's lifecycle state (`resource_status`).
public enum ResourceStatus: String, SchemaEnum {
    /// Free.
    case available
    /// In use by clients.
    case assigned
    /// Warming up.
    case warming
    /// Out of service.
    case retired
}

/// A sending domain's health (CHECK on `resource_pool.health_status`).
public enum HealthStatus: String, SchemaEnum {
    /// Bounce and complaint rates are low.
    case good
    /// Rates are elevated; volume is reduced.
    case warning
    /// Rates are too high; sending stops.
    case critical
}

/// The state of a client's LinkedIn credential (CHECK on `connection_status`).
public enum LinkedInConnectionStatus: String, SchemaEnum {
    /// Not started.
    case pending
    /// Connecting.
    case connecting
    /// Waiting for a two-factor code.
    case awaiting2FA = "awaiting_2fa"
    /// Connected.
    case connected
    /// Connection failed.
    case failed
    /// Disconnected.
    case disconnected
    /// New credentials are needed.
    case credentialsRequired = "credentials_required"
}

/// A LinkedIn seat's state.
public enum LinkedInSeatStatus: String, SchemaEnum {
    /// Not connected yet.
    case pending
    /// Waiting for a two-factor code.
    case awaiting2FA = "awaiting_2fa"
    /// Connected and warming up.
    case warmup
    /// Connected at full volume.
    case active
    /// Restricted by LinkedIn.
    case restricted
    /// Disconnected.
    case disconnected
}

/// A LinkedIn connection request's state.
public enum LinkedInRequestStatus: String, SchemaEnum {
    /// Sent, no answer.
    case pending
    /// Accepted.
    case accepted
    /// Not answered in time.
    case ignored
    /// Declined.
    case declined
    /// Withdrawn by the sender.
    case withdrawn
}
